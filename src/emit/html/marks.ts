// Where each detected item sits in the source. The report records the line an item starts on; its
// extent is found in the text: up to the next blank line or the next item's start, and for a speaker
// (stacked italic lines have blank lines between them) up to the next item's start.
import type { Report } from '../../schema/report.js'

export const MARK_KINDS = ['contents', 'section', 'speaker', 'remarks', 'block', 'boilerplate'] as const
export type MarkKind = (typeof MARK_KINDS)[number]

export const MARK_LABELS: Record<MarkKind, string> = {
  contents: 'contents entry',
  section: 'section heading',
  speaker: 'speaker',
  remarks: 'remarks',
  block: 'body text',
  boilerplate: 'boilerplate removed',
}

export interface Extent {
  from: number
  to: number
}

export interface Marks {
  /** The source split into lines (1-based line n is `lines[n - 1]`). */
  lines: string[]
  /** The kinds of item covering each line, by line number. */
  kinds: Map<number, Set<MarkKind>>
  /** Item labels starting on each line (`sec-5`, `spk-1`), by line number. */
  labels: Map<number, string[]>
  extentOf(line: number, kind?: MarkKind): Extent
  /** The line each block starts on, by block id. */
  blockLines: Map<string, number>
}

/** Diagnostics whose line is text the extraction removed from the content. */
function isBoilerplate(code: string): boolean {
  return code.startsWith('boilerplate-')
}

export function marksOf(report: Report, source: string): Marks {
  const lines = source.split('\n')
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  const blank = (line: number) => (lines[line - 1] ?? '').trim() === ''
  const boilerplateLines = report.diagnostics.filter((d) => isBoilerplate(d.code)).map((d) => d.line)
  const starts = new Set([
    ...report.contents.map((entry) => entry.line),
    ...report.sections.map((section) => section.line),
    ...report.speakers.map((speaker) => speaker.line),
    ...report.blocks.map((block) => block.line),
    ...boilerplateLines,
  ])
  const last = Math.max(lines.length, 1)

  const extentOf = (line: number, kind?: MarkKind): Extent => {
    let to = Math.min(line, last)
    if (kind === 'speaker') {
      while (to < last && !starts.has(to + 1)) to++
      while (to > line && blank(to)) to--
    } else {
      while (to < last && !blank(to + 1) && !starts.has(to + 1)) to++
    }
    return { from: Math.min(line, last), to }
  }

  const kinds = new Map<number, Set<MarkKind>>()
  const mark = (line: number, kind: MarkKind) => {
    const { from, to } = extentOf(line, kind)
    for (let n = from; n <= to; n++) {
      const set = kinds.get(n) ?? new Set<MarkKind>()
      set.add(kind)
      kinds.set(n, set)
    }
  }
  const labels = new Map<number, string[]>()
  const label = (line: number, text: string) => labels.set(line, [...(labels.get(line) ?? []), text])

  for (const entry of report.contents) {
    mark(entry.line, 'contents')
    label(entry.line, `#${entry.index}`)
  }
  for (const section of report.sections) {
    mark(section.line, 'section')
    label(section.line, section.section_id)
  }
  for (const speaker of report.speakers) {
    mark(speaker.line, 'speaker')
    label(speaker.line, speaker.speaker_id)
  }
  for (const block of report.blocks) mark(block.line, block.speaker_id === null ? 'block' : 'remarks')
  for (const line of boilerplateLines) mark(line, 'boilerplate')
  return { lines, kinds, labels, extentOf, blockLines: new Map(report.blocks.map((block) => [block.block_id, block.line])) }
}

/** The lines a speaker's remarks cover, from the first block's start to the last block's end. */
export function remarksExtent(marks: Marks, remarks: readonly string[]): Extent | null {
  const lines = remarks.map((id) => marks.blockLines.get(id)).filter((line) => line !== undefined)
  if (lines.length === 0) return null
  return { from: Math.min(...lines), to: marks.extentOf(Math.max(...lines)).to }
}

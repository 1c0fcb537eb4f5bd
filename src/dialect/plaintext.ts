// Plain text (pdftotext -layout, RFC-style reports) read as plain text: pages split at form feeds,
// running headers and footers dropped (their printed page numbers kept), hard-wrapped lines joined
// into paragraphs, and short lines standing alone read as headings. Builds the mdast tree directly,
// with positions in the original text.
import type { Root, RootContent } from 'mdast'
import { isAllCaps } from '../text/normalize.js'
import { PLAIN_NUMBERED as NUMBERED } from '../text/numbering.js'
import { isSpace, trailingRunStart } from '../text/scan.js'
import type { PageStart } from './types.js'

// Marks only Markdown makes (numbered and bulleted lines are common in plain text too).
const MARKDOWN_SIGNS = /^(?:#{1,6} |\s{0,3}>|```|~~~|\s{0,3}\|.*\||.*\*\*\S|.*\]\(|.*<!--|<\w+[ >])/

/** True when a text carries no Markdown but the marks of a page layout (form feeds, deep indents). */
export function isPlainText(text: string, path = ''): boolean {
  const lines = text.split('\n')
  // Markdown's marks on more than 2% of the lines settle it, usually within a page: a blank line bears
  // none, so counting against all the lines first decides most texts before the blank ones are counted.
  let markdown = 0
  for (const line of lines) if (MARKDOWN_SIGNS.test(line) && ++markdown > lines.length * 0.02) return false
  const content = lines.filter((line) => line.trim() !== '')
  if (content.length === 0) return false
  if (markdown > content.length * 0.02) return false
  if (text.includes('\f') || /\.txt$/i.test(path)) return true
  // Layout text: many lines indented by three spaces or more, which CommonMark would read as code.
  // (Indented list items are Markdown's nesting, not a page layout.)
  return content.filter((line) => /^ {3,}\S/.test(line) && !/^\s*(?:[-*+]|\d+[.)])\s/.test(line)).length > content.length * 0.2
}

interface Line {
  number: number
  text: string
  indent: number
}

// The printed page in a running header or footer: "[Page 3]", "Page 3 of 9", "- 3 -", "3/9", a number
// after or before a wide gap. Each is linear: the number at a line's end after a gap is found by a
// scanner, since /\s{3,}(\d{1,4})\s*$/ was tried from every space of a long run.
const PAGE_NUMBER: Array<(text: string) => string | undefined> = [
  ...[/\[Page (\d+)\]\s*$/i, /\bPage (\d+)(?: of \d+)?\s*$/i, /^\s*(?:[-–]\s*)?(\d{1,4})\s*(?:[-–]\s*)?$/, /^\s*(\d{1,4})\s*\/\s*\d+\s*$/].map(
    (pattern) => (text: string) => pattern.exec(text)?.[1],
  ),
  numberAfterGap,
  (text) => /^\s*(\d{1,4})\s{3,}/.exec(text)?.[1],
]

/** 1–4 digits ending the line (spaces after them allowed) after three spaces or more. */
function numberAfterGap(text: string): string | undefined {
  const end = trailingRunStart(text, isSpace)
  const start = trailingRunStart(text, (char) => char >= '0' && char <= '9', end)
  if (start === end || end - start > 4 || start - trailingRunStart(text, isSpace, start) < 3) return undefined
  return text.slice(start, end)
}

export function readPlainText(text: string): { tree: Root; pages: PageStart[] } {
  const pages = splitPages(text)
  const running = runningLines(pages)
  const pageStarts: PageStart[] = []
  const kept: Array<Line | null> = []
  for (const page of pages) {
    let printed: number | null = null
    for (const line of page) {
      if (running.has(shape(line.text))) {
        printed ??= printedPage(line.text)
        kept.push(null)
      } else kept.push(line)
    }
    if (printed !== null && page[0]) pageStarts.push({ line: page[0].number, page: printed })
    kept.push(null)
  }
  return { tree: { type: 'root', children: blocksOf(kept) }, pages: pageStarts }
}

function splitPages(text: string): Line[][] {
  const pages: Line[][] = [[]]
  text.split('\n').forEach((raw, index) => {
    const parts = raw.split('\f')
    parts.forEach((part, k) => {
      if (k > 0) pages.push([])
      if (k === parts.length - 1 || part.trim() !== '') {
        const clean = part.trimEnd()
        pages.at(-1)!.push({ number: index + 1, text: clean, indent: clean.length - clean.trimStart().length })
      }
    })
  })
  return pages.filter((page) => page.some((line) => line.text !== ''))
}

/** A line's shape: digits and spacing do not count, so "Page 3" and "Page 4" are one running line. */
function shape(text: string): string {
  return text.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ')
}

/** Lines that open or close most pages: running headers and footers. */
function runningLines(pages: readonly Line[][]): Set<string> {
  if (pages.length < 2) return new Set()
  const counts = new Map<string, number>()
  for (const page of pages) {
    const content = page.filter((line) => line.text !== '')
    const edges = new Set([...content.slice(0, 2), ...content.slice(-2)].map((line) => shape(line.text)))
    for (const edge of edges) if (edge !== '') counts.set(edge, (counts.get(edge) ?? 0) + 1)
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2))
  return new Set([...counts].filter(([, count]) => count >= threshold).map(([edge]) => edge))
}

function printedPage(text: string): number | null {
  for (const read of PAGE_NUMBER) {
    const page = read(text)
    if (page !== undefined) return Number(page)
  }
  return null
}

/** Paragraphs are runs of lines between blank lines (or dropped running lines); a short lone line is a heading. */
function blocksOf(lines: ReadonlyArray<Line | null>): RootContent[] {
  const runs: Line[][] = []
  let run: Line[] = []
  for (const line of lines) {
    // A bullet starts an item of its own, even without a blank line before it.
    const breaks = line === null || line.text.trim() === '' || BULLET.test(line.text)
    if (breaks) {
      if (run.length > 0) runs.push(run)
      run = []
    }
    if (line !== null && line.text.trim() !== '') run.push(line)
  }
  if (run.length > 0) runs.push(run)
  // Where the body's paragraphs are indented, any short unindented run is a heading.
  const long = runs.filter((r) => r.length >= 3)
  const indentedBody = long.length > 0 && long.filter((r) => r[0]!.indent > 0).length >= long.length / 2
  return runs.map((r) => blockOf(r, indentedBody))
}

const BULLET = /^\s*[•▪◦‣●■➢➤]\s/

function blockOf(run: readonly Line[], indentedBody: boolean): RootContent {
  const first = run[0]!
  const last = run.at(-1)!
  const position = { start: { line: first.number, column: first.indent + 1 }, end: { line: last.number, column: last.text.length + 1 } }
  const value = run.map((line) => line.text.trim()).join('\n')
  // A numbered heading may wrap onto a second, indented line.
  const wrapped = run.length === 2 && NUMBERED.test(first.text) && run[1]!.indent > 0 && !/[.,;:!?]$/.test(run[1]!.text)
  const outdented = indentedBody && run.length <= 3 && run.every((line) => line.indent === 0 && line.text.length <= 90) && !/[.;:!?]$/.test(last.text)
  let depth = run.length === 1 || wrapped ? headingDepth({ ...first, text: wrapped ? `${first.text} ${run[1]!.text.trim()}` : first.text }) : null
  if (depth === null && outdented && isAllCaps(value)) depth = 1
  const children = [{ type: 'text' as const, value, position }]
  if (depth !== null) return { type: 'heading', depth, children, position }
  // Any other outdented line stands out as a bold line would: a heading, a speaker, a label.
  return { type: 'paragraph', children: outdented ? [{ type: 'strong', children, position }] : children, position }
}

/** A line standing alone in column 0 that is numbered, in capitals, or short title case, and no sentence. */
function headingDepth(line: Line): 1 | 2 | 3 | 4 | 5 | 6 | null {
  const text = line.text.trim()
  if (line.indent > 0 || text.length > 160 || /[.,;:!?]$/.test(text) || /\s{3,}/.test(text)) return null
  const numbered = NUMBERED.exec(text)
  if (numbered) return Math.min(6, (text.split(/\s/)[0]!.replace(/\.$/, '').match(/\./g)?.length ?? 0) + 1) as 1 | 2 | 3 | 4 | 5 | 6
  if (isAllCaps(text) && text.split(/\s+/).length <= 12) return 1
  return null
}

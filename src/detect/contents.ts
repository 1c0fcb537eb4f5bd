// The contents page: the heading that opens it and every entry line after it (title, leaders, page).
import type { Root } from 'mdast'
import { z } from 'zod'
import { paragraphLines, flatText } from '../parse/text.js'
import type { FlowEntry } from '../parse/flow.js'
import { collapseSpace, isAllCaps } from '../text/normalize.js'
import { type Detector, placeOf } from './types.js'

export const ContentsOptions = z.object({
  headings: z.array(z.string()).default(['table of contents', 'contents', 'content', 'índice', 'indice', 'sumário', 'sumario', 'sommaire', 'inhalt', '目录', '目 录']),
  /** Without a heading, this many leader lines in a row still make a contents page. */
  minimumRun: z.number().int().positive().default(3),
})
export type ContentsOptions = z.infer<typeof ContentsOptions>

export interface ContentsLine {
  title: string
  number: string | null
  page: number | string | null
  level: number
  line: number
  column: number
}

export interface ContentsResult {
  entries: ContentsLine[]
  /** Line of the contents heading (or first entry when there is none); null when there is no contents page. */
  startLine: number | null
}

// Title, then leaders (dots, ellipses, middle dots, underscores, a tab or a wide gap), then the page.
const ENTRY = /^(?<title>.*?\S)\s*(?:(?:[.…·_]\s*){2,}|\t+\s*|\s{2,})(?<page>\d{1,4}|[ivxlcdm]{1,7})\s*$/i
const LEADERS = /(?:[.…·_]\s*){2,}/
const NUMBER = /^(?<number>\d+(?:\.\d+)+\.?|\d+\.|[IVXLC]+\.|[A-Z]\.)\s+(?<rest>\S.*)$/
/** A longer line is prose, not a contents entry; ENTRY backtracks quadratically on long runs of leaders or spaces. */
export const MAX_ENTRY_LENGTH = 500

export const contents: Detector<ContentsOptions, ContentsResult, 'contents'> = {
  id: 'contents',
  description: 'Finds the contents page and reads each entry: title, number, level and printed page',
  options: ContentsOptions,
  detect(_tree: Root, context, options) {
    const flow = context.flow
    const sourceLines = context.source.split('\n')
    const heading = flow.findIndex((entry) => !context.claimedBy(entry.node) && isContentsHeading(entry, options.headings))
    const start = heading >= 0 ? heading + 1 : findLeaderRun(flow, options.minimumRun)
    if (start < 0) return { entries: [], startLine: null }
    if (heading >= 0) context.claim(flow[heading]!.node, this.id)

    const raw: Array<Omit<ContentsLine, 'level'> & { listDepth: number }> = []
    // Wrapped lines waiting for the line that carries the page; joined once (joining as they come is quadratic).
    let pending: string[] = []
    for (let i = start; i < flow.length; i++) {
      const entry = flow[i]!
      const node = entry.node
      if (node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition') continue
      if (node.type !== 'paragraph' || context.claimedBy(node)) break
      const lines = paragraphLines(node)
      // An ordered-list marker ("1. Scope ….. 1") is the entry's number, though the parser took it.
      const itemLine = entry.item?.children[0] === node ? entry.item.position?.start.line : undefined
      const marker = itemLine ? /^\s*(\d+)[.)]\s/.exec(sourceLines[itemLine - 1] ?? '') : null
      if (marker && lines[0]) lines[0] = { ...lines[0], text: `${marker[1]}. ${lines[0].text}` }
      const parsed = lines.map((line) => ({ line, entry: parseEntry(line.text) }))
      if (!parsed.some((item) => item.entry)) break
      context.claim(node, this.id)
      for (const { line, entry: found } of parsed) {
        if (!found) {
          // A title that wraps onto the next line: it prefixes the entry that carries the page.
          pending.push(line.text)
          continue
        }
        const text = sourceLines[line.line - 1] ?? ''
        raw.push({
          ...found,
          title: pending.length > 0 ? collapseSpace(`${pending.join(' ')} ${found.title}`) : found.title,
          line: line.line,
          column: text.search(/\S/) + 1 || 1,
          listDepth: entry.listDepth,
        })
        pending = []
      }
    }
    const entries = assignLevels(raw)
    const first = heading >= 0 ? flow[heading]! : flow[start]
    if (entries.length === 0 && heading >= 0) {
      context.report('warning', 'contents-empty', 'A contents heading is followed by no contents entries', placeOf(flow[heading]!))
    }
    return { entries, startLine: first ? first.line : null }
  },
}

function isContentsHeading(entry: FlowEntry, names: readonly string[]): boolean {
  const node = entry.node
  if (node.type !== 'heading' && node.type !== 'paragraph') return false
  const text = flatText(node).toLowerCase().replace(/[:.]$/, '')
  return names.includes(text)
}

function findLeaderRun(flow: readonly FlowEntry[], minimum: number): number {
  return flow.findIndex((entry) => {
    if (entry.node.type !== 'paragraph') return false
    const lines = paragraphLines(entry.node)
    return lines.length >= minimum && lines.filter((line) => LEADERS.test(line.text) && parseEntry(line.text)).length >= minimum
  })
}

/** One contents line: "3.1 Title ........ 12" → number, title and page; null when it is not an entry. */
export function parseEntry(text: string): Omit<ContentsLine, 'level' | 'line' | 'column'> | null {
  if (text.length > MAX_ENTRY_LENGTH) return null
  const match = ENTRY.exec(text.replace(/\\([.\-_*])/g, '$1'))
  if (!match?.groups) return null
  const title = collapseSpace(match.groups.title!.replace(/[.…·_\s]+$/, ''))
  if (!/\p{L}/u.test(title)) return null
  const pageText = match.groups.page!
  const page = /^\d+$/.test(pageText) ? Number(pageText) : pageText
  const numbered = NUMBER.exec(title)
  if (numbered?.groups) return { title: numbered.groups.rest!, number: numbered.groups.number!.replace(/\.$/, ''), page }
  return { title, number: null, page }
}

/** Levels: from numbering or list nesting where the page has them, else ALL-CAPS entries over the rest. */
function assignLevels(raw: ReadonlyArray<Omit<ContentsLine, 'level'> & { listDepth: number }>): ContentsLine[] {
  const numbered = raw.some((entry) => entry.number !== null)
  const nested = raw.some((entry) => entry.listDepth > 1)
  const caps = raw.map((entry) => isAllCaps(entry.title))
  const mixedCase = caps.some(Boolean) && caps.some((value) => !value)
  return raw.map(({ listDepth, ...entry }, index) => {
    let level = 1
    if (numbered && entry.number) level = entry.number.split('.').length
    else if (nested) level = Math.max(1, listDepth)
    else if (mixedCase) level = caps[index] ? 1 : 2
    return { ...entry, level }
  })
}

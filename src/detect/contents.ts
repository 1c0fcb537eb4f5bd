// The contents page: the heading that opens it and every entry after it (title, number, page, level,
// and the anchor it links to, when it is a link).
import type { Root } from 'mdast'
import { z } from 'zod'
import { lexicon } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, paragraphLines } from '../parse/text.js'
import { collapseSpace, isAllCaps } from '../text/normalize.js'
import { withNumber } from '../text/numbering.js'
import { type EntryText, LEADERS, leadersOnly, linkEntry, parseEntry, splitRunTogether, tableEntries } from './contents-lines.js'
import { type Detector, placeOf } from './types.js'

export { MAX_ENTRY_LENGTH, parseEntry } from './contents-lines.js'

export const ContentsOptions = z.object({
  /** Headings of a contents page, lowercase; the lexicons' by default. */
  headings: z.array(z.string()).default(lexicon.contentsHeadings),
  /** Without a heading, this many entry lines in a row still make a contents page. */
  minimumRun: z.number().int().positive().default(3),
})
export type ContentsOptions = z.infer<typeof ContentsOptions>

export interface ContentsLine extends EntryText {
  level: number
  column: number
}

export interface ContentsResult {
  entries: ContentsLine[]
  /** Line of the contents heading (or first entry when there is none); null when there is no contents page. */
  startLine: number | null
}

type Raw = EntryText & { column: number; listDepth: number }

export const contents: Detector<ContentsOptions, ContentsResult, 'contents'> = {
  id: 'contents',
  description: 'Finds the contents page and reads each entry: title, number, level, printed page, anchor',
  options: ContentsOptions,
  detect(_tree: Root, context, options) {
    const flow = context.flow
    const sourceLines = context.source.split('\n')
    const columnOf = (line: number) => (sourceLines[line - 1] ?? '').search(/\S/) + 1 || 1
    const heading = flow.findIndex((entry) => !context.claimedBy(entry.node) && isContentsHeading(entry, options.headings))
    const start = heading >= 0 ? heading + 1 : findRun(flow, options.minimumRun, sourceLines)
    if (start < 0) return { entries: [], startLine: null }
    if (heading >= 0) context.claim(flow[heading]!.node, this.id)

    const raw: Raw[] = []
    // Wrapped lines waiting for the line that carries the page; joined once (joining as they come is quadratic).
    let pending: string[] = []
    for (let i = start; i < flow.length; i++) {
      const entry = flow[i]!
      const node = entry.node
      if (node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition') continue
      if (context.claimedBy(node)) break
      const found = entriesOf(entry, sourceLines)
      if (!found) break
      context.claim(node, this.id)
      for (const item of found) {
        if (item === null) continue
        if (typeof item === 'string') {
          // A title that wraps onto the next line: it prefixes the entry that carries the page.
          pending.push(item)
          continue
        }
        if (item.title === '' && pending.length === 0) continue
        const whole = pending.length > 0 ? withNumber(collapseSpace(`${pending.join(' ')} ${item.number ? `${item.number}. ` : ''}${item.title}`)) : item
        raw.push({ ...item, title: whole.title, number: whole.number, column: columnOf(item.line), listDepth: entry.listDepth })
        pending = []
      }
    }
    if (raw.length === 0 && heading >= 0) {
      context.report('warning', 'contents-empty', 'A contents heading is followed by no contents entries', placeOf(flow[heading]!))
    }
    const first = heading >= 0 ? flow[heading]! : flow[start]
    return { entries: assignLevels(raw), startLine: first ? first.line : null }
  },
}

/**
 * The entries one flow node holds: an entry, or a string for a line that continues onto the next entry.
 * Null when the node is not part of a contents page.
 */
function entriesOf(entry: FlowEntry, sourceLines: readonly string[]): Array<EntryText | string | null> | null {
  const node = entry.node
  if (node.type === 'table') {
    const rows = tableEntries(node)
    return rows.length > 0 ? rows : null
  }
  if (node.type === 'heading') {
    const run = splitRunTogether(flatText(node))
    return run ? run.map((item) => ({ ...item, anchor: null, line: entry.line })) : null
  }
  if (node.type !== 'paragraph') return null
  const link = linkEntry(node)
  if (link) return [{ ...link, line: entry.line }]
  const lines = paragraphLines(node)
  // An ordered-list marker ("1. Scope ….. 1") is the entry's number, though the parser took it.
  const itemLine = entry.item?.children[0] === node ? entry.item.position?.start.line : undefined
  const marker = itemLine ? /^\s*(\d+)[.)]\s/.exec(sourceLines[itemLine - 1] ?? '') : null
  if (marker && lines[0]) lines[0] = { ...lines[0], text: `${marker[1]}. ${lines[0].text}` }
  const found: Array<EntryText | string | null> = []
  let any = false
  for (const line of lines) {
    // A whole page run together on one line first: read as one entry, it would swallow the rest.
    const many = splitRunTogether(line.text)
    const pageOnly = many ? null : leadersOnly(line.text)
    const one = many ? null : pageOnly !== null ? { title: '', number: null, page: pageOnly } : parseEntry(line.text)
    if (one) found.push({ ...one, anchor: null, line: line.line })
    else if (many) found.push(...many.map((item) => ({ ...item, anchor: null, line: line.line })))
    else found.push(line.text.trim() === '' ? null : line.text)
    any ||= Boolean(one ?? many)
  }
  return any ? found : null
}

function isContentsHeading(entry: FlowEntry, names: readonly string[]): boolean {
  const node = entry.node
  if (node.type !== 'heading' && node.type !== 'paragraph') return false
  const text = flatText(node).toLowerCase().replace(/[:.]$/, '')
  return names.includes(text)
}

/** Without a heading: the first node that is plainly a contents page (leader lines, link lists, entry tables). */
function findRun(flow: readonly FlowEntry[], minimum: number, sourceLines: readonly string[]): number {
  for (let i = 0; i < flow.length; i++) {
    const entry = flow[i]!
    const node = entry.node
    if (node.type === 'table' && tableEntries(node).length >= minimum) return i
    if (node.type !== 'paragraph') continue
    const lines = paragraphLines(node)
    if (lines.filter((line) => LEADERS.test(line.text) && parseEntry(line.text)).length >= minimum) return i
    if ((splitRunTogether(lines[0]?.text ?? '')?.length ?? 0) >= minimum) return i
    // A list of anchor links, one item each.
    let links = 0
    for (let j = i; j < flow.length && flow[j]!.node.type === 'paragraph' && flow[j]!.item && linkEntry(flow[j]!.node as never); j++) links++
    if (links >= minimum && entriesOf(entry, sourceLines)) return i
  }
  return -1
}

/** Levels: from numbering or list nesting where the page has them, else ALL-CAPS entries over the rest. */
function assignLevels(raw: readonly Raw[]): ContentsLine[] {
  const numbered = raw.some((entry) => entry.number !== null)
  const nested = raw.some((entry) => entry.listDepth > 1)
  const caps = raw.map((entry) => isAllCaps(entry.title))
  const mixedCase = caps.some(Boolean) && caps.some((value) => !value)
  return raw.map(({ listDepth, ...entry }, index) => {
    let level = 1
    // Nesting is the page's own structure; numbering may restart locally ("3. Talks" → "1. …").
    if (nested) level = Math.max(1, listDepth)
    else if (numbered && entry.number && /^\d+(\.\d+)*$/.test(entry.number)) level = entry.number.split('.').length
    else if (mixedCase) level = caps[index] ? 1 : 2
    return { ...entry, level }
  })
}

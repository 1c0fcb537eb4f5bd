// A plain text's title block: the short lines it opens with, right over its first item's heading, as working groups
// and boards head their minutes in `.txt` files (`DNS Operations (DNSOP) Working Group` / `IETF 108` / `29 July 2020`,
// centred or not). The block names the document; the first item's heading under it is no title.
import type { FlowEntry } from '../parse/flow.js'
import { flatText, paragraphLines } from '../parse/text.js'
import { findDate, isDateOnly } from '../text/dates.js'
import { countWords, isAllCaps } from '../text/normalize.js'
import { isDocumentNumber } from '../text/numbering.js'

/** Lines of the block read for its title, its day and its shape. */
const BLOCK_LINES = 3
/** A block line of more words than this is prose. */
const BLOCK_WORDS = 12
/** A labelled line (`Meeting Date: …`, `日期：…`; a time's colon aside) or one in brackets (`[Senate]`): a header's, no title's. */
const LABELLED = /^[^:：]{1,30}[:：](?!\d)|^\[.*\]$/u

export interface TitleBlock {
  title: string
  line: number
  date: string | null
  /** The block's other lines, but its day: where its organisation is looked for. */
  others: string[]
  /** Flow entries the block takes: one paragraph, or its lines set apart by blank lines. */
  entries: number
}

/**
 * The title block opening `flow`: a paragraph of two lines or more, its first three short and ending no sentence nor
 * opening with a label (`Meeting Date: …`), the first heading right after it. Its title is the line naming a meeting
 * or the document's type, else its first line that is no date; its day, a line that is a date alone.
 */
export function titleBlockOf(flow: readonly FlowEntry[], names: readonly RegExp[]): TitleBlock | null {
  const [first, next] = [flow[0], flow[1]]
  if (first?.node.type !== 'paragraph' || first.item) return null
  const spaced = spacedLines(flow)
  if (spaced.length >= 2) return blockOf(spaced, names, true, spaced.length)
  // A heading in capitals under the lines (a record's `NOMINATION OF JOHN ROBERTS …` under its header) is the title.
  if (next?.node.type !== 'heading' || isAllCaps(flatText(next.node))) return null
  const lines = paragraphLines(first.node)
    .slice(0, BLOCK_LINES)
    .map(({ text, line }) => ({ text: text.trim(), line }))
  return lines.length < 2 ? null : blockOf(lines, names, false, 1)
}

/**
 * The block's title, day and other lines. Lines set apart by blank lines (`The Python Software Foundation` / `Minutes of a
 * Regular Meeting …` / `September 13, 2005`) need no heading under them, but a line naming the meeting or type and a day.
 */
function blockOf(lines: readonly BlockLine[], names: readonly RegExp[], spaced: boolean, entries: number): TitleBlock | null {
  if (lines.some(({ text }) => countWords(text, BLOCK_WORDS + 1) > BLOCK_WORDS || /[.;:]$/.test(text) || LABELLED.test(text))) return null
  // A document's number over the title (`DOE/SC-0188` / `6th Annual … Conference`) is no title.
  const titled = lines.filter(({ text }) => !isDateOnly(text) && !isDocumentNumber(text))
  const byName = titled.find(({ text }) => names.some((name) => name.test(text)))
  const named = byName ?? titled[0]
  const day = lines.find(({ text }) => isDateOnly(text))
  if (!named || (spaced && (!byName || !day))) return null
  const others = titled.filter((line) => line !== named).map(({ text }) => text)
  return { title: named.text, line: named.line, date: day ? findDate(day.text) : null, others, entries }
}

interface BlockLine {
  text: string
  line: number
}

/** The text's first paragraphs while each is one line, up to the block's lines (none when the first is longer). */
function spacedLines(flow: readonly FlowEntry[]): BlockLine[] {
  const lines: BlockLine[] = []
  for (const entry of flow.slice(0, BLOCK_LINES)) {
    if (entry.node.type !== 'paragraph' || entry.item) break
    const own = paragraphLines(entry.node)
    if (own.length !== 1) break
    lines.push({ text: own[0]!.text.trim(), line: own[0]!.line })
  }
  return lines
}

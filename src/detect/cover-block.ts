// A plain text's title block: the short lines it opens with, right over its first item's heading, as working groups
// and boards head their minutes in `.txt` files (`DNS Operations (DNSOP) Working Group` / `IETF 108` / `29 July 2020`,
// centred or not). The block names the document; the first item's heading under it is no title.
import type { FlowEntry } from '../parse/flow.js'
import { flatText, paragraphLines } from '../parse/text.js'
import { findDate, isDateOnly } from '../text/dates.js'
import { countWords, isAllCaps } from '../text/normalize.js'

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
}

/**
 * The title block opening `flow`: a paragraph of two lines or more, its first three short and ending no sentence nor
 * opening with a label (`Meeting Date: …`), the first heading right after it. Its title is the line naming a meeting
 * or the document's type, else its first line that is no date; its day, a line that is a date alone.
 */
export function titleBlockOf(flow: readonly FlowEntry[], names: readonly RegExp[]): TitleBlock | null {
  const [first, next] = [flow[0], flow[1]]
  // A heading in capitals under the lines (a record's `NOMINATION OF JOHN ROBERTS …` under its header) is the title.
  if (first?.node.type !== 'paragraph' || first.item || next?.node.type !== 'heading' || isAllCaps(flatText(next.node))) return null
  const lines = paragraphLines(first.node)
    .slice(0, BLOCK_LINES)
    .map(({ text, line }) => ({ text: text.trim(), line }))
  if (lines.length < 2) return null
  if (lines.some(({ text }) => countWords(text, BLOCK_WORDS + 1) > BLOCK_WORDS || /[.;:]$/.test(text) || LABELLED.test(text))) return null
  const titled = lines.filter(({ text }) => !isDateOnly(text))
  const named = titled.find(({ text }) => names.some((name) => name.test(text))) ?? titled[0]
  if (!named) return null
  const day = lines.find(({ text }) => isDateOnly(text))
  const others = titled.filter((line) => line !== named).map(({ text }) => text)
  return { title: named.text, line: named.line, date: day ? findDate(day.text) : null, others }
}

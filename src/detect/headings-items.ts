// A Word outline's heading as pandoc writes it from a numbered or bulleted paragraph in bold ending with a
// colon, over a table or a list of its own that the converter could not keep inside the item
// ("4.  **Attendees:**" over a simple table, "5.  **Agenda:**" over a bulleted list, "- **Action Items:**"
// over a grid table): the item holds only its label, and what it heads follows outside its list.
import type { Heading, List, ListItem, Paragraph } from 'mdast'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, soleEmphasis } from '../parse/text.js'
import { countWords } from '../text/normalize.js'

/** Whether a list item starts with a number ("4.", "4)") rather than a bullet, read from the source. */
function isOrdered(item: ListItem, source: string): boolean {
  return itemNumber(item, source) !== null
}

/**
 * True when `node`, the only paragraph of its list item, is a bold label ending with a colon and the next
 * entry of the flow is outside that item's list: a table after the list, or a list of the other kind
 * (bullets after numbers). A paragraph of prose after the list is not enough ("- **Ann Lee:**" over her words).
 */
export function isLabelOverBlock(
  entry: FlowEntry,
  node: Paragraph,
  next: FlowEntry | undefined,
  source: string,
  maxWords: number,
): boolean {
  const item = entry.item
  if (item === null || item.children.length !== 1 || item.children[0] !== node || next === undefined) return false
  if (soleEmphasis(node)?.kind !== 'strong') return false
  const text = flatText(node)
  if (!text.endsWith(':') || countWords(text, maxWords + 1) > maxWords) return false
  if (next.quoteDepth !== entry.quoteDepth) return false
  if (next.listDepth < entry.listDepth || (next.grid && !entry.grid)) return isTableLike(next)
  return next.listDepth === entry.listDepth && next.item !== null && isOrdered(next.item, source) !== isOrdered(item, source)
}

/** A table (a grid table's cell too), or what a converter left of one: a rule or a pipe row read as a paragraph. */
function isTableLike(entry: FlowEntry): boolean {
  if (entry.grid) return true
  const node = entry.node
  if (node.type === 'table' || node.type === 'thematicBreak') return true
  return node.type === 'paragraph' && node.children[0]?.type === 'text' && /^[+|]/u.test(node.children[0].value)
}

/**
 * A printer's imprint at a record's foot or cover (`31-540 PDF  WASHINGTON : 2007`, `LONDON : 1998`): the job's number
 * and form, the city in capitals, a colon and the year. Over a rule of dashes it reads as a setext heading; it heads nothing.
 */
export function isImprint(text: string): boolean {
  return /^(?:\d{1,3}[-–]\d{3,4}\s+(?:\p{Lu}{2,4}\s+)?)?\p{Lu}[\p{Lu}.' -]{2,}: ?\d{4}$/u.test(text.trim())
}

/**
 * A pandoc simple table's last row over its closing rule reads as a setext heading
 * ("  Fred            Haukaas" / "  ------------------"): an indented line whose cells are apart by a
 * gap of three spaces or more. A heading's text has no such gap.
 */
export function isTableRowOverRule(node: Heading, source: string): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return false
  const lineStart = source.lastIndexOf('\n', start - 1) + 1
  const first = source.slice(lineStart, Math.min(end, source.indexOf('\n', start) < 0 ? end : source.indexOf('\n', start)))
  if (!/^ {1,3}\S/u.test(first)) return false
  const underline = source.slice(source.lastIndexOf('\n', end - 1) + 1, end)
  return /^ {0,3}[-=]/u.test(underline) && first.trim().includes('   ')
}

/** The number an ordered list item is printed with ("4." → "4"), read from the source; null for a bullet. */
export function itemNumber(item: ListItem, source: string): string | null {
  const offset = item.position?.start.offset
  if (offset === undefined) return null
  return /^\s{0,3}(\d{1,3})[.)]/u.exec(source.slice(offset, offset + 8))?.[1] ?? null
}

/**
 * A bold-only item of a flat bulleted list over plain items of the same list (`- **Sujet ALIM :**` over
 * `- Thales développe…`): pandoc flattens a Word outline's list levels, and the bold item is left to head the
 * items after it. Bold items stay few in the list (a list of bold items is a bold list) and the next entry is
 * the same list's plain item; a name or a role ends no topic (`- **Ann Lee:**` over her points is her label).
 */
export function isFlatItemHeading(entry: FlowEntry, next: FlowEntry | undefined, list: List | undefined, maxWords: number): boolean {
  const item = entry.item
  if (item === null || list === undefined || list.ordered || item.children.length !== 1) return false
  const node = item.children[0]
  if (node?.type !== 'paragraph' || node !== entry.node || soleEmphasis(node)?.kind !== 'strong') return false
  if (next?.item === null || next === undefined || next.listDepth !== entry.listDepth || next.quoteDepth !== entry.quoteDepth) return false
  if (!list.children.includes(next.item) || isBoldItem(next.item)) return false
  const bold = list.children.filter(isBoldItem).length
  if (bold * 3 > list.children.length) return false
  const text = flatText(node)
  return countWords(text, maxWords + 1) <= maxWords && !/[.;,!?]$/.test(text)
}

/** A list item whose first paragraph is bold throughout. */
function isBoldItem(item: ListItem): boolean {
  const first = item.children[0]
  return first?.type === 'paragraph' && soleEmphasis(first)?.kind === 'strong'
}

// An agenda item written as the bold first line of a paragraph, its record under it after a line break
// ("**议题1：图形领域PMC成员改选**  \n汇报人：… ", "**Item 3: Budget**  \nThe treasurer …"): a heading,
// though the paragraph goes on. The word says it is an agenda item; its number gives no outline level.
import type { Paragraph } from 'mdast'
import { alternation, lexicon } from '../lexicon/index.js'
import { flatText } from '../parse/text.js'
import { collapseSpace } from '../text/normalize.js'
import { agendaItem, cased, ITEM } from '../text/numbering.js'

const ORDINAL = alternation(cased(lexicon.itemOrdinals))
// "**Première résolution** : Refonte du règlement", "**Délibération n° 3** : Tarifs", "Délibération n° 2021-045 : …":
// the item (in bold, or underlined: plain once pandoc's span is read), its title after.
const ORDINAL_ITEM = new RegExp(`^(?:(?:${ORDINAL}) (?:${ITEM})|(?:${ITEM}) (?:n° ?|no )?\\d{1,4}(?:[-/.]\\d{1,4})?)$`, 'iu')
const RUN_IN_TITLE = /^ ?[:：] ?(\S.{0,150})$/u
/** Most words of a run-in item's title: more is a sentence of the record. */
const MAX_RUN_IN_WORDS = 15

export interface AgendaLead {
  /** The item's word and number as printed ("议题1", "Item 3"). */
  number: string
  title: string
  /** Characters of the paragraph's flat text the line takes. */
  taken: number
}

/** The agenda item a paragraph's bold first line names, or null. */
export function agendaLead(node: Paragraph): AgendaLead | null {
  const [first, second] = node.children
  // The record may go on in the paragraph, or in the next one when a turn's line split it off (speakers' turn-lines).
  if (first?.type !== 'strong' || second?.type !== 'break') return null
  const line = collapseSpace(flatText(first))
  const item = agendaItem(line)
  const flat = flatText(node)
  if (!item || !flat.startsWith(line)) return null
  const taken = line.length + (/\s/u.test(flat[line.length] ?? '') ? 1 : 0)
  return { ...item, taken }
}

/**
 * A paragraph that is an agenda item's bold word and ordinal and its title after a colon, and nothing else, as
 * Word minutes print resolutions and deliberations (`**Première résolution** : Refonte du règlement`), or null.
 */
export function runInItem(node: Paragraph): AgendaLead | null {
  const [first, second, third] = node.children
  // Underlined only, the label comes out of pandoc's span as plain text (`[Délibération n° 4]{.underline} : Tarifs`).
  const plain = first?.type === 'text' && second === undefined ? plainItem(first.value) : null
  if (!plain && (first?.type !== 'strong' || second?.type !== 'text' || third !== undefined)) return null
  const number = plain?.number ?? collapseSpace(flatText(first!))
  if (!ORDINAL_ITEM.test(number)) return null
  const title = RUN_IN_TITLE.exec(collapseSpace(plain?.rest ?? (second as { value: string }).value))?.[1]?.trim() ?? ''
  if (title === '' || /[.;!?]$/u.test(title) || title.split(' ').length > MAX_RUN_IN_WORDS) return null
  return { number, title, taken: flatText(node).length }
}

/** What a version number needs of a heading. */
interface Numbered {
  title: string
  number: string | null
  outline: boolean
}

/** Other headings a document has, at least, before a dotted number none of its numbers supports reads as a version. */
const UNNUMBERED_AROUND = 2
const DOTTED = /^\d+(?:\.\d+)+$/
const BARE = /^(\d{1,2}) +(\S.*)$/u

/** Whether another number of the document is `number`'s section, sibling or subsection (`2`, `2.3`, `2.4.1` for `2.4`). */
function inOutline(number: string, others: readonly string[]): boolean {
  const parent = number.slice(0, number.lastIndexOf('.'))
  return others.some((other) => other !== number && (other === parent || other.startsWith(`${parent}.`) || other.startsWith(`${number}.`)))
}

/** How far bare numbers count without a gap from 1 (`1`, `2`, `3` → 3), when they count at least to 2; else 0. */
function countedFromOne(numbers: readonly number[]): number {
  const seen = new Set(numbers)
  let last = 0
  while (seen.has(last + 1)) last++
  return last >= 2 ? last : 0
}

/**
 * A dotted number leading a heading that no other number of the document places in an outline (no section
 * `2` or sibling `2.3` for `2.4`) is a version the title names ("2.4 release plan", "1.2 Migration"), not a
 * section number: the title keeps it. A bare number that an outline's dotted numbers start with is a section's
 * ("1 Introduction" before "1.1 Scope"), and so are bare numbers counting from 1 ("1 Welcome", "2 Budget").
 */
export function versionsInTitles<Heading extends Numbered>(found: Heading[]): Heading[] {
  const dotted = found.flatMap((heading) =>
    heading.number !== null && !heading.outline && DOTTED.test(heading.number) ? [heading.number] : [],
  )
  const bares = found.map((heading) => (heading.number === null && !heading.outline ? BARE.exec(heading.title) : null))
  const counted = countedFromOne(bares.flatMap((bare) => (bare ? [Number(bare[1])] : [])))
  const split = found.map((heading, i) => {
    const bare = bares[i]
    const outline = bare && (Number(bare[1]) <= counted || dotted.some((other) => other.startsWith(`${bare[1]}.`)))
    return outline ? { ...heading, number: bare[1]!, title: bare[2]! } : heading
  })
  const numbers = split.flatMap((heading) => (heading.number !== null && !heading.outline ? [heading.number] : []))
  if (split.length - numbers.length < UNNUMBERED_AROUND) return split
  return split.map((heading) => {
    const { number, title } = heading
    if (number === null || heading.outline || !DOTTED.test(number) || inOutline(number, numbers)) return heading
    return { ...heading, title: `${number} ${title}`, number: null }
  })
}

/** A plain paragraph's label and what follows it, split before its first colon (`Délibération n° 4 : Tarifs`). */
function plainItem(text: string): { number: string; rest: string } | null {
  const colon = text.search(/ ?[:：]/u)
  return colon > 0 && colon <= 40 ? { number: collapseSpace(text.slice(0, colon)), rest: text.slice(colon) } : null
}

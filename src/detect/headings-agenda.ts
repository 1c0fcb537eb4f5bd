// An agenda item written as the bold first line of a paragraph, its record under it after a line break
// ("**议题1：图形领域PMC成员改选**  \n汇报人：… ", "**Item 3: Budget**  \nThe treasurer …"): a heading,
// though the paragraph goes on. The word says it is an agenda item; its number gives no outline level.
import type { Paragraph } from 'mdast'
import { alternation, lexicon } from '../lexicon/index.js'
import { flatText } from '../parse/text.js'
import { collapseSpace } from '../text/normalize.js'
import { agendaItem, cased, ITEM } from '../text/numbering.js'

const ORDINAL = alternation(cased(lexicon.itemOrdinals))
// "**Première résolution** : Refonte du règlement", "**Délibération n° 3** : Tarifs": the item in bold, its title after.
const ORDINAL_ITEM = new RegExp(`^(?:(?:${ORDINAL}) (?:${ITEM})|(?:${ITEM}) (?:n° ?|no )?\\d{1,3})$`, 'iu')
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
  if (first?.type !== 'strong' || second?.type !== 'text' || third !== undefined) return null
  const number = collapseSpace(flatText(first))
  if (!ORDINAL_ITEM.test(number)) return null
  const title = RUN_IN_TITLE.exec(collapseSpace(second.value))?.[1]?.trim() ?? ''
  if (title === '' || /[.;!?]$/u.test(title) || title.split(' ').length > MAX_RUN_IN_WORDS) return null
  return { number, title, taken: flatText(node).length }
}

/** What a version number needs of a heading. */
interface Numbered {
  title: string
  number: string | null
  outline: boolean
}

/** Other headings a document has, at least, before a lone dotted number on one of them reads as a version. */
const UNNUMBERED_AROUND = 2

/**
 * A dotted number leading a heading of a document that numbers none of its other headings is a version
 * the title names ("2.4 release plan", "1.2 Migration"), not a section number: the title keeps it.
 */
export function versionsInTitles<Heading extends Numbered>(found: Heading[]): Heading[] {
  const numbered = found.filter((heading) => heading.number !== null && !heading.outline)
  if (numbered.length !== 1 || found.length - 1 < UNNUMBERED_AROUND) return found
  const [lone] = numbered
  if (!/^\d+(?:\.\d+)+$/.test(lone!.number!)) return found
  return found.map((heading) => (heading === lone ? { ...heading, title: `${heading.number} ${heading.title}`, number: null } : heading))
}

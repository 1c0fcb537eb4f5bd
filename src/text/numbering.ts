// Section numbers as reports print them before a title: "3.1.2", "3." (a bare number needs its dot:
// "2030 Agenda" is a title), "IV.", "A." or "A.1", perhaps after an annex word ("Annex 2. Budget").
// The one definition, for contents entries, headings and plain-text headings alike.
import { alternation, lexicon } from '../lexicon/index.js'
import { isDateOnly } from './dates.js'

const ANNEX = alternation(lexicon.annexWords)
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
/** Each word as written, capitalised and in capitals. */
export const cased = (words: readonly string[]) => words.flatMap((word) => [word, capitalised(word), word.toUpperCase()])
/** The agenda-item words of every language as one alternation (`Item`, `TOP`, `Punto`, `议题`), in each case. */
export const ITEM = alternation(cased(lexicon.agendaItemWords))
// "议题1：", "Item 3:", "TOP 5 -", "TOP 7a:", "Punto IV.": an agenda item's word, its number, a separator, the title
// (a Roman number after a space, so that `TOPIX` is no item).
const AGENDA_ITEM = new RegExp(
  `^((?:${ITEM})(?: ?(?:\\d{1,3}[a-z]?|[一二三四五六七八九十]{1,3})| [IVXL]{1,6}))(?: ?[:：.．、)–—-] ?| )(\\S.{0,150})$`,
  'u',
)

/** An agenda item's word and number as printed ("TOP 7a", "Item 3") and its title, or null. */
export function agendaItem(text: string): { number: string; title: string } | null {
  const item = AGENDA_ITEM.exec(text)
  if (!item) return null
  const title = item[2]!.replace(/[:：]$/u, '').trim()
  return title === '' ? null : { number: item[1]!.replace(/\s+/gu, ' '), title }
}
const NUMBER = '\\d+(?:\\.\\d+)+\\.?|\\d+\\.|[IVXLC]+\\.|[A-Z]\\.(?:\\d+(?:\\.\\d+)*\\.?)?'
const NUMBERED = new RegExp(`^(?:(?:${ANNEX})\\s+)?(?<number>${NUMBER})\\s+(?<rest>\\S.*)$`)

/** "3.1 Title" → number "3.1" and title "Title"; an unnumbered title as it is. */
export function withNumber(title: string): { title: string; number: string | null } {
  const numbered = NUMBERED.exec(title)
  return numbered?.groups ? { title: numbered.groups.rest!, number: numbered.groups.number!.replace(/\.$/, '') } : { title, number: null }
}

/**
 * As `withNumber`, for a heading's text: a date is no number ("12. March 2020" is a date); an agenda item's
 * word and number are its number as printed (`TOP 3: Kassenbericht` → "TOP 3", "Kassenbericht").
 */
export function splitNumber(text: string): { number: string | null; title: string } {
  const item = agendaItem(text)
  if (item) return item
  const split = withNumber(text)
  return split.number === null || isDateOnly(text) ? { number: null, title: text } : { number: split.number, title: split.title }
}

// Section numbers as reports print them before a title: "3.1.2", "3." (a bare number needs its dot:
// "2030 Agenda" is a title), "IV.", "A." or "A.1", perhaps after an annex word ("Annex 2. Budget").
// The one definition, for contents entries, headings and plain-text headings alike.
import { alternation, lexicon } from '../lexicon/index.js'
import { isDateOnly } from './dates.js'

const ANNEX = alternation(lexicon.annexWords)
const NUMBER = '\\d+(?:\\.\\d+)+\\.?|\\d+\\.|[IVXLC]+\\.|[A-Z]\\.(?:\\d+(?:\\.\\d+)*\\.?)?'
const NUMBERED = new RegExp(`^(?:(?:${ANNEX})\\s+)?(?<number>${NUMBER})\\s+(?<rest>\\S.*)$`)

/** "3.1 Title" → number "3.1" and title "Title"; an unnumbered title as it is. */
export function withNumber(title: string): { title: string; number: string | null } {
  const numbered = NUMBERED.exec(title)
  return numbered?.groups ? { title: numbered.groups.rest!, number: numbered.groups.number!.replace(/\.$/, '') } : { title, number: null }
}

/** As `withNumber`, for a heading's text: a date is no number ("12. March 2020" is a date). */
export function splitNumber(text: string): { number: string | null; title: string } {
  const split = withNumber(text)
  return split.number === null || isDateOnly(text) ? { number: null, title: text } : { number: split.number, title: split.title }
}

// A title that says where and when the meeting sat: "MINUTES OF PROCEEDINGS AT ANNUAL MEETING OF THE MUNICIPAL
// DISTRICT OF X HELD IN ÁRAS SEÁN FINN, NEW LINE ROAD, RATHKEALE, CO. LIMERICK ON TUESDAY, 19TH JUNE, 2023 AT
// 9.00 A.M.": the meeting's name ends before "held in", its place runs from there to the day.
import { alternation, lexicon } from '../lexicon/index.js'
import { findDay } from '../text/dates.js'
import { collapseSpace, countWords } from '../text/normalize.js'
import { trimEndWhere } from '../text/scan.js'

const HELD = new RegExp(`\\s(?:${alternation(lexicon.eventVerbs)})\\s+(?:${alternation(lexicon.placePrepositions)})\\s`, 'iu')
/** Words between a place and its day ("… LIMERICK ON TUESDAY, 19TH JUNE"), never part of the place. */
const BEFORE_DAY = new Set([...lexicon.weekdays, ...lexicon.dayArticles, 'on'].map((word) => word.toLowerCase()))
/** A place of more words than this is a sentence going on. */
const MAX_PLACE_WORDS = 15

/** The name a title gives the meeting before its "held in …" clause, or the name whole. */
export function beforeHeld(name: string): string {
  const held = HELD.exec(name)
  return held ? name.slice(0, held.index) : name
}

/** The place a title's "held in … on <day>" gives, or null. */
export function heldPlaceInTitle(title: string | null): string | null {
  const held = title === null || title.length > 400 ? null : HELD.exec(title)
  if (!held) return null
  const after = title!.slice(held.index + held[0].length)
  const day = findDay(after)
  if (!day) return null
  const words = collapseSpace(after.slice(0, day.index)).split(' ')
  const bare = (word: string) => trimEndWhere(word, (char) => char === ',' || char === '.').toLowerCase()
  while (words.length > 0 && BEFORE_DAY.has(bare(words.at(-1)!))) words.pop()
  const place = words.join(' ').replace(/,$/u, '')
  return place !== '' && countWords(place) <= MAX_PLACE_WORDS ? place : null
}

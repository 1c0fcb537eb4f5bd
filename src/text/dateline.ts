// A dateline: the line of its own that says where and when a document was written or signed, its date ending
// it — `Fait à Bègles le 11/11/23`, `À Bordeaux, le 3 mars 2021`, `A la chaufferie, Bègles le 11/11/23` (an opener
// and the place), `Paris, le 3 mars 2016` (the place, its comma and the article). It dates the document; it heads
// nothing. Words only, no pattern over the line but the date's.
import { lexicon, wholeWords } from '../lexicon/index.js'
import { findDay } from './dates.js'
import { collapseSpace, countWords } from './normalize.js'

export interface Dateline {
  place: string
  date: string
  /** Whether a word opens it before the place (`Fait à`, `À`): a signature's form, where it follows the body. */
  opened: boolean
}

const lower = (words: readonly string[]) => words.map((word) => word.toLowerCase())
/** Words standing between the place and the date (`le`, `den`, `mardi`, `a`). */
const BETWEEN = new Set(lower([...lexicon.weekdays, ...lexicon.dayArticles, ...lexicon.dayPrepositions]).flatMap((w) => w.split(' ')))
const OPENERS = lower(lexicon.datelineOpeners)
  .map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length)
const MEETING_WORD = new RegExp(wholeWords(lexicon.meetingWords.filter((word) => !/\p{Script=Han}/u.test(word))), 'iu')

/** A dateline of more words than this is a sentence. */
const MAX_WORDS = 12
/** Most words of a dateline's place (`la chaufferie, Bègles`). */
const MAX_PLACE = 6

/** The place and day of a dateline, or null when the line is no dateline. */
export function readDateline(line: string): Dateline | null {
  const text = collapseSpace(line).replace(/\.$/u, '')
  if (text.length > 120 || countWords(text, MAX_WORDS + 1) > MAX_WORDS) return null
  const day = findDay(text)
  if (day === null || day.index + day.length !== text.length || day.iso.includes('/')) return null
  const words = text.slice(0, day.index).split(' ').filter(Boolean)
  let between = 0
  while (words.length > 0 && BETWEEN.has(words.at(-1)!.replace(/[,:]$/u, '').toLowerCase())) {
    words.pop()
    between++
  }
  const opener = openerLength(words)
  const place = words.slice(opener).join(' ').replace(/[,:]$/u, '')
  const placeWords = place.split(' ').filter(Boolean)
  if (placeWords.length === 0 || placeWords.length > MAX_PLACE || !/^\p{Lu}/u.test(placeWords.at(-1)!) || MEETING_WORD.test(place))
    return null
  // Without an opener, the place is a few capitalised words set off by its comma before the article (`Paris, le`).
  const commaForm = between > 0 && words.at(-1)!.endsWith(',') && placeWords.length <= 3 && placeWords.every((w) => /^\p{Lu}/u.test(w))
  return opener > 0 || commaForm ? { place, date: day.iso, opened: opener > 0 } : null
}

/** How many words of the opener phrase the words start with (0 when none). */
function openerLength(words: readonly string[]): number {
  const first = words.map((word) => word.toLowerCase())
  const found = OPENERS.find((phrase) => phrase.length < words.length && phrase.every((word, k) => first[k] === word))
  return found?.length ?? 0
}

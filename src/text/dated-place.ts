// A label's value that gives a meeting's date and its place together, as event pages print them under one label
// (`Ort & Zeit: 28.4.2025, 14-18 Uhr, Archäologisches Zentrum, Berlin`, `Date and venue: 3 May 2021, 10:00 UTC, Oslo`,
// `Lieu et date : Lyon, 3 mai 2021`): its parts after commas are the date, the hours and the place's parts.
import { alternation, lexicon } from '../lexicon/index.js'
import { findDay, isDateOnly } from './dates.js'

const HOUR = '\\d{1,2}(?:[:.h]\\d{2})?'
// `14-18 Uhr`, `10:00 - 12:00`, `9 h`, `14:00 UTC`: an hour or a span of hours, and the word of the clock after it.
const HOURS = new RegExp(
  `^${HOUR}(?:\\s*(?:[-–—]|${alternation(lexicon.dayRangeWords)})\\s*${HOUR})?(?:\\s*(${alternation(lexicon.clockWords)}))?$`,
  'iu',
)
const WEEKDAYS = new Set(lexicon.weekdays.map((word) => word.toLowerCase()))

/** The value's place without its date and hours, and the day it gives; the value whole when it holds neither. */
export function splitDatedPlace(value: string): { place: string | null; day: string | null } {
  let day: string | null = null
  const kept: string[] = []
  for (const part of value.split(/,\s*/u)) {
    const found = findDay(part)
    const rest = found ? part.slice(found.index + found.length).trim() : ''
    if (found && isDateOnly(part.slice(0, found.index + found.length)) && (rest === '' || isHours(rest))) day ??= found.iso
    else if (!isHours(part) && !WEEKDAYS.has(part.trim().toLowerCase())) kept.push(part)
  }
  const place = kept.join(', ').trim()
  return { place: place === '' ? null : place, day }
}

/** An hour or a span of hours: with minutes (`10:00`, `9h30`) or a word of the clock (`14-18 Uhr`), never a bare number. */
function isHours(text: string): boolean {
  const found = HOURS.exec(text.trim())
  return found !== null && (found[1] !== undefined || /\d[:.h]\d{2}/u.test(text))
}

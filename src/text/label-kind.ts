// The kind of a short label before a colon: a date's (`Date/Time`, `Meeting Date`) or a place's (`Lieu`, `Location`).
import { lexicon } from '../lexicon/index.js'

const DATE_LABELS = new Set(lexicon.dateLabels)
const PLACE_LABELS = new Set(lexicon.placeLabels)
const LABEL_JOINERS = new Set([...lexicon.listJoiners, ...lexicon.smallWords])
const MEETING_WORDS = new Set(lexicon.meetingWords.filter((word) => !word.includes(' ')))

/** The kind of a label ("Date/Time", "Lieu", "Data 日期"): every word a date or place word, or a joiner. */
export function labelKind(label: string): 'date' | 'place' | null {
  const words = label
    .toLowerCase()
    // A bilingual label may write its two words without a space (`Date日期`, `Time时间`, as Chinese templates print them).
    .replace(/([a-z])(?=\p{Script=Han})|(\p{Script=Han})(?=[a-z])/gu, '$1$2 ')
    .split(/[\s/,&]+/u)
    .filter(Boolean)
  // The kind of meeting may qualify the label ("Meeting Date", "Meeting Location").
  const known = (word: string) => DATE_LABELS.has(word) || PLACE_LABELS.has(word) || LABEL_JOINERS.has(word) || MEETING_WORDS.has(word)
  if (words.length === 0 || words.length > 5 || !words.every(known)) return null
  if (words.some((word) => PLACE_LABELS.has(word))) return 'place'
  return words.some((word) => DATE_LABELS.has(word)) ? 'date' : null
}

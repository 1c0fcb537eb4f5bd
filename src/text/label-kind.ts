// The kind of a short label before a colon: a date's (`Date/Time`, `Meeting Date`, `Sitzungsdatum`) or a place's
// (`Lieu`, `Location`, `Sitzungsort`).
import { lexicon } from '../lexicon/index.js'
import { closeSpreadHan } from './normalize.js'

const DATE_LABELS = new Set(lexicon.dateLabels)
const PLACE_LABELS = new Set(lexicon.placeLabels)
const LABEL_JOINERS = new Set([...lexicon.listJoiners, ...lexicon.smallWords])
const MEETING_WORDS = new Set(lexicon.meetingWords.filter((word) => !word.includes(' ')))
const COMPOUND_LINKS = ['', ...lexicon.compoundLinks]

/**
 * A closed compound of a kind of meeting and a date or place label (`besprechungsdatum`, `sitzungsort`), read as the
 * label; any other word as it is.
 */
function labelWord(word: string): string {
  if (DATE_LABELS.has(word) || PLACE_LABELS.has(word)) return word
  for (const meeting of MEETING_WORDS) {
    if (word.length <= meeting.length || !word.startsWith(meeting)) continue
    for (const link of COMPOUND_LINKS) {
      const rest = word.slice(meeting.length)
      if (!rest.startsWith(link)) continue
      const label = rest.slice(link.length)
      if (DATE_LABELS.has(label) || PLACE_LABELS.has(label)) return label
    }
  }
  return word
}

/** The kind of a label ("Date/Time", "Lieu", "Data 日期"): every word a date or place word, or a joiner. */
export function labelKind(label: string): 'date' | 'place' | null {
  // A Chinese label spread by spaces (`時 間`, or ideographic spaces) is one word.
  const words = closeSpreadHan(label.trim())
    .toLowerCase()
    // A bilingual label may write its two words without a space (`Date日期`, `Time时间`, as Chinese templates print them).
    .replace(/([a-z])(?=\p{Script=Han})|(\p{Script=Han})(?=[a-z])/gu, '$1$2 ')
    .split(/[\s/,&]+/u)
    .filter(Boolean)
    .map(labelWord)
  // The kind of meeting may qualify the label ("Meeting Date", "Meeting Location").
  const known = (word: string) => DATE_LABELS.has(word) || PLACE_LABELS.has(word) || LABEL_JOINERS.has(word) || MEETING_WORDS.has(word)
  if (words.length === 0 || words.length > 5 || !words.every(known)) return null
  if (words.some((word) => PLACE_LABELS.has(word))) return 'place'
  return words.some((word) => DATE_LABELS.has(word)) ? 'date' : null
}

// A meeting's name on a line of its own with its day on the line next to it, as minutes and transcripts
// open without a cover: "EXECUTIVE COMMITTEE MEETING" over "May 18, 2017 at 12:00 PM", "Board Meeting"
// under "2022-03-18". The name is the report's title and the day the meeting's.
import { lexicon, wholeWords } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, paragraphLines } from '../parse/text.js'
import { findDay, isDateOnly } from '../text/dates.js'
import { collapseSpace, countWords } from '../text/normalize.js'

/** A meeting's name of more words than this is a sentence. */
const NAME_WORDS = 8

const MEETING = new RegExp(wholeWords(lexicon.meetingWords), 'iu')
// Words joining a name's capitalised words ("Board of Directors Meeting").
const JOINING = new Set(
  [...lexicon.nameConnectors, ...lexicon.smallWords, ...lexicon.documentOfWords].flatMap((word) => word.toLowerCase().split(' ')),
)
// "Next meeting" / "Prochaine réunion" over a date announces another meeting.
const OTHER_MEETING = new Set(lexicon.otherMeetingWords.map((word) => word.toLowerCase()))
// A time after the day ("at 12:00 PM", ", 18h30", "um 14 Uhr"): the day still heads the line.
const TIME = /\d{1,2}(?:[:.h]\d{2}|\s?[ap]\.?m\b|\s?uhr\b|h\b)/iu

export interface MeetingLine {
  name: string
  day: string
  line: number
}

/** The first meeting's name whose next (or previous) line is its day, in the entries given (the report's top); null when none. */
export function meetingLineOf(flow: readonly FlowEntry[]): MeetingLine | null {
  const lines: Array<{ text: string; line: number } | null> = []
  for (const entry of flow) {
    const node = entry.node
    if (node.type === 'heading') lines.push({ text: flatText(node), line: entry.line })
    else if (node.type === 'paragraph' && !entry.item) lines.push(...paragraphLines(node))
    // Anything else (a list item, a table, a rule) parts the lines around it.
    else lines.push(null)
  }
  for (const [i, current] of lines.entries()) {
    if (current === null || !isMeetingName(current.text)) continue
    const after = dayOfLine(lines[i + 1]?.text)
    const day = after ?? dayOfLine(lines[i - 1]?.text)
    if (day === null) continue
    // A name left open by a small word (`… CONSEIL MUNICIPAL DU` over `LUNDI 27 JANVIER 2025`) goes on into its day.
    const name = after !== null && endsOpen(current.text) ? `${current.text} ${lines[i + 1]!.text}` : current.text
    return { name: collapseSpace(name), day, line: current.line }
  }
  return null
}

/** Whether a line ends with a word that joins a name to what follows (`du`, `of`, `vom`): the next line goes on from it. */
function endsOpen(text: string): boolean {
  const words = collapseSpace(text).split(' ')
  return words.length > 1 && JOINING.has(words[words.length - 1]!.toLowerCase())
}

/** A short line in capitals or title case naming a kind of meeting, no sentence and no label. */
function isMeetingName(text: string): boolean {
  const line = collapseSpace(text)
  const words = line.split(' ')
  if (words.length > NAME_WORDS || !MEETING.test(line) || /[.:;,!?]$|[:：]/u.test(line) || findDay(line) !== null) return false
  if (OTHER_MEETING.has(words[0]!.toLowerCase())) return false
  return /^[\p{Lu}\d]/u.test(line) && words.every((word) => /^[\p{Lu}\d#]/u.test(word) || JOINING.has(word.toLowerCase()))
}

/** The day a line gives when it is all a date, or a date and then a time ("May 18, 2017 at 12:00 PM"); null otherwise. */
function dayOfLine(text: string | undefined): string | null {
  const line = text?.trim() ?? ''
  if (line === '' || line.length > 80) return null
  const day = findDay(line)
  if (day === null || day.iso.includes('/') || !isDateOnly(line.slice(0, day.index + day.length))) return null
  const after = line.slice(day.index + day.length).trim()
  return after === '' || /^[.,]$/u.test(after) || (TIME.test(after) && countWords(after, 7) <= 6) ? day.iso : null
}

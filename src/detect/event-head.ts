// The head of a report: its title, cover lines and first short blocks, before its first section. When no labelled
// line or sentence dated the meeting, the first full date printed there on a short line dates it ('# Minutes of
// 5 May 2020', '2020-05-05 meeting', '*Thursday, March 14th, 2024*', '14–16 March 2024, Geneva'), and the town or
// venue beside that date on its line is where it met ('Geneva, 14 March 2024', '4.–6. Juni 1987 in Berlin',
// 'mardi 8 mars 2016, à Paris', 'March 14, 2024 | Geneva, Switzerland'). Refused: a date in a link, a citation, a
// version, a byline, a page's stamp (`Last updated: …`), another label's value (`Next meeting: …`), a sentence's.
import { alternation, lexicon, wholeWords } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, paragraphLines } from '../parse/text.js'
import { findDay } from '../text/dates.js'
import { labelKind } from '../text/label-kind.js'
import { looksLikeName } from '../text/names.js'
import { collapseSpace, countWords } from '../text/normalize.js'

export interface HeadDate {
  date: string
  line: number
  location: string | null
}

/** Flow entries read for the head: a title block and a few lines under it. */
const HEAD_ENTRIES = 12
/** A paragraph of more words than this is prose: its dates are a sentence's, read by the sentence rules. */
const BLOCK_WORDS = 40
/** A line of more words than this is a sentence. */
const LINE_WORDS = 14
/** A line ending with a full stop and more words than this is a sentence. */
const SENTENCE_WORDS = 5
/** Farthest a date label's day may stand from its colon (`Date: to be agreed, by 3 May 2025` is a deadline). */
const LABEL_LEAD = 20
/** Most words of a place beside the date. */
const PLACE_WORDS = 8

const lower = (words: readonly string[]) => words.map((word) => word.toLowerCase())
const spaced = (words: readonly string[]) => words.filter((word) => !/\p{Script=Han}/u.test(word))
// A link, a file's name (`Interview recording 2024-05-06.m4a`): a date inside either names the file, not the meeting.
const LINK = /^(?:https?:\/\/|www\.)/iu
const EXTENSION = /^\.[A-Za-z][A-Za-z\d]{1,4}$/u
const LABEL = /^([^:：]{1,40}?)[ \t]*[:：]/u
// A byline (`Posted on 5 May 2021 by …`) dates the page, which the cover reads; the meeting was before it.
const BYLINE = new RegExp(`^(?:${alternation(lexicon.bylineWords)})(?![\\p{L}\\p{N}])`, 'iu')
const STAMP = new RegExp(`^(?:${alternation(lexicon.stampWords)})(?![\\p{L}\\p{N}])`, 'iu')
const VERSION_END = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(lexicon.versionWords)})\\.?\\s*[:#]?\\s*$`, 'iu')
const CITATION = new RegExp(wholeWords(lexicon.citationWords), 'iu')
const REFERENCE_MARK = /^\s*\[\d{1,3}\]/u
const NOT_PLACE = new RegExp(wholeWords(spaced([...lexicon.meetingWords, ...lexicon.documentTypes, ...lexicon.clockWords])), 'iu')
// Before the day, a body's name (`Harbour Trust, 14 March 2024`) is the publisher's, no place.
const ORGANIZATION = new RegExp(wholeWords(spaced(lexicon.organizationWords)), 'iu')
const JOINING = new Set(lower([...lexicon.nameConnectors, ...lexicon.smallWords, ...lexicon.documentOfWords]))
const PREPOSITION = new RegExp(`^(?:${alternation([...lexicon.placePrepositions, ...lexicon.datelineOpeners])})\\s+(?=\\p{Lu})`, 'iu')
const AROUND_DAY = new Set(lower([...lexicon.weekdays, ...lexicon.dayArticles, ...lexicon.dayPrepositions]).flatMap((w) => w.split(' ')))

type Line = { text: string; line: number; heading: boolean }

/** The first full date of the report's head on a short line, and the place beside it. */
export function headDateOf(flow: readonly FlowEntry[], contentsStart: number | null): HeadDate | null {
  for (const line of headLines(flow, contentsStart)) {
    const found = readLine(line)
    if (found !== null) return found
  }
  return null
}

/** The head's short lines: up to the first section's heading (a heading after the first that prints no day). */
function headLines(flow: readonly FlowEntry[], contentsStart: number | null): Line[] {
  const lines: Line[] = []
  let headings = 0
  const end = Math.min(HEAD_ENTRIES, contentsStart ?? HEAD_ENTRIES)
  for (const entry of flow.slice(0, end)) {
    const node = entry.node
    if (node.type === 'heading') {
      const text = flatText(node)
      if (++headings > 1 && findDay(text) === null) break
      lines.push({ text, line: entry.line, heading: true })
    } else if (node.type === 'paragraph' && entry.item === null && countWords(flatText(node), BLOCK_WORDS + 1) <= BLOCK_WORDS) {
      lines.push(...paragraphLines(node).map((line) => ({ ...line, heading: false })))
    }
  }
  return lines
}

/** The date a head's line gives and the place beside it; null when it gives none or a refused one. */
function readLine(line: Line): HeadDate | null {
  const words = collapseSpace(line.text).split(' ')
  const text = collapseSpace(words.filter((word) => !LINK.test(word) && !isFileName(word)).join(' '))
  if (text === '' || countWords(text, LINE_WORDS + 1) > LINE_WORDS || isSentence(text)) return null
  const day = findDay(text)
  if (day === null || BYLINE.test(text) || STAMP.test(text) || CITATION.test(text) || REFERENCE_MARK.test(text)) return null
  if (VERSION_END.test(text.slice(0, day.index))) return null
  const label = LABEL.exec(text)
  const valueStart = label ? label.index + label[0].length : 0
  // Another fact's label (`Next meeting: …`, `Deadline: …`) dates that fact; a date label's day leads its value.
  if (label && valueStart <= day.index && (labelKind(label[1]!) === null || day.index - valueStart > LABEL_LEAD)) return null
  const location = line.heading ? placeAfter(text.slice(day.index + day.length)) : placeBeside(text, day)
  return { date: day.iso, line: line.line, location }
}

/** A file's name with figures in it and its extension (`2024-05-06.m4a`). */
function isFileName(word: string): boolean {
  const dot = word.lastIndexOf('.')
  return dot > 0 && EXTENSION.test(word.slice(dot)) && /\d/u.test(word.slice(0, dot))
}

/** A line of several words ending as a sentence ends (`Comments are due on 5 May 2021.`): the sentence rules' to read. */
function isSentence(text: string): boolean {
  return /[.!?]$/u.test(text) && countWords(text, SENTENCE_WORDS + 1) > SENTENCE_WORDS
}

function placeBeside(text: string, day: { index: number; length: number }): string | null {
  return placeAfter(text.slice(day.index + day.length)) ?? placeBefore(text.slice(0, day.index))
}

/** `14 March 2024, Geneva`, `… in Berlin`, `…, à Paris`, `… | Geneva, Switzerland`, `…, 10:00–12:00, Town Hall, Bonn`. */
function placeAfter(after: string): string | null {
  const parts = after
    .split(/ ?[,|·•;] ?| [–—-] /u)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/\d/u.test(part) && !NOT_PLACE.test(part))
  if (parts.length === 0) return null
  const opened = PREPOSITION.exec(parts[0]!)
  const place = [parts[0]!.slice(opened?.[0].length ?? 0), ...parts.slice(1)].join(', ')
  return isPlace(place, opened !== null) ? place : null
}

/** `Geneva, 14 March 2024`, `Paris, le 3 mars 2016`: a place set off by its comma before the day (and its weekday). */
function placeBefore(before: string): string | null {
  const words = before.split(' ').filter(Boolean)
  while (words.length > 0 && AROUND_DAY.has(words.at(-1)!.replace(/[,.]$/u, '').toLowerCase())) words.pop()
  if (words.length === 0 || !words.at(-1)!.endsWith(',')) return null
  const place = words.join(' ').replace(/,$/u, '')
  if (/\d/u.test(place) || countWords(place, 5) > 4 || NOT_PLACE.test(place) || ORGANIZATION.test(place)) return null
  return isPlace(place, false) ? place : null
}

/** Capitalised words joined by commas and small words; not a person's name unless a preposition says it is a place. */
function isPlace(place: string, opened: boolean): boolean {
  if (place === '' || !/^\p{Lu}/u.test(place) || countWords(place, PLACE_WORDS + 1) > PLACE_WORDS || /[()[\]!?:]/u.test(place)) return false
  const words = place.replace(/,/gu, '').split(' ')
  if (!words.every((word) => /^\p{Lu}/u.test(word) || JOINING.has(word.toLowerCase()))) return false
  return opened || !place.split(', ').some(looksLikeName)
}

// Where a meeting took place when no label gives it, as the top of a report prints it: a line's part that
// says it met online ("8–19 November 2021; online event"), the kind of meeting it was ("the first virtual
// workshop"), or a venue named in a sentence after a preposition ("met in room SD-538, Dirksen Senate
// Office Building, Washington, DC", "réuni à la Salle des Fêtes de Brienne", "En la Casa Consistorial de …").
import { alternation, lexicon, wholeWords } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, paragraphLines } from '../parse/text.js'
import { findDay, mayHoldDay, sessionDayOf } from '../text/dates.js'
import { readDateline } from '../text/dateline.js'
import { collapseSpace, countWords, titleCase } from '../text/normalize.js'

/** A top line of more words than this is prose, not a line of facts. */
const FACT_LINE_WORDS = 12
/** A venue of more words than this is a sentence going on. */
const MAX_VENUE_WORDS = 12

const ONLINE = new Set(lexicon.onlineVenues.map((word) => word.toLowerCase()))
const spaced = (words: readonly string[]) => words.filter((word) => !/\p{Script=Han}/u.test(word))
// "virtual workshop", "online meeting": a meeting that met online.
const MEETINGS = alternation(spaced(lexicon.meetingWords))
const ONLINE_MEETING = new RegExp(`${wholeWords(spaced(lexicon.onlineVenues))} (?:${MEETINGS})(?![\\p{L}\\p{N}])`, 'iu')
// "in room …", "à la Salle des Fêtes …", "en la Casa Consistorial …": a preposition, then a venue word.
const VENUE_START = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(lexicon.placePrepositions)}) (?=(?:${alternation(lexicon.venueWords)})(?![\\p{L}\\p{N}]))`,
  'giu',
)
const wordsOf = (lists: ReadonlyArray<readonly string[]>) => new Set(lists.flat().flatMap((word) => word.toLowerCase().split(' ')))
/** Small words inside a venue's name ("Salle des Fêtes de …"), which never end it. */
const CONNECTING = wordsOf([lexicon.nameConnectors, lexicon.smallWords, lexicon.documentOfWords])
const JOINING = wordsOf([lexicon.nameConnectors, lexicon.smallWords, lexicon.documentOfWords, lexicon.venueWords])
const VENUE_WORD = new RegExp(wholeWords(lexicon.venueWords), 'iu')

/** The venue the top entries of a report give in a line of facts or a sentence, or null. */
export function venueOf(flow: readonly FlowEntry[]): string | null {
  return onlineLinePart(flow) ?? namedVenue(flow) ?? onlineMeeting(flow)
}

/** A short line's part that is only an online venue ("8–19 November 2021; online event", "Online | 3 May"). */
function onlineLinePart(flow: readonly FlowEntry[]): string | null {
  for (const entry of flow) {
    const node = entry.node
    const lines = node.type === 'paragraph' ? paragraphLines(node).map((line) => line.text) : []
    if (node.type === 'heading') lines.push(flatText(node))
    for (const text of lines) {
      if (countWords(text, FACT_LINE_WORDS + 1) > FACT_LINE_WORDS) continue
      const parts = text.split(/[;|·•,]| [–—-] /u).map((piece) => collapseSpace(piece).replace(/\.$/, ''))
      const part = parts.find((piece) => ONLINE.has(piece.toLowerCase()))
      if (part) return part
    }
  }
  return null
}

/** A venue a sentence names after a preposition: the venue word and the capitalised words, numbers and joining words after it. */
function namedVenue(flow: readonly FlowEntry[]): string | null {
  for (const entry of flow) {
    if (entry.node.type !== 'paragraph') continue
    const text = flatText(entry.node)
    VENUE_START.lastIndex = 0
    for (let start = VENUE_START.exec(text); start; start = VENUE_START.exec(text)) {
      const venue = venueAt(text.slice(start.index + start[0].length, start.index + start[0].length + 300))
      if (venue) return venue
    }
  }
  return null
}

/**
 * The venue's words from the start of `text`: capitalised words, numbers and joining words, until a word in
 * small letters that joins no name or a full stop. After a comma it goes on over a part naming a venue or
 * a place of two words at most ("…, Dirksen Senate Office Building, Washington, DC"), not over a person.
 */
export function venueAt(text: string): string | null {
  const parts: string[][] = [[]]
  let roomOf = false
  for (const token of text.split(' ').slice(0, 3 * MAX_VENUE_WORDS)) {
    let end = token.length
    while (end > 0 && ',.;:)'.includes(token[end - 1]!)) end--
    const word = token.slice(0, end)
    if (word === '' || (!JOINING.has(word.toLowerCase()) && !/^[\p{Lu}\d]/u.test(word))) {
      // A room named by what it belongs to, in small letters (`salle du château`, `salle de la mairie`): one noun ends it.
      roomOf = word !== '' && parts.length === 1 && isRoomOf(parts[0]!)
      if (roomOf) parts[0]!.push(word)
      break
    }
    parts.at(-1)!.push(word)
    const after = token.slice(end)
    if (/[.;:)]/.test(after)) break
    if (after.startsWith(',')) parts.push([])
  }
  const kept: string[] = []
  for (const [i, part] of parts.entries()) {
    while (part.length > 1 && CONNECTING.has(part.at(-1)!.toLowerCase())) part.pop()
    if (part.length === 0 || (i > 0 && part.length > 2 && !VENUE_WORD.test(part.join(' ')))) break
    kept.push(part.join(' '))
  }
  const words = kept.join(' ').split(' ')
  const capitalised = words.slice(1).some((word) => /^[\p{Lu}\d]/u.test(word))
  // A venue the language names in words of its own needs no name (`salle du conseil municipal`, `casa consistorial`).
  const named = capitalised || roomOf || kept.some((part) => VENUE_PHRASES.has(part.toLowerCase()))
  return words.length >= 2 && words.length <= MAX_VENUE_WORDS && named ? kept.join(', ') : null
}

/** A part that is a venue word and the connecting words after it only (`salle du`, `salle de la`). */
function isRoomOf(part: readonly string[]): boolean {
  return part.length >= 2 && VENUE_WORD.test(part[0]!) && part.slice(1).every((word) => CONNECTING.has(word.toLowerCase()))
}

const VENUE_PHRASES = new Set(lexicon.venueWords.filter((word) => word.includes(' ')).map((word) => word.toLowerCase()))

/** "This first virtual workshop": a meeting held online, its venue the word that says so. */
function onlineMeeting(flow: readonly FlowEntry[]): string | null {
  for (const entry of flow) {
    if (entry.node.type !== 'paragraph') continue
    const found = ONLINE_MEETING.exec(flatText(entry.node))
    if (found) return titleCase(found[0].split(' ')[0]!)
  }
  return null
}

/** Words a dateline may hold between its place and its date ("Mittwoch, den", "le"). */
const DATELINE_WORDS = new Set([...lexicon.weekdays, ...lexicon.dayArticles].map((word) => word.toLowerCase()))
/** A dateline of more words than this is a sentence. */
const DATELINE_WORDS_MAX = 10

/**
 * A dateline at the top of a record, the place and then the day: "Bonn, Mittwoch, den 7. September 1949.",
 * "Paris, le 3 mars 2016". The place is the first part, in a few capitalised words; nothing but a weekday or
 * an article stands between it and the date, which ends the line. A weekday and a date ("Friday, January 9,
 * 2015") are a date line without a place.
 */
export function datelineOf(flow: readonly FlowEntry[]): { place: string | null; date: string; line: number } | null {
  let headed = false
  for (const entry of flow) {
    headed ||= entry.node.type === 'heading'
    if (entry.node.type !== 'paragraph') continue
    for (const { text, line } of paragraphLines(entry.node)) {
      // Every form below ends in a day findDay reads: a line without one is passed over before it is cleaned.
      if (!mayHoldDay(text)) continue
      // A blank form field's leader before the place ("……… Kénitra Le : 01/09/2019") is no part of it.
      const clean = collapseSpace(text).replace(/\.$/, '').replace(LEADER, '')
      // `A la chaufferie, Bègles le 11/11/23` on a title page: the opener, the place, the day; after the body's first
      // heading such a line is where and when the minutes were signed (`Fait à Bègles, le 14/03/24`), not the meeting's.
      const signed = readDateline(clean)
      if (signed !== null && !headed) return { place: signed.place, date: signed.date, line }
      if (signed?.opened) continue
      // `Monday, July 24, 2023, 09:30 - 11:30, Monday Session I`: a session's day, its hours after it.
      const session = sessionDayOf(clean)
      if (session !== null) return { place: null, date: session, line }
      if (countWords(clean, DATELINE_WORDS_MAX + 1) > DATELINE_WORDS_MAX) continue
      const day = findDay(clean)
      if (!day || day.index + day.length !== clean.length) continue
      const unmarked = placeBeforeArticle(clean.slice(0, day.index))
      if (unmarked) return { place: unmarked, date: day.iso, line }
      const [place, ...between] = clean.slice(0, day.index).split(',')
      const placeWords = place!.trim().split(' ')
      const joins = between
        .join(' ')
        .split(' ')
        .filter(Boolean)
        .every((word) => DATELINE_WORDS.has(word.toLowerCase()))
      if (!joins || placeWords.length > 3 || !placeWords.every((word) => /^\p{Lu}/u.test(word))) continue
      // "Friday, January 9, 2015": a weekday first is the date's, no place.
      if (placeWords.every((word) => DATELINE_WORDS.has(word.toLowerCase()))) return { place: null, date: day.iso, line }
      if (between.length > 0) return { place: place!.trim(), date: day.iso, line }
    }
  }
  return null
}

const LEADER = /^[._…]{3,} ?/u
const MEETING_WORD = new RegExp(wholeWords(spaced(lexicon.meetingWords)), 'iu')

/** "Kénitra Le :", "Paris le": a place of capitalised words, then the article before the day, with no comma between. */
function placeBeforeArticle(before: string): string | null {
  const words = before
    .replace(/[:：]\s*$/u, '')
    .trim()
    .split(' ')
  let article = 0
  while (words.length > 0 && DATELINE_WORDS.has(words.at(-1)!.toLowerCase())) {
    words.pop()
    article++
  }
  const named = words.length > 0 && words.length <= 3 && words.every((word) => /^\p{Lu}[\p{L}-]*$/u.test(word))
  // "Séance du 23 juillet 2020" names the sitting, not a place.
  const place = words.join(' ')
  return article > 0 && named && !words.every((word) => DATELINE_WORDS.has(word.toLowerCase())) && !MEETING_WORD.test(place) ? place : null
}

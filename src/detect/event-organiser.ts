// Who held the meeting, as a report's opening says it: "The Northern Estuary Trust held a two-day workshop
// in Bergen on 10–11 February 2021", "the HSF organized an open workshop in Amsterdam May 22-24 2017", "the
// workshop was hosted by the Institute of Marine Research": the body, and where and when the sentence says.
import type { FlowEntry } from '../parse/flow.js'
import { flatText } from '../parse/text.js'
import { alternation, lexicon, wholeWords } from '../lexicon/index.js'
import { findDay, findMonth } from '../text/dates.js'
import { isAllCaps } from '../text/normalize.js'
import { trimEndWhere } from '../text/scan.js'

export interface OrganisedEvent {
  organizer: string | null
  date: string | null
  location: string | null
  line: number
}

/** How far after the article the kind of meeting may stand ("a two-day open community workshop"). */
const MAX_BEFORE_MEETING = 60
/** Longest place and date read after the meeting: a bound on the work per match. */
const MAX_PLACE_AND_DATE = 120
/** A body's name has this many words at most. */
const MAX_NAME_WORDS = 8
/** A place has this many words at most ("Conference Room 2, City Hall, Springfield"). */
const MAX_PLACE_WORDS = 8

const ANY_MEETING = new RegExp(wholeWords(lexicon.meetingWords), 'iu')
const MEETING = new RegExp(`^(?:[\\p{L}\\p{N}'’-]+ ){0,6}?${wholeWords(lexicon.meetingWords)} (?:in|at) (?:the )?`, 'iu')
const IN_OR_AT = / (?:in|at) /i
const PUBLISHER = new RegExp(wholeWords(lexicon.publisherWords), 'iu')
const JOINERS = new Set([...lexicon.nameConnectors, 'de', 'du', 'der', 'für'])
const ARTICLE = /^(?:a|an|the|its|their|our) /iu
const BY = /^by (?:the )?/u

const heads = new Map<string, RegExp>()

/** The pattern of the verbs, made once per alternation (global: each use sets where it starts). */
function organisedHead(verbs: string): RegExp {
  let head = heads.get(verbs)
  if (!head) heads.set(verbs, (head = new RegExp(`(?<![\\p{L}\\p{N}])(?:${verbs}) `, 'giu')))
  return head
}

/** The first sentence at the top of a report that says a body held a meeting (verbs: an alternation). */
export function organisedEventOf(flow: readonly FlowEntry[], verbs: string): OrganisedEvent | null {
  const head = organisedHead(verbs)
  for (const entry of flow) {
    if (entry.node.type !== 'paragraph') continue
    // Flat text: every run of whitespace is one space already.
    const text = flatText(entry.node)
    head.lastIndex = 0
    for (let match = head.exec(text); match; match = head.exec(text)) {
      const found = organisedAt(text, match.index, match.index + match[0].length)
      if (found) return { ...found, line: entry.line }
    }
  }
  return null
}

/** What the sentence around the verb at `start` (its object at `after`) says, or null when it names no body. */
function organisedAt(text: string, start: number, after: number): Omit<OrganisedEvent, 'line'> | null {
  const rest = text.slice(after, after + MAX_BEFORE_MEETING + MAX_PLACE_AND_DATE)
  // "… was organised by the HEP Software Foundation": the body after "by", when a meeting was named before.
  const by = BY.exec(rest)
  if (by) {
    const before = text.slice(Math.max(0, start - MAX_BEFORE_MEETING), start)
    const named = nameAfter(rest.slice(by[0].length))
    const organizer = bodyName(named)
    if (!organizer || !ANY_MEETING.test(before)) return null
    return { organizer, date: dateAfterBody(rest.slice(by[0].length + named.length)), location: null }
  }
  // "… held a two-day workshop in Bergen on …": the body is the subject before the verb. "… hosted some experts from
  // many facilities at a workshop at Cosener's House": the meeting after a preposition further into the sentence.
  const opened = ARTICLE.exec(rest)
  const objectAt = opened ? opened[0].length : laterMeetingAt(rest)
  const object = objectAt !== null ? rest.slice(objectAt, objectAt + MAX_BEFORE_MEETING + 40) : ''
  // A meeting `in` or `at` a place: without either word the pattern of every meeting word is not run (nor compiled).
  const meeting = objectAt !== null && IN_OR_AT.test(object) ? MEETING.exec(object) : null
  if (objectAt === null || !meeting) return null
  // A person who held it is no organising body, but the place and date are the meeting's all the same.
  const organizer = bodyName(nameBefore(text.slice(Math.max(0, start - 200), start)))
  const placed = placeAndDate(rest.slice(objectAt + meeting[0].length))
  return organizer || placed.location ? { organizer, ...placed } : null
}

// After the body's name, its acronym in parentheses, then a preposition of time: "… convened by the Harbour Board (HB) in June 2019".
const AFTER_BODY = new RegExp(
  `^(?: \\([\\p{Lu}\\p{N}&-]{2,12}\\))?,? (?:${alternation([...lexicon.dayPrepositions, ...lexicon.placePrepositions])}) `,
  'u',
)

/** Longest date read after the body. */
const MAX_DATE_CHARS = 40

/** The day or month that follows the organising body at once ("… by the Harbour Board in June 2019": 2019-06), or null. */
function dateAfterBody(text: string): string | null {
  const at = AFTER_BODY.exec(text)
  if (!at) return null
  const slice = text.slice(at[0].length, at[0].length + MAX_DATE_CHARS)
  const found = findDay(slice) ?? findMonth(slice)
  return found !== null && found.index === 0 ? found.iso : null
}

// "… at a workshop", "… for the meeting": a preposition and an article later in the verb's sentence.
const LATER_ARTICLE = / (?:at|in|for|to|during) (?:a|an|the) /iu

/** Where the words after a later preposition and article start in the verb's sentence, or null. */
function laterMeetingAt(rest: string): number | null {
  const sentence = rest.slice(0, MAX_BEFORE_MEETING + MAX_PLACE_AND_DATE).split(/[.;:!?](?:\s|$)/u)[0]!
  const found = LATER_ARTICLE.exec(sentence)
  return found ? found.index + found[0].length : null
}

/** The capitalised words that end the text before a verb ("With these considerations the HSF" → "HSF"). */
function nameBefore(text: string): string {
  const words = text.trimEnd().split(' ')
  let first = words.length
  while (first > 0 && first > words.length - MAX_NAME_WORDS) {
    const word = words[first - 1]!
    if (!/^[\p{Lu}\p{N}]/u.test(word) && !JOINERS.has(word)) break
    first--
  }
  const name = words.slice(first)
  while (name.length > 0 && JOINERS.has(name[0]!.toLowerCase())) name.shift()
  while (name.length > 0 && /^(?:The|THE)$/u.test(name[0]!)) name.shift()
  return name.join(' ')
}

/**
 * The capitalised words that open the text ("Institute of Marine Research, which …" → "Institute of Marine Research");
 * with `dashed`, a spaced dash joins two parts of the name too ("Proposed RG COIN - Computing in the Network").
 */
function nameAfter(text: string, dashed = false): string {
  const words = text.split(' ')
  const name: string[] = []
  const joins = (word: string) => JOINERS.has(word) || (dashed && DASHES.has(word))
  for (const word of words.slice(0, MAX_NAME_WORDS)) {
    const bare = trimEndWhere(word, (char) => '.,;:)'.includes(char))
    if (!/^[\p{Lu}\p{N}]/u.test(bare) && !joins(bare)) break
    name.push(bare)
    if (bare !== word) break
  }
  while (name.length > 0 && joins(name.at(-1)!)) name.pop()
  return name.join(' ')
}

const DASHES = new Set(['-', '–', '—'])
/** Paragraphs at the top of a report that may say whose meeting it records. */
const MET_REACH = 8
const plurals = (words: readonly string[]) => [...words, ...words.filter((word) => !/s$/u.test(word)).map((word) => `${word}s`)]
const MEETING_OF = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(plurals(lexicon.meetingWords.filter((word) => !/\p{Script=Han}/u.test(word))))}) ` +
    `(?:${alternation(lexicon.documentOfWords)}) `,
  'giu',
)
// "This Council", "Este Ayuntamiento": a body the sentence points at, not a name.
const OPENERS = new Set([...lexicon.sentenceOpeners, ...lexicon.smallWords].map((word) => word.toLowerCase()))
const OPENS_AS_KIND = new RegExp(`^${wholeWords(lexicon.publisherWords)}`, 'iu')

/**
 * The body whose meeting the opening paragraphs name ("This is an interim meeting of the Proposed RG COIN - Computing in
 * the Network", "the official meetings of the RTD Board of Directors"): a name opening with a word of its own, for a kind
 * of body alone ("the Board of Directors", "the Working Group", "the Council") names none.
 */
export function bodyMetOf(flow: readonly FlowEntry[]): string | null {
  let seen = 0
  for (const entry of flow) {
    if (entry.node.type !== 'paragraph') continue
    if (++seen > MET_REACH) break
    const text = flatText(entry.node)
    // A heading set in capitals as a paragraph ("ANNUAL MEETING OF THE MUNICIPAL DISTRICT OF") is the title's to read.
    if (isAllCaps(text)) continue
    MEETING_OF.lastIndex = 0
    for (let match = MEETING_OF.exec(text); match; match = MEETING_OF.exec(text)) {
      const after = match.index + match[0].length
      if (!/^\p{Lu}/u.test(text.charAt(after))) continue
      const name = bodyName(nameAfter(text.slice(after, after + MAX_PLACE_AND_DATE), true))
      if (name !== null && !OPENS_AS_KIND.test(name) && !OPENERS.has(name.split(' ')[0]!.toLowerCase())) return name
    }
  }
  return null
}

/** A body's name: an acronym ("HSF", "W3C") or words that name a kind of body ("Northern Estuary Trust"); not a person's name. */
function bodyName(name: string): string | null {
  if (name === '' || name.split(' ').length > MAX_NAME_WORDS) return null
  const acronym = !name.includes(' ') && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}{3}/u.test(name)
  return acronym || PUBLISHER.test(name) ? name : null
}

/** "Bergen on 10–11 February 2021", "Amsterdam May 22-24 2017": the place, then its date if one follows at once. */
function placeAndDate(text: string): { location: string | null; date: string | null } {
  const slice = text.slice(0, MAX_PLACE_AND_DATE)
  const day = findDay(slice)
  const placeText = (day ? slice.slice(0, day.index) : slice).replace(/(?:,? (?:on|from|between))? ?$/u, '')
  const place = day ? placeWords(placeText) : nameAfter(placeText) || null
  // The date belongs to the meeting when nothing but the place stands between them.
  const date = day && place !== null && placeText.length <= place.length + 2 ? day.iso : null
  return { location: place, date }
}

/** A place: capitalised words (commas and joiners between them), no figures, at most eight words. */
function placeWords(text: string): string | null {
  const place = text.trim().replace(/,$/u, '')
  const words = place.split(' ')
  if (place === '' || words.length > MAX_PLACE_WORDS || /\d/u.test(place)) return null
  return words.every((word) => /^\p{Lu}/u.test(word) || JOINERS.has(word)) ? place : null
}

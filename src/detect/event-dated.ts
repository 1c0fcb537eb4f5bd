// A meeting dated before it is placed, as reports open: "The workshop was held on May 28, 2008 at MIT in
// Cambridge, MA, USA", "Held on 24–25 March 2025", "was held on Sunday, 17 November 2013, in Denver",
// "took place September 30–October 2, 2019 in Boulder, Colorado".
import type { FlowEntry } from '../parse/flow.js'
import { flatText } from '../parse/text.js'
import { alternation, lexicon } from '../lexicon/index.js'
import { findDay, findYearlessSpan } from '../text/dates.js'
import { countWords } from '../text/normalize.js'
import { findWordDay } from '../text/words-date.js'
import { venueAt } from './event-venue.js'

/** Longest date and place read after "held on": a bound on the work per match. */
const MAX_DATE = 80
const MAX_PLACE = 300
const WEEKDAYS = new Set(lexicon.weekdays.map((word) => word.toLowerCase()))
// "in Denver.", "at Ottawa, Canada": one capitalised word ending the sentence or a part of it.
const ONE_WORD_PLACE = /^(\p{Lu}[\p{L}'’-]{1,40})(?=[.,;]|$)/u
// After the date: ", at the …", " in …": where it was.
const PLACE_HEAD = /^,? (?:at|in) (?:the )?(?=\p{Lu})/u
// After the date, the larger meeting it was part of, then where that met: " as four sessions of the 2019 ESIP Summer
// Meeting in Tacoma, WA", ", during the EGU General Assembly in Vienna". The words between name a meeting (checked).
const HOST_MEETING = /^,? (?:as|during|within|alongside) ([^.;:!?]{3,120}?) (?:at|in) (?:the )?(?=\p{Lu})/u
const HOST_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation(lexicon.meetingWords)})s?(?![\\p{L}])`, 'iu')

export interface DatedEvent {
  date: string
  location: string | null
  line: number
}

const heads = new Map<string, RegExp>()

/** The pattern of the verbs before a date, made once per alternation (global: each use sets where it starts). */
function datedHead(verbs: string): RegExp {
  let head = heads.get(verbs)
  if (!head) heads.set(verbs, (head = new RegExp(`(?<![\\p{L}\\p{N}])(?:${verbs}) (?:(?:on|from|between) )?`, 'giu')))
  return head
}

/** The first "held on DATE [at PLACE]" of the top of a report (verbs: the event verbs as an alternation). */
export function datedEventOf(flow: readonly FlowEntry[], verbs: string): DatedEvent | null {
  const head = datedHead(verbs)
  for (const entry of flow) {
    if (entry.node.type !== 'paragraph' && entry.node.type !== 'heading') continue
    const text = flatText(entry.node)
    head.lastIndex = 0
    for (let match = head.exec(text); match; match = head.exec(text)) {
      const after = match.index + match[0].length
      const slice = text.slice(after, after + MAX_DATE)
      const rest = withoutWeekday(slice)
      const day = findDay(rest)
      if (!day || day.index > 0) continue
      const end = after + slice.length - rest.length + day.length
      const tail = text.slice(end, end + MAX_PLACE)
      return { date: day.iso, location: placeAfter(tail), line: entry.line }
    }
  }
  return null
}

/** The text without the weekday that opens it ("Sunday, 17 November 2013" → "17 November 2013"). */
function withoutWeekday(text: string): string {
  const word = /^(\p{L}+),? /u.exec(text)
  return word && WEEKDAYS.has(word[1]!.toLowerCase()) ? text.slice(word[0].length) : text
}

/** The place the words after the date give ("at MIT in Cambridge, MA, USA", "as part of the Summer Meeting in Tacoma"), or null. */
function placeAfter(text: string): string | null {
  const host = PLACE_HEAD.exec(text) ? null : HOST_MEETING.exec(text)
  const head = host !== null && HOST_WORD.test(host[1]!) ? host : PLACE_HEAD.exec(text)
  if (!head) return null
  const rest = text.slice(head[0].length)
  return venueAt(rest) ?? ONE_WORD_PLACE.exec(rest)?.[1] ?? null
}

export interface YearlessEvent {
  /** The meeting's days as `MM-DD/MM-DD`: the year is the report's own (assemble/metadata.ts gives it). */
  days: string
  location: string | null
  line: number
}

/** Paragraphs at the top of a report where a meeting's days printed without their year are looked for. */
const YEARLESS_REACH = 12
const verbPatterns = new Map<string, { verb: RegExp; placed: RegExp }>()

/** The verbs alone, and the verbs with the place after them that ends where the days start (made once per alternation). */
function yearlessPatterns(verbs: string): { verb: RegExp; placed: RegExp } {
  let made = verbPatterns.get(verbs)
  if (!made) {
    const verb = new RegExp(`(?<![\\p{L}\\p{N}])(?:${verbs})(?![\\p{L}\\p{N}])`, 'iu')
    const at = alternation(lexicon.placePrepositions)
    const placed = new RegExp(`(?<![\\p{L}\\p{N}])(?:${verbs}) (?:${at}) (\\p{Lu}[^.;:,]{0,80}?),? ?$`, 'u')
    verbPatterns.set(verbs, (made = { verb, placed }))
  }
  return made
}

/**
 * A span of days without its year in a sentence at the top of a report that says the meeting took place ("… happened in
 * Jefferson Laboratory from the 18th to 22nd of March", "From Tuesday, 17th to Thursday, 19th of July, the developers …
 * held a … meeting"), and the place between the verb and the days; null when none.
 */
export function yearlessEventOf(flow: readonly FlowEntry[], verbs: string): YearlessEvent | null {
  const { verb, placed } = yearlessPatterns(verbs)
  for (const entry of flow.slice(0, YEARLESS_REACH)) {
    if (entry.node.type !== 'paragraph') continue
    for (const sentence of flatText(entry.node).split(SENTENCE_END)) {
      const span = findYearlessSpan(sentence)
      if (span === null || !verb.test(sentence)) continue
      const place = placed.exec(sentence.slice(0, span.index))?.[1] ?? null
      return { days: span.days, location: place, line: entry.line }
    }
  }
  return null
}

// A sentence ends at a stop before a space and a capital.
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u

/** Paragraphs at the top of a report where an opening sentence's date in words is looked for. */
const OPENING_REACH = 12
/** A body's name in an opening sentence has this many words at most ("Conseil municipal de la commune de X"). */
const MAX_BODY_WORDS = 8
const BODY_WORDS = new Set(lexicon.organizationWords)
const OF_WORDS = new Set(lexicon.documentOfWords.concat(lexicon.smallWords).map((word) => word.toLowerCase()))
// A capitalised word: a body's first word, or the place its name ends with.
const CAPITALISED = /^\p{Lu}/u

export interface WordDated {
  date: string
  line: number
  /** The body the sentence says met ("le Conseil municipal de la commune de Brienne"), or null. */
  body: string | null
}

/**
 * The day the opening sentence of formal minutes writes in words ("L'an deux mille vingt et un, le dix-sept
 * septembre …", "En la villa de …, siendo las diecinueve horas del día veintiocho de julio de dos mil …").
 * Only the first paragraphs are read: a date in words in a resolution further on is not the meeting's.
 */
export function wordDatedOf(flow: readonly FlowEntry[]): WordDated | null {
  for (const entry of flow.slice(0, OPENING_REACH)) {
    if (entry.node.type !== 'paragraph') continue
    const text = flatText(entry.node)
    const day = findWordDay(text)
    if (day) return { date: day.iso, line: entry.line, body: bodyAfter(text.slice(day.index, day.index + 400)) }
  }
  return null
}

const MEETING_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(lexicon.meetingWords)})(?![\\p{L}\\p{N}])`, 'iu')
/** Paragraphs at the top of minutes where an opening sentence's day in figures is looked for. */
const OPENING_FIGURES_REACH = 4

/**
 * The day in figures an opening sentence gives the meeting it names: `Es versammelten sich heute, am 25. Februar
 * 2023 … zur ordentlichen Mitgliederversammlung`, `Le 12 mars 2024, le conseil municipal s’est réuni …`. One of the
 * first paragraphs (no list item), one day in it and no other, and a word for a meeting; else null.
 */
export function meetingDayOf(flow: readonly FlowEntry[]): { date: string; line: number } | null {
  for (const entry of flow.slice(0, OPENING_FIGURES_REACH)) {
    if (entry.node.type !== 'paragraph' || entry.item !== null) continue
    const text = flatText(entry.node).slice(0, 600)
    const day = findDay(text)
    if (!day || findDay(text.slice(day.index + day.length)) !== null) continue
    if (MEETING_WORD.test(text)) return { date: day.iso, line: entry.line }
  }
  return null
}

/**
 * The body an opening sentence names after its date: a capitalised organisation word, then the words up to
 * the next comma, ending with a capitalised name after "de" ("Conseil municipal de la commune de Brienne").
 */
function bodyAfter(text: string): string | null {
  for (const part of text.split(/[,;:.()]/u)) {
    const words = part.trim().split(' ')
    const start = words.findIndex((word) => CAPITALISED.test(word) && BODY_WORDS.has(word.toLowerCase()))
    if (start < 0) continue
    const name = words.slice(start)
    // The place's name after the last "de": capitalised words, none an organisation word ("de Preuilly Sur Claise").
    const of = name.findLastIndex((word) => OF_WORDS.has(word.toLowerCase()))
    const place = of > 0 ? name.slice(of + 1) : []
    const named = place.length > 0 && place.every((word) => CAPITALISED.test(word) && !BODY_WORDS.has(word.toLowerCase()))
    return named && name.length <= MAX_BODY_WORDS ? name.join(' ') : null
  }
  return null
}

/** Characters of an opening sentence before its day in figures ("En la villa de Soria, a "): its place, if any. */
const MAX_BEFORE_DAY = 80
/** Fewest words of an opening sentence: a shorter paragraph is a line of the title page, which others read. */
const OPENING_WORDS = 6
const DAY_PREPOSITIONS = new Set(lexicon.dayPrepositions)
const PLACE_PREPOSITIONS = new Set(lexicon.placePrepositions)
// "En Villanueva de la Serena,": a place preposition, then a place's name, capitalised.
const LEAD_PLACE = /^(\p{L}+) (\p{Lu}[^,]{1,60}),$/u

export interface OpeningDay {
  date: string
  line: number
  /** The place the sentence opens with ("En Soria, a 9 de junio de 2017" → Soria), or null. */
  location: string | null
}

/**
 * The day an opening sentence gives in figures, right after a preposition that dates it, at the sentence's start or
 * after a place and a comma: "On 5 May 2021, the board met", "En Soria, a 9 de junio de 2017, siendo las …",
 * "Le mardi 8 mars 2016 à 20 heures, le conseil …", "Am 4. Juni 1987 trafen sich …". A date further into a sentence
 * ("Comments are due on 5 May") is not the meeting's.
 */
export function openingDayOf(flow: readonly FlowEntry[]): OpeningDay | null {
  for (const entry of flow.slice(0, OPENING_FIGURES_REACH)) {
    if (entry.node.type !== 'paragraph' || entry.item) continue
    const text = flatText(entry.node)
    if (countWords(text, OPENING_WORDS) < OPENING_WORDS) continue
    const day = findDay(text.slice(0, MAX_BEFORE_DAY + MAX_DATE))
    if (!day || day.index > MAX_BEFORE_DAY) continue
    const lead = leadBeforeDay(text.slice(0, day.index))
    if (lead !== null) return { date: day.iso, line: entry.line, location: lead === '' ? null : placeOfLead(lead) }
  }
  return null
}

/**
 * The words before a day's preposition (a weekday after it passed over): "" for none, a place and a comma ("En Soria,"),
 * or null when no preposition dates the day or other words come before it.
 */
function leadBeforeDay(before: string): string | null {
  const words = before
    .trim()
    .split(' ')
    .filter((word) => word !== '')
  if (words.length > 0 && WEEKDAYS.has(words.at(-1)!.replace(/,$/u, '').toLowerCase())) words.pop()
  const two = words.slice(-2).join(' ').toLowerCase()
  const taken = words.length >= 2 && DAY_PREPOSITIONS.has(two) ? 2 : DAY_PREPOSITIONS.has(words.at(-1)?.toLowerCase() ?? '') ? 1 : 0
  if (taken === 0) return null
  const lead = words.slice(0, words.length - taken).join(' ')
  if (lead === '') return ''
  return LEAD_PLACE.test(lead) && placeOfLead(lead) !== null ? lead : null
}

/** The place of a lead "En Soria," when its first word is a place preposition. */
function placeOfLead(lead: string): string | null {
  const [, preposition, place] = LEAD_PLACE.exec(lead)!
  return PLACE_PREPOSITIONS.has(preposition!.toLowerCase()) ? place! : null
}

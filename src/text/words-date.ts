// Dates written in words, as formal minutes open ("L'an deux mille vingt et un, le dix-sept septembre",
// "el día veintiocho de julio de dos mil veinticinco", "Aos vinte e oito dias do mês de julho de dois mil e
// vinte e cinco"). The number words, the words joining a number's parts and the words between a date's
// parts come from the lexicons. The text is cut into words once and read from each month name outwards,
// a bounded number of words each way: linear.
import { lexicon, wholeWords } from '../lexicon/index.js'

const NUMBERS: Readonly<Record<string, number>> = lexicon.numberWords
const JOINERS: ReadonlySet<string> = new Set(lexicon.numberJoiners)
const FILLERS: ReadonlySet<string> = new Set([...lexicon.wordDateFillers, ...lexicon.dateConnectors, ...lexicon.dayArticles])
const YEAR_WORDS: ReadonlySet<string> = new Set(lexicon.yearWords)
const MONTHS: Readonly<Record<string, number>> = lexicon.months
/** Most words a number written out takes ("mil novecientos noventa y nueve", "quatre-vingt-dix-neuf"). */
const MAX_NUMBER_WORDS = 8
/** Most filler words between two parts of a date ("dias do mês de"). */
const MAX_FILLERS = 4
/** Only the opening of a text is read: a date in words further on is a resolution's, not the meeting's. */
const MAX_CHARS = 600
const WORD = /[\p{L}\p{N}]+/gu
// A text naming no month (most paragraphs) is passed over before it is cut into words.
const ANY_MONTH = new RegExp(wholeWords(Object.keys(MONTHS).filter((name) => /^\p{L}+$/u.test(name))), 'iu')
// A day printed in figures beside a year in words ("le 1er juillet deux mille vingt").
const DAY_FIGURES = /^(\d{1,2})(?:er|[º°o])?$/u

export interface WordDay {
  iso: string
  /** Where the date's first word starts in the text. */
  index: number
}

interface Word {
  text: string
  index: number
}

/** A number's value from the words that write it out ("deux mille vingt et un" → 2021), or null. */
export function readNumberWords(words: readonly string[]): number | null {
  let total = 0
  let current = 0
  let read = false
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase()
    const pair = i + 1 < words.length ? NUMBERS[`${word}-${words[i + 1]!.toLowerCase()}`] : undefined
    const value = pair ?? NUMBERS[word]
    if (pair !== undefined) i++
    if (value === undefined) {
      // A joiner only between two number words ("vingt et un"), never first or last.
      if (JOINERS.has(word) && read && i + 1 < words.length) continue
      return null
    }
    read = true
    if (value === 1000) {
      total += (current === 0 ? 1 : current) * 1000
      current = 0
    } else if (value === 100) current = (current === 0 ? 1 : current) * 100
    else current += value
  }
  return read ? total + current : null
}

function isNumberWord(word: string): boolean {
  return NUMBERS[word] !== undefined || JOINERS.has(word)
}

/** The longest run of number words ending just before `end` (exclusive), as [start, end). */
function runBefore(words: readonly Word[], end: number): number {
  let start = end
  while (start > 0 && end - start < MAX_NUMBER_WORDS && isNumberWord(words[start - 1]!.text)) start--
  while (start < end && JOINERS.has(words[start]!.text)) start++
  return start
}

/** Past up to MAX_FILLERS filler words going back from `at` (exclusive): the index just after the last non-filler. */
function skipFillersBack(words: readonly Word[], at: number): number {
  let i = at
  while (i > 0 && at - i < MAX_FILLERS && FILLERS.has(words[i - 1]!.text)) i--
  return i
}

function numberOf(words: readonly Word[], start: number, end: number): number | null {
  return start < end ? readNumberWords(words.slice(start, end).map((word) => word.text)) : null
}

/** The day before a month: number words, or figures ("1er"), past the fillers ("dias do mês de"). */
function dayBefore(words: readonly Word[], month: number): [number, number] | null {
  const end = skipFillersBack(words, month)
  const figures = end > 0 ? DAY_FIGURES.exec(words[end - 1]!.text) : null
  if (figures) return [Number(figures[1]), end - 1]
  const start = runBefore(words, end)
  const day = numberOf(words, start, end)
  return day !== null && day >= 1 && day <= 31 ? [day, start] : null
}

/** The year after a month ("de dos mil veinticinco", "do ano de dois mil e vinte"). */
function yearAfter(words: readonly Word[], month: number): number | null {
  let start = month + 1
  while (start < words.length && start - month <= MAX_FILLERS && FILLERS.has(words[start]!.text)) start++
  let end = start
  while (end < words.length && end - start < MAX_NUMBER_WORDS && isNumberWord(words[end]!.text)) end++
  while (end > start && JOINERS.has(words[end - 1]!.text)) end--
  return yearIn(numberOf(words, start, end))
}

/** The year named before the day ("L'an deux mille vingt et un, le dix-sept …"). */
function yearBefore(words: readonly Word[], day: number): number | null {
  const end = skipFillersBack(words, day)
  const start = runBefore(words, end)
  return start > 0 && YEAR_WORDS.has(words[start - 1]!.text) ? yearIn(numberOf(words, start, end)) : null
}

function yearIn(value: number | null): number | null {
  return value !== null && value >= 1900 && value <= 2099 ? value : null
}

const pad = (value: number) => String(value).padStart(2, '0')

/** The first date written in words (its day, or its day and year, in words) in the opening of the text. */
export function findWordDay(text: string): WordDay | null {
  const opening = text.slice(0, MAX_CHARS)
  if (!ANY_MONTH.test(opening)) return null
  const words: Word[] = []
  for (const match of opening.matchAll(WORD)) words.push({ text: match[0].toLowerCase(), index: match.index })
  for (let i = 1; i < words.length; i++) {
    const month = MONTHS[words[i]!.text]
    // "dix-sept septembre": a number word ("sept") is a number here, not a month's abbreviation.
    if (month === undefined || NUMBERS[words[i]!.text] !== undefined) continue
    const day = dayBefore(words, i)
    if (day === null) continue
    const year = yearAfter(words, i) ?? yearBefore(words, day[1])
    // A day in figures and a year in figures are the figure readers' (findDay).
    if (year === null) continue
    return { iso: `${year}-${pad(month)}-${pad(day[0])}`, index: words[day[1]]!.index }
  }
  return null
}

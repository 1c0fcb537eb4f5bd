// Dates as reports print them, turned into ISO 8601 (a day, a month, or an interval of days). Month
// names, weekdays, eras and the words between a date's parts come from the lexicons. Every pattern is
// anchored on a month name, a four-digit year or a CJK date mark, with bounded gaps: linear.
import { alternation, lexicon } from '../lexicon/index.js'

const MONTHS: Readonly<Record<string, number>> = lexicon.months
const MONTH = `(${alternation(Object.keys(MONTHS))})\\.?`
// "12-13 March", "12 to 13 March", "12 e 13 de março", "30 September – 2 October"; "4 de Dezembro de 2024".
const RANGE = `\\s*(?:--|-|–|—|&|${alternation(lexicon.dayRangeWords)})\\s*`
const OF = lexicon.dateConnectors.length > 0 ? `(?:\\s+(?:${alternation(lexicon.dateConnectors)}))?` : ''
// A day's number as printed: "4", "4.", "1er", "1º", "7th".
const DAY = '(\\d{1,2})(?:er|º|°|st|nd|rd|th|\\.)?'
const YEAR = '(\\d{4})'
// The second month of a span of two months: any short word, a month only when the lexicon says so
// (read() checks). Two alternations of every month name in one pattern made it too large for the
// ReDoS checker to decide in time (test/slow/redos.test.ts); a bounded word keeps it provably linear.
const MONTH_WORD = '(\\p{L}{3,12})\\.?'

export interface FoundDay {
  iso: string
  index: number
  length: number
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function monthOf(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')]
}

function isoDay(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 2999) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

function span(start: string | null, end: string | null): string | null {
  if (start === null) return null
  return end !== null && end > start ? `${start}/${end}` : start
}

/** A span of two months reads only when both of its days do (its second month is any word until read). */
function bothDays(start: string | null, end: string | null): string | null {
  return start !== null && end !== null ? span(start, end) : null
}

function centuryOf(year: number): number {
  return year >= 69 ? 1900 + year : 2000 + year
}

/** A span whose last day is after its first; null otherwise (the single date is another reader's). */
function later(start: string | null, end: string | null): string | null {
  return start !== null && end !== null && end > start ? `${start}/${end}` : null
}

/** Days a span joined by a word may cover: more, and the two days are two dates. */
const SPAN_DAYS = 31
const DAY_MS = 86_400_000

/** A span whose last day comes after its first and within SPAN_DAYS of it; null otherwise. */
function within(start: string | null, end: string | null): string | null {
  const span = later(start, end)
  return span !== null && Date.parse(end!) - Date.parse(start!) <= SPAN_DAYS * DAY_MS ? span : null
}

type Reader = { pattern: RegExp; read(match: RegExpExecArray): string | null }

// Figures with slashes (`7/8/2016`) read day first, unless the report prints its named dates month first (`June 3,
// 2016`) and none day first (`3 June 2016`), nor a slash date that only reads day first: then month first, as
// documents from the United States write them. Set for one report at a time by `readingDatesOf`.
let monthFirstSlashes = false
const NAMED_MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'giu')
const NAMED_DAY_FIRST = new RegExp(`\\b${DAY}${OF}\\s+${MONTH}${OF},?\\s+${YEAR}\\b`, 'giu')
const SLASHED = /(?<![\d./])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/])/gu

/** Whether a report prints its dates month first: a named date so, none day first, no slash date only day first. */
export function printsMonthFirst(source: string): boolean {
  if (!source.includes('/')) return false
  let monthFirst = false
  for (const match of source.matchAll(NAMED_MONTH_FIRST)) monthFirst ||= monthOf(match[1]!) !== undefined
  for (const match of source.matchAll(NAMED_DAY_FIRST)) if (monthOf(match[2]!) !== undefined) return false
  for (const match of source.matchAll(SLASHED)) {
    if (Number(match[1]) > 12) return false
    monthFirst ||= Number(match[2]) > 12
  }
  return monthFirst
}

/** Run `read` with the slash dates of `source` read in the order its dates are printed (see printsMonthFirst). */
export function readingDatesOf<T>(source: string, read: () => T): T {
  const previous = monthFirstSlashes
  monthFirstSlashes = printsMonthFirst(source)
  try {
    return read()
  } finally {
    monthFirstSlashes = previous
  }
}

// A list of days before the range's last ("12, 13 and 14 March 2019"): the days between are passed over.
const LISTED = '(?:,\\s*\\d{1,2}(?:st|nd|rd|th|\\.)?){0,4}'

const READERS: Reader[] = [
  {
    // "30 September – 2 October 2019", "16 Feb – 17 Apr 2025"
    pattern: new RegExp(`\\b${DAY}${OF}\\s+${MONTH}${RANGE}${DAY}${OF}\\s+${MONTH_WORD}${OF},?\\s+${YEAR}\\b`, 'giu'),
    read: (m) => bothDays(isoDay(Number(m[5]), monthOf(m[2]!), Number(m[1])), isoDay(Number(m[5]), monthOf(m[4]!), Number(m[3]))),
  },
  {
    // "7 June 2022", "12 and 13 March 2019", "12, 13 and 14 March 2019", "4. Juni 1987", "9 de junio de 2017", "1er juin 2021"
    pattern: new RegExp(`\\b${DAY}(?:${LISTED}${RANGE}${DAY})?${OF}\\s+${MONTH}${OF},?\\s+${YEAR}\\b`, 'iu'),
    read: (m) => {
      const month = monthOf(m[3]!)
      return span(isoDay(Number(m[4]), month, Number(m[1])), m[2] ? isoDay(Number(m[4]), month, Number(m[2])) : null)
    },
  },
  {
    // "September 30–October 2, 2019"
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}${RANGE}${MONTH_WORD}\\s+${DAY},?\\s+${YEAR}\\b`, 'giu'),
    read: (m) => bothDays(isoDay(Number(m[5]), monthOf(m[1]!), Number(m[2])), isoDay(Number(m[5]), monthOf(m[3]!), Number(m[4]))),
  },
  {
    // "June 7, 2022", "June 7-8, 2022", "March 12, 13 and 14, 2019", "September 22 2020"
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}(?:${LISTED}${RANGE}${DAY})?,?\\s+${YEAR}\\b`, 'iu'),
    read: (m) => {
      const month = monthOf(m[1]!)
      return span(isoDay(Number(m[4]), month, Number(m[2])), m[3] ? isoDay(Number(m[4]), month, Number(m[3])) : null)
    },
  },
  {
    // "Tue Sep  4 13:45:56 2018", "Sep 4 13:45:56 UTC 2018": a moment as C's asctime and date(1) print it (a chat log's
    // meeting bot: `Meeting started Tue Sep  4 13:45:56 2018 UTC`).
    pattern: new RegExp(`\\b${MONTH}\\s{1,2}${DAY}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+[A-Za-z]{2,5})?\\s+${YEAR}\\b`, 'iu'),
    read: (m) => isoDay(Number(m[3]), monthOf(m[1]!), Number(m[2])),
  },
  {
    // "2021-03-05", "2023-6-7", "2023/06/07", "2023.06.07"
    pattern: /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/u,
    read: (m) => isoDay(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
    // "14.03.2024", "05-07-2023", "5/3/2021": day first, unless only the month-first reading is a date, or the slashes
    // are a month-first document's ("7/8/2016" in minutes that print "June 3, 2016").
    pattern: /(?<![\d.])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/u,
    read: (m) => {
      const first = Number(m[1])
      const second = Number(m[3])
      const monthFirst = (second > 12 || (monthFirstSlashes && m[2] === '/')) && first <= 12
      return monthFirst ? isoDay(Number(m[4]), first, second) : isoDay(Number(m[4]), second, first)
    },
  },
  {
    // "2019-03-12/14", "2019-03-12 – 2019-03-14", "2019-03-30/04-02": a span of days in figures, year first.
    pattern: /(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?:\/| ?(?:--|[–—]) ?| - )(?:(?:(\d{4})-)?(\d{1,2})-)?(\d{1,2})(?!\d|[:.]\d)/u,
    read: (m) => later(isoDay(Number(m[1]), Number(m[2]), Number(m[3])), isoDay(Number(m[4] ?? m[1]), Number(m[5] ?? m[2]), Number(m[6]))),
  },
  {
    // "12.-14.03.2019", "12.03.–14.03.2019", "12-14.03.2019": the first day, a dash, the last day in full, as
    // German prints a span. A bare number before a spaced dash ("Seite 3 - 14.03.2019") is no day.
    pattern: /(?<![\d.])(\d{1,2})(?:(\.)(?:(\d{1,2})\.)? ?(?:--|[-–—]) ?|--|[-–—])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/u,
    read: (m) => later(isoDay(Number(m[6]), Number(m[3] ?? m[5]), Number(m[1])), isoDay(Number(m[6]), Number(m[5]), Number(m[4]))),
  },
  {
    // "12/03/2019 - 14/03/2019", "12.03.2019 – 14.03.2019": two dates in figures alike, day first unless only the
    // month-first reading is a span.
    pattern: /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}) ?(?:--|[-–—]) ?(\d{1,2})\2(\d{1,2})\2(\d{4})(?!\d)/u,
    read: (m) =>
      later(isoDay(Number(m[4]), Number(m[3]), Number(m[1])), isoDay(Number(m[7]), Number(m[6]), Number(m[5]))) ??
      later(isoDay(Number(m[4]), Number(m[1]), Number(m[3])), isoDay(Number(m[7]), Number(m[5]), Number(m[6]))),
  },
  {
    // "11/11/23", "3/4/21": day first with a two-figure year, slashes only (a dotted `1.2.23` is a section's number, a
    // dashed one a range); the year as POSIX's %y reads it (69–99 the 1900s, 00–68 the 2000s).
    pattern: /(?<![\d./-])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/u,
    read: (m) =>
      monthFirstSlashes
        ? isoDay(centuryOf(Number(m[3])), Number(m[1]), Number(m[2]))
        : isoDay(centuryOf(Number(m[3])), Number(m[2]), Number(m[1])),
  },
  {
    // "114/3/11 19:00", "113/11/12": a Minguo date with slashes, year (of three figures, 100 on) first, as Taiwan's records
    // and notices print it; before a space, a parenthesis, a Chinese character or the end (`105/12/31/2` counts nothing).
    pattern: /(?<![\d./-])(1\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?=$|[\s(（\p{Script=Han}])/u,
    read: (m) => (UNPRINTED_ERA === undefined ? null : isoDay(UNPRINTED_ERA + Number(m[1]), Number(m[2]), Number(m[3]))),
  },
  {
    // "1110811 通傳業者與公協會": a Minguo date in seven figures (year, month, day) before Chinese words, as Taiwan's
    // titles and file names print it; never after 第 (`第1120315號`, a document's number).
    pattern: /(?<![\d./第-])(1\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[ \t\u3000]\p{Script=Han})/u,
    read: (m) => (UNPRINTED_ERA === undefined ? null : isoDay(UNPRINTED_ERA + Number(m[1]), Number(m[2]), Number(m[3]))),
  },
  {
    // "2021年3月5日", "民國110年3月5日" (a year of an era counts from the era's start)
    pattern: new RegExp(
      `(?:(${alternation(Object.keys(lexicon.eraYears))})\\s*)?(?<!\\d)(\\d{2,4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]`,
      'u',
    ),
    read: (m) => isoDay(cjkYear(m[1], Number(m[2])), Number(m[3]), Number(m[4])),
  },
]

// Spans whose first day reads as a date alone, each tried where a day found alone starts when a span's dash or word
// follows it (sticky): their patterns need not be tried at every figure of every text.
const SPANS_FROM_DAY: Reader[] = [
  {
    // "30 December 2019 – 2 January 2020", "December 30, 2019 – January 2, 2020": a span over a year's end, each day with its
    // year; of a month at most (a year from April to March is a period, its first day the date).
    pattern: new RegExp(`\\b${DAY}${OF}\\s+${MONTH}${OF},?\\s+${YEAR}${RANGE}${DAY}${OF}\\s+${MONTH_WORD}${OF},?\\s+${YEAR}\\b`, 'iuy'),
    read: (m) => within(isoDay(Number(m[3]), monthOf(m[2]!), Number(m[1])), isoDay(Number(m[6]), monthOf(m[5]!), Number(m[4]))),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}${RANGE}${MONTH_WORD}\\s+${DAY},?\\s+${YEAR}\\b`, 'iuy'),
    read: (m) => within(isoDay(Number(m[3]), monthOf(m[1]!), Number(m[2])), isoDay(Number(m[6]), monthOf(m[4]!), Number(m[5]))),
  },
  {
    // "2019-09-30 to 2019-10-02", "On 2010-11-11 and 2010-11-12": two days in full joined by a word, a span when the second
    // comes within a month of the first (two meetings months apart are two dates: the first is the reader above's).
    pattern: new RegExp(
      `(?<![\\d.])(\\d{4})-(\\d{2})-(\\d{2}) (?:${alternation(lexicon.dayRangeWords)}) (\\d{4})-(\\d{2})-(\\d{2})(?![\\d.])`,
      'iuy',
    ),
    read: (m) => within(isoDay(Number(m[1]), Number(m[2]), Number(m[3])), isoDay(Number(m[4]), Number(m[5]), Number(m[6]))),
  },
]
const SPAN_AFTER_DAY = new RegExp(`^\\s*(?:--|[-–—&]|(?:${alternation(lexicon.dayRangeWords)})(?![\\p{L}]))`, 'iu')

/** The span a day found alone opens ("30 December 2019 – 2 January 2020"), or the day. */
function spanFromDay(text: string, day: FoundDay): FoundDay {
  if (day.iso.includes('/') || !SPAN_AFTER_DAY.test(text.slice(day.index + day.length, day.index + day.length + 12))) return day
  for (const reader of SPANS_FROM_DAY) {
    reader.pattern.lastIndex = day.index
    const match = reader.pattern.exec(text)
    const iso = match ? reader.read(match) : null
    if (match && iso !== null) return { iso, index: day.index, length: match[0].length }
  }
  return day
}

// Chinese numerals (`一一〇年三月五日`, `二〇二一年十二月二十五日`), as official records print dates: the year digit by digit
// (or with 百 and 十), the month and day with 十. `〇` is the Han zero; `○` the circle some fonts print for it.
const HAN_DIGITS = '〇○零一二三四五六七八九'
const HAN_NUMBER = `[${HAN_DIGITS}十百]`
const HAN_MONTH_DAY = `\\s*(${HAN_NUMBER}{1,3})\\s*月\\s*(${HAN_NUMBER}{1,3})\\s*[日号號]`
const HAN_DATE = new RegExp(`(?:(${alternation(Object.keys(lexicon.eraYears))})\\s*)?(${HAN_NUMBER}{2,5})\\s*年${HAN_MONTH_DAY}`, 'u')

/** A number in Chinese numerals: digit by digit (`一一〇` 110, `二〇二一`), or by 百 and 十 (`一百一十`, `二十五`, `十二`). */
function hanNumber(text: string): number {
  if (!/[十百]/u.test(text)) return [...text].reduce((value, char) => value * 10 + digitOf(char), 0)
  let value = 0
  let digit = -1
  for (const char of text) {
    if (char === '百' || char === '十') {
      value += (digit < 0 ? 1 : digit) * (char === '百' ? 100 : 10)
      digit = -1
    } else digit = digitOf(char)
  }
  return value + Math.max(digit, 0)
}

function digitOf(char: string): number {
  const at = HAN_DIGITS.indexOf(char)
  return at <= 2 ? 0 : at - 2
}

/** The first date in Chinese numerals in the text (a text with no 年 is read by none). */
function hanDay(text: string): FoundDay | null {
  if (!text.includes('年')) return null
  const m = HAN_DATE.exec(text)
  if (!m) return null
  const iso = isoDay(cjkYear(m[1], hanNumber(m[2]!)), hanNumber(m[3]!), hanNumber(m[4]!))
  return iso === null ? null : { iso, index: m.index, length: m[0].length }
}

// A year of three figures or fewer with no era printed (`110年3月5日`) counts from the era a record in
// that calendar leaves unsaid (Taiwan's Minguo years); four figures are Gregorian.
const UNPRINTED_ERA = lexicon.unprintedEras.map((era) => lexicon.eraYears[era]).find((start) => start !== undefined)

function cjkYear(era: string | undefined, year: number): number {
  if (era !== undefined) return (lexicon.eraYears[era] ?? 0) + year
  return year < 1000 && UNPRINTED_ERA !== undefined ? UNPRINTED_ERA + year : year
}

const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19]/gu
const FIGURE = /[0-9\uFF10-\uFF19]/u

/** Full-width digits (`１１０年３月５日`) as ASCII ones; one code unit each, so positions stay. */
function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
}

/**
 * The reader's first match that reads as a date. A global pattern (one whose second month is any word)
 * is tried again one character after a match that does not read, so that a later real date is found.
 */
function firstRead(reader: Reader, text: string): [RegExpExecArray, string] | null {
  reader.pattern.lastIndex = 0
  for (let match = reader.pattern.exec(text); match !== null; match = reader.pattern.exec(text)) {
    const iso = reader.read(match)
    if (iso !== null) return [match, iso]
    if (!reader.pattern.global) return null
    reader.pattern.lastIndex = match.index + 1
  }
  return null
}

/** Whether findDay can find a day in the text: two figures in a row (a year), or a 年 (a day in Chinese numerals). A cheap test first. */
export function mayHoldDay(text: string): boolean {
  return FIGURES.test(text) || text.includes('年')
}

// Every reader of figures, and findMonth, needs two in a row (a year, or a two-figure year after slashes): a text without (most
// lines the detectors ask about; a heading's number, `1.`, `2.3`, which splitNumber asks isDateOnly about) is read by none.
const FIGURES = /[0-9\uFF10-\uFF19]{2}/u

// A span's dash or word, then the article or weekday its second day is printed with, ending the text before a day
// found alone ("Tuesday 17th to Friday 20th September 2024", "Monday, September 30 – Wednesday, October 2, 2019", "the
// 30th of September to the 2nd of October 2019"): the readers found only the second day.
const SPAN_WORD = `(?:--|[-–—&]|(?<![\\p{L}])(?:${alternation(lexicon.dayRangeWords)}))\\s{1,3}`
const DAY_WORDS = `(?:(?:${alternation(lexicon.dayArticles)})\\s+)?(?:(?:${alternation(lexicon.weekdays)})\\.?,?\\s+)?`
const SPAN_BEFORE_DAY = new RegExp(
  `${SPAN_WORD}(?:(?:${alternation(lexicon.dayArticles)})\\s+|(?:${alternation(lexicon.weekdays)})\\.?,?\\s+)$`,
  'iu',
)
// The same words after a day's number (no hour's `9:00`) or a word and a span's dash or word, anywhere: blanked.
const SPAN_WORDS = new RegExp(
  `((?:(?<![\\d:./])\\d{1,2}(?:st|nd|rd|th|\\.)?|\\p{L}{3}\\.?),?\\s{0,3}${SPAN_WORD})(${DAY_WORDS})(?=\\d|\\p{Lu})`,
  'giu',
)
/** How far before a day found alone the span's words are looked for. */
const SPAN_REACH = 30

/** The text with the article or weekday before a span's second day blanked, one space a character (positions stay). */
function blankSpanWords(text: string): string {
  return text.replace(SPAN_WORDS, (_, lead: string, words: string) => lead + ' '.repeat(words.length))
}

/** The readers' first date (or span) in text of ASCII figures: the earliest, the longest of those starting there. */
function readDay(text: string): FoundDay | null {
  let best: FoundDay | null = null
  for (const reader of READERS) {
    const found = firstRead(reader, text)
    if (found === null) continue
    const [match, iso] = found
    if (best === null || match.index < best.index || (match.index === best.index && match[0].length > best.length)) {
      best = { iso, index: match.index, length: match[0].length }
    }
  }
  return best
}

/** The first full date (or span of days) in the text, as `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`. */
export function findDay(printed: string): FoundDay | null {
  if (!FIGURES.test(printed)) return hanDay(printed)
  const text = asciiDigits(printed)
  let best = readDay(text)
  if (best !== null) best = spanFromDay(text, best)
  // A day found alone after a span's word and a weekday or article: read again with those words blanked (rare: a cheap test first).
  if (best !== null && best.index > 0 && SPAN_BEFORE_DAY.test(text.slice(Math.max(0, best.index - SPAN_REACH), best.index))) {
    const spanned = readDay(blankSpanWords(text))
    if (spanned !== null && spanned.index < best.index) best = spanned
  }
  // `一一〇年三月五日（星期五）上午10時`: a date in Chinese numerals beside figures of another kind.
  const han = hanDay(printed)
  return han !== null && (best === null || han.index < best.index) ? han : best
}

const MONTH_YEAR = new RegExp(`\\b${MONTH}${OF},?\\s+${YEAR}\\b`, 'iu')
const CJK_MONTH_YEAR = new RegExp(
  `(?:(${alternation(Object.keys(lexicon.eraYears))})\\s*)?(?<!\\d)(\\d{2,4})\\s*年\\s*(\\d{1,2})\\s*月`,
  'u',
)

/** A month of a year ("April 2018", "2021年3月") as `YYYY-MM` and where it is printed. */
export function findMonth(printed: string): FoundDay | null {
  if (!FIGURES.test(printed)) return null
  const text = asciiDigits(printed)
  const named = MONTH_YEAR.exec(text)
  const month = named ? monthOf(named[1]!) : undefined
  if (named && month) return { iso: `${named[2]}-${pad(month)}`, index: named.index, length: named[0].length }
  const cjk = CJK_MONTH_YEAR.exec(text)
  if (!cjk) return null
  const year = cjkYear(cjk[1], Number(cjk[2]))
  const number = Number(cjk[3])
  return year >= 1000 && number >= 1 && number <= 12 ? { iso: `${year}-${pad(number)}`, index: cjk.index, length: cjk[0].length } : null
}

/** A month and year standing alone ("April 2018") as `YYYY-MM`, or a full date as `YYYY-MM-DD`. */
export function findDate(text: string): string | null {
  return (findDay(text) ?? findMonth(text))?.iso ?? null
}

// What may stand around a date that is all a line says: a weekday and the article before the day.
const AROUND = new RegExp(`(?:^|\\s)(?:${alternation([...lexicon.weekdays, ...lexicon.dayArticles])})(?=$|[\\s,.])`, 'giu')

/** True when the text is nothing but a date ("April 2018", "17 April 2018", "mardi 8 mars 2016", "Donnerstag, den 4. Juni 1987"). */
export function isDateOnly(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed.length > 80) return false
  const found = findDay(trimmed) ?? findMonth(trimmed)
  if (!found) return false
  const rest = trimmed.slice(0, found.index) + ' ' + trimmed.slice(found.index + found.length)
  return rest.replace(AROUND, ' ').replace(/[\s,.()]/g, '') === ''
}

// A span of days with no year after it, opened by a word that starts a span or dates a sentence ("from the 18th to
// 22nd of March", "From Tuesday, 17th to Thursday, 19th of July", "on 3 and 4 May"): the days a report gives its
// meeting when its own date gives the year. Anchored on the opening word; every gap bounded.
const BEFORE_DAY = `(?:(?:${alternation(lexicon.dayArticles)})\\s+)?(?:(?:${alternation(lexicon.weekdays)})\\.?,?\\s+)?`
const YEARLESS_SPAN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation([...lexicon.spanOpeners, ...lexicon.dayPrepositions])})\\s+${BEFORE_DAY}${DAY}${RANGE}` +
    `${BEFORE_DAY}${DAY}${OF}\\s+${MONTH}(?![\\p{L}\\p{N}]|,?\\s*\\d)`,
  'iu',
)

/** A span of days printed without its year, as `MM-DD/MM-DD`, and where it starts; null when none or a year follows. */
export function findYearlessSpan(text: string): { days: string; index: number } | null {
  const found = FIGURE.test(text) ? YEARLESS_SPAN.exec(text) : null
  const month = found ? monthOf(found[3]!) : undefined
  if (!found || month === undefined) return null
  const [first, last] = [Number(found[1]), Number(found[2])]
  if (first < 1 || last > 31 || first >= last) return null
  return { days: `${pad(month)}-${pad(first)}/${pad(month)}-${pad(last)}`, index: found.index }
}

// A day and month with no year after them ("Oct 9", "9 October"), in a short line that prints its year apart.
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}(?![\\d.,:/-])`, 'iu')
const DAY_MONTH = new RegExp(`(?<![\\d.,:/-])${DAY}${OF}\\s+${MONTH}\\b`, 'iu')
const LONE_YEAR = /(?<![\d./-])(?:19|20)\d{2}(?![\d./-])/gu

/**
 * The day a short line gives with its year printed apart, as a series' heading does ("WECG Meetings 2025, Public
 * Notes, Oct 9" → 2025-10-09): one day and month without a year, and one year elsewhere in the line; or null.
 */
export function findDayOfLineYear(text: string): string | null {
  if (text.length > 120 || findDay(text) !== null) return null
  const years = text.match(LONE_YEAR) ?? []
  if (years.length !== 1) return null
  const monthFirst = MONTH_DAY.exec(text)
  const dayFirst = monthFirst ? null : DAY_MONTH.exec(text)
  if (monthFirst) return isoDay(Number(years[0]), monthOf(monthFirst[1]!), Number(monthFirst[2]))
  return dayFirst ? isoDay(Number(years[0]), monthOf(dayFirst[2]!), Number(dayFirst[1])) : null
}

/**
 * The day a session's line gives before its hours, whatever follows them (`Monday, July 24, 2023, 09:30 - 11:30,
 * Monday Session I`, `Tuesday, 2023-07-25, 16:30-18:30 UTC`), as working-group notes print it under their title.
 */
export function sessionDayOf(text: string): string | null {
  const line = text.trim()
  if (line.length > SESSION_LINE || !/\d[:.h]\d/u.test(line)) return null
  const day = findDay(line)
  if (day === null || day.iso.includes('/') || !isDateOnly(line.slice(0, day.index + day.length))) return null
  return SESSION_HOURS.test(line.slice(day.index + day.length).replace(/^[\s,]+/u, '')) ? day.iso : null
}

/** Longest session line read for its day. */
const SESSION_LINE = 120
/** A span of hours opening what follows a date (`09:30 - 11:30`, `16:30-18:30 UTC`, `9.00 to 10.30`). */
const SESSION_HOURS = /^\d{1,2}[:.h]\d{2}\s*(?:[-–—]|to)\s*\d{1,2}[:.h]\d{2}(?!\d)/u

// Dates as reports print them, turned into ISO 8601 (a day, a month, or an interval of days). Month
// names and the words between a date's parts come from the lexicons.
import { alternation, lexicon } from '../lexicon/index.js'

const MONTHS: Readonly<Record<string, number>> = lexicon.months
const MONTH_PATTERN = alternation(Object.keys(MONTHS))
// "12-13 March", "12 to 13 March", "12 e 13 de março"; "4 de Dezembro de 2024".
const RANGE = `-|–|&|${alternation(lexicon.dayRangeWords)}`
const OF = lexicon.dateConnectors.length > 0 ? `(?:\\s+(?:${alternation(lexicon.dateConnectors)}))?` : ''

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function month(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')]
}

function day(year: number, monthNumber: number, dayNumber: number): string | null {
  if (dayNumber < 1 || dayNumber > 31) return null
  return `${year}-${pad(monthNumber)}-${pad(dayNumber)}`
}

const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:\\s*(?:${RANGE})\\s*(\\d{1,2}))?${OF}\\s+(${MONTH_PATTERN})\\.?${OF},?\\s+(\\d{4})\\b`, 'i')
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:\\s*(?:${RANGE})\\s*(\\d{1,2}))?,\\s*(\\d{4})\\b`, 'i')
const MONTH_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\.?${OF},?\\s+(\\d{4})\\b`, 'i')
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/

/** The first full date (or span of days) in the text, as `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`. */
export function findDay(text: string): { iso: string; index: number; length: number } | null {
  const candidates: Array<{ iso: string; index: number; length: number }> = []
  const dmy = DAY_MONTH_YEAR.exec(text)
  if (dmy) {
    const m = month(dmy[3]!)
    const year = Number(dmy[4])
    const start = m ? day(year, m, Number(dmy[1])) : null
    const end = m && dmy[2] ? day(year, m, Number(dmy[2])) : null
    if (start) candidates.push({ iso: end ? `${start}/${end}` : start, index: dmy.index, length: dmy[0].length })
  }
  const mdy = MONTH_DAY_YEAR.exec(text)
  if (mdy) {
    const m = month(mdy[1]!)
    const year = Number(mdy[4])
    const start = m ? day(year, m, Number(mdy[2])) : null
    const end = m && mdy[3] ? day(year, m, Number(mdy[3])) : null
    if (start) candidates.push({ iso: end ? `${start}/${end}` : start, index: mdy.index, length: mdy[0].length })
  }
  const iso = ISO_DAY.exec(text)
  if (iso) candidates.push({ iso: iso[0], index: iso.index, length: iso[0].length })
  candidates.sort((a, b) => a.index - b.index)
  return candidates[0] ?? null
}

/** A month and year standing alone ("April 2018") as `YYYY-MM`, or a full date as `YYYY-MM-DD`. */
export function findDate(text: string): string | null {
  const full = findDay(text)
  if (full) return full.iso
  const my = MONTH_YEAR.exec(text)
  if (my) {
    const m = month(my[1]!)
    if (m) return `${my[2]}-${pad(m)}`
  }
  return null
}

/** True when the text is nothing but a date ("April 2018", "17 April 2018"). */
export function isDateOnly(text: string): boolean {
  const trimmed = text.trim()
  const stripped = trimmed.replace(DAY_MONTH_YEAR, '').replace(MONTH_DAY_YEAR, '').replace(MONTH_YEAR, '').replace(ISO_DAY, '')
  return stripped !== trimmed && stripped.replace(/[\s,.()]/g, '') === ''
}

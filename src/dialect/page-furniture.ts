// Page furniture that a PDF converter kept as text (docling, marker): the printed page numbers, and the
// running header or footer printed beside them on every page, each a paragraph of one line of its own
// (`NMA-REP-21-014` / `7`). They are dropped, their lines blanked so that every line keeps its number.
import { isPageFooter } from './plaintext-pages.js'
import type { DialectName } from './types.js'

/** The converters that lay out a PDF's pages as Markdown paragraphs, page numbers and all. */
const PAGE_CONVERTERS: ReadonlySet<DialectName> = new Set(['docling', 'marker'])
/** Fewer printed page numbers are no evidence of pages. */
const MIN_PAGES = 3
/** A longer line is a sentence, not a running title. */
const MAX_RUNNING = 80
/** A page number line: the number alone (`7`, `- 7 -`) or a footer's (`Page 7`, `Page 7 of 20`, `7/20`). */
const BARE_NUMBER = /^-?\s?\d{1,4}\s?-?$/
const ROMAN_PAGE = /^[ivxl]{1,6}$/

export interface Furniture {
  text: string
  /** Each running header or footer once (the first as printed). */
  running: string[]
}

/** The text with its page numbers and running lines blanked; null when it has none or is no PDF converter's. */
export function dropPageFurniture(text: string, names: readonly DialectName[]): Furniture | null {
  if (!names.some((name) => PAGE_CONVERTERS.has(name))) return null
  const lines = text.split('\n')
  const lone = loneLines(lines)
  const candidates = lone.filter((i) => isPageNumberLine(lines[i]!.trim()))
  const numbers = risingRun(
    candidates,
    candidates.map((i) => pageValue(lines[i]!.trim())),
  )
  // Printed page numbers go up: most number lines are on the longest rising run (a stray one in the body is not).
  if (numbers.length < MIN_PAGES || numbers.length < candidates.length * 0.75) return null
  const numberSet = new Set(numbers)
  // A front-matter page's roman number (`i`, `iv`) stands where the arabic ones do, beside the running line.
  const pageMarks = new Set([...numbers, ...lone.filter((i) => ROMAN_PAGE.test(lines[i]!.trim()))])
  const beside = lone.map((at, k) => besideNumber(lines, lone, k, pageMarks))
  const running = runningTexts(lines, lone, pageMarks, beside)
  const first = numbers[0]!
  const isRunning = lone.map((i, k) => running.has(lines[i]!.trim()) && (i > first || beside[k]!))
  const nextTo = (k: number, m: number) =>
    isRunning[m] === true && onlyBlanks(lines, Math.min(lone[k]!, lone[m]!) + 1, Math.max(lone[k]!, lone[m]!))
  for (const [k, i] of lone.entries()) {
    if (numberSet.has(i) || isRunning[k] || (pageMarks.has(i) && (nextTo(k, k - 1) || nextTo(k, k + 1)))) lines[i] = ''
  }
  return { text: lines.join('\n'), running: [...running] }
}

/** Lines that are a paragraph alone (blank or the text's edge on both sides) and no Markdown block's mark. */
function loneLines(lines: readonly string[]): number[] {
  const lone: number[] = []
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i]!.trim()
    if (trimmed === '' || (/^[#|>*<!`~-]\s|^[#|<!`~]/.test(trimmed) && !isPageNumberLine(trimmed))) continue
    if ((lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '') lone.push(i)
  }
  return lone
}

function isPageNumberLine(text: string): boolean {
  return BARE_NUMBER.test(text) || (text.length <= 24 && isPageFooter(text))
}

/** The page a page number line prints (its first number). */
function pageValue(text: string): number {
  return Number(/\d+/.exec(text)![0])
}

/** The longest run of `items` whose `values` rise, in order (patience sorting); the smaller values on a tie. */
function risingRun(items: readonly number[], values: readonly number[]): number[] {
  const tails: number[] = []
  const previous: number[] = []
  for (let k = 0; k < values.length; k++) {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (values[tails[middle]!]! < values[k]!) low = middle + 1
      else high = middle
    }
    previous[k] = low > 0 ? tails[low - 1]! : -1
    tails[low] = k
  }
  const run: number[] = []
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k]!) run.push(items[k]!)
  return run.reverse()
}

/** The lone lines printed beside a page number on two pages or more: running headers and footers. */
function runningTexts(
  lines: readonly string[],
  lone: readonly number[],
  numbers: ReadonlySet<number>,
  beside: readonly boolean[],
): Set<string> {
  const counts = new Map<string, number>()
  for (const [k, i] of lone.entries()) {
    const text = lines[i]!.trim()
    if (numbers.has(i) || !beside[k] || text.length > MAX_RUNNING || !/\p{L}/u.test(text)) continue
    counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([text]) => text))
}

/** Whether the lone line `lone[k]` has a page number line as the paragraph right before or after it. */
function besideNumber(lines: readonly string[], lone: readonly number[], k: number, numbers: ReadonlySet<number>): boolean {
  const at = lone[k]!
  const before = lone[k - 1]
  const after = lone[k + 1]
  return (
    (before !== undefined && numbers.has(before) && onlyBlanks(lines, before + 1, at)) ||
    (after !== undefined && numbers.has(after) && onlyBlanks(lines, at + 1, after))
  )
}

/** Whether lines `from` to `to` (exclusive) are all blank: nothing between two paragraphs. */
function onlyBlanks(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lines[i]!.trim() !== '') return false
  return true
}

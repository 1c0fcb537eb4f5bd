// Pages of plain text and what repeats on them: the text is split at form feeds (or, without any, after
// each numbered page footer such as an RFC's `[Page 3]`), and the lines that open or close most pages —
// running headers and footers, their printed page numbers kept — are dropped, as are the page-and-column
// references a parliamentary record prints in its margins (`2215 C`).
import { parseLabel } from '../text/labels.js'
import { isSpace, trailingRunStart, trimEndWhere } from '../text/scan.js'
import type { PageStart } from './types.js'

export interface Line {
  /** Line in the input, from 1. */
  number: number
  /** The text from the column it starts in, trailing spaces removed. */
  text: string
  /** Spaces before the text, counted from `offset`. */
  indent: number
  /** Columns of the input line before this part of it (the right column of a two-column page); 0 for a whole line. */
  offset: number
  /** A row that is empty in this column while the other column has text: a blank only where a paragraph ends. */
  soft?: boolean
  /** Where most lines of its column on its page end: a line well short of it ends a paragraph. */
  width?: number
}

/** A page's lines in order, and the printed page number its running lines gave (null when none). */
export interface Page {
  lines: Line[]
  printed: number | null
}

function lineOf(number: number, raw: string, offset = 0): Line {
  const text = trimEnd(raw)
  const indent = text.length - text.trimStart().length
  return { number, text, indent, offset }
}

/** Trailing whitespace removed by a scan: `\s+$` on a long line of spaces would backtrack quadratically. */
export function trimEnd(text: string): string {
  let end = text.length
  while (end > 0 && /\s/.test(text[end - 1]!)) end--
  return end === text.length ? text : text.slice(0, end)
}

/** A numbered footer that closes a page when the text has no form feeds: `… [Page 3]`, `Page 3 of 9`, `Seite 3`, `3/9`, `丁-24`. */
const PAGE_FOOTERS = [
  /\[(?:Page|Seite|Página|Pagina|Sida) \d{1,4}\]$/i,
  /\b(?:Page|Seite|Página|Pagina) \d{1,4}(?: (?:of|von|de|sur) \d{1,4})?$/i,
  /^\d{1,4} ?\/ ?\d{1,4}$/,
  // A lettered part's page, as Chinese records number the pages of each part (`丁-24`, `丁- 73`, `附-3`).
  /^\p{Script=Han}{1,2} ?[-－–] ?\d{1,4}$/u,
]
export const isPageFooter = (line: string): boolean => PAGE_FOOTERS.some((footer) => footer.test(line))

export function splitPages(text: string): Line[][] {
  const pages: Line[][] = [[]]
  const rows = text.split('\n')
  const feeds = text.includes('\f')
  rows.forEach((raw, index) => {
    const parts = raw.split('\f')
    parts.forEach((part, k) => {
      if (k > 0) pages.push([])
      if (k === parts.length - 1 || part.trim() !== '') pages.at(-1)!.push(lineOf(index + 1, part))
    })
  })
  const found = pages.filter((page) => page.some((line) => line.text !== ''))
  return feeds ? found : splitAtFooters(found[0] ?? [])
}

/** Without form feeds: a page ends after each line that is a numbered page footer, when at least two are found. */
function splitAtFooters(lines: readonly Line[]): Line[][] {
  const footers = lines.filter((line) => isPageFooter(line.text.trim()))
  if (footers.length < 2) return splitAtHeaders(lines)
  const pages: Line[][] = [[]]
  for (const line of lines) {
    pages.at(-1)!.push(line)
    if (isPageFooter(line.text.trim())) pages.push([])
  }
  return pages.filter((page) => page.some((line) => line.text !== ''))
}

/** A running line's key: its shape, and a year before a page number goes with it (`… Juni 1987 2215` is `2214 … Juni 1987`). */
function runningKey(text: string): string {
  const lineShape = shape(text)
  return trimEndWhere(lineShape, (char) => char === '#' || char === ' ') || lineShape
}

/** The page number at a line's start or end; after a year too (`… 4. Juni 1987 2215`). */
function pageAtEdge(text: string): string | null {
  return edgeNumber(text) ?? /(?<= )\d{1,4}$/.exec(text)?.[0] ?? null
}

/** Copies of a running header that make a text's pages when it has no form feeds or footers; lines at least between copies. */
const HEADER_COPIES = 3
const HEADER_GAP = 5

/**
 * Without form feeds or footers: a page starts at each copy of a running header, a line of 20 characters
 * or more that comes back three times or more, five lines apart at least, with a page number before or
 * after it that rises (`2214 Deutscher Bundestag — 10. Wahlperiode — 52. Sitzung. Bonn, …`, `… 1987 2215`),
 * as a text copied out of a PDF keeps them.
 */
function splitAtHeaders(lines: readonly Line[]): Line[][] {
  const copies = new Map<string, Array<{ at: number; page: number }>>()
  const shapes = lines.map((line, at) => {
    const text = line.text.trim()
    if (text.length < 20 || text.length > 200 || !/\p{L}{2}/u.test(text)) return ''
    const page = pageAtEdge(text)
    if (page === null) return ''
    const lineShape = runningKey(text)
    copies.set(lineShape, [...(copies.get(lineShape) ?? []), { at, page: Number(page) }])
    return lineShape
  })
  const headers = new Set([...copies].filter(([, found]) => isPageRun(found)).map(([lineShape]) => lineShape))
  if (headers.size === 0) return lines.length > 0 ? [[...lines]] : []
  const pages: Line[][] = [[]]
  lines.forEach((line, i) => {
    if (headers.has(shapes[i]!) && pages.at(-1)!.length > 0) pages.push([])
    pages.at(-1)!.push(line)
  })
  return pages.filter((page) => page.some((line) => line.text !== ''))
}

/** Copies of a line that number pages: enough of them, apart, their numbers rising. */
function isPageRun(found: ReadonlyArray<{ at: number; page: number }>): boolean {
  if (found.length < HEADER_COPIES) return false
  return found.every((copy, k) => k === 0 || (copy.at - found[k - 1]!.at >= HEADER_GAP && copy.page > found[k - 1]!.page))
}

/**
 * A line's shape: digits and spacing do not count, nor a page number before or after the rest ("2
 * Bundestag — 1. Sitzung" on even pages, "Bundestag — 1. Sitzung 3" on odd ones), so every page's copy
 * of a running line has one shape.
 */
function shape(text: string): string {
  // A page number before a running title that opens with a number (`4   24101 – Title`) leaves a space.
  return withoutEdgeNumbers(text.trim()).replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
}

const isDigit = (char: string) => char >= '0' && char <= '9'

/**
 * A trimmed line without the page number before or after the rest, as
 * `text.replace(/^\d{1,4}\s+(?=\D)|(?<=\D)\s+\d{1,4}$/g, '')` reads it, in linear time: the pattern
 * was tried from each space of a long run, each try scanning to its end.
 */
export function withoutEdgeNumbers(text: string): string {
  // Before: 1–4 digits and the spaces after them, the last space left when a digit follows.
  let from = 0
  let digits = 0
  while (digits < text.length && isDigit(text[digits]!)) digits++
  if (digits >= 1 && digits <= 4) {
    let spaces = digits
    while (spaces < text.length && isSpace(text[spaces]!)) spaces++
    if (spaces > digits) {
      if (spaces < text.length && !isDigit(text[spaces]!)) from = spaces
      else if (spaces - digits >= 2) from = spaces - 1
    }
  }
  // After (from where the number before ends): spaces, then 1–4 digits that end the line; the removal
  // starts at the first of those spaces that follows a character other than a digit.
  let to = text.length
  const numberStart = trailingRunStart(text, isDigit)
  const gapStart = trailingRunStart(text, isSpace, numberStart)
  if (numberStart < text.length && text.length - numberStart <= 4 && gapStart < numberStart) {
    let start = Math.max(from, gapStart)
    if (start === gapStart && (start === 0 || isDigit(text[start - 1]!))) start++
    if (start >= 1 && start < numberStart) to = start
  }
  return from === 0 && to === text.length ? text : text.slice(from, to)
}

/** Lines that open or close most pages: running headers and footers. */
function runningLines(pages: readonly Line[][]): Set<string> {
  if (pages.length < 2) return new Set()
  const counts = new Map<string, number>()
  for (const page of pages) {
    const content = page.filter((line) => line.text !== '')
    const edges = new Set([...content.slice(0, 2), ...content.slice(-2)].map((line) => runningKey(line.text)))
    for (const edge of edges) if (edge !== '') counts.set(edge, (counts.get(edge) ?? 0) + 1)
  }
  // Alternating headers (of left and right pages) each open only half of the pages.
  const threshold = Math.max(2, Math.ceil(pages.length * 0.4))
  const running = new Set([...counts].filter(([, count]) => count >= threshold).map(([edge]) => edge))
  for (const margin of marginLines(pages)) running.add(margin)
  return running
}

/**
 * Lines a layout prints in a page's margin, which -layout puts among the body's rows wherever they fall
 * (a letterhead, a registry stamp, "ACTA DEL PLENO" up the side): the same line on most pages, once a
 * page, and no sentence.
 */
function marginLines(pages: readonly Line[][]): string[] {
  if (pages.length < 3) return []
  const counts = new Map<string, number>()
  for (const page of pages) {
    const seen = new Map<string, number>()
    for (const line of page) {
      const text = line.text.trim()
      if (text === '' || text.length > 120 || /[.!?;,]$/.test(text) || isLabelLine(text)) continue
      const lineShape = runningKey(text)
      seen.set(lineShape, (seen.get(lineShape) ?? 0) + 1)
    }
    for (const [lineShape, times] of seen) if (times === 1) counts.set(lineShape, (counts.get(lineShape) ?? 0) + 1)
  }
  return [...counts]
    .filter(([lineShape, count]) => count >= Math.max(3, pages.length * 0.6) && /\p{L}{2}/u.test(lineShape))
    .map(([lineShape]) => lineShape)
}

const NUMBERS = /\d+/g

/**
 * The number before or after the rest of a line, as `/^(\d{1,4})\s+\D|\D\s+(\d{1,4})$/` finds it (the
 * first group, else the second), in linear time: unanchored, the second was tried from each space of
 * a long run, each try scanning to its end.
 */
export function edgeNumber(text: string): string | null {
  const digits = /^\d{1,4}(?!\d)/.exec(text)?.[0]
  if (digits) {
    let spaces = digits.length
    while (spaces < text.length && isSpace(text[spaces]!)) spaces++
    // Spaces, then a character other than a digit: one that ends them, or the last of two spaces or more.
    if (spaces > digits.length && ((spaces < text.length && !isDigit(text[spaces]!)) || spaces - digits.length >= 2)) return digits
  }
  const numberStart = trailingRunStart(text, isDigit)
  const gapStart = trailingRunStart(text, isSpace, numberStart)
  if (numberStart === text.length || text.length - numberStart > 4 || gapStart === numberStart) return null
  const before = gapStart > 0 && !isDigit(text[gapStart - 1]!)
  return before || numberStart - gapStart >= 2 ? text.slice(numberStart) : null
}

/**
 * The printed page of each copy of a running line: the number at its start or end where that changes
 * from page to page ("2 Bundestag — 1. Sitzung", "Bundestag — 1. Sitzung 3"), else the first number
 * that is not the same on every copy (the year in "RFC 5594 … July 2009" is; "[Page 3]" is not).
 */
function pageNumbers(copies: ReadonlyArray<{ shape: string; text: string }>): number[] {
  const groups = new Map<string, number[]>()
  copies.forEach((copy, i) => groups.set(copy.shape, [...(groups.get(copy.shape) ?? []), i]))
  const result = copies.map(() => Number.NaN)
  for (const members of groups.values()) {
    const edges = members.map((i) => pageAtEdge(copies[i]!.text))
    if (edges.every((edge) => edge !== null) && new Set(edges).size > 1) {
      members.forEach((i, k) => (result[i] = Number(edges[k])))
      continue
    }
    const numbers = members.map((i) => copies[i]!.text.match(NUMBERS) ?? [])
    const varying = (position: number) => new Set(numbers.map((values) => values[position])).size > 1
    members.forEach((i, k) => {
      const position = numbers[k]!.findIndex((_, p) => varying(p))
      if (position >= 0 && numbers[k]![position]!.length <= 5) result[i] = Number(numbers[k]![position])
    })
  }
  return result
}

/** A name or label alone in parentheses (`(Dr. Vogel)`, `(Präsident Dr. Köhler)`), as a record repeats it under a page's header. */
function isSpeakerReminder(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')') || text.length > 80) return false
  const inside = text.slice(1, -1).trim()
  if (inside.includes('(') || inside.includes(')')) return false
  const parts = parseLabel(inside, 'colon')
  return parts !== null && parts.kind === 'person' && parts.name !== ''
}

/** A speaker's label alone on a line (`Vizepräsident Frau Renger:`): it opens a turn, however often it comes back. */
function isLabelLine(text: string): boolean {
  return text.endsWith(':') && parseLabel(text.slice(0, -1), 'colon')?.strong === true
}

/** A reference to a page and its column (`2215 C`, `(B)`) alone on a line: the margin of a parliamentary record. */
const MARGIN_REFERENCE = /^\(?(?:\d{1,5} ?)?[A-D]\)?$/
/** The Congressional Record's page marker in its text edition: `[[Page H1202]]`, `[[Page S8505]]`, `[[Page 434]]`. */
const PAGE_MARKER = /^\[\[Page [A-Z]?\d{1,5}\]\]$/

/**
 * Each page without its running lines and margin references, and the printed page its running lines
 * name. Margin references are dropped only where the text has several of them.
 */
export function dropRunning(pages: readonly Line[][]): { pages: Page[]; starts: PageStart[]; running: string[] } {
  const running = runningLines(pages)
  let margins = 0
  for (const page of pages) for (const line of page) if (MARGIN_REFERENCE.test(line.text.trim())) margins++
  const kept: Page[] = []
  const copies: Array<{ page: number; shape: string; text: string }> = []
  pages.forEach((page, p) => {
    const lines: Line[] = []
    let afterHeader = false
    for (const line of page) {
      const trimmed = line.text.trim()
      const lineShape = trimmed === '' ? '' : runningKey(trimmed)
      if (lineShape !== '' && running.has(lineShape)) {
        copies.push({ page: p, shape: lineShape, text: trimmed })
        afterHeader = lines.every((kept) => kept.text.trim() === '')
        continue
      }
      // Under a page's header, the speaker whose turn goes on over the page (`(Dr. Vogel)`) is the header's too.
      if (afterHeader && trimmed !== '' && isSpeakerReminder(trimmed)) continue
      if (trimmed !== '') afterHeader = false
      // `[[Page H1202]]`: where the Congressional Record's printed page begins, in its text edition; no text of the record.
      if (trimmed.startsWith('[[') && PAGE_MARKER.test(trimmed)) continue
      if (!(margins >= 3 && MARGIN_REFERENCE.test(trimmed))) lines.push(line)
    }
    kept.push({ lines, printed: null })
  })
  pageNumbers(copies).forEach((number, i) => {
    const page = kept[copies[i]!.page]!
    if (page.printed === null && Number.isFinite(number)) page.printed = number
  })
  const starts: PageStart[] = []
  pages.forEach((page, p) => {
    const printed = kept[p]!.printed
    if (printed !== null && page[0]) starts.push({ line: page[0].number, page: printed })
  })
  // Each running line once, as its first copy prints it: a body's name in a header or footer is the publisher's.
  const firsts = new Map<string, string>()
  for (const copy of copies) if (!firsts.has(copy.shape)) firsts.set(copy.shape, copy.text)
  return { pages: kept, starts, running: [...firsts.values()] }
}

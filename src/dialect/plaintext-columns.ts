// Two-column pages as `pdftotext -layout` writes them: each row holds a line of the left column and a
// line of the right one, side by side. The columns are separated before anything is read: the page's
// left column, then its right column, each with the rows where only the other column had text marked
// as soft blanks. A line that crosses the gutter (a title over both columns) stays whole and ends the
// band of rows above it. A page whose title block spans the page above its two columns (a journal's
// first page), or whose columns stand over a full-width table, has its columns separated in that band only.
import type { Line } from './plaintext-pages.js'

/** Fewer content rows than this on a page are not enough to tell a layout. */
const MIN_ROWS = 8

export function separateColumns(page: readonly Line[]): Line[] {
  const band = columnBand(page)
  if (band === null) return [...page]
  return [...page.slice(0, band.from), ...split(page.slice(band.from, band.to), band.gutter), ...page.slice(band.to)]
}

/** The rows set in two columns and the column their right one begins at: the whole page, or its part below or above a blank row. */
function columnBand(page: readonly Line[]): { from: number; to: number; gutter: number } | null {
  const whole = gutterOf(page)
  if (whole !== null) return { from: 0, to: page.length, gutter: whole }
  const from = widestGap(page, true)
  if (from !== null && from > 0) {
    const gutter = gutterOf(page.slice(from))
    if (gutter !== null) return { from, to: page.length, gutter }
  }
  const to = widestGap(page, false)
  if (to !== null && to < page.length) {
    const gutter = gutterOf(page.slice(0, to))
    if (gutter !== null) return { from: 0, to, gutter }
  }
  return null
}

/**
 * Where the longest run of rows from the page's end (or, with `fromEnd` false, from its start) that leaves
 * a gap in the middle of the page begins (or ends), cut at a blank row; null when none does. One pass
 * adding the rows one at a time: each costs its width, so the page costs its size.
 */
function widestGap(page: readonly Line[], fromEnd: boolean): number | null {
  const width = page.reduce((most, line) => Math.max(most, line.text.length), 0)
  const low = Math.floor(width * 0.3)
  const high = Math.floor(width * 0.7)
  const occupied = new Array<number>(width + 1).fill(0)
  let rows = 0
  let best: number | null = null
  for (let k = 0; k < page.length; k++) {
    const index = fromEnd ? page.length - 1 - k : k
    const text = page[index]!.text
    if (text.trim() === '') {
      if (rows >= MIN_ROWS && hasGap(occupied, low, high, rows)) best = fromEnd ? index + 1 : index
      continue
    }
    rows++
    for (let c = low - 1; c <= high && c < text.length; c++) if (c >= 0 && text[c] !== ' ') occupied[c]!++
  }
  return best
}

function hasGap(occupied: readonly number[], low: number, high: number, rows: number): boolean {
  const allowed = Math.max(1, Math.floor(rows * 0.05))
  for (let c = Math.max(1, low); c <= high; c++) if (occupied[c]! <= allowed && occupied[c - 1]! <= allowed) return true
  return false
}

function split(rows: readonly Line[], gutter: number): Line[] {
  const out: Line[] = []
  let left: Line[] = []
  let right: Line[] = []
  const flush = () => {
    out.push(...left, ...right)
    left = []
    right = []
  }
  for (const line of rows) {
    // A row blank in both columns ends a paragraph in each.
    if (line.text.trim() === '') {
      left.push(line)
      right.push({ ...line, offset: line.offset + gutter })
      continue
    }
    if (crosses(line.text, gutter)) {
      flush()
      out.push(line)
      continue
    }
    const leftText = line.text.slice(0, gutter)
    const rightText = line.text.slice(gutter)
    left.push(part(line, leftText, 0, rightText.trim() !== ''))
    right.push(part(line, rightText, gutter, leftText.trim() !== ''))
  }
  flush()
  return out
}

function part(line: Line, text: string, offset: number, otherHasText: boolean): Line {
  const trimmed = text.trimEnd()
  const indent = trimmed.length - trimmed.trimStart().length
  const result: Line = { number: line.number, text: trimmed, indent, offset: line.offset + offset }
  if (trimmed === '' && otherHasText) result.soft = true
  return result
}

/** A row over both columns: text across the gutter, or words a single space apart there (a full-width line of a title block). */
function crosses(text: string, gutter: number): boolean {
  if (text.length <= gutter) return false
  const word = (c: number) => c >= 0 && c < text.length && text[c] !== ' '
  if (word(gutter - 1) && word(gutter)) return true
  return (!word(gutter - 1) && word(gutter - 2) && word(gutter)) || (!word(gutter) && word(gutter - 1) && word(gutter + 1))
}

/** How far right of its column's edge a row of the right column may start: a paragraph's indent, a reference's hanging one. */
const INDENTED = 6

/**
 * The column where a page's right column begins, or null for a page of one column. A gutter is a
 * column that no row but a few full-width ones has text in, between a left column whose rows fill
 * most of their width and a right column whose rows start at one column.
 */
function gutterOf(page: readonly Line[]): number | null {
  const rows = page.filter((line) => line.text.trim() !== '')
  if (rows.length < MIN_ROWS) return null
  const width = Math.max(...rows.map((line) => line.text.length))
  const occupied = new Array<number>(width + 1).fill(0)
  for (const line of rows) {
    for (let c = 0; c < line.text.length; c++) if (line.text[c] !== ' ') occupied[c]!++
  }
  const allowed = Math.max(1, Math.floor(rows.length * 0.05))
  let best: number | null = null
  for (let c = Math.floor(width * 0.3); c <= Math.floor(width * 0.7); c++) {
    if (occupied[c]! <= allowed && occupied[c - 1]! <= allowed && (best === null || occupied[c]! < occupied[best]!)) best = c
  }
  if (best === null) return null
  // The right column starts where most of its rows start: the first column after the gap with text in it.
  let start = best
  while (start < width && occupied[start]! <= allowed) start++
  const sides = rows.filter((line) => !crosses(line.text, best))
  const lefts = sides.filter((line) => line.text.slice(0, best).trim() !== '')
  const rights = sides.filter((line) => line.text.slice(best).trim() !== '')
  if (lefts.length < rows.length * 0.25 || rights.length < rows.length * 0.25) return null
  // A column of text, not of page numbers or figures (a contents page's right margin).
  if (rights.filter((line) => /\p{L}{2}/u.test(line.text.slice(best))).length < rights.length * 0.5) return null
  const startOf = (line: Line) => line.text.length - line.text.slice(best).trimStart().length
  const atStart = rights.filter((line) => Math.abs(startOf(line) - start) <= 2).length
  const indented = rights.filter((line) => startOf(line) - start > 2 && startOf(line) - start <= INDENTED).length
  // Most rows at the edge, or many with the rest set in by an indent (a references list's hanging lines).
  if (atStart < rights.length * 0.5 && (atStart < rights.length * 0.25 || atStart + indented < rights.length * 0.6)) return null
  // The left column is text set to its width, not a short label before a value.
  const filled = lefts.filter((line) => line.text.slice(0, best).trimEnd().length >= best * 0.6).length
  if (filled < lefts.length * 0.5) return null
  return start
}

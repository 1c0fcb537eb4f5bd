// Two-column pages as `pdftotext -layout` writes them: each row holds a line of the left column and a
// line of the right one, side by side. The columns are separated before anything is read: the page's
// left column, then its right column, each with the rows where only the other column had text marked
// as soft blanks. A line that crosses the gutter (a title over both columns) stays whole and ends the
// band of rows above it.
import type { Line } from './plaintext-pages.js'

/** Fewer content rows than this on a page are not enough to tell a layout. */
const MIN_ROWS = 8

export function separateColumns(page: readonly Line[]): Line[] {
  const gutter = gutterOf(page)
  if (gutter === null) return [...page]
  const out: Line[] = []
  let left: Line[] = []
  let right: Line[] = []
  const flush = () => {
    out.push(...left, ...right)
    left = []
    right = []
  }
  for (const line of page) {
    if (line.text === '' || crosses(line.text, gutter)) {
      if (line.text !== '') flush()
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

function crosses(text: string, gutter: number): boolean {
  return text.length > gutter && text[gutter - 1] !== ' ' && text[gutter] !== ' '
}

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
  const atStart = rights.filter((line) => Math.abs(line.text.length - line.text.slice(best).trimStart().length - start) <= 2).length
  if (atStart < rights.length * 0.5) return null
  // The left column is text set to its width, not a short label before a value.
  const filled = lefts.filter((line) => line.text.slice(0, best).trimEnd().length >= best * 0.6).length
  if (filled < lefts.length * 0.5) return null
  return start
}

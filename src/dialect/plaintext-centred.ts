// A title centred on its line, as a typeset programme or report sets its part and day headings (`SCHEDULE`,
// `Monday March 25`) in pdftotext -layout's text: nothing marks it but its place, the same space on both sides.
import { looksLikeName, ORGANIZATION_WORDS } from '../text/names.js'
import { isCapsLine } from '../text/normalize.js'
import type { Line } from './plaintext-pages.js'
import { isTitleCase } from './plaintext-talks.js'

/** Narrowest column whose centre says anything. */
const MIN_WIDTH = 40
/** Most of the column's width a centred title takes. */
const MAX_SHARE = 0.6
/** How far, as a share of the column's width, the line's centre may stand from the column's. */
const OFF_CENTRE = 0.08

/** Whether a short line stands in the middle of its column, set in from the left by a fifth of it or more. */
export function isCentred(line: Line): boolean {
  const width = line.width ?? 0
  const length = line.text.length - line.indent
  if (width < MIN_WIDTH || length > MAX_SHARE * width || line.indent < 0.2 * width) return false
  return Math.abs(line.indent + length / 2 - width / 2) <= Math.max(4, OFF_CENTRE * width)
}

/**
 * A centred line that is a title: in capitals or in title case, no sentence's end, no page's number, no name alone
 * (a signature's `Anna Berg` under a letter is centred too), no wide spaces between words (a table's row).
 */
function isCentredTitle(line: Line | null | undefined): boolean {
  const text = line?.text.trim() ?? ''
  if (!/^\p{Lu}/u.test(text) || /[.,;:|!?]$/.test(text) || /\s{3,}/.test(text) || !isCentred(line!)) return false
  if (looksLikeName(text)) return false
  return isCapsLine(text) || isTitleCase(text)
}

function isBlank(line: Line | null | undefined): boolean {
  return line === null || line === undefined || (line.text.trim() === '' && !line.soft)
}

/**
 * A centred title at `i` standing over a blank line, or over one more centred title that does (`SCHEDULE` /
 * `Sunday March 24`): a table's cell centred in its column (`Cooperative Institute for` / `Research in …`) has the
 * next row under it, a label (`SEÑORES ASISTENTES:`) its colon.
 */
export function centredTitleAt(lines: ReadonlyArray<Line | null>, i: number): boolean {
  const line = lines[i]
  if (!isCentredTitle(line) || ORGANIZATION_WORDS.test(line!.text)) return false
  // Under a line at the margin (a table's last row): the title has a blank line under it.
  if (!isBlank(lines[i - 1]) && !isCentred(lines[i - 1]!)) return lines[i - 1]!.indent === 0 && isBlank(lines[i + 1])
  // Over another centred title, in another style (`SCHEDULE` in capitals over `Sunday March 24`): two titles, not one
  // wrapped (`RESPONSE TO A WRITTEN QUESTION OF SENATOR REED` / `FROM ALAN GREENSPAN`).
  const next = lines[i + 1]
  if (isBlank(next)) return true
  return isCentredTitle(next) && isBlank(lines[i + 2]) && isCapsLine(line!.text) !== isCapsLine(next!.text)
}

// A short line in capitals glued over the prose it heads (`MAIN FINDINGS` / `The workshop opened …`), as a PDF's
// heading comes out of pdftotext when its style leaves no blank line under it.
import { isCapsLine } from '../text/normalize.js'
import type { Line } from './plaintext-pages.js'

/** Most words a title in capitals takes. */
const MAX_WORDS = 8
/** Fewest words of the prose line under it. */
const PROSE_WORDS = 8

/**
 * Whether a line in capitals is a title glued over prose: short, no sentence's or label's end (`MR. REID.`,
 * `PRESENT:`), no columns, a word of three letters; the line under it a sentence's start in mixed case, eight words
 * or more (a meeting's title over its date line, `FINANCE COMMITTEE MEETING` / `March 3, 2025 at 4:00 PM`, is a
 * title block, read as before).
 */
export function isGluedCapsTitle(line: Line, next: Line | null | undefined): boolean {
  const text = line.text.trim()
  if (text.length > 60 || /[.,;:!?]$/.test(text) || /\s{3,}/.test(text) || !/\p{Lu}{3}/u.test(text) || !isCapsLine(text)) return false
  if (text.split(/\s+/).length > MAX_WORDS) return false
  const below = next?.text.trim() ?? ''
  return /^\p{Lu}\p{Ll}/u.test(below) && !isCapsLine(below) && below.split(/\s+/).length >= PROSE_WORDS
}

// A contents page inside a code block (a `<pre>` page converted as it was, an indented plain-text
// page): where in the block's lines it starts and ends, so the rest of the block stays body.
import { LEADERS, leadersOnly, parseEntry } from './contents-lines.js'

/** Lines after a contents heading that may pass before its first entry ("Page", a date, a rule). */
const BEFORE_FIRST = 12
/** Lines without a page that may stand between entries (a group's label, a title wrapped over lines). */
const BETWEEN = 2

/** A line as a contents heading reads: letter-spaced capitals closed up (`C O N T E N T S`), lowercase, no end colon. */
export function headingText(text: string): string {
  const trimmed = text.trim()
  const closed = /^(?:\S ){3,}\S$/u.test(trimmed) ? trimmed.replace(/ /g, '') : trimmed
  return closed.toLowerCase().replace(/[:.]$/, '')
}

/**
 * The lines of a code block that are its contents page: from its first entry (after a contents heading,
 * when the block has one) to its last, passing over blank lines and lines without a page that an entry
 * follows within two lines. Null when the block holds no contents page.
 */
export function contentsWindow<Line extends { text: string }>(lines: readonly Line[], names: readonly string[]): Line[] | null {
  const isEntry = (line: Line | undefined) =>
    line !== undefined && LEADERS.test(line.text) && (parseEntry(line.text) !== null || leadersOnly(line.text) !== null)
  const heading = lines.findIndex((line) => line.text.length <= 60 && names.includes(headingText(line.text)))
  let first = -1
  const from = heading >= 0 ? heading + 1 : 0
  const limit = heading >= 0 ? Math.min(lines.length, from + BEFORE_FIRST) : lines.length
  for (let i = from; i < limit && first < 0; i++) if (isEntry(lines[i])) first = i
  if (first < 0) return null
  // A title wrapped onto the first entry's line starts the page (not a column's heading set far right, `Page`).
  const indent = (line: Line) => line.text.search(/\S/)
  const entryIndent = indent(lines[first]!)
  while (first > from && lines[first - 1]!.text.trim() !== '' && !isEntry(lines[first - 1]) && indent(lines[first - 1]!) <= entryIndent + 4)
    first--
  let last = first
  for (let i = first; i < lines.length; i++) {
    if (lines[i]!.text.trim() === '') continue
    if (isEntry(lines[i])) {
      last = i
      continue
    }
    let ahead = 0
    let followed = false
    for (let j = i + 1; j < lines.length && ahead < BETWEEN && !followed; j++) {
      if (lines[j]!.text.trim() === '') continue
      ahead++
      followed = isEntry(lines[j])
    }
    if (!followed) break
  }
  return lines.slice(first, last + 1)
}

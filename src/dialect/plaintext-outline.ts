// Plain text laid out as an outline, as working groups and boards keep their minutes in `.txt` files: an item's
// line at the margin and its body right under it, indented by spaces, with no blank line between them
// (`Service binding …, draft-ietf-dnsop-svcb-https` / `        Ben Schwartz` / `        Benno: Are you …`).
// The line at the margin heads the body; in the body, one remark a line, each line that opens with a speaker's
// label (`Benno: …`, `dkg: …`) is a remark of its own, and the lines set in under it go on with it.
import type { HeadingMark } from './plaintext-headings.js'
import type { Line } from './plaintext-pages.js'
import { parseLabel } from '../text/labels.js'
import { readOpening } from '../text/turns.js'

/** Fewest margin lines over an indented body that make the text an outline. */
const MIN_ITEMS = 3
/** Fewest spaces a body stands in from the line that heads it. */
const BODY_STEP = 2
/** Characters an item's line takes at most (a wrapped line of prose is longer). */
const ITEM_LINE = 100

function isBlank(line: Line | null | undefined): boolean {
  return line === null || line === undefined || line.text.trim() === ''
}

/**
 * A line that heads the indented lines right under it: after a blank line (or the text's start), short, no sentence's
 * end, and the next line set in by two spaces or more and not going on with a sentence (no lowercase start).
 */
function headsBody(lines: ReadonlyArray<Line | null>, i: number): boolean {
  const [before, line, next] = [lines[i - 1], lines[i], lines[i + 1]]
  if (!line || !next || line.soft || next.soft || isBlank(line) || isBlank(next) || (i > 0 && !isBlank(before))) return false
  if (line.offset !== 0 || next.offset !== 0 || next.indent < line.indent + BODY_STEP) return false
  const text = line.text.trim()
  // A label over its list (`External attendees:` / `    Martin Koci`) heads no item.
  if (text.length > ITEM_LINE || /[.;:!?,-]$/.test(text)) return false
  // Under a line of a few words (`Nick Sullivan: interim reportback`) the notes may open in lowercase; under a longer one,
  // a line in lowercase goes on with its sentence (a paragraph's hanging indent).
  return text.split(/\s+/).length <= ITEM_WORDS || !/^\p{Ll}/u.test(next.text.trimStart())
}

/** Words of an item's line under which the body may open in lowercase. */
const ITEM_WORDS = 6

/**
 * The item lines of an outline text, by index, as headings of one level; none unless the text is written so: a series
 * of them, and most blocks that start at the margin are items (a page's layout sets lines in here and there).
 */
export function outlineHeadings(lines: ReadonlyArray<Line | null>, taken: ReadonlySet<number>): Map<number, HeadingMark> {
  const found = new Map<number, HeadingMark>()
  let blocks = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (isBlank(line) || !isBlank(lines[i - 1]) || line!.indent > 0 || line!.offset > 0) continue
    blocks++
    if (!taken.has(i) && headsBody(lines, i)) found.set(i, { depth: 1, lines: 1, runIn: null, number: null, title: null })
  }
  return found.size >= MIN_ITEMS && found.size >= blocks * ITEM_SHARE ? found : new Map()
}

/** The share of the blocks at the margin that must be items. */
const ITEM_SHARE = 0.5

/** The speaker's label a line opens with (`Benno: Are you …`, `dkg: please …`), as a key; null when none. */
export function remarkLabel(text: string): string | null {
  const first = text.charAt(0)
  // Every body line is read: most open with no letter a label takes, or with no colon soon after.
  if (!/[\p{L}@]/u.test(first) || !text.slice(0, 40).includes(':')) return null
  const opening = readOpening(text)
  if (opening?.form !== 'colon' || opening.end >= text.length || opening.label.split(/\s+/).length > 4) return null
  const parts = parseLabel(opening.label, 'colon')
  return parts !== null && (parts.kind === 'person' || parts.kind === 'nick') ? opening.label.toLowerCase() : null
}

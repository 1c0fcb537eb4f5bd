// A talk's heading in plain text, as a report of a workshop prints its summaries: the talk's title, then its
// giver after a comma or a full stop, on a line or two of its own (`A Theory of Software Change, Ayushi Rastogi`,
// `Investigating Bias in Code Review using Medical Imaging and` / `Eye-Tracking. Yu Huang`). A word processor's
// heading style is lost in pdftotext's text; what is left is the shape, and the series: one such line alone is
// as often a sentence's end, three make the document's way of heading its talks.
import type { HeadingMark } from './plaintext-headings.js'
import type { Line } from './plaintext-pages.js'
import { alternation, lexicon } from '../lexicon/index.js'
import { looksLikeName } from '../text/names.js'
import { speakerLineParts } from '../text/speaker-line.js'

/** Fewest talk lines that make them the document's headings. */
const MIN_TALKS = 3
/** Most words a talk's title and its giver take. */
const MAX_WORDS = 30

// The giver: two or three words in capitals after the title's comma, full stop or question mark, at the line's end.
const GIVER = /\S[,.?]\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u

function isBlank(line: Line | null | undefined): boolean {
  return line === null || line === undefined || line.text.trim() === ''
}

/** A talk's title and giver over `count` lines from `i`: after a blank line, the last line short of its column. */
function talkAt(lines: ReadonlyArray<Line | null>, i: number, count: number): boolean {
  const taken = lines.slice(i, i + count)
  if (taken.length < count || taken.some((line) => isBlank(line) || line!.soft)) return false
  const text = taken.map((line) => line!.text.trim()).join(' ')
  const words = text.split(/\s+/).length
  if (words > MAX_WORDS || words < 5 || !/^[\p{Lu}\d"“]/u.test(text) || !GIVER.test(text)) return false
  // A sentence's line runs to its column's end; a heading's last line stops short of it, or a blank line follows.
  const last = taken.at(-1)!
  if (!isBlank(lines[i + count]) && last.text.length >= 0.85 * (last.width ?? 0)) return false
  // The title is more than a name (`John Dickinson, Bright House Networks` lists a participant), and prose follows.
  const giver = GIVER.exec(text)!
  return (
    text.slice(0, giver.index + 1).split(/\s+/).length >= 3 &&
    opensProse(isBlank(lines[i + count]) ? lines[i + count + 1] : lines[i + count])
  )
}

/** A line of prose: eight words or more, or most of its column's width. */
function opensProse(line: Line | null | undefined): boolean {
  const text = line?.text.trim() ?? ''
  return text.split(/\s+/).length >= 8 || text.length >= 0.6 * (line?.width ?? Number.POSITIVE_INFINITY)
}

/** A part's title: a few words opening with a capital, no punctuation. */
function isPartTitle(line: Line): boolean {
  const text = line.text.trim()
  return text.split(/\s+/).length <= 4 && /^\p{Lu}[\p{L}\s&-]*$/u.test(text)
}

/** The talk headings of a text, by their first line's index, when it has a series of them. */
export function talkHeadings(lines: ReadonlyArray<Line | null>, taken: ReadonlySet<number>): Map<number, HeadingMark> {
  const found = new Map<number, HeadingMark>()
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i) || !isBlank(lines[i - 1]) || isBlank(lines[i])) continue
    const count = talkAt(lines, i, 1) ? 1 : !taken.has(i + 1) && talkAt(lines, i, 2) ? 2 : 0
    if (count === 0) continue
    // A part's title right over its first talk (`Keynote Summary` / `Diversity and Divide, Biao Xiang`): a heading of its own.
    if (count === 2 && isPartTitle(lines[i]!) && GIVER.test(lines[i + 1]!.text.trim())) {
      found.set(i, { depth: 1, lines: 1, runIn: null, number: null, title: null })
      found.set(i + 1, { depth: 2, lines: 1, runIn: null, number: null, title: null })
    } else found.set(i, { depth: 2, lines: count, runIn: null, number: null, title: null })
    i += count - 1
  }
  if (found.size < MIN_TALKS) return new Map()
  // A part's title alone over a talk (`Talk Summary`, a blank line, the first talk) heads the part.
  for (const index of [...found.keys()]) {
    const title = index - 2
    if (title >= 0 && isBlank(lines[index - 1]) && !isBlank(lines[title]) && isBlank(lines[title - 1]) && isPartTitle(lines[title]!))
      found.set(title, { depth: 1, lines: 1, runIn: null, number: null, title: null })
  }
  return found
}

/**
 * A talk's speaker line under its title, as seminar reports print their talks' abstracts: the title on a line or
 * two after a blank line, then on a line of its own who gave it and where from (`Sam Lindley, The University of
 * Edinburgh`, `Anna Berg (Nordic Institute – Oslo, NO)`, `William J. Bowman & Paulette Koronkevich, University of
 * British Columbia`), then the abstract. The speaker line is a paragraph of its own, never joined to the title or
 * the abstract; a title not already a heading becomes one. Three make the document's way; a list of names
 * (`Organizers:` over one name line after another) is none.
 */
export function speakerLineTalks(
  lines: ReadonlyArray<Line | null>,
  headed: ReadonlyMap<number, HeadingMark>,
  excluded: ReadonlySet<number>,
): { headings: Map<number, HeadingMark>; speakerLines: Set<number> } {
  const headings = new Map<number, HeadingMark>()
  const speakerLines = new Set<number>()
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]
    // A cheap test first: a speaker line has a comma or a parenthesis and opens with a capital.
    if (isBlank(line) || line!.soft || excluded.has(i) || !/^\s*\p{Lu}/u.test(line!.text) || !/[,(]/.test(line!.text)) continue
    if (!isSpeakerLine(line!.text.trim()) || isSpeakerLine(lines[i + 1]?.text.trim() ?? '')) continue
    const title = titleAbove(lines, i, headed)
    if (title === null || !opensAbstract(lines, i + 1)) continue
    speakerLines.add(i)
    const mark = headed.get(title.start)
    if (!mark) headings.set(title.start, { depth: 2, lines: title.count, runIn: null, number: null, title: null })
    else if (mark.lines !== title.count) headings.set(title.start, { ...mark, lines: title.count })
  }
  if (speakerLines.size < MIN_TALKS) return { headings: new Map(), speakerLines: new Set() }
  return { headings, speakerLines }
}

const ABSTRACT_LABEL = new RegExp(`^(?:${alternation(lexicon.abstractLabels)}) ?[:：]`, 'iu')

/** Most characters a title's line takes. */
const MAX_LINE = 140
/** Most lines a talk's title wraps over. */
const MAX_TITLE_LINES = 3

function isSpeakerLine(text: string): boolean {
  return speakerLineParts(text) !== null
}

/** The title over a speaker line at `i`: its first line and how many, after a blank line (or a heading already). */
function titleAbove(
  lines: ReadonlyArray<Line | null>,
  i: number,
  taken: ReadonlyMap<number, HeadingMark>,
): { start: number; count: number } | null {
  for (let count = 1; count <= MAX_TITLE_LINES; count++) {
    const start = i - count
    const line = lines[start]
    if (isBlank(line) || line!.soft || line!.text.trim().length > MAX_LINE || isSpeakerLine(line!.text.trim())) return null
    if (taken.has(start)) return { start, count }
    const opens = isBlank(lines[start - 1]) || taken.has(start - 1)
    if (opens && /^\s*[\p{Lu}\d"“‘]/u.test(line!.text) && !/[.;,]$/.test(lines[i - 1]!.text)) return { start, count }
  }
  return null
}

/**
 * The abstract under a speaker line: prose within the next three lines, after a blank line (a line such as a licence's
 * may come first). Text without blank lines (`pdftotext -raw`) sets its titles and bylines apart by nothing: none is read.
 */
function opensAbstract(lines: ReadonlyArray<Line | null>, i: number): boolean {
  // A programme labels the abstract right under the speaker line (`Abstract: To be announced`), whatever its length.
  if (ABSTRACT_LABEL.test(lines[i]?.text.trimStart() ?? '')) return true
  let blank = false
  for (let k = i; k < i + 4; k++) {
    if (lines[k] === null || lines[k] === undefined) return false
    if (lines[k]!.text.trim() === '') blank = true
    else if (blank && opensProse(lines[k])) return true
  }
  return false
}

// `Speaker: Title`, as a programme or a seminar report heads each abstract: a name, a colon, the talk's title.
const NAMED_TITLE = /^([^:]{3,60}):\s+(\S.*)$/u
const SMALL_WORDS = new Set(lexicon.smallWords)
/** Share of a title's words (small words aside) that open with a capital, a figure or a sign. */
const TITLE_CASE_SHARE = 0.75

/** Whether a title is written in title case and no sentence (`Proof Systems for MaxSAT`, not `We will talk.`). */
export function isTitleCase(title: string): boolean {
  if (/[.;,:]$/.test(title)) return false
  const words = title.split(/\s+/).filter((word) => !SMALL_WORDS.has(word))
  if (words.length < 2) return false
  return words.filter((word) => !/^\p{Ll}/u.test(word)).length >= TITLE_CASE_SHARE * words.length
}

/** Lines a `Speaker: Title` heading at `i` takes (its title wrapped once when its first line fills the column), or 0. */
function namedTitleAt(lines: ReadonlyArray<Line | null>, i: number): number {
  const line = lines[i]
  const parts = NAMED_TITLE.exec(line!.text.trim())
  if (!parts || !looksLikeName(parts[1]!)) return 0
  // A heading's font is larger than the text's: its first line fills the column with fewer characters.
  const width = line!.width ?? Number.POSITIVE_INFINITY
  const next = lines[i + 1]
  const wraps = line!.text.length >= 0.6 * width && !isBlank(next) && !next!.soft && next!.text.trim().length < 0.5 * width
  const title = wraps ? `${parts[2]!.replace(/-$/, '')} ${next!.text.trim()}` : parts[2]!
  if (title.split(/\s+/).length > MAX_WORDS || !isTitleCase(title)) return 0
  return wraps ? 2 : line!.text.length >= 0.85 * width ? 0 : 1
}

/**
 * `Speaker: Title` lines heading the abstracts under them (`Ilario Bonacina: Proof Systems for MaxSAT`, the abstract
 * on the next line): talk headings where three open prose. A turn (`Anna Berg: Thank you all.`) is a sentence, no
 * title; a label (`Action Items: …`) names no person. A heading with no abstract under it is one of the series.
 */
export function namedTalkHeadings(lines: ReadonlyArray<Line | null>, taken: ReadonlySet<number>): Map<number, HeadingMark> {
  const found = new Map<number, HeadingMark>()
  let prose = 0
  let after = -1
  for (let i = 0; i < lines.length; i++) {
    // A cheap test first: a colon, a capital first, a blank line or another such heading above.
    const line = lines[i]
    if (taken.has(i) || isBlank(line) || line!.soft || !line!.text.includes(':') || !/^\s*\p{Lu}/u.test(line!.text)) continue
    if (!isBlank(lines[i - 1]) && after !== i) continue
    const count = namedTitleAt(lines, i)
    if (count === 0) continue
    found.set(i, { depth: 2, lines: count, runIn: null, number: null, title: null })
    const below = isBlank(lines[i + count]) ? lines[i + count + 1] : lines[i + count]
    if (opensProse(below)) prose++
    after = i + count
    i += count - 1
  }
  return prose >= MIN_TALKS ? found : new Map()
}

// The place a report's title block prints on a line of its own beside the meeting's date line, as covers and
// minutes' headers set it: "Meeting held on January 10, 2000" over "Reno, NV"; "Held on 24–25 March 2025" over
// "School of Public Health, White City Campus, Imperial College London"; "Department of Mathematics, University of
// Pavia" over "September 14 – 17, 2026".
import { lexicon, wholeWords } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, paragraphLines } from '../parse/text.js'
import { findDay } from '../text/dates.js'
import { looksLikeName } from '../text/names.js'
import { collapseSpace, countWords } from '../text/normalize.js'

/** The lines at the top of a report where a title block's date line is looked for. */
const TOP_LINES = 30
/** A date line of more words than this is a sentence; so is a place line of more words than its bound. */
const DATE_LINE_WORDS = 8
const PLACE_LINE_WORDS = 10
/** The last part of a place after a comma ("Reno, NV", "…, Imperial College London") has this many words at most. */
const LAST_PART_WORDS = 4
/** Lines after a paragraph's first where the date line it starts with may be. */
const PARAGRAPH_REACH = 3

const spaced = (words: readonly string[]) => words.filter((word) => !/\p{Script=Han}/u.test(word))
const VENUE_WORD = new RegExp(wholeWords(lexicon.venueWords), 'iu')
// A kind of meeting or of document names the meeting or the record, not where it met ("Book of Abstracts, Volume 2").
const NOT_PLACE = new RegExp(wholeWords(spaced([...lexicon.meetingWords, ...lexicon.documentTypes])), 'iu')
const JOINING = new Set([...lexicon.nameConnectors, ...lexicon.smallWords, ...lexicon.documentOfWords].map((word) => word.toLowerCase()))

interface TopLine {
  text: string
  line: number
}

/** The place on the line after the title block's date line, or before it; null when neither line names one. */
export function placeBesideDate(flow: readonly FlowEntry[], dateLine: number | null): string | null {
  const lines = topLines(flow)
  // The event's line is its paragraph's first: the date line is one of the few lines of that paragraph.
  const near = (line: number) => dateLine === null || (line >= dateLine && line <= dateLine + PARAGRAPH_REACH)
  const at = lines.findIndex((line) => isDateLine(line.text) && near(line.line))
  if (at < 0) return null
  for (const beside of [lines[at + 1], lines[at - 1]]) {
    if (beside !== undefined && isPlaceLine(beside.text)) return collapseSpace(beside.text)
  }
  return null
}

/** The first lines of the report's paragraphs and headings, each line once, in order. */
function topLines(flow: readonly FlowEntry[]): TopLine[] {
  const lines: TopLine[] = []
  for (const entry of flow) {
    if (lines.length >= TOP_LINES) break
    if (entry.node.type === 'heading') lines.push({ text: flatText(entry.node), line: entry.line })
    else if (entry.node.type === 'paragraph' && entry.item === null) lines.push(...paragraphLines(entry.node))
  }
  return lines.slice(0, TOP_LINES)
}

/** A short line that gives a day (`Meeting held on January 10, 2000`, `September 14 – 17, 2026`) and no sentence. */
function isDateLine(text: string): boolean {
  return countWords(text, DATE_LINE_WORDS + 1) <= DATE_LINE_WORDS && findDay(text) !== null && !/[.!?:;]\s*$/u.test(text)
}

/**
 * A line that is a place: capitalised parts joined by commas (`Reno, NV`), its last part a few words, or a venue's
 * word; no day, year, parenthesis or sentence's end, no kind of meeting or document, and not a list of people's names.
 */
function isPlaceLine(printed: string): boolean {
  const text = collapseSpace(printed)
  if (countWords(text, PLACE_LINE_WORDS + 1) > PLACE_LINE_WORDS || !/^\p{Lu}/u.test(text)) return false
  if (/[()[\]!?:;]|\.$|(?<!\d)\d{4}(?!\d)/u.test(text) || findDay(text) !== null || NOT_PLACE.test(text)) return false
  const parts = text.split(', ')
  const named = parts.every((part) => part.split(' ').every((word) => /^[\p{Lu}\d]/u.test(word) || JOINING.has(word.toLowerCase())))
  // "Brett Iversen, Satya Nadella, Amy Hood": a list of people under a title is who spoke, not where.
  if (parts.length >= 2 && parts.every(looksLikeName)) return false
  const last = parts.at(-1)!
  return named && (parts.length >= 2 ? countWords(last, LAST_PART_WORDS + 1) <= LAST_PART_WORDS : VENUE_WORD.test(text))
}

// Court-reporter and hearing transcripts in plain text: a line number in the margin of every line (1–25
// or 1–28 a page), double spacing, a docket stamp or a bare page number over each page. The layout is
// recognised from the text (most lines open with a margin number that counts up and starts again at 1),
// never from a file name. The margin is stripped, the page furniture dropped, and the lines are joined
// into paragraphs: one opens at a line set in deeper than the body or after an empty numbered line, and
// runs on over a page's end, as a speaker's turn does. Headings are the transcript's own
// (`P R O C E E D I N G S`, `APPEARANCES:`, `CROSS-EXAMINATION`); the cover says who the judge and
// counsel are (transcript-cover.ts).
import type { Code, Heading, Paragraph, RootContent } from 'mdast'
import { lexicon } from '../lexicon/index.js'
import { collapseSpace, countWords, isAllCaps } from '../text/normalize.js'
import { isSpace } from '../text/scan.js'
import { joinLines } from './plaintext-blocks.js'
import { edgeNumber, trimEnd } from './plaintext-pages.js'
import type { PageStart } from './types.js'

/** Most lines a transcript page numbers in its margin. */
const MAX_MARGIN = 28
/** Most spaces before a margin number. */
const MAX_MARGIN_INDENT = 8
/** Columns past the body's a line is set in to open a paragraph (a turn, a parenthetical). */
const DEEP = 4

/** A line of a transcript with its margin stripped. */
export interface TranscriptLine {
  /** Line in the input, from 1. */
  number: number
  /** Column (0-based) of the text's first character in the input line. */
  column: number
  /** The text, trimmed; runs of spaces inside kept (they separate a cover's columns). */
  text: string
  /** Columns past the body's column (0 for a body line or one set further left). */
  indent: number
  /** An empty numbered line (or the text's start) comes before it since the last line of text. */
  blankBefore: boolean
}

interface Margin {
  value: number
  /** Where the number ends. */
  end: number
}

/** The margin number opening a row: up to eight spaces, one or two digits, then a space or the row's end. */
function marginOf(row: string): Margin | null {
  let i = 0
  while (i < row.length && i <= MAX_MARGIN_INDENT && isSpace(row[i]!)) i++
  const start = i
  while (i < row.length && i - start < 3 && row[i]! >= '0' && row[i]! <= '9') i++
  if (i === start || i - start > 2 || (i < row.length && !isSpace(row[i]!))) return null
  const value = Number(row.slice(start, i))
  return value >= 1 && value <= MAX_MARGIN ? { value, end: i } : null
}

type Row = { kind: 'blank' } | { kind: 'margin'; margin: Margin } | { kind: 'other' }

/** Each row's kind: a margin number in sequence (the next one, or 1 where a page starts), or not. */
function rowsOf(rows: readonly string[]): { kinds: Row[]; reached: number } {
  const kinds: Row[] = []
  let expected = 1
  let reached = 0
  for (const row of rows) {
    if (row.trim() === '') {
      kinds.push({ kind: 'blank' })
      continue
    }
    const margin = marginOf(row)
    if (margin && (margin.value === expected || margin.value === 1)) {
      kinds.push({ kind: 'margin', margin })
      expected = margin.value + 1
      reached = Math.max(reached, margin.value)
    } else kinds.push({ kind: 'other' })
  }
  return { kinds, reached }
}

function rowsOfText(text: string): string[] {
  return text.split('\n').map((row) => (row.includes('\f') ? row.replaceAll('\f', ' ') : row))
}

/** True when most lines of text open with a margin number that counts up (1, 2, 3 … and 1 again). */
export function isTranscriptLayout(text: string): boolean {
  const { kinds, reached } = rowsOf(rowsOfText(text))
  const content = kinds.filter((row) => row.kind !== 'blank').length
  const margins = kinds.filter((row) => row.kind === 'margin').length
  return reached >= 10 && margins >= 10 && margins >= content * 0.6
}

/** The transcript's lines without margin and page furniture, and where its printed pages begin. */
export function transcriptLines(text: string): { lines: TranscriptLine[]; pages: PageStart[] } {
  const rows = rowsOfText(text)
  const { kinds } = rowsOf(rows)
  const furniture = furnitureOf(rows, kinds)
  const body = bodyColumn(rows, kinds)
  const lines: TranscriptLine[] = []
  const pages: PageStart[] = []
  let blank = true
  // The page furniture since the last numbered line: where it starts, and the page number it prints.
  let furnitureLine: number | null = null
  let printed: number | null = null
  rows.forEach((row, index) => {
    const kind = kinds[index]!
    if (kind.kind === 'blank') return
    const bare = /^\d{1,4}$/.exec(row.trim())
    if (kind.kind === 'other' && (furniture.has(index) || bare)) {
      furnitureLine ??= index + 1
      // A bare number is the transcript's page; a stamp's `Page 5` or last number is, when nothing better is printed.
      const number = bare ? bare[0] : printed === null ? (/\bPage (\d{1,5})\b/i.exec(row)?.[1] ?? edgeNumber(row.trim())) : null
      if (number !== null) printed = Number(number)
      return
    }
    if (kind.kind === 'margin') {
      if (kind.margin.value === 1 && furnitureLine !== null && printed !== null) pages.push({ line: furnitureLine, page: printed })
      furnitureLine = null
      printed = null
    }
    const from = kind.kind === 'margin' ? kind.margin.end : 0
    let column = from
    while (column < row.length && isSpace(row[column]!)) column++
    const rest = trimEnd(row.slice(column))
    if (rest === '') {
      blank = true
      return
    }
    lines.push({ number: index + 1, column, text: rest, indent: Math.max(0, column - body), blankBefore: blank })
    blank = false
  })
  return { lines, pages }
}

/**
 * Unnumbered lines that repeat over the pages (a docket stamp such as `Case 2:13-cv-… Document 957 Filed
 * 09/24/15 Page 5 of 57 PageID #: 60457   5`, a running title): page furniture, not text.
 */
function furnitureOf(rows: readonly string[], kinds: readonly Row[]): Set<number> {
  const pages = kinds.filter((row) => row.kind === 'margin' && row.margin.value === 1).length
  const byShape = new Map<string, number[]>()
  kinds.forEach((kind, index) => {
    if (kind.kind !== 'other') return
    const lineShape = stampShape(rows[index]!)
    byShape.set(lineShape, [...(byShape.get(lineShape) ?? []), index])
  })
  const found = new Set<number>()
  for (const indices of byShape.values()) if (indices.length >= Math.max(3, pages * 0.3)) for (const index of indices) found.add(index)
  return found
}

/** A line's shape with every number alike and the page numbers at its end dropped: one shape for every page's stamp. */
function stampShape(row: string): string {
  let text = collapseSpace(row.replace(/\d+/g, '#'))
  while (text.endsWith(' #')) text = text.slice(0, -2)
  return text
}

/**
 * The body's column: the leftmost one that a tenth of the numbered lines start in (where testimony
 * fills the pages, more lines start at `Q.` and `A.`, set in from the body, than at the body's column).
 */
function bodyColumn(rows: readonly string[], kinds: readonly Row[]): number {
  const counts = new Map<number, number>()
  let total = 0
  kinds.forEach((kind, index) => {
    if (kind.kind !== 'margin') return
    const row = rows[index]!
    let column = kind.margin.end
    while (column < row.length && isSpace(row[column]!)) column++
    if (column < row.length) {
      counts.set(column, (counts.get(column) ?? 0) + 1)
      total++
    }
  })
  const frequent = [...counts].filter(([, count]) => count >= total * 0.1).map(([column]) => column)
  return frequent.length > 0 ? Math.min(...frequent) : 0
}

const HEADINGS = new Set(lexicon.transcriptHeadings)

/** A transcript heading's key: lowercase, colon and letter-spacing aside (`P R O C E E D I N G S:` → `proceedings`). */
export function headingKey(text: string): string {
  const words = collapseSpace(text.replace(/:$/, '')).split(' ')
  const spaced = words.length >= 4 && words.every((word) => word.length === 1)
  return (spaced ? words.join('') : words.join(' ')).toLowerCase()
}

/** Whether a line is one of the transcript's headings. */
export function isTranscriptHeading(text: string): boolean {
  return HEADINGS.has(headingKey(text))
}

/** A cover's title: a line in capitals naming the transcript (`TRANSCRIPT OF JURY TRIAL`, `REPORTER'S TRANSCRIPT`). */
function isCoverTitle(text: string): boolean {
  return isAllCaps(text) && !/ {3}/.test(text) && /\bTRANSCRIPT\b/.test(text) && countWords(text, 12) <= 12
}

function isHeadingLine(text: string): boolean {
  return isTranscriptHeading(text) || isCoverTitle(text)
}

/** A line that opens a turn whatever its indent: `Q.`, `A.`, a label in capitals and a colon (`THE COURT:`). */
const TURN_START = /^(?:[QA][.:](?:\s|$)|\p{Lu}[\p{Lu}.'’ -]{1,40}:(?:\s|$))/u

/** Whether a line that follows `previous` goes on with its paragraph. */
function continues(previous: TranscriptLine, line: TranscriptLine): boolean {
  if (line.blankBefore || TURN_START.test(line.text)) return false
  // A parenthetical set in on its line (`(Witness sworn.)`, `(Recess.)`) is a paragraph of its own.
  if (previous.indent >= DEEP && /^\(.*\)\.?$/.test(previous.text)) return false
  if (line.indent < DEEP) return true
  // Lines set in alike one under another (a stacked cover block) stay together until a sentence ends.
  return previous.indent >= DEEP && !/[.!?:)\-—"”]$/.test(previous.text)
}

/** Lines a cover may take before the transcript's first heading other than its appearances. */
const MAX_COVER_LINES = 400

/**
 * Where the cover ends: the first heading of the transcript's body (`P R O C E E D I N G S`), when one
 * comes early; 0 when none does.
 */
function coverEnd(lines: readonly TranscriptLine[]): number {
  const end = lines.findIndex((line, i) => i < MAX_COVER_LINES && isTranscriptHeading(line.text) && headingKey(line.text) !== 'appearances')
  return Math.max(0, end)
}

/**
 * The transcript's blocks with positions in the input: the cover (caption, appearances) as preformatted
 * text, its columns kept, under an `APPEARANCES` heading where it has one; then headings and paragraphs.
 */
export function transcriptBlocks(lines: readonly TranscriptLine[]): RootContent[] {
  const out: RootContent[] = []
  const cover = coverEnd(lines)
  let run: TranscriptLine[] = []
  const end = (preformatted: boolean) => {
    if (run.length === 0) return
    const heading = run.length === 1 && isHeadingLine(run[0]!.text)
    out.push(preformatted ? codeOf(run) : heading ? headingOf(run[0]!) : paragraphOf(run))
    run = []
  }
  lines.forEach((line, i) => {
    const previous = i > 0 ? lines[i - 1]! : null
    const inCover = i < cover
    if (i === cover && cover > 0) end(true)
    else if (run.length > 0 && previous && !inCover && !continues(previous, line)) end(false)
    // A heading stands on its line, whatever follows; so does the cover's title (`TRANSCRIPT OF JURY TRIAL`).
    if (isTranscriptHeading(line.text) || (inCover && isCoverTitle(line.text))) {
      end(inCover)
      run.push(line)
      end(false)
      return
    }
    run.push(line)
  })
  end(false)
  return out
}

function positionOf(first: TranscriptLine, last: TranscriptLine) {
  return { start: { line: first.number, column: first.column + 1 }, end: { line: last.number, column: last.column + last.text.length + 1 } }
}

function headingOf(line: TranscriptLine): Heading {
  const position = positionOf(line, line)
  const value = collapseSpace(line.text.replace(/:$/, ''))
  return { type: 'heading', depth: 1, children: [{ type: 'text', value, position }], position }
}

function codeOf(run: readonly TranscriptLine[]): Code {
  const indent = Math.min(...run.map((line) => line.indent))
  const value = run.map((line) => ' '.repeat(line.indent - indent) + line.text).join('\n')
  return { type: 'code', lang: null, meta: null, value, position: positionOf(run[0]!, run.at(-1)!) }
}

function paragraphOf(run: readonly TranscriptLine[]): Paragraph {
  const position = positionOf(run[0]!, run.at(-1)!)
  const value = joinLines(run.map((line) => collapseSpace(line.text)))
  return { type: 'paragraph', children: [{ type: 'text', value, position }], position }
}

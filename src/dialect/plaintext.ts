// Plain text (pdftotext -layout and -raw, RFC-style reports, parliamentary records) read as plain text:
// pages split at form feeds or page footers, running headers and footers dropped (their printed page
// numbers kept), two-column pages separated, hard-wrapped lines joined into paragraphs, and headings
// and lists read from their numbers, bullets and layout. Builds the mdast tree directly, with positions
// in the original text.
import type { Root } from 'mdast'
import { joinSmallCaps } from '../text/normalize.js'
import { blocksOf } from './plaintext-blocks.js'
import { separateColumns } from './plaintext-columns.js'
import { dropRunning, type Line, splitPages } from './plaintext-pages.js'
import { readRecordHeader } from './record-header.js'
import { readTranscriptCover, type TranscriptCover } from './transcript-cover.js'
import { isTranscriptLayout, transcriptBlocks, transcriptLines } from './transcript.js'
import type { PageStart } from './types.js'

// Marks only Markdown makes (numbered and bulleted lines are common in plain text too): among them raw HTML,
// a line opening with a block element's tag at any indent (`    <p class='phone'>`, as HTML pasted into a
// Markdown file is indented), which a page layout never prints.
const MARKDOWN_SIGNS = /^(?:#{1,6} |\s{0,3}>|```|~~~|\s{0,3}\|.*\||.*\*\*\S|.*\]\(|.*<!--|<\w+[ >])/
const HTML_LINE = /^[ \t]*<\/?(?:h[1-6]|p|div|[ou]l|li|d[ldt]|t[dhr]|table)[ >]/

const TEXT_FILE = /\.txt$/i

/** True when a text carries no Markdown but the marks of a page layout (form feeds, deep indents). */
export function isPlainText(text: string, path = ''): boolean {
  const lines = text.split('\n')
  // Markdown's marks on more than 2% of the lines settle it, usually within a page: a blank line bears
  // none, so counting against all the lines first decides most texts before the blank ones are counted.
  // A `.txt` file says it is plain text: what it quotes or pastes (`> ` e-mail quotes, `**` in a report) is
  // Markdown's only on a tenth of its lines.
  const share = TEXT_FILE.test(path) ? 0.1 : 0.02
  let markdown = 0
  for (let i = 0; i < lines.length; i++)
    if (isMarkdownLine(lines[i]!) && !underlines(lines, i) && ++markdown > lines.length * share) return false
  const content = lines.filter((line) => line.trim() !== '')
  if (content.length === 0) return false
  if (markdown > content.length * share) return false
  if (text.includes('\f') || TEXT_FILE.test(path) || isTranscriptLayout(text)) return true
  // Layout text: many lines indented by three spaces or more, which CommonMark would read as code.
  // (Indented list items are Markdown's nesting, not a page layout.)
  return content.filter((line) => /^ {3,}\S/.test(line) && !/^\s*(?:[-*+]|\d+[.)])\s/.test(line)).length > content.length * 0.2
}

const isMarkdownLine = (line: string) => MARKDOWN_SIGNS.test(line) || HTML_LINE.test(line)

/** A row of tildes right under a line of text underlines it, as reStructuredText marks a heading: no code fence. */
function underlines(lines: readonly string[], i: number): boolean {
  return /^~{3,}\s*$/.test(lines[i]!) && /\S/.test(lines[i - 1] ?? '') && !/^\s*~{3}/.test(lines[i - 1]!)
}

/** Plain text read into an mdast tree, with positions in the input, and where its printed pages begin. */
export function readPlainText(text: string): {
  tree: Root
  pages: PageStart[]
  transcript: TranscriptCover | null
  /** The running headers and footers dropped, each once. */
  running: string[]
} {
  // A court-reporter transcript (numbered margins) has a layout of its own.
  if (isTranscriptLayout(text)) {
    const { lines, pages } = transcriptLines(text)
    return { tree: { type: 'root', children: transcriptBlocks(lines) }, pages, transcript: readTranscriptCover(lines), running: [] }
  }
  const { pages, starts, running } = dropRunning(splitPages(text))
  const lines: Array<Line | null> = []
  for (const page of pages) {
    const separated = separateColumns(page.lines).map(mendSmallCaps)
    setWidths(separated)
    lines.push(...separated, null)
  }
  return { tree: { type: 'root', children: blocksOf(lines) }, pages: starts, transcript: readRecordHeader(text), running }
}

/** Characters a line in small capitals (a heading) takes at most. */
const SMALL_CAPS_LINE = 120

/** A heading's line in small capitals, its words mended (the input's columns are kept for its start). */
function mendSmallCaps(line: Line): Line {
  if (line.text.length - line.indent > SMALL_CAPS_LINE) return line
  const text = joinSmallCaps(line.text.slice(line.indent))
  return text === line.text.slice(line.indent) ? line : { ...line, text: line.text.slice(0, line.indent) + text }
}

/** Each line's column width on its page: where four lines in five of that column end at most. */
function setWidths(lines: Line[]): void {
  const byOffset = new Map<number, number[]>()
  for (const line of lines) {
    if (line.text.trim() === '') continue
    const lengths = byOffset.get(line.offset)
    if (lengths) lengths.push(line.text.length)
    else byOffset.set(line.offset, [line.text.length])
  }
  const widths = new Map(
    [...byOffset].map(([offset, lengths]) => [offset, [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length * 0.8)] ?? 0]),
  )
  for (const line of lines) line.width = widths.get(line.offset) ?? 0
}

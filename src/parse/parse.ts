// Parse Markdown into an mdast tree with positions. Container nesting is bounded first (nesting.ts) and
// emphasis pairing is bounded while parsing (attention.ts), so pathological input parses in time
// proportional to its size. Two processors, made once: CommonMark, and CommonMark with GFM tables
// (contents pages converted by docling are tables), used only for a text with a line that looks like a
// table row, since the table syntax costs every paragraph a check. micromark's cost per byte grows with
// the length of a document (closing its containers rescans what came before), so a long document is
// parsed in parts split where a whole-file parse would start a new top-level block anyway, and the
// parts' positions are shifted back to the whole file. The same cuts keep the table syntax to where a
// table can be: a part with no `|`, `:-` or `-:` can hold none, and parses the same without it (a
// contents table is near the start, so a short text with one is cut after the last such mark).
import { gridTablesFromMarkdown } from '@adobe/mdast-util-gridtables/src/from-markdown.js'
import { gridTables } from '@adobe/micromark-extension-gridtables'
import type { Nodes, Root } from 'mdast'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { defineStage, reporterOf, vfileSink } from '../stage.js'
import { boundedAttention, MAX_ATTENTION_MARKERS } from './attention.js'
import { placeGridTables, GRID_BORDER } from './grid.js'
import { mayHoldMultilineTable, placeMultilineTables } from './multiline.js'
import { boundedInline, MAX_INLINE_FAILURES } from './inline.js'
import { boundNesting, MAX_INDENT, MAX_NESTING } from './nesting.js'
import { splitPoints } from './split.js'
import { readHtmlBodies } from './html-body.js'

/** A heading element's opening tag: a text without one holds no body in HTML. */
const HTML_HEADING_TAG = /<h[1-6][\s>]/i

export const parseStage = defineStage({
  id: 'parse',
  description: 'Parses Markdown into a tree, within bounds on nesting and emphasis',
  codes: {
    'parse-nesting-flattened': {
      severity: 'info',
      meaning: 'quotes or lists nested past the parser’s bound were flattened (see “Random and pathological input”)',
    },
    'parse-emphasis-literal': { severity: 'info', meaning: 'a paragraph with too many `*`/`_` delimiters was read without emphasis' },
    'parse-inline-literal': {
      severity: 'info',
      meaning:
        'a paragraph with too many brackets, backslashes, entities or backticks that open nothing was read, past them, as literal text',
    },
  },
  examples: {
    ok: [
      { title: 'quotes nested 32 deep', text: `${'>'.repeat(32)} deep\n` },
      { title: '256 emphasis delimiters in a paragraph: emphasis still', text: `${'*a* '.repeat(128)}\n` },
      { title: '255 brackets that open no link in a paragraph, then a link', text: `${'a[b] '.repeat(255)}[c](d)\n` },
      { title: 'a thousand escapes, entities and links in a paragraph', text: `${'\\* &amp; [a](b) '.repeat(1000)}\n` },
    ],
    notOk: [
      { title: 'quotes nested 33 deep', text: `${'>'.repeat(33)} deep\n`, diagnostics: ['1:1 parse-nesting-flattened'] },
      {
        title: '257 emphasis delimiters in a paragraph',
        text: `Text.\n\n${'*a* '.repeat(128)}*\n`,
        diagnostics: ['3:1 parse-emphasis-literal'],
      },
      {
        title: '256 brackets that open no link in a paragraph',
        text: `Text.\n\n${'a[b]\n'.repeat(256)}`,
        diagnostics: ['258:1 parse-inline-literal'],
      },
    ],
  },
})

// Lines of paragraphs whose emphasis was read literally, collected during one parse (parsing is synchronous).
let storms: number[] = []
let partLine = 0
const attention = boundedAttention((line) => storms.push(line + partLine))
// Lines of paragraphs whose links, escapes and code spans past the bound were read literally.
let inlineStorms: number[] = []
const inline = boundedInline((line) => inlineStorms.push(line + partLine))

const commonmark = unified().data('micromarkExtensions', [attention, inline]).use(remarkParse)
const withTables = unified()
  .data('micromarkExtensions', [attention, inline, gfmTable()])
  .data('fromMarkdownExtensions', [gfmTableFromMarkdown()])
  .use(remarkParse)
// Grid tables (grid.ts), with the GFM table syntax too: only for a text or part with a line starting `+-` or `+=`.
// A cell's text is parsed on its own, with the same extensions.
const gridExtensions = [attention, inline, gfmTable(), gridTables]
const gridFromMarkdown = [gfmTableFromMarkdown()]
gridFromMarkdown.push(gridTablesFromMarkdown({ extensions: gridExtensions, mdastExtensions: gridFromMarkdown }))
const withGrids = unified().data('micromarkExtensions', gridExtensions).data('fromMarkdownExtensions', gridFromMarkdown).use(remarkParse)

/** The tree of `text` by `processor`, its grid tables' cells placed in it. */
function parsePart(processor: typeof commonmark, text: string): Root {
  const tree = processor.parse(text)
  if (processor === withGrids) placeGridTables(tree, text)
  return tree
}

/** A line that could be a GFM table row: starts and ends with a pipe. */
export const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/m

/**
 * What every GFM table has: a pipe, or an alignment colon beside its delimiter row's dashes (`a` over
 * `:-:` is a table too). A text without any of these parses the same with the table syntax or without.
 */
const TABLE_MARK = /\||:-|-:/

/** Below this many characters a document is parsed whole; above it, in parts of about this size. */
const PART_SIZE = 64 * 1024

/** The tree of `text`; when `file` is given, what was read literally or flattened is reported to it. */
export function parseMarkdown(text: string, file?: VFile): Root {
  const bounded = boundNesting(text)
  const first = bounded.lines[0]
  const report = file ? reporterOf(parseStage, vfileSink(file)) : null
  if (report && first !== undefined) {
    const count = bounded.lines.length
    report(
      'parse-nesting-flattened',
      `Nesting deeper than ${MAX_NESTING} quotes or lists (or indented over ${MAX_INDENT} columns) ` +
        `was flattened on ${count} line${count === 1 ? '' : 's'}, from line ${first}`,
      { line: first, column: 1 },
    )
  }
  storms = []
  inlineStorms = []
  partLine = 0
  const tree = bounded.text.length < 2 * PART_SIZE ? parseShort(bounded.text) : parseInParts(bounded.text, PART_SIZE)
  // pandoc's multiline tables (a Word table whose cells wrap): each cell's blocks in place of the run-together rows.
  if (mayHoldMultilineTable(bounded.text)) placeMultilineTables(tree, bounded.text, (cell) => commonmark.parse(cell))
  // A body written in HTML (scribe.perl's minutes saved as Markdown): its elements read as the blocks they are.
  if (HTML_HEADING_TAG.test(bounded.text)) readHtmlBodies(tree, bounded.text)
  if (report) {
    for (const line of [...new Set(storms)].sort((a, b) => a - b)) {
      report(
        'parse-emphasis-literal',
        `More than ${MAX_ATTENTION_MARKERS} emphasis markers (* or _) in one paragraph: read as literal characters`,
        { line, column: 1 },
      )
    }
    for (const line of [...new Set(inlineStorms)].sort((a, b) => a - b)) {
      report(
        'parse-inline-literal',
        `${MAX_INLINE_FAILURES} brackets, backslashes, entities or backticks in one paragraph opened nothing: ` +
          'the rest of it read as literal text',
        { line, column: 1 },
      )
    }
  }
  return tree
}

/**
 * A text under two parts' size: whole, or, when it has a table row and its last table mark is in its
 * first half, in two parts cut at the first safe cut after that mark (past the middle the saving is
 * small beside the cost of finding the cut and shifting positions).
 */
function parseShort(text: string): Root {
  if (GRID_BORDER.test(text)) return parsePart(withGrids, text)
  if (!TABLE_ROW.test(text)) return commonmark.parse(text)
  const last = lastTableMark(text)
  const cut = last < text.length / 2 ? splitPoints(text, 0).find((point) => point > last) : undefined
  return cut === undefined ? withTables.parse(text) : parseAt(text, [cut], true)
}

/** The offset of the last table mark (TABLE_MARK) in `text`, or -1. */
export function lastTableMark(text: string): number {
  return Math.max(text.lastIndexOf('|'), text.lastIndexOf(':-'), text.lastIndexOf('-:'))
}

/** The same tree as a whole-file parse, built from parts of at least `size` characters where the text allows. */
export function parseInParts(text: string, size: number): Root {
  return parseAt(text, splitPoints(text, size), TABLE_ROW.test(text), GRID_BORDER.test(text))
}

/**
 * The tree of `text` parsed in the parts that `points` (safe cuts, ascending) make, the table syntax on where
 * `tables` and the part has a table mark.
 */
export function parseAt(text: string, points: readonly number[], tables: boolean, grids = false): Root {
  const processorOf = (part: string) =>
    grids && GRID_BORDER.test(part) ? withGrids : tables && TABLE_MARK.test(part) ? withTables : commonmark
  if (points.length === 0) return parsePart(processorOf(text), text)
  const root: Root = { type: 'root', children: [] }
  let line = 0
  let start = 0
  for (const end of [...points, text.length]) {
    partLine = line
    const source = text.slice(start, end)
    const part = parsePart(processorOf(source), source)
    for (const child of part.children) {
      shift(child, line, start)
      root.children.push(child)
    }
    root.position = { start: { line: 1, column: 1, offset: 0 }, end: shifted(part.position!.end, line, start) }
    line += countLines(text, start, end)
    start = end
  }
  partLine = 0
  return root
}

function shift(node: Nodes, lines: number, offset: number): void {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position)
      current.position = { start: shifted(current.position.start, lines, offset), end: shifted(current.position.end, lines, offset) }
    if ('children' in current) for (const child of current.children) stack.push(child)
  }
}

function shifted(point: { line: number; column: number; offset?: number | undefined }, lines: number, offset: number) {
  return { line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset }
}

function countLines(text: string, start: number, end: number): number {
  let count = 0
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++
  return count
}

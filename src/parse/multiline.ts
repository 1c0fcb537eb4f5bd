// Multiline tables, the form pandoc's Markdown gives a Word table whose cells wrap over several lines (council
// minutes laid out as `Objet | Débats`, a programme as `Zeit | Titel | Referent/in`): a rule of dashes, the
// header, a line of dashes per column, rows apart by blank lines, a closing rule. CommonMark reads them as
// rules, paragraphs that run the cells of a row together and a setext heading; here each row's cells are cut
// out by the columns the dashes give and parsed on their own, so a cell's paragraphs are blocks of the report
// at the lines where the cell's text stands, as grid tables' are (grid.ts).
import type { Root, RootContent } from 'mdast'

/** A rule line of dashes alone, up to three spaces in: where a multiline table may start or end. */
const RULE = /^ {0,3}-{3,} *$/
/** A line of two runs of dashes or more, apart by spaces: the columns of a table. */
const COLUMNS = /^ {0,3}-{2,}(?: +-{2,})+ *$/
/** The cheap tests before the lines are read: a rule of dashes alone on a line, and a line of two runs of dashes. */
const RULE_LINE = /^ {0,3}-{3,} *$/m
const COLUMNS_LINE = /^ {0,3}-{2,} +-{2,}/m

/** Whether `text` may hold a multiline table. */
export function mayHoldMultilineTable(text: string): boolean {
  return COLUMNS_LINE.test(text) && RULE_LINE.test(text)
}
/** Most header lines between the opening rule and the columns line. */
const MAX_HEADER = 6
/** Most lines of one table: a longer run reads as no table. */
const MAX_TABLE = 2000
/** Most columns of a table read by cell (a Word table of minutes has a few). */
const MAX_COLUMNS = 12
/** Most cells parsed in one document: each is a parse of its own, so a text of many tiny tables stays cheap. */
const MAX_CELLS = 500

interface Table {
  /** 0-based lines of the opening rule, the columns line and the closing rule. */
  open: number
  columns: number[]
  close: number
  header: number
}

/** Replaces, in place, the top-level nodes of each multiline table in `tree` by the blocks of its cells. */
export function placeMultilineTables(tree: Root, text: string, parse: (cell: string) => Root): void {
  const lines = text.split('\n')
  const tables: Table[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!RULE.test(lines[i]!)) continue
    const table = tableAt(lines, i)
    if (table) {
      tables.push(table)
      i = table.close
    }
  }
  let cells = 0
  const read: Array<{ table: Table; rows: Array<[number, number]> }> = []
  for (const table of tables) {
    const rows = rowsOf(lines, table)
    // Rows of one line each read well run together (`Anna   Berg` as a name); cells that wrap over lines do not.
    if (table.columns.length > MAX_COLUMNS || rows.slice(1).every(([first, end]) => end - first === 1)) continue
    cells += rows.length * table.columns.length
    if (cells > MAX_CELLS) break
    read.push({ table, rows })
  }
  for (const { table, rows } of read.reverse()) replace(tree, table, cellBlocks(lines, table, rows, parse))
}

/** The multiline table whose opening rule is line `open`, or null. */
function tableAt(lines: readonly string[], open: number): Table | null {
  let header = open + 1
  while (header < lines.length && header - open <= MAX_HEADER && !COLUMNS.test(lines[header]!)) {
    if (lines[header]!.trim() === '') return null
    header++
  }
  if (header >= lines.length || !COLUMNS.test(lines[header]!) || header === open + 1) return null
  for (let close = header + 1; close < lines.length && close - open < MAX_TABLE; close++) {
    if (RULE.test(lines[close]!)) return close > header + 1 ? { open, columns: runStarts(lines[header]!), close, header } : null
  }
  return null
}

/** The 0-based columns where each run of dashes of a columns line starts. */
function runStarts(line: string): number[] {
  const starts: number[] = []
  for (let i = 0; i < line.length; i++) if (line[i] === '-' && (i === 0 || line[i - 1] === ' ')) starts.push(i)
  return starts
}

/** The blocks of every cell, row by row and cell by cell: the header row's, then each body row's. */
function cellBlocks(
  lines: readonly string[],
  table: Table,
  rows: ReadonlyArray<[number, number]>,
  parse: (cell: string) => Root,
): RootContent[] {
  const starts = lineStarts(lines)
  const blocks: RootContent[] = []
  for (const [first, end] of rows) {
    for (let k = 0; k < table.columns.length; k++) {
      const from = k === 0 ? 0 : table.columns[k]!
      const to = table.columns[k + 1] ?? Number.POSITIVE_INFINITY
      // Each line of the cell, and the file's 0-based column where its text starts.
      const cell: Array<{ text: string; line: number; column: number }> = []
      for (let i = first; i < end; i++) {
        const slice = lines[i]!.slice(from, to)
        const text = slice.trim()
        if (text !== '' || cell.length > 0) cell.push({ text, line: i, column: from + slice.length - slice.trimStart().length })
      }
      if (cell.length === 0) continue
      const tree = parse(cell.map((line) => line.text).join('\n'))
      for (const block of tree.children) blocks.push(placed(block, cell, starts))
    }
  }
  return blocks
}

/** The header row's lines, then each body row's (rows apart by blank lines), as [first, end) pairs. */
function rowsOf(lines: readonly string[], table: Table): Array<[number, number]> {
  const rows: Array<[number, number]> = [[table.open + 1, table.header]]
  let start = -1
  for (let i = table.header + 1; i <= table.close; i++) {
    const blank = i === table.close || lines[i]!.trim() === ''
    if (!blank && start < 0) start = i
    if (blank && start >= 0) {
      rows.push([start, i])
      start = -1
    }
  }
  return rows
}

type Point = { line: number; column: number; offset?: number | undefined }
type Cell = ReadonlyArray<{ line: number; column: number }>

/** A cell's block moved to where its text stands in the file, line by line of the cell. */
function placed(block: RootContent, cell: Cell, starts: readonly number[]): RootContent {
  const at = (point: Point): Point => {
    const source = cell[Math.min(point.line, cell.length) - 1]!
    const column = source.column + point.column
    return { line: source.line + 1, column, offset: starts[source.line]! + column - 1 }
  }
  const stack: Array<{ position?: RootContent['position']; children?: unknown[] }> = [block]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) node.position = { start: at(node.position.start), end: at(node.position.end) }
    for (const child of (node.children ?? []) as Array<typeof node>) stack.push(child)
  }
  return block
}

/** The offset where each line starts. */
function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  return starts
}

/** The tree's top-level nodes that stand on the table's lines, replaced by `blocks`. */
function replace(tree: Root, table: Table, blocks: RootContent[]): void {
  const inside = (node: RootContent) => {
    const line = (node.position?.start.line ?? 0) - 1
    return line >= table.open && line <= table.close
  }
  const first = tree.children.findIndex(inside)
  if (first < 0) return
  let end = first
  while (end < tree.children.length && inside(tree.children[end]!)) end++
  tree.children.splice(first, end - first, ...blocks)
}

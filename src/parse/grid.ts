// Grid tables, the form pandoc gives a Word table whose cells hold several paragraphs, lists or line
// breaks (`+---+---+` borders, `| … |` rows, `+===+` under the header). @adobe/remark-gridtables reads
// them (gridTable > gtHeader | gtBody > gtRow > gtCell > blocks); its cells are parsed on their own, so
// their nodes carry positions inside the cell. Here the cells' nodes are moved to where the cell's text
// stands in the file, so that a cell's paragraphs and lists, which the flow reads as blocks (flow.ts),
// have their lines.
import type { Nodes, Root } from 'mdast'
import { countWords } from '../text/normalize.js'

/** A line that starts a grid table's border: the cheap check before the grid syntax is turned on. */
export const GRID_BORDER = /^\+[-=]/m

interface GridNode {
  type: string
  children?: GridNode[]
  colSpan?: number
  position?: Nodes['position']
}

/** Moves, in place, the positions of every grid table's cells in `tree` to where they stand in `text`. */
export function placeGridTables(tree: Root, text: string): void {
  const starts = lineStarts(text)
  const stack: GridNode[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'gridTable') placeCells(node, text, starts)
    else for (const child of node.children ?? []) stack.push(child)
  }
}

/** Places a grid table's cells' blocks in the file. */
function placeCells(table: GridNode, text: string, starts: readonly number[]): void {
  const first = table.position?.start.line ?? 1
  const last = table.position?.end.line ?? first
  const columns = plusColumns(lineAt(text, starts, first))
  const rowLines = rowFirstLines(text, starts, first, last)
  let row = 0
  for (const section of table.children ?? []) {
    for (const gtRow of section.children ?? []) {
      const line = rowLines[row] ?? first
      row++
      let column = 0
      // Rows and cells come without a position of their own (a zero one): none, rather than a wrong one.
      delete gtRow.position
      for (const cell of gtRow.children ?? []) {
        delete cell.position
        // The cell's text starts two characters after its left border (`| `).
        const left = (columns[column] ?? 0) + 2
        column += cell.colSpan ?? 1
        for (const block of cell.children ?? []) place(block, line - 1, left, starts)
      }
    }
  }
}

/** Moves every position under `node` by `lines` lines and `columns` columns, offsets from the file's lines. */
function place(node: GridNode, lines: number, columns: number, starts: readonly number[]): void {
  const stack: GridNode[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const position = current.position
    if (position)
      current.position = { start: moved(position.start, lines, columns, starts), end: moved(position.end, lines, columns, starts) }
    for (const child of current.children ?? []) stack.push(child)
  }
}

function moved(point: { line: number; column: number }, lines: number, columns: number, starts: readonly number[]) {
  const line = point.line + lines
  const column = point.column + columns
  return { line, column, offset: (starts[line - 1] ?? 0) + column - 1 }
}

/** The 0-based columns of the `+` signs of a border line. */
function plusColumns(border: string): number[] {
  const columns: number[] = []
  for (let i = border.indexOf('+'); i !== -1; i = border.indexOf('+', i + 1)) columns.push(i)
  return columns
}

/** The first line (1-based) of each row of the table between lines `first` and `last`: the line after each border but the last. */
function rowFirstLines(text: string, starts: readonly number[], first: number, last: number): number[] {
  const lines: number[] = []
  for (let line = first; line < last; line++) if (lineAt(text, starts, line).startsWith('+')) lines.push(line + 1)
  return lines
}

function lineAt(text: string, starts: readonly number[], line: number): string {
  const start = starts[line - 1] ?? text.length
  const end = text.indexOf('\n', start)
  return text.slice(start, end === -1 ? text.length : end)
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** Fewest words of a cell read as a page's body (a table of a few long cells is still a table). */
const LAYOUT_MIN_WORDS = 100

/**
 * The cells of `tree`'s grid tables that are a Word page's body, not a table's data: a document laid out
 * as a table (the minutes in one column, the margin's member counts and date of notice in the other)
 * comes out of pandoc as one grid table, and the cell holding the minutes holds most of its words.
 */
export function layoutBodies(tree: Root): Set<unknown> {
  const bodies = new Set<unknown>()
  const cells: Array<{ cell: GridNode; words: number }> = []
  const total = wordsUnder(tree, (cell, words) => cells.push({ cell, words }))
  for (const { cell, words } of cells) if (words >= LAYOUT_MIN_WORDS && words * 2 >= total) bodies.add(cell)
  return bodies
}

/** The words of the text under `node`; each grid cell met is handed to `onCell` with its own count. */
function wordsUnder(node: GridNode, onCell: (cell: GridNode, words: number) => void): number {
  const value = (node as { value?: unknown }).value
  let words = node.type === 'text' && typeof value === 'string' ? countWords(value) : 0
  for (const child of node.children ?? []) words += wordsUnder(child, onCell)
  if (node.type === 'gtCell') onCell(node, words)
  return words
}

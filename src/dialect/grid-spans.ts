// pandoc's bracketed spans inside a grid table (`| **[Ordre du jour]{.underline}** |`), read as their
// text without moving the table's borders: a grid table is read by the columns its `+` signs set, so
// taking `[`, `]` and `{.underline}` out of a row line must leave every `|` where it stood. Each cell of
// a row (its column across the row's lines) is rewritten as one text, so that a span pandoc wrapped over
// two lines of the cell is found too, and each line of the cell is padded back to the cell's width.

/** A grid table's border line: `+---+---+` or `+===+===+`. */
const BORDER = /^\+[-=:]+\+(?:[-=:]+\+)*\s*$/
/** A span in a cell's text: its text (a line break allowed) and its attributes. */
const CELL_SPAN = /\[([^[\]]{0,300})\]\{[#.][^{}\n]{0,200}\}/g

/** Rewrites, in place, the spans of every grid table's cells in `lines`; true when any was found. */
export function rewriteGridSpans(lines: string[]): boolean {
  let found = false
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.charCodeAt(0) !== 43 /* + */ || !BORDER.test(lines[i]!)) continue
    const columns = plusColumns(lines[i]!)
    let end = i + 1
    while (end < lines.length && lines[end]!.charCodeAt(0) === 124 /* | */) end++
    if (end > i + 1 && rewriteRow(lines, i + 1, end, columns)) found = true
    i = end - 1
  }
  return found
}

/** The cells of the row on lines [start, end), each rewritten as one text; true when a span was found. */
function rewriteRow(lines: string[], start: number, end: number, columns: readonly number[]): boolean {
  let found = false
  for (let c = 0; c + 1 < columns.length; c++) {
    const left = columns[c]! + 1
    const right = columns[c + 1]!
    // A cell spanning this border (no `|` at it on some line) is left as it is.
    if (!cellBounded(lines, start, end, left - 1, right)) continue
    const cell = lines.slice(start, end).map((line) => line.slice(left, right))
    const joined = cell.join('\n')
    if (!joined.includes(']{')) continue
    const rewritten = joined.replace(CELL_SPAN, '$1').split('\n')
    if (rewritten.length !== cell.length) continue
    found = true
    for (let k = 0; k < cell.length; k++) {
      const line = lines[start + k]!
      lines[start + k] = line.slice(0, left) + rewritten[k]!.padEnd(right - left) + line.slice(right)
    }
  }
  return found
}

/** Whether every line of the row has a `|` at both of the cell's borders. */
function cellBounded(lines: readonly string[], start: number, end: number, left: number, right: number): boolean {
  for (let k = start; k < end; k++) if (lines[k]![left] !== '|' || lines[k]![right] !== '|') return false
  return true
}

/** The 0-based columns of the `+` signs of a border line. */
function plusColumns(border: string): number[] {
  const columns: number[] = []
  for (let i = border.indexOf('+'); i !== -1; i = border.indexOf('+', i + 1)) columns.push(i)
  return columns
}

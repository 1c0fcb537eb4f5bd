// Parse Markdown into an mdast tree with positions. Two processors, made once: CommonMark, and
// CommonMark with GFM tables (contents pages converted by docling are tables), used only for a text
// with a line that looks like a table row, since the table syntax costs every paragraph a check.
// micromark's cost per byte grows with the length of a document (closing its containers rescans
// what came before), so a long document is parsed in parts split where a whole-file parse would
// start a new top-level block anyway, and the parts' positions are shifted back to the whole file.
import type { Nodes, Root } from 'mdast'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'
import { splitPoints } from './split.js'

const commonmark = unified().use(remarkParse)
const withTables = unified()
  .use(remarkParse)
  .use(function tables(this: Processor) {
    const data = this.data()
    ;(data.micromarkExtensions ??= []).push(gfmTable())
    ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
  })

/** A line that could be a GFM table row: starts and ends with a pipe. */
export const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/m

/** Below this many characters a document is parsed whole; above it, in parts of about this size. */
export const PART_SIZE = 64 * 1024

export function parseMarkdown(text: string): Root {
  return text.length < 2 * PART_SIZE ? processorFor(text).parse(text) : parseInParts(text, PART_SIZE)
}

function processorFor(text: string) {
  return TABLE_ROW.test(text) ? withTables : commonmark
}

/** The same tree as a whole-file parse, built from parts of at least `size` characters where the text allows. */
export function parseInParts(text: string, size: number): Root {
  const processor = processorFor(text)
  const points = splitPoints(text, size)
  if (points.length === 0) return processor.parse(text)
  const root: Root = { type: 'root', children: [] }
  let line = 0
  let start = 0
  for (const end of [...points, text.length]) {
    const part = processor.parse(text.slice(start, end))
    for (const child of part.children) {
      shift(child, line, start)
      root.children.push(child)
    }
    root.position = { start: { line: 1, column: 1, offset: 0 }, end: shifted(part.position!.end, line, start) }
    line += countLines(text, start, end)
    start = end
  }
  return root
}

function shift(node: Nodes, lines: number, offset: number): void {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) current.position = { start: shifted(current.position.start, lines, offset), end: shifted(current.position.end, lines, offset) }
    if ('children' in current) for (const child of current.children) stack.push(child as Nodes)
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

// Parse Markdown into an mdast tree with positions. Container nesting is bounded first (nesting.ts) and
// emphasis pairing is bounded while parsing (attention.ts), so pathological input parses in time
// proportional to its size. GFM tables (docling writes contents pages as tables) are parsed only when
// a line looks like a table row, since the extension slows parsing.
import type { Root } from 'mdast'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { boundedAttention, MAX_ATTENTION_MARKERS } from './attention.js'
import { boundNesting, MAX_INDENT, MAX_NESTING } from './nesting.js'

const SOURCE = 'report-extract'
const TABLE_ROW = /^[ \t]{0,3}\|.*\|[ \t]*$/m

/** The tree of `text`; when `file` is given, what was read literally or flattened is reported to it. */
export function parseMarkdown(text: string, file?: VFile): Root {
  const bounded = boundNesting(text)
  const first = bounded.lines[0]
  if (file && first !== undefined) {
    const count = bounded.lines.length
    file.info(
      `Nesting deeper than ${MAX_NESTING} quotes or lists (or indented over ${MAX_INDENT} columns) was flattened on ${count} line${count === 1 ? '' : 's'}, from line ${first}`,
      { place: { line: first, column: 1 }, ruleId: 'parse-nesting-flattened', source: SOURCE },
    )
  }
  const storms: number[] = []
  const tables = TABLE_ROW.test(bounded.text)
  const processor = unified()
    .data('micromarkExtensions', tables ? [boundedAttention((line) => storms.push(line)), gfmTable()] : [boundedAttention((line) => storms.push(line))])
    .data('fromMarkdownExtensions', tables ? [gfmTableFromMarkdown()] : [])
    .use(remarkParse)
  const tree = processor.parse(bounded.text)
  if (file) {
    for (const line of [...new Set(storms)].sort((a, b) => a - b)) {
      file.info(`More than ${MAX_ATTENTION_MARKERS} emphasis markers (* or _) in one paragraph: read as literal characters`, {
        place: { line, column: 1 },
        ruleId: 'parse-emphasis-literal',
        source: SOURCE,
      })
    }
  }
  return tree
}

// Parse Markdown into an mdast tree with positions. One processor, made once; container nesting is
// bounded first (see nesting.ts) so that pathological input parses in time proportional to its size.
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { boundNesting, MAX_INDENT, MAX_NESTING } from './nesting.js'

const processor = unified().use(remarkParse)

/** The tree of `text`; when `file` is given, flattened nesting is reported to it as a diagnostic. */
export function parseMarkdown(text: string, file?: VFile): Root {
  const bounded = boundNesting(text)
  const first = bounded.lines[0]
  if (file && first !== undefined) {
    const count = bounded.lines.length
    file.info(
      `Nesting deeper than ${MAX_NESTING} quotes or lists (or indented over ${MAX_INDENT} columns) was flattened on ${count} line${count === 1 ? '' : 's'}, from line ${first}`,
      { place: { line: first, column: 1 }, ruleId: 'parse-nesting-flattened', source: 'report-extract' },
    )
  }
  return processor.parse(bounded.text)
}

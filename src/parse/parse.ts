// Parse Markdown into an mdast tree with positions. GFM tables (docling writes contents pages as
// tables) are parsed only when a line looks like a table row, since the extension slows parsing.
import type { Root } from 'mdast'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const plain = unified().use(remarkParse)
const withTables = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [gfmTable()])
  .data('fromMarkdownExtensions', [gfmTableFromMarkdown()])

const TABLE_ROW = /^[ \t]{0,3}\|.*\|[ \t]*$/m

export function parseMarkdown(text: string): Root {
  return (TABLE_ROW.test(text) ? withTables : plain).parse(text)
}

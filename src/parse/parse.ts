// Parse Markdown into an mdast tree with positions. One processor, made once.
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse)

export function parseMarkdown(text: string): Root {
  return processor.parse(text)
}

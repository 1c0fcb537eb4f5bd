// The body's text blocks in reading order: paragraphs, list items, quotes, code and tables that no
// earlier detector took.
import type { ListItem, Root } from 'mdast'
import { z } from 'zod'
import { flatText, plainText } from '../parse/text.js'
import type { BlockKind } from '../schema/report.js'
import { collapseSpace } from '../text/normalize.js'
import type { DetectContext, Detector } from './types.js'

export const BlocksOptions = z.object({})
export type BlocksOptions = z.infer<typeof BlocksOptions>

export interface BlockFound {
  kind: BlockKind
  text: string
  line: number
  column: number
  index: number
}

export interface BlocksResult {
  blocks: BlockFound[]
}

export const blocks: Detector<BlocksOptions, BlocksResult, 'blocks'> = {
  id: 'blocks',
  description: 'Collects the body text as blocks: paragraphs, list items, quotes, code and tables',
  options: BlocksOptions,
  detect(_tree: Root, context) {
    const found: BlockFound[] = []
    const seenItems = new Set<ListItem>()
    for (const entry of context.flow) {
      const node = entry.node
      if (context.claimedBy(node)) continue
      let kind: BlockKind
      let text: string
      if (entry.item && node.type === 'paragraph') {
        // A list item is one block: its own paragraphs, not those of lists nested in it.
        if (seenItems.has(entry.item)) continue
        seenItems.add(entry.item)
        kind = 'list_item'
        text = collapseSpace(entry.item.children.filter((child) => child.type === 'paragraph').map((child) => plainText(child)).join(' '))
      } else if (node.type === 'paragraph') {
        // Without the speaker's opening label, if the speaker detector took it.
        const skip = context.openingClaimed(node)
        text = skip > 0 ? flatText({ ...node, children: node.children.slice(skip) }).replace(/^:\s*/, '') : flatText(node)
        // A bullet whose list marker the converter lost: "• Item" as a paragraph of its own.
        const bullet = /^[•▪◦‣●■□➢➤–]\s+/.exec(text)
        kind = entry.quoteDepth > 0 ? 'quote' : bullet ? 'list_item' : 'paragraph'
        if (bullet) text = text.slice(bullet[0].length)
      } else if (node.type === 'code') {
        kind = 'code'
        text = node.value
      } else if (node.type === 'table') {
        kind = 'table'
        text = node.children.map((row) => row.children.map((cell) => flatText(cell)).join(' | ')).join('\n')
      } else continue
      if (text.trim() === '') continue
      context.claim(node, this.id)
      // A paragraph a page break cut in two: it ends mid-sentence, the next part starts in lower case.
      const previous = found.at(-1)
      if (previous && kind === 'paragraph' && previous.kind === 'paragraph' && /^\p{Ll}/u.test(text) && !/[.!?:;…"”)]$/.test(previous.text) && onlyMarksBetween(context.flow, previous.index, entry.index)) {
        previous.text = `${previous.text} ${text}`
        continue
      }
      const start = kind === 'list_item' ? entry.item?.position?.start : undefined
      found.push({ kind, text, line: start?.line ?? entry.line, column: start?.column ?? entry.column, index: entry.index })
    }
    return { blocks: found }
  },
}

/** True when nothing but comments, rules and blank space lies between two flow entries. */
function onlyMarksBetween(flow: DetectContext['flow'], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (flow[i]!.node.type !== 'html' && flow[i]!.node.type !== 'thematicBreak') return false
  return to - from > 1
}

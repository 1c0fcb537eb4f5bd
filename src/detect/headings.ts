// Section headings: Markdown headings left unclaimed, and bold-only or italic-only lines that act as
// headings. Levels are decided later (the contents page knows better than converter depths).
import type { Root } from 'mdast'
import { z } from 'zod'
import { flatText, soleEmphasis } from '../parse/text.js'
import { isDateOnly } from '../text/dates.js'
import { countWords } from '../text/normalize.js'
import type { Detector } from './types.js'

export const HeadingsOptions = z.object({
  /** A styled line longer than this is emphasis in prose, not a heading. */
  maxStyledWords: z.number().int().positive().default(12),
})
export type HeadingsOptions = z.infer<typeof HeadingsOptions>

export interface HeadingLine {
  title: string
  number: string | null
  /** The converter's `#` depth; null for a styled line. */
  depth: number | null
  line: number
  column: number
  index: number
}

export interface HeadingsResult {
  headings: HeadingLine[]
}

const NUMBER = /^(?<number>\d+(?:\.\d+)+\.?|\d+\.|[IVXLC]+\.|[A-Z]\.)\s+(?<rest>\S.*)$/

export const headings: Detector<HeadingsOptions, HeadingsResult, 'headings'> = {
  id: 'headings',
  description: 'Finds section headings: Markdown headings and bold-only or italic-only heading lines',
  options: HeadingsOptions,
  detect(_tree: Root, context, options) {
    const found: HeadingLine[] = []
    for (const entry of context.flow) {
      const node = entry.node
      if (context.claimedBy(node)) continue
      let depth: number | null
      let text: string
      if (node.type === 'heading') {
        depth = node.depth
        text = flatText(node)
      } else if (node.type === 'paragraph' && !entry.item && entry.quoteDepth === 0) {
        const styled = soleEmphasis(node)
        if (!styled) continue
        text = flatText(node)
        if (countWords(text) > options.maxStyledWords || /[.:;,]$/.test(text) || isDateOnly(text)) continue
        depth = null
      } else continue
      if (text === '') continue
      context.claim(node, this.id)
      found.push({ ...splitNumber(text), depth, line: entry.line, column: entry.column, index: entry.index })
    }
    return { headings: found }
  },
}

/** "3.1.2. Title" → number "3.1.2", title "Title". A bare number needs its dot ("2030 Agenda" is a title), and a date is no number. */
export function splitNumber(text: string): { number: string | null; title: string } {
  const match = NUMBER.exec(text)
  if (!match?.groups || isDateOnly(text)) return { number: null, title: text }
  return { number: match.groups.number!.replace(/\.$/, ''), title: match.groups.rest! }
}

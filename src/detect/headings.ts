// Section headings: Markdown headings left unclaimed, and bold-only or italic-only lines that act as
// headings. Levels are decided later (the contents page knows better than converter depths).
import type { Root } from 'mdast'
import { z } from 'zod'
import { flatText, headingAttributes, soleEmphasis } from '../parse/text.js'
import { isDateOnly } from '../text/dates.js'
import { countWords } from '../text/normalize.js'
import { splitNumber } from '../text/numbering.js'
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
  /** Ids a link can reach it by: an explicit `{#id}`, and the GitHub-style slug of its text. */
  anchors: string[]
  line: number
  column: number
  index: number
}

export interface HeadingsResult {
  headings: HeadingLine[]
}

export const headings: Detector<HeadingsOptions, HeadingsResult, 'headings'> = {
  id: 'headings',
  description: 'Finds section headings: Markdown headings and bold-only or italic-only heading lines',
  options: HeadingsOptions,
  detect(_tree: Root, context, options) {
    const found: HeadingLine[] = []
    const slugs = new Map<string, number>()
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
        // Labels ("**Keynote: …**", "**Source:**") and dates in bold are not headings.
        if (countWords(text, options.maxStyledWords) > options.maxStyledWords || /[.:;,]$/.test(text) || /^[\p{L}\d ]{1,24}:\s/u.test(text) || isDateOnly(text)) continue
        depth = null
      } else continue
      const explicit = headingAttributes(text)
      text = explicit.text
      if (text === '') continue
      context.claim(node, this.id)
      const anchors = [githubSlug(text, slugs)]
      if (explicit.id) anchors.unshift(explicit.id)
      found.push({ ...splitNumber(text), depth, anchors, line: entry.line, column: entry.column, index: entry.index })
    }
    return { headings: found }
  },
}

/** The id GitHub gives a heading: lowercase, punctuation dropped, spaces to hyphens, `-1`, `-2` for repeats. */
export function githubSlug(text: string, seen: Map<string, number>): string {
  const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-')
  const count = seen.get(base) ?? 0
  seen.set(base, count + 1)
  return count === 0 ? base : `${base}-${count}`
}

// Section headings: Markdown headings left unclaimed, and bold-only or italic-only lines that act as
// headings. Levels are decided later (the contents page knows better than converter depths).
import { z } from 'zod'
import { flatText, headingAttributes, soleEmphasis } from '../parse/text.js'
import { isDateOnly } from '../text/dates.js'
import { countWords } from '../text/normalize.js'
import { splitNumber } from '../text/numbering.js'
import { defineDetector } from './define.js'

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

export const headings = defineDetector({
  id: 'headings',
  description: 'Finds section headings: Markdown headings and bold-only or italic-only heading lines',
  options: HeadingsOptions,
  codes: {},
  empty: (): HeadingsResult => ({ headings: [] }),
  detect(context, options) {
    const found: HeadingLine[] = []
    const slugs = new Map<string, number>()
    for (const entry of context.flow) {
      const node = entry.node
      if (context.claims.isClaimed(node)) continue
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
      context.claims.claim(node)
      const anchors = [githubSlug(text, slugs)]
      if (explicit.id) anchors.unshift(explicit.id)
      found.push({ ...splitNumber(text), depth, anchors, line: entry.line, column: entry.column, index: entry.index })
    }
    return { headings: found }
  },
  // Stryker disable all: the examples are what the tests read, not code to mutate
  examples: {
    ok: [
      {
        title: 'Markdown headings, ATX and setext, with their depths',
        form: 'Markdown heading',
        text: '## One\n\nText.\n\nTwo\n---\n\nText.\n',
        found: {
          headings: [
            { title: 'One', number: null, depth: 2, anchors: ['one'], line: 1 },
            { title: 'Two', number: null, depth: 2, anchors: ['two'], line: 5 },
          ],
        },
      },
      {
        title: 'a bold-only line and an italic-only line',
        form: 'bold-only or italic-only line',
        text: 'Opening words.\n\n**Disclaimer**\n\nProse.\n\n*Background*\n\nMore prose.\n',
        found: {
          headings: [
            { title: 'Disclaimer', depth: null, line: 3 },
            { title: 'Background', depth: null, line: 7 },
          ],
        },
      },
      {
        title: 'a styled line of twelve words is a heading still',
        form: 'bold-only or italic-only line',
        text: '**one two three four five six seven eight nine ten eleven twelve**\n',
        found: { headings: [{ title: 'one two three four five six seven eight nine ten eleven twelve' }] },
      },
      {
        title: 'numbered headings: the number apart from the title',
        form: 'numbered heading',
        text: '#### 4.1.2. Measuring what users see\n\n## Annex 2. Budget\n\n## IV. Results\n\n## 2030 Agenda\n',
        found: {
          headings: [
            { number: '4.1.2', title: 'Measuring what users see', depth: 4 },
            { number: '2', title: 'Budget' },
            { number: 'IV', title: 'Results' },
            { number: null, title: '2030 Agenda' },
          ],
        },
      },
      {
        title: 'a word processor’s attributes: an explicit anchor, then the slug; repeated titles get -1, -2',
        form: 'heading attributes',
        text: '## ACKNOWLEDGEMENT {#ack .unnumbered}\n\n## Notes\n\n## Notes\n',
        found: {
          headings: [
            { title: 'ACKNOWLEDGEMENT', anchors: ['ack', 'acknowledgement'] },
            { title: 'Notes', anchors: ['notes'] },
            { title: 'Notes', anchors: ['notes-1'] },
          ],
        },
      },
      {
        title: 'a styled line may hold a comma, or a colon after a word with a full stop',
        text: '**Results, Follow-up**\n\nText.\n\n**Remarks by Dr. Lee: Parks and People**\n\nText.\n',
        found: { headings: [{ title: 'Results, Follow-up' }, { title: 'Remarks by Dr. Lee: Parks and People' }] },
      },
      {
        title: 'a label with a digit, and a heading that is only an anchor, are no headings',
        text: '**Q1: Results**\n\nText.\n\n## {#only-an-anchor}\n',
        found: { headings: [] },
      },
      {
        title: 'a styled line of thirteen words is emphasis in prose, not a heading',
        text: '**one two three four five six seven eight nine ten eleven twelve thirteen**\n',
        found: { headings: [] },
      },
      {
        title: 'labels, dates and styled lines in lists or quotes are no headings',
        text: '**Note:**\n\n**Keynote: Parks and People**\n\n**April 2018**\n\n- **Item**\n\n> **Quoted**\n\n**Ends with a full stop.**\n',
        found: { headings: [] },
      },
      {
        title: 'a shorter limit, as an option',
        text: '**one two three four**\n',
        options: { maxStyledWords: 3 },
        found: { headings: [] },
      },
    ],
    notOk: [],
  },
  // Stryker restore all
})

/** The id GitHub gives a heading: lowercase, punctuation dropped, spaces to hyphens, `-1`, `-2` for repeats. */
export function githubSlug(text: string, seen: Map<string, number>): string {
  const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-')
  const count = seen.get(base) ?? 0
  seen.set(base, count + 1)
  return count === 0 ? base : `${base}-${count}`
}

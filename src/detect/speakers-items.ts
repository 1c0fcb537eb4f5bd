// Word documents through pandoc: a numbered heading written as a list item (`1.  **Motion ONF**`), with the
// section's paragraphs indented under it, becomes one list item holding the whole section. Those paragraphs are
// the record's body, read as paragraphs outside any list are: label turns, reporting sentences, who attended.
import type { ListItem } from 'mdast'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, soleEmphasis } from '../parse/text.js'
import { countWords } from '../text/normalize.js'
import type { DetectContext } from './define.js'

/** Most words of a list item's first line that heads the paragraphs under it. */
const MAX_HEADING_WORDS = 12

/** The context with the paragraphs under a heading's list item read as body paragraphs (the same one when there are none). */
export function withBodyFlow(context: DetectContext): DetectContext {
  const flow = bodyFlow(context.flow)
  if (flow === context.flow) return context
  const { tree, source, dialect, claims, facts } = context
  return { tree, source, flow, dialect, claims, facts, report: (...args) => context.report(...args) }
}

/** The flow with each later paragraph of a heading's list item outside the list (a new array only when one is). */
function bodyFlow(flow: readonly FlowEntry[]): readonly FlowEntry[] {
  let body: FlowEntry[] | null = null
  const heads = new Map<ListItem, boolean>()
  for (let i = 0; i < flow.length; i++) {
    const entry = flow[i]!
    const item = entry.item
    if (!item || item.children[0] === entry.node || entry.node.type !== 'paragraph') continue
    let heading = heads.get(item)
    if (heading === undefined) heads.set(item, (heading = headsItem(item)))
    if (!heading) continue
    body ??= flow.slice()
    body[i] = { ...entry, item: null }
  }
  return body ?? flow
}

/** A list item whose first paragraph is a heading's line (bold, or short with no sentence's end) over paragraphs. */
function headsItem(item: ListItem): boolean {
  const [first, second] = item.children
  if (first?.type !== 'paragraph' || second?.type !== 'paragraph') return false
  if (soleEmphasis(first)?.kind === 'strong') return true
  const text = flatText(first)
  return countWords(text, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS && !/[.;:!?]$/.test(text)
}

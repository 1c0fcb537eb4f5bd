// Emphasis with a bounded cost. micromark pairs `*` and `_` delimiters by walking back from every closer
// and splicing the event list at every match: quadratic in the delimiters of one paragraph (`***…x***…`,
// `*a _b *a _b …`). Past MAX_ATTENTION_MARKERS delimiter characters in one inline run, every delimiter
// is read as the literal character it is, which is what micromark does with those it cannot pair.
import { attention } from 'micromark-core-commonmark'
import type { Construct, Extension, Resolver } from 'micromark-util-types'

export const MAX_ATTENTION_MARKERS = 256

/** A micromark extension: attention (emphasis, strong) that gives up on delimiter storms; `onStorm` gets each storm's line. */
export function boundedAttention(onStorm: (line: number) => void): Extension {
  const resolveAll: Resolver = (events, context) => {
    let markers = 0
    for (const [kind, token] of events) {
      if (kind === 'enter' && token.type === 'attentionSequence') markers += token.end.offset - token.start.offset
    }
    if (markers <= MAX_ATTENTION_MARKERS) return attention.resolveAll!(events, context)
    let first: number | null = null
    for (const [, token] of events) {
      if (token.type !== 'attentionSequence') continue
      token.type = 'data'
      first ??= token.start.line
    }
    if (first !== null) onStorm(first)
    return events
  }
  const construct: Construct = { name: 'attentionBounded', tokenize: attention.tokenize, resolveAll }
  return { disable: { null: ['attention'] }, text: { 42: construct, 95: construct } }
}

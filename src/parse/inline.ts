// Inline constructs with a bounded cost. Every link bracket, escape, entity, code span or autolink that
// fails to close leaves its character as a piece of text beside the text before it, and micromark merges
// such neighbouring pieces by splicing the paragraph's event list once per merge: quadratic in a long
// paragraph (`[` × 500,000 then `]` × 500,000; `[a](b ` repeated; `a[b]` repeated: 160 kB took 43 s).
// Past MAX_INLINE_FAILURES failed attempts in one paragraph (or heading, or table cell), the rest of it
// is read as the literal text it is, which is what micromark makes of a construct that does not close;
// `onStorm` gets the paragraph's line. Emphasis is bounded apart (attention.ts).
import {
  autolink,
  characterEscape,
  characterReference,
  codeText,
  hardBreakEscape,
  htmlText,
  labelEnd,
  labelStartImage,
  labelStartLink,
} from 'micromark-core-commonmark'
import type { Code, Construct, Extension, TokenizeContext, Tokenizer } from 'micromark-util-types'

export const MAX_INLINE_FAILURES = 256

/** Longest link text read as one (a reference label has at most 999 characters). */
const MAX_LABEL_LENGTH = 10_000

const opens = new Set<Construct>([labelStartLink, labelStartImage])
const BOUNDED = [
  autolink,
  characterEscape,
  characterReference,
  codeText,
  hardBreakEscape,
  htmlText,
  labelEnd,
  labelStartImage,
  labelStartLink,
]

/** A micromark extension: the inline constructs above, giving up in a paragraph after MAX_INLINE_FAILURES failures. */
export function boundedInline(onStorm: (line: number) => void): Extension {
  const failures = new WeakMap<TokenizeContext, number>()
  const bounded = new Map<Construct, Construct>()
  for (const original of BOUNDED) {
    // A `\` that is no hard break may still be an escape, a `<` that is no autolink still HTML: only
    // the last construct tried for a character counts its failure.
    const counted = original !== hardBreakEscape && original !== autolink
    const tokenize: Tokenizer = function (effects, ok, nok) {
      const context = rootOf(this)
      const fail = (code: Code) => {
        const count = (failures.get(context) ?? 0) + 1
        failures.set(context, count)
        if (count === MAX_INLINE_FAILURES) onStorm(this.now().line)
        return nok(code)
      }
      if ((failures.get(context) ?? 0) >= MAX_INLINE_FAILURES) return nok
      // Brackets still open are a failure waiting to happen (`[` × 500,000): past the bound, one fails now.
      if (opens.has(original) && (context._labelStarts?.length ?? 0) >= MAX_INLINE_FAILURES) return fail
      // The text of a label is read whole at its `]` (to look for a reference of that name): a label longer
      // than any link text fails unread, or `[` × 300, 1 MB, `]` × 300 reads the megabyte 300 times.
      if (original === labelEnd && labelLength(context) > MAX_LABEL_LENGTH) return fail
      return original.tokenize.call(this, effects, ok, counted ? fail : nok)
    }
    bounded.set(original, { ...original, name: `${original.name}Bounded`, tokenize })
  }
  const of = (construct: Construct) => bounded.get(construct)!
  return {
    disable: { null: BOUNDED.map((construct) => construct.name!) },
    // As micromark's defaults (micromark/lib/constructs.js) lists them.
    string: { 38: of(characterReference), 92: of(characterEscape) },
    text: {
      33: of(labelStartImage),
      38: of(characterReference),
      60: [of(autolink), of(htmlText)],
      91: of(labelStartLink),
      92: [of(hardBreakEscape), of(characterEscape)],
      93: of(labelEnd),
      96: of(codeText),
    },
  }
}

/** The tokenizer a construct runs in (micromark may hand it an object derived from it). */
function rootOf(context: TokenizeContext): TokenizeContext {
  let root = context
  while (!Object.hasOwn(root, 'events')) root = Object.getPrototypeOf(root) as TokenizeContext
  return root
}

/** Characters from the `[` that a `]` here would close (as micromark's labelEnd finds it) to here; 0 when none is open. */
function labelLength(context: TokenizeContext): number {
  const starts = context._labelStarts ?? []
  for (let index = starts.length - 1; index >= 0; index--) {
    if (!starts[index]!._balanced) return context.now().offset - starts[index]!.end.offset
  }
  return 0
}

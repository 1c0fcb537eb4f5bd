// Attributed quotes: a block quote whose author a dash line names after it — `— Anna Berg, Nordic Institute`
// below the quote, as its last paragraph, or as its last line (`-- Karl Lund`). The quote is her turn: the
// speaker block starts at the quote's first paragraph, so the quote is her remarks.
import type { FlowEntry } from '../parse/flow.js'
import { plainText } from '../parse/text.js'
import { looksLikeName } from '../text/names.js'
import { SPACED_COMMA } from '../text/scan.js'
import { type SpeakerFields, type Vocabulary, fromParts } from './speakers-forms.js'

// The dash of an attribution, then its text: `— `, `– `, `―`, `-- `, `~ `.
const DASH = /^(?:[—―–~]|--)\s?/

export interface Attribution {
  fields: SpeakerFields
  /** Flow index of the quote's first paragraph. */
  first: number
  /** Whether the attribution is a paragraph of its own (else the quote's last line). */
  whole: boolean
}

/** The author an attribution at flow index `i` names, with the quote it closes; null when there is none. */
export function attributionAt(flow: readonly FlowEntry[], i: number, words: Vocabulary): Attribution | null {
  const entry = flow[i]!
  if (entry.node.type !== 'paragraph' || entry.item) return null
  const lines = plainText(entry.node).split('\n')
  const last = lines.at(-1)!.trim()
  const whole = lines.length === 1
  if (!DASH.test(last)) return null
  const fields = authorOf(last.replace(DASH, ''), words)
  if (!fields) return null
  // A paragraph of its own after a quote, or inside it; or the quote's last line.
  let first = whole ? i : i + 1
  // Back to the quote's first paragraph; another quote's attribution ends the walk.
  const quoted = (at: number) => flow[at]!.quoteDepth > 0 && flow[at]!.node.type === 'paragraph' && !(at < i && closes(flow[at]!))
  while (first > 0 && quoted(first - 1)) first--
  if ((whole && first === i) || (!whole && entry.quoteDepth === 0)) return null
  return { fields: { ...fields, label: fields.name }, first: Math.min(first, i), whole }
}

/** Whether a paragraph ends with an attribution's dash line (it closes the quote before it). */
function closes(entry: FlowEntry): boolean {
  return entry.node.type === 'paragraph' && DASH.test(plainText(entry.node).split('\n').at(-1)!.trim())
}

/** `Anna Berg, Nordic Institute`, `Maria Lopez, Director, Ministry of Water`: a name first, then who they are. */
function authorOf(text: string, words: Vocabulary): SpeakerFields | null {
  const parts = text.trim().split(SPACED_COMMA).filter(Boolean)
  if (parts.length === 0 || parts.length > 4 || !looksLikeName(parts[0]!)) return null
  return fromParts(parts[0]!, parts.slice(1), words)
}

// Attributed quotes: a block quote whose author a dash line names after it — `— Anna Berg, Nordic Institute`
// below the quote, as its last paragraph (inside a quote a hyphen too, `> \- Anna Berg`), or as its last line
// (`-- Karl Lund`) — or a `<cite>` inside it. The quote is her turn: the speaker block starts at the quote's first
// paragraph, so the quote is her remarks.
import type { FlowEntry } from '../parse/flow.js'
import { plainText } from '../parse/text.js'
import { looksLikeName } from '../text/names.js'
import { SPACED_COMMA } from '../text/scan.js'
import { type SpeakerFields, type Vocabulary, fromParts } from './speakers-forms.js'

// The dash of an attribution, then its text: `— `, `– `, `―`, `-- `, `~ `.
const DASH = /^(?:[—―–~]|--)\s?/
// Inside a quote, a hyphen and a space too: `> \- Anna Berg`, as a writer escapes it so that Markdown makes no list item.
const HYPHEN = /^-\s/

/** The attribution's text after its dash (a hyphen only inside a quote), or null when the line opens with none. */
function dashed(line: string, quoted: boolean): string | null {
  if (DASH.test(line)) return line.replace(DASH, '')
  return quoted && HYPHEN.test(line) ? line.replace(HYPHEN, '') : null
}

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
  if (entry.item) return null
  if (entry.node.type === 'html' || (entry.node.type === 'paragraph' && entry.node.children.some((child) => child.type === 'html')))
    return citeAt(flow, i, words)
  if (entry.node.type !== 'paragraph') return null
  const lines = plainText(entry.node).split('\n')
  const last = lines.at(-1)!.trim()
  const whole = lines.length === 1
  const author = dashed(last, entry.quoteDepth > 0)
  if (author === null) return null
  const fields = authorOf(author, words)
  if (!fields) return null
  // A paragraph of its own after a quote, or inside it; or the quote's last line.
  let first = whole ? i : i + 1
  first = quoteStart(flow, i, first)
  if ((whole && first === i) || (!whole && entry.quoteDepth === 0)) return null
  return { fields: { ...fields, label: fields.name }, first: Math.min(first, i), whole }
}

/** Back from `first` to the quote's first paragraph; another quote's attribution ends the walk. */
function quoteStart(flow: readonly FlowEntry[], i: number, first: number): number {
  const quoted = (at: number) => flow[at]!.quoteDepth > 0 && flow[at]!.node.type === 'paragraph' && !(at < i && closes(flow[at]!))
  let at = first
  while (at > 0 && quoted(at - 1)) at--
  return at
}

// `<cite>Anna Berg, Nordic Institute</cite>`, perhaps with attributes; its text without tags.
const CITE = /<cite(?:\s[^<>]{0,200})?>([^<>]{1,200})<\/cite>/i

/**
 * A quote's author in a `<cite>`: in a raw HTML `<blockquote>` (the block is her turn), or as a Markdown quote's
 * last paragraph or its end (`> <cite>Karl Lund</cite>`, `> Water is life. <cite>— Maria Lopez</cite>`).
 */
function citeAt(flow: readonly FlowEntry[], i: number, words: Vocabulary): Attribution | null {
  const node = flow[i]!.node
  let raw = ''
  if (node.type === 'html') raw = /^<blockquote\b/i.test(node.value) ? node.value : ''
  else if (node.type === 'paragraph' && flow[i]!.quoteDepth > 0)
    for (const child of node.children) raw += child.type === 'html' || child.type === 'text' ? child.value : plainText(child)
  const cite = CITE.exec(raw)
  if (!cite || (node.type === 'paragraph' && raw.slice(cite.index + cite[0].length).trim() !== '')) return null
  const fields = authorOf(cite[1]!.trim().replace(DASH, ''), words)
  if (!fields) return null
  const whole = node.type === 'paragraph' && raw.slice(0, cite.index).trim() === ''
  const first = node.type === 'paragraph' ? quoteStart(flow, i, i) : i
  if (whole && first === i) return null
  return { fields: { ...fields, label: fields.name }, first, whole }
}

/** Whether a paragraph ends with an attribution's dash line (it closes the quote before it). */
function closes(entry: FlowEntry): boolean {
  return entry.node.type === 'paragraph' && dashed(plainText(entry.node).split('\n').at(-1)!.trim(), entry.quoteDepth > 0) !== null
}

/** `Anna Berg, Nordic Institute`, `Maria Lopez, Director, Ministry of Water`: a name first, then who they are. */
function authorOf(text: string, words: Vocabulary): SpeakerFields | null {
  const parts = text.trim().split(SPACED_COMMA).filter(Boolean)
  if (parts.length === 0 || parts.length > 4 || !looksLikeName(parts[0]!)) return null
  return fromParts(parts[0]!, parts.slice(1), words)
}

// Plain text of mdast nodes, walked iteratively (deep trees must not overflow the stack).
import type { Heading, Nodes, Paragraph, PhrasingContent } from 'mdast'
import { collapseSpace } from '../text/normalize.js'
import { trailingAttributes } from './attributes.js'

/** Text of a node with hard breaks kept as line ends; images and HTML contribute nothing. */
export function plainText(node: Nodes): string {
  if (!('children' in node)) return 'value' in node && node.type !== 'html' ? node.value : ''
  // Read by several detectors, as flatText is: made once per node.
  let text = plain.get(node)
  if (text !== undefined) return text
  text = ''
  let superscript = false
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'break') text += '\n'
    else if (current.type === 'html') superscript = SUP_OPEN.test(current.value) || (superscript && !SUP_CLOSE.test(current.value))
    else if (current.type === 'image' || current.type === 'imageReference') continue
    else if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes)
    else if ('value' in current && !(superscript && isNoteMark(text, current.value))) text += current.value
  }
  plain.set(node, text)
  return text
}

const plain = new WeakMap<Nodes, string>()

const SUP_OPEN = /^<sup>$/i
const SUP_CLOSE = /^<\/sup>$/i
/** A footnote's mark in a `<sup>` (marker writes them so): `1`, `2,3`, `*`, `†`, `a`. */
const NOTE_MARK = /^(?:[\d,*†‡§ ]{1,8}|[a-z])$/

/** A `<sup>` footnote mark right after a word (`Authority<sup>1</sup>`): not the word's. An exponent (`10<sup>6</sup>`) is. */
function isNoteMark(before: string, value: string): boolean {
  return NOTE_MARK.test(value) && /[\p{L})\].,;:’'"”]$/u.test(before)
}

/** Plain text on one line: every run of whitespace, line ends included, becomes one space. */
export function flatText(node: Nodes): string {
  // Several detectors read the same nodes; the tree is never changed, so each text is made once.
  let text = flat.get(node)
  if (text === undefined) {
    text = collapseSpace(plainText(node))
    flat.set(node, text)
  }
  return text
}

const flat = new WeakMap<Nodes, string>()

/** The lines of a paragraph as printed: one entry per source line, hard breaks and soft line ends alike. */
export function paragraphLines(node: Paragraph | Heading): Array<{ text: string; line: number }> {
  const start = node.position?.start.line ?? 1
  return plainText(node)
    .split('\n')
    .map((text, offset) => ({ text, line: start + offset }))
}

/** The single emphasis or strong node a paragraph consists of, if that is all it holds. */
export function soleEmphasis(node: Paragraph): { kind: 'strong' | 'emphasis'; text: string } | null {
  const meaningful = node.children.filter((child: PhrasingContent) => !(child.type === 'text' && child.value.trim() === ''))
  if (meaningful.length !== 1) return null
  const only = meaningful[0]!
  if (only.type !== 'strong' && only.type !== 'emphasis') return null
  // `***text***` nests one inside the other: still a single styled line.
  return { kind: only.type, text: plainText(only) }
}

/** A word processor's attributes after a heading: `## Acknowledgement {#ack .unnumbered}` → text and id. */
export function headingAttributes(text: string): { text: string; id: string | null } {
  const found = trailingAttributes(text)
  return found ? { text: text.slice(0, found.start), id: found.id } : { text, id: null }
}

/**
 * The start of a paragraph as printed, its inline HTML kept: in Markdown a chat nick's brackets read as an HTML tag
 * (`15:26 <anna> hi` is a text, an `html` node and a text). Other inline nodes stand as a NUL, which no pattern takes.
 */
export function printedStart(node: Paragraph, children = 4): string {
  let text = ''
  for (const child of node.children.slice(0, children)) text += child.type === 'text' || child.type === 'html' ? child.value : '\u0000'
  return text
}

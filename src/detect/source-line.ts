// The document's own address as its top prints it: a label that says where it is published, then the address
// ("Available at: https://…", "Libro disponible en la web: https://…", "[Original file](https://…)",
// "Permalink: [text](https://…)"). Only at the top: a "Source: …" line in the body cites another document.
import type { Nodes, Paragraph } from 'mdast'
import { alternation, lexicon } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText } from '../parse/text.js'
import { collapseSpace, countWords } from '../text/normalize.js'
import { trimEndWhere } from '../text/scan.js'

/** Flow entries at the top of a document where its address is looked for. */
const SOURCE_REACH = 12
/** Words a line may hold before its label ("Libro disponible en la web:"). */
const MAX_WORDS_BEFORE = 8

// The words before the address end with a label, a colon after it or not.
const LABEL_END = new RegExp(`(?:^|[\\s(\\[])(?:${alternation(lexicon.sourceLabels)})\\s*[:：]?$`, 'iu')
const LABEL = new RegExp(`^(?:${alternation(lexicon.sourceLabels)})$`, 'iu')
const BARE_URL = /https?:\/\/[^\s<>()[\]]+/u

export interface SourceLine {
  url: string
  entry: FlowEntry
  /** Whether the paragraph is that line and nothing else (the report's text does not go on in it). */
  whole: boolean
}

/** The first line of the top entries that gives the document's address after a label, or null. */
export function sourceLineOf(flow: readonly FlowEntry[], isClaimed: (node: FlowEntry['node']) => boolean): SourceLine | null {
  for (const entry of flow.slice(0, SOURCE_REACH)) {
    if (entry.node.type !== 'paragraph' || isClaimed(entry.node)) continue
    const found = addressAfterLabel(entry.node)
    if (found) return { url: found.url, entry, whole: found.whole }
  }
  return null
}

/** The first address in a paragraph whose line, up to it, is a source's label (or whose link's text is one). */
function addressAfterLabel(node: Paragraph): { url: string; whole: boolean } | null {
  let before = ''
  for (const [i, child] of node.children.entries()) {
    const line = before.slice(before.lastIndexOf('\n') + 1)
    if (child.type === 'link' && /^https?:\/\//u.test(child.url)) {
      const label = isLabel(line) || (line.trim() === '' && LABEL.test(collapseSpace(flatText(child))))
      if (label) return { url: child.url, whole: line === before && !hasText(node.children.slice(i + 1)) }
    }
    const text = child.type === 'text' ? child.value : flatText(child)
    const bare = child.type === 'text' ? BARE_URL.exec(text) : null
    const head = bare ? before + text.slice(0, bare.index) : ''
    if (bare && isLabel(head.slice(head.lastIndexOf('\n') + 1)))
      return { url: trimEndWhere(bare[0], (char) => '.,;:'.includes(char)), whole: false }
    before += text
  }
  return null
}

function isLabel(before: string): boolean {
  const text = collapseSpace(before)
  return text !== '' && countWords(text, MAX_WORDS_BEFORE + 1) <= MAX_WORDS_BEFORE && LABEL_END.test(text)
}

function hasText(nodes: readonly Nodes[]): boolean {
  return nodes.some((node) => flatText(node).trim() !== '')
}

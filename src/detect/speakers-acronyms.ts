// Capitals a document uses as a thing's acronym, not as someone's initials: after an article (`the API`, `a PR`,
// `le PS`), in the plural (`PRs`, `RFCs`), or glued to a number or a word (`TG1`, `API-based`). A label of such capitals
// (`PR: merged`) is no listed attendee's initials, whatever name they spell; no person is written so.
import type { FlowEntry } from '../parse/flow.js'
import { flatText } from '../parse/text.js'
import { factoredAlternation } from '../lexicon/alternation.js'
import { lexicon } from '../lexicon/index.js'

const DETERMINERS = lexicon.nounDeterminers.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)])
/** A determiner, its space, then capitals that end the word. */
const AFTER_DETERMINER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${factoredAlternation(DETERMINERS)})[ \\t]+(\\p{Lu}{2,4})(?![\\p{L}\\p{N}])`,
  'gu',
)
/** Capitals with a plural's `s`, a number or a hyphen and a lowercase word right after them. */
const GLUED = /(?<![\p{L}\p{N}])(\p{Lu}{2,4})(?:s(?![\p{L}\p{N}])|\d|-\p{Ll})/gu

/** Which of `labels` (capitals) the document writes as an acronym somewhere; each paragraph and heading read once. */
export function acronymsAmong(flow: readonly FlowEntry[], labels: ReadonlySet<string>): Set<string> {
  const found = new Set<string>()
  if (labels.size === 0) return found
  for (const entry of flow) {
    const node = entry.node
    if (node.type !== 'paragraph' && node.type !== 'heading') continue
    const text = flatText(node)
    // Most paragraphs hold none of the labels: a cheap test for two capitals in a row first.
    if (!/\p{Lu}\p{Lu}/u.test(text)) continue
    for (const match of text.matchAll(AFTER_DETERMINER)) if (labels.has(match[1]!)) found.add(match[1]!)
    for (const match of text.matchAll(GLUED)) if (labels.has(match[1]!)) found.add(match[1]!)
  }
  return found
}

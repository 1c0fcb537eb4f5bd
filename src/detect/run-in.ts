// A run-in topic label: a paragraph that opens with a short bold label and goes on with the record, as Word
// minutes set a topic of their questions diverses (`**COVID** : Monsieur le Maire informe…`, `**Matériel
// technique** Monsieur le Maire informe…`, `**Noël 2020** – La crise sanitaire…`). The label is the topic's;
// the sentence after it opens the paragraph's record.
import type { Paragraph } from 'mdast'
import { flatText } from '../parse/text.js'
import { collapseSpace, countWords } from '../text/normalize.js'
import { withoutEndColon } from '../text/scan.js'

/** Most words of a run-in label: more is a sentence set in bold. */
const MAX_LABEL_WORDS = 10
/** Fewest words of the record after the label. */
const MIN_REST_WORDS = 3
/** What may stand between the label and the record: a colon or a dash, with spaces. */
const SEPARATOR = /^[ \t]*(?:[:：–—]|-{1,2})?[ \t]*/u

export interface RunIn {
  /** The label as printed, without its colon. */
  label: string
  /** The record after the label and its separator. */
  rest: string
  /** Characters of the paragraph's flat text the label and separator take. */
  taken: number
}

/** The run-in label a paragraph opens with, and the record after it; null when it opens with none. */
export function runInLabel(node: Paragraph): RunIn | null {
  const first = node.children[0]
  if (first?.type !== 'strong' || node.children.length < 2) return null
  const bold = flatText(first)
  const label = withoutEndColon(collapseSpace(bold))
  if (label === '' || /[.;,!?]$/u.test(label) || countWords(label, MAX_LABEL_WORDS + 1) > MAX_LABEL_WORDS) return null
  const flat = flatText(node)
  if (!flat.startsWith(bold)) return null
  const after = flat.slice(bold.length)
  const separator = SEPARATOR.exec(after)![0]
  const rest = after.slice(separator.length)
  // A colon or a dash sets the label off; else a sentence starts after it (`**Vu** la demande…` goes on as one: no label).
  const setOff = /[:：–—-]/u.test(separator) || /[:：]\s*$/u.test(bold)
  if (!(setOff || /^\p{Lu}/u.test(rest)) || countWords(rest, MIN_REST_WORDS) < MIN_REST_WORDS) return null
  return { label, rest, taken: bold.length + separator.length }
}

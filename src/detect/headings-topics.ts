// Run-in topics: under a heading, paragraphs that each open with a short bold label of their own and go on
// with the record (`**COVID** : Monsieur le Maire informe…`, `**Agent de Prévention**: …`, `**Matériel
// technique** Monsieur le Maire…`), as Word minutes set the topics of their questions diverses. Two or more
// different labels under one heading make them its subsections; a lone one, a label the lexicons know as an
// attendance list's or a note's (`**Présents** : …`, `**Action:** …`) or a date is none.
import { lexicon } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { soleEmphasis } from '../parse/text.js'
import { isDateOnly } from '../text/dates.js'
import { type RunIn, runInLabel } from './run-in.js'

const NOT_TOPICS = new Set(
  [...lexicon.notLabels, ...lexicon.participantsHeadings, ...lexicon.absenceHeadings, ...lexicon.noteLabels].map((word) =>
    word.toLowerCase(),
  ),
)
/** Fewest different labels under one heading that make them its topics. */
const MIN_TOPICS = 2

/** The flow's run-in topics, by flow index. */
export function runInTopics(flow: readonly FlowEntry[]): Map<number, RunIn> {
  const topics = new Map<number, RunIn>()
  let stretch: Array<[number, RunIn]> = []
  const close = () => {
    // `**Recommendation 1:**`, `**Recommendation 2:**`: one kind of item numbered, not topics.
    if (new Set(stretch.map(([, topic]) => withoutEndNumber(topic.label.toLowerCase()))).size >= MIN_TOPICS)
      for (const [index, topic] of stretch) topics.set(index, topic)
    stretch = []
  }
  for (const entry of flow) {
    const node = entry.node
    if (node.type === 'heading' || (node.type === 'paragraph' && entry.item === null && soleEmphasis(node)?.kind === 'strong')) {
      close()
      continue
    }
    if (node.type !== 'paragraph' || entry.item !== null || entry.quoteDepth > 0 || entry.grid) continue
    const topic = runInLabel(node)
    if (topic && isTopicLabel(topic.label)) stretch.push([entry.index, topic])
  }
  close()
  return topics
}

/**
 * A label that can name a topic: it starts a title (a capital or a digit), names no date or list. (A speaker's
 * label, `**Anna Berg :** …`, is the speakers' before the headings see it.)
 */
function isTopicLabel(label: string): boolean {
  return /^[\p{Lu}\d]/u.test(label) && !NOT_TOPICS.has(label.toLowerCase()) && !isDateOnly(label)
}

/** A label without the number that ends it (`recommendation 2` → `recommendation`). */
function withoutEndNumber(label: string): string {
  let end = label.length
  while (end > 0 && /[\s\d.]/u.test(label[end - 1]!)) end--
  return label.slice(0, end)
}

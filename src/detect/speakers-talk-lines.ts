// A talk's speaker line right under its title's heading, as seminar reports print their talks' abstracts:
// `### Regions in Effekt` then `Philipp Schuster, University of Tübingen`, or `Anna Berg (Nordic Institute –
// Oslo, NO)`. One such line is as often a caption or a participant; three make the document's way of saying
// who gave each talk.
import type { FlowEntry } from '../parse/flow.js'
import { flatText } from '../parse/text.js'
import { collapseSpace } from '../text/normalize.js'
import { type SpeakerLineParts, speakerLineParts } from '../text/speaker-line.js'

/** Fewest speaker lines under headings that make them the document's way of naming who gave its talks. */
const MIN_TALK_LINES = 3

/** The speaker line at flow index `i`: a plain paragraph of one line right under a heading, or null. */
export function talkLineAt(flow: readonly FlowEntry[], i: number): SpeakerLineParts | null {
  const entry = flow[i]
  const before = flow[i - 1]
  if (!entry || before?.node.type !== 'heading' || entry.node.type !== 'paragraph' || entry.item || entry.quoteDepth > 0) return null
  // A cheap test first: a speaker line is short and has a comma or a parenthesis.
  const text = flatText(entry.node)
  if (text.length > 160 || !/[,(]/.test(text)) return null
  return speakerLineParts(collapseSpace(text))
}

/** Whether the document puts a speaker line under three of its headings at least. */
export function writesTalkLines(flow: readonly FlowEntry[]): boolean {
  let count = 0
  for (let i = 1; i < flow.length; i++) {
    if (flow[i - 1]!.node.type === 'heading' && talkLineAt(flow, i) && ++count >= MIN_TALK_LINES) return true
  }
  return false
}

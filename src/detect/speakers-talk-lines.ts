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

const OPENING_QUOTES = new Set(['«', '„', '“', '"', '‚', '‘'])
const CLOSING_QUOTES = new Set(['»', '“', '”', '"', '‘', '’'])

/**
 * The label a programme's line gives a talk's giver: `**Anton Boudreau Ninkov** (EBSI, Université de Montréal) :
 * « Titre »`, `Anna Berg (Universität Jena): „Titel“`, as notes of study days, workshops and conferences introduce
 * each talk. The label is the name before its parenthesis when the rest of the line is a quoted title and nothing
 * else; else null (a turn's label with a parenthesis over its words stays as printed).
 */
export function programmeLabel(label: string, rest: string): string | null {
  const open = label.indexOf(' (')
  const title = rest.trim()
  if (open < 1 || !label.endsWith(')') || title.length < 3 || title.includes('\n')) return null
  return OPENING_QUOTES.has(title[0]!) && CLOSING_QUOTES.has(title.at(-1)!) ? label.slice(0, open) : null
}

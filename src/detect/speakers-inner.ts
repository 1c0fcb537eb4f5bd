// Live notes run several members' remarks into one item or paragraph: after a sentence's end, a listed participant's
// initials and a colon open another turn there (`Also clearance for TEI Simple. LB: this may take longer.`,
// `… like releaseCandidate. HC: not good git policy … RV: It's potentially risky …`). Read only in a record that
// writes its turns under initials already (three such turns at least), and only for initials the list gives someone.
import type { FlowEntry } from '../parse/flow.js'
import { flatText } from '../parse/text.js'
import type { Claims } from './define.js'
import { type RosterPerson, listedInitials } from './speakers-roster.js'
import type { SpeakerFields } from './speakers-forms.js'
import type { SpeakerLine } from './speakers.js'

/** `found` with the turns that listed initials open inside its entries' paragraphs, each after its entry's own. */
export function withInnerTurns(
  found: readonly SpeakerLine[],
  flow: readonly FlowEntry[],
  claims: Claims,
  roster: readonly RosterPerson[],
  fields: (holder: RosterPerson, initials: string) => SpeakerFields,
): SpeakerLine[] {
  const initialled = found.filter((line) => INITIALS.test(line.label) && line.name !== line.label).length
  if (initialled < MIN_INITIALLED) return [...found]
  const inner: SpeakerLine[] = []
  for (const entry of flow) {
    if (entry.node.type !== 'paragraph' || claims.isClaimed(entry.node)) continue
    const text = flatText(entry.node)
    // A cheap test first: a colon after a capital, as initials and their colon need.
    if (!/\p{Lu}:/u.test(text)) continue
    for (const match of text.matchAll(INNER)) {
      const holder = listedInitials(match[1]!, roster)
      if (!holder) continue
      const line = entry.line + countLines(text, match.index)
      const at = { line, column: 1, first: entry.index, last: entry.index }
      inner.push({ ...fields(holder, match[1]!), text: match[1]!, form: 'label', ...at })
    }
  }
  return merged(found, inner)
}

/** How many turns under listed initials make them the record's way of writing turns. */
const MIN_INITIALLED = 3

const INITIALS = /^\p{Lu}{2,4}$/u
// A sentence's end (or a closing parenthesis), then initials and a colon before the words.
const INNER = /[.!?)]\s+(\p{Lu}{2,4}):\s+(?=\S)/gu

function countLines(text: string, end: number): number {
  let count = 0
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count++
  return count
}

/** The inner turns placed after every line found at or before their entry, in reading order. */
function merged(found: readonly SpeakerLine[], inner: readonly SpeakerLine[]): SpeakerLine[] {
  const out: SpeakerLine[] = []
  let k = 0
  for (const line of found) {
    while (k < inner.length && inner[k]!.first < line.first) out.push(inner[k++]!)
    out.push(line)
  }
  return [...out, ...inner.slice(k)]
}

/**
 * `SB and HC: reverse concern …`: two listed participants' initials joined before a colon, a joint remark; the holders
 * in order, with the label as printed.
 */
export function jointInitials(
  text: string,
  roster: readonly RosterPerson[],
): { label: string; holders: Array<[RosterPerson, string]> } | null {
  const joint = /^\p{Lu}{2,4} /u.test(text) ? JOINT.exec(text) : null
  if (!joint) return null
  const first = listedInitials(joint[2]!, roster)
  const second = listedInitials(joint[3]!, roster)
  return first && second && first !== second
    ? {
        label: joint[1]!,
        holders: [
          [first, joint[2]!],
          [second, joint[3]!],
        ],
      }
    : null
}

const JOINT = /^((\p{Lu}{2,4}) (?:and|&) (\p{Lu}{2,4})):\s+(?=\S)/u

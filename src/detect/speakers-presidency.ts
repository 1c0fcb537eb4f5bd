// Who presides changes in a sitting's record: a note on a line of its own says who takes the chair from there on
// (`(Présidence de M. R. Hotyat)`, `(Presidencia del Sr. Gómez)`). A label by the presiding office alone
// (`M. le Président. - `) names whoever the last note before it says presides; before any note, the opening's presider.
import { lexicon } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { plainText } from '../parse/text.js'
import type { LabelParts } from '../text/labels.js'
import { slug } from '../text/normalize.js'
import { presidencyNoteRest } from '../text/presidency.js'
import { presiderIn } from './speakers-presiding.js'
import type { RosterPerson } from './speakers-roster.js'

const PRESIDING = new Set(lexicon.presidingOffices.map(slug))
/** Tokens read after the phrase. */
const MAX_TOKENS = 12

export interface PresidencyNote {
  /** The flow index of the note. */
  at: number
  person: RosterPerson
}

/** The record's notes of who presides from there on, in reading order. */
export function presidencyNotes(flow: readonly FlowEntry[]): PresidencyNote[] {
  const notes: PresidencyNote[] = []
  for (let at = 0; at < flow.length; at++) {
    const node = flow[at]!.node
    if (node.type !== 'paragraph' && node.type !== 'heading') continue
    const person = noteOf(plainText(node))
    if (person) notes.push({ at, person })
  }
  return notes
}

/** The person a note names (`(Présidence de M. R. Hotyat)`), or null for any other line. */
function noteOf(text: string): RosterPerson | null {
  const rest = presidencyNoteRest(text)
  return rest === null ? null : presiderIn(rest.split(' ').slice(0, MAX_TOKENS))
}

/** Whether a label names the presiding office alone (`M. le Président`, `Mme la Présidente`): not `le Président du Collège`. */
export function isPresidingLabel(parts: LabelParts): boolean {
  return parts.kind === 'role' && parts.organization === '' && PRESIDING.has(slug(parts.position))
}

/** Who the last note before flow index `at` says presides, or null before any note. */
export function presiderAt(notes: readonly PresidencyNote[], at: number): RosterPerson | null {
  let presider: RosterPerson | null = null
  for (const note of notes) {
    if (note.at >= at) break
    presider = note.person
  }
  return presider
}

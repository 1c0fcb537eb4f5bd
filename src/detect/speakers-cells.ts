// Turns in a table's cells: minutes kept as a Markdown table whose cells open with a speaker's label. A bold label
// opens the first column's cell (`| **Anna Berg:** We agree. |`), or, in any column, the initials or the name of
// someone the participants list names opens a cell before a colon or a dash (`| MS: in progress |`,
// `| SB — no need to discuss |`): the list says the letters are a person's, where a table's `Status:` is no one's.
import type { TableCell } from 'mdast'
import { flatText } from '../parse/text.js'
import { collapseSpace } from '../text/normalize.js'
import { type LabelParts, parseLabel } from '../text/labels.js'
import { type RosterPerson, listedInitials, resolveLabel } from './speakers-roster.js'

export interface CellLabel {
  label: string
  parts: LabelParts
  person: RosterPerson | null
}

/** The label a cell opens with, when it is a speaker's: bold in the first column, else a listed participant's. */
export function cellLabel(cell: TableCell, first: boolean, roster: readonly RosterPerson[]): CellLabel | null {
  const lead = cell.children[0]
  if (first && lead?.type === 'strong' && cell.children.length >= 2) return boldLabel(collapseSpace(flatText(lead)).trim(), roster)
  // A cheap test first: a cell opening with a capital, and a roster to say whose the label is.
  const text = collapseSpace(flatText(cell)).trim()
  if (roster.length === 0 || !/^\p{Lu}/u.test(text)) return null
  const label = LISTED_LABEL.exec(text)?.[1]
  if (label === undefined) return null
  const initials = listedInitials(label, roster)
  if (initials) return { label, parts: initialsOf(label), person: initials }
  const parts = parseLabel(label, 'colon')
  const person = parts?.kind === 'person' && parts.name.includes(' ') ? resolveLabel(parts, label, roster) : null
  return person ? { label, parts: parts!, person } : null
}

function initialsOf(name: string): LabelParts {
  return { kind: 'initials', honorific: '', position: '', name, family: '', given: '', organization: '', alias: '', strong: false }
}

/** `**Anna Berg:**`: a bold label that says who speaks by itself (no key, no role). */
function boldLabel(bold: string, roster: readonly RosterPerson[]): CellLabel | null {
  const label = bold.slice(0, -1).trimEnd()
  const parts = bold.endsWith(':') ? parseLabel(label, 'colon') : null
  if (parts?.kind !== 'person' || parts.name === '') return null
  return { label, parts, person: resolveLabel(parts, label, roster) }
}

/** A label opening a cell: up to forty letters, then a colon, a dash, or a hyphen set off by spaces (`EM - …`). */
const LISTED_LABEL = /^(\p{Lu}[\p{L}.'’ -]{0,40}?)(?::|\s*[–—]|\s+-{1,2}\s)\s*(?=\S)/u

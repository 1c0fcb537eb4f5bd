// A role's label over the holder its sentence names as the speaker, as bulletins of intergovernmental meetings report
// each statement: `Chair of IPCC: Bert Bolin noted …`, `Secretary-General of the WMO: G.O.P. Obasi cited …`, `UN
// Secretary-General: On behalf of the Secretary General, Nitin Desai, Under-Secretary-General …, said …`. The speaker is
// the person named, the office their position (their own when an apposition gives it), the body of the office their
// organisation. Pure string functions over a label turn; the sentence after the label stays its remarks.
import { lexicon, officeSpellings } from '../lexicon/index.js'
import { type Vocabulary, inlineSpeaker } from './speakers-forms.js'
import type { LabelTurn } from './speakers-turns.js'

const OFFICES = officeSpellings(lexicon.titles)
const ARTICLES = new Set(lexicon.officeArticles.map((word) => word.toLowerCase()))
const LINKS = new Set(lexicon.officeBodyLinks.map((word) => word.toLowerCase()))
const REPRESENTING = lexicon.representingPhrases.map((phrase) => `${phrase.toLowerCase()} `)
/** A body's acronym before its office (`UN Secretary-General`, `WMO Secretary-General`). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&/-]{1,9}$/u
/** Most characters of the body a representing phrase names before the holder (`On behalf of the Secretary General,`). */
const MAX_REPRESENTED = 60

/**
 * Each turn that is a role's label over the holder reporting, replaced by the holder's; how many were (these are
 * reporting sentences under a label: they make no record of label turns).
 */
export function readHolders(turns: Map<number, LabelTurn>, words: Vocabulary): number {
  let count = 0
  for (const [at, turn] of turns) {
    const holder = reportingHolder(turn, words)
    if (holder) turns.set(at, holder)
    if (holder) count++
  }
  return count
}

/** The turn as the holder's, when its label is an office and its remarks open with the holder reporting; else null. */
function reportingHolder(turn: LabelTurn, words: Vocabulary): LabelTurn | null {
  const office = officeOfLabel(turn)
  if (!office) return null
  const remarks = turn.remarks.trim()
  const holder = inlineSpeaker(remarks, words) ?? representedHolder(remarks, words)
  // A full name: `Chair: Anna said …` may be anyone called Anna.
  if (!holder || !holder.name.includes(' ')) return null
  const parts = {
    ...turn.parts,
    kind: 'person' as const,
    name: holder.name,
    honorific: holder.honorific,
    position: holder.position || office.position,
    organization: office.body || holder.organization,
  }
  return { ...turn, parts, person: null, role: turn.opening.label }
}

/**
 * The office a label names and the body it is of: `Chair of the INC/FCCC` → Chair, INC/FCCC; `UN Secretary-General` →
 * Secretary-General, UN; `Moderator` → Moderator and no body. Null for a label that names a person.
 */
function officeOfLabel(turn: LabelTurn): { position: string; body: string } | null {
  const { parts } = turn
  if (parts.kind === 'role' && parts.position !== '') return splitBody(parts.position)
  if (parts.kind !== 'person' || parts.honorific !== '' || parts.position !== '') return null
  const tokens = parts.name.split(' ')
  let k = 0
  while (k < tokens.length - 1 && ACRONYM.test(tokens[k]!)) k++
  const position = tokens.slice(k).join(' ')
  return k > 0 && OFFICES.has(position.toLowerCase()) ? { position, body: tokens.slice(0, k).join(' ') } : null
}

/** `Secretary-General of the WMO` → Secretary-General, WMO: the body after the office's link and article. */
function splitBody(office: string): { position: string; body: string } {
  const tokens = office.split(' ')
  const link = tokens.findIndex((token, k) => k > 0 && LINKS.has(token.toLowerCase()))
  if (link < 0 || link === tokens.length - 1) return { position: office, body: '' }
  const from = ARTICLES.has(tokens[link + 1]!.toLowerCase()) && link + 2 < tokens.length ? link + 2 : link + 1
  return { position: tokens.slice(0, link).join(' '), body: tokens.slice(from).join(' ') }
}

/** `On behalf of the Secretary General, Nitin Desai, Under-Secretary-General …, said`: the holder after whom they speak for. */
function representedHolder(remarks: string, words: Vocabulary): ReturnType<typeof inlineSpeaker> {
  const lower = remarks.toLowerCase()
  if (!REPRESENTING.some((phrase) => lower.startsWith(phrase))) return null
  const comma = remarks.indexOf(', ')
  return comma > 0 && comma <= MAX_REPRESENTED ? inlineSpeaker(remarks.slice(comma + 2), words) : null
}

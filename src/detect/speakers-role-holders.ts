// A role's label over the holder its sentence names as the speaker, as bulletins of intergovernmental meetings report
// each statement: `Chair of IPCC: Bert Bolin noted …`, `Secretary-General of the WMO: G.O.P. Obasi cited …`, `UN
// Secretary-General: On behalf of the Secretary General, Nitin Desai, Under-Secretary-General …, said …`. The speaker is
// the person named, the office their position (their own when an apposition gives it), the body of the office their
// organisation. A body's label over the one who speaks for it (`The EU: Brendan Howlin, Minister …, reaffirmed …`), and a
// delegation's heading over a statement (`### SWEDEN` / `Anna Lindh, Minister of the Environment, said …`), say the same.
import { lexicon, officeSpellings } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, headingAttributes } from '../parse/text.js'
import { type SpeakerFields, type Vocabulary, inlineSpeaker } from './speakers-forms.js'
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

const NOT_LABELS = new Set(lexicon.notLabels.map((word) => word.toLowerCase()))
/** Most characters of a body's label before the one who speaks for it. */
const MAX_BODY_LABEL = 40
/** A word of a body's name as a label prints it: capitalised, in capitals, an acronym with figures (`G-77/CHINA`). */
const BODY_WORD = /^[\p{Lu}\d][\p{L}\d&/.-]*$/u
/** Most words of a body's label (`CENTRAL AMERICA GROUP`, `The European Union`). */
const MAX_BODY_WORDS = 4

/**
 * `The EU: Brendan Howlin, Minister for the Environment of Ireland, reaffirmed …`: a body's label, then the sentence of
 * the one who speaks for it (name, apposition, reporting verb). The body is their organisation, the label as printed.
 */
export function bodyLedSpeaker(text: string, words: Vocabulary): SpeakerFields | null {
  const colon = text.indexOf(': ')
  if (colon < 2 || colon > MAX_BODY_LABEL) return null
  const label = text.slice(0, colon)
  const tokens = label.split(' ')
  const start = ARTICLES.has(tokens[0]!.toLowerCase()) ? 1 : 0
  const body = tokens.slice(start)
  if (body.length === 0 || body.length > MAX_BODY_WORDS || !body.every((word) => BODY_WORD.test(word))) return null
  // A key, an action or an agenda word (`Action: Anna Berg reported …`, `Update: …`) is no body.
  if (NOT_LABELS.has(body.join(' ').toLowerCase()) || NOT_LABELS.has(body[0]!.toLowerCase())) return null
  const speaker = inlineSpeaker(text.slice(colon + 2), words)
  if (!speaker || !speaker.name.includes(' ')) return null
  return { ...speaker, organization: body.join(' '), label }
}

/** Fewest statements under headings in capitals that make those headings the delegations their speakers speak for. */
const MIN_DELEGATIONS = 3

/**
 * `### SWEDEN` over `Anna Lindh, Minister of the Environment, said …`: in a run of headings in capitals each over a
 * statement whose sentence names its speaker, the heading is the delegation the speaker speaks for (their organisation
 * when the sentence gives none). A heading of words the document also writes in lowercase (`### BUDGET`) is a topic's.
 */
export function delegationHeadings<T extends { form: string; first: number; organization: string }>(
  found: T[],
  flow: readonly FlowEntry[],
  common: () => ReadonlySet<string>,
): T[] {
  const headed = found.filter((speaker) => speaker.form === 'inline' && delegationOver(flow[speaker.first - 1], common) !== '')
  if (headed.length < MIN_DELEGATIONS) return found
  for (const speaker of headed) speaker.organization ||= delegationOver(flow[speaker.first - 1], common)
  return found
}

/** The heading's text when it is a body's name in capitals (`SWITZERLAND`, `CENTRAL AMERICA GROUP`), else ''. */
function delegationOver(entry: FlowEntry | undefined, common: () => ReadonlySet<string>): string {
  if (entry?.node.type !== 'heading') return ''
  const text = headingAttributes(flatText(entry.node)).text.trim()
  const words = text.split(' ')
  if (words.length > MAX_BODY_WORDS || /\p{Ll}/u.test(text) || !words.every((word) => BODY_WORD.test(word))) return ''
  return words.every((word) => common().has(word.toLowerCase())) ? '' : text
}

// Speaker blocks: who speaks (name, position, department, organisation) where their remarks begin.
// Forms, tried in this order for each paragraph or heading:
//   line     **Name, Position, Department, Organization**
//   turn     **Org | Name | Role**  (or **Org | Role** for a delegation)
//   stacked  a presenter's lines, one per paragraph (italic, bold, or plain with a CAPITALISED surname)
//   label    **Name:** alone, or opening a paragraph of remarks
//   heading  ## Name, Position, …  /  ### 1. Chen Lu (Ant Group)  /  ### Atmosfera (Paulo Kubota)
//   inline   Gilvan Sampaio (Coordenador-Geral da CGCT/INPE) agradece …
// A speaker on its own line is taken from the flow; a heading stays for the heading detector, and an
// opening label or inline name stays in its paragraph, which becomes the first block of remarks.
import { z } from 'zod'
import { alternation, lexicon } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, headingAttributes, soleEmphasis } from '../parse/text.js'
import { parseLabel } from '../text/labels.js'
import { hasCapitalisedSurname, isPersonName, splitName } from '../text/names.js'
import { collapseSpace, countWords } from '../text/normalize.js'
import { splitNumber } from '../text/numbering.js'
import { type DetectContext, defineDetector } from './define.js'
import { type SpeakerFields, type Vocabulary, commaLine, fromParts, headingPresenter, inlineSpeaker, pipeTurn } from './speakers-forms.js'
import { type RosterPerson, commonWords, readNamedLines, readRoster, resolveLabel } from './speakers-roster.js'
import { speakersExamples } from './speakers-examples.js'
import { type LabelTurn, labelTurns } from './speakers-turns.js'

// Each option is a regular expression alternation; the lexicons' words by default.
export const SpeakersOptions = z.object({
  /** Job titles, matched as whole words anywhere in a part of a speaker line. */
  positions: z.string().default(alternation(lexicon.positions)),
  /** Words a department's name begins with. */
  departments: z.string().default(alternation(lexicon.departmentWords)),
  /** Labels that stand for a person (`**Moderator:**`). */
  roles: z.string().default(alternation(lexicon.roles)),
  /** Reporting verbs that follow an inline name in minutes ("… agradece", "… noted"), matched as word beginnings. */
  verbs: z.string().default(alternation(lexicon.reportingVerbs)),
})
export type SpeakersOptions = z.infer<typeof SpeakersOptions>

/** The regular expressions of a set of options, made once per set (the defaults: once). */
const vocabularies = new WeakMap<SpeakersOptions, Vocabulary>()

export function vocabularyOf(options: SpeakersOptions): Vocabulary {
  let words = vocabularies.get(options)
  if (!words) {
    words = {
      position: new RegExp(`\\b(?:${options.positions})\\b`, 'i'),
      department: new RegExp(`^(?:${options.departments})\\b`, 'i'),
      roles: new RegExp(`^(?:${options.roles})$`, 'i'),
      verbs: new RegExp(`^(?:${options.verbs})`, 'i'),
    }
    vocabularies.set(options, words)
  }
  return words
}

export interface SpeakerLine extends SpeakerFields {
  /** The speaker block as one line of text, for matching against contents entries. */
  text: string
  form: 'line' | 'turn' | 'stacked' | 'label' | 'heading' | 'inline'
  line: number
  column: number
  /** Flow indices of the block's first and last node. */
  first: number
  last: number
}

export interface SpeakersResult {
  speakers: SpeakerLine[]
  /** The participants the document lists, whom labels were resolved to. */
  roster: RosterPerson[]
}

export const speakers = defineDetector({
  id: 'speakers',
  description: 'Finds speaker blocks: label turns, speaker lines, transcript turns, presenter lines and headings, inline names in minutes',
  options: SpeakersOptions,
  codes: {
    'speakers-unrecognised': {
      severity: 'warning',
      meaning: 'many lines open with what looks like a speaker’s label (`Anna:`, `BERG:`) but few were read as turns; the first is named',
    },
  },
  empty: (): SpeakersResult => ({ speakers: [], roster: [] }),
  detect(context, options) {
    const words = vocabularyOf(options)
    const { people: roster, listed: rosterEntries } = readRoster(context.flow, context.dialect.transcript?.participants)
    const { turns, unread } = labelTurns(context.flow, context.claims, roster, words.roles, rosterEntries)
    if (unread.length >= UNREAD_MIN && unread.length > 2 * turns.size) {
      const first = unread[0]!
      const message = `${unread.length} lines open with what looks like a speaker’s label but were not read as turns (${turns.size} were); the first: “${first.opening.label}”`
      context.report('speakers-unrecognised', message, first.entry)
    }
    const found: SpeakerLine[] = []
    const flow = context.flow
    let named: RosterPerson[] | undefined
    let lastHeading = -1
    for (let i = 0; i < flow.length; i++) {
      const entry = flow[i]!
      const node = entry.node
      if (node.type === 'heading') lastHeading = i
      if (context.claims.isClaimed(node)) continue
      const at = { line: entry.line, column: entry.column, first: i, last: i }
      const turn = turns.get(i)
      if (turn) {
        if (node.type === 'heading' || turn.remarks.trim() === '') context.claims.claim(node)
        else context.claims.claimOpening(node, turn.taken)
        // A label no participants list resolves may still name someone the record names in full on a line of its own.
        named ??= readNamedLines(flow, commonWords(flow))
        const asked = examinedTurn(turn, context.dialect.transcript?.examination.get(entry.line), roster)
        const person = asked.person ?? nameOnly(resolveLabel(asked.parts, asked.opening.label, named))
        const fields = turnFields({ ...asked, person }, context.dialect.transcript?.body ?? '')
        found.push({ ...fields, text: turn.opening.label, form: 'label', ...at })
        continue
      }
      if (entry.item || entry.quoteDepth > 0) continue
      const speaker = formAt(context, i, words)
      if (!speaker) continue
      // "### Atmosfera (Paulo Kubota)" then "Paulo Kubota apresentou …": one speaker block, not two.
      const previous = found.at(-1)
      if (speaker.form === 'inline' && previous?.name === speaker.name && previous.first >= lastHeading) continue
      found.push(speaker)
      i = speaker.last
    }
    return { speakers: found, roster }
  },
  examples: speakersExamples,
})

/** Fewest lines shaped like turns but not read as turns that make `speakers-unrecognised` worth saying. */
const UNREAD_MIN = 5

/** Most lines a stacked speaker block has (name, position, departments, organisation); scanning further is quadratic. */
const MAX_STACK = 8

/** The other forms at flow index `i`: a presenter heading, stacked lines, a bold speaker line, an inline name. */
function formAt(context: DetectContext, i: number, words: Vocabulary): SpeakerLine | null {
  const entry = context.flow[i]!
  const node = entry.node
  const at = { line: entry.line, column: entry.column, first: i, last: i }
  if (node.type === 'heading') {
    const heading = headingAttributes(flatText(node)).text
    const split = splitNumber(heading)
    const presenter = headingPresenter(split.title, words, split.number !== null)
    return presenter ? { ...presenter.fields, label: presenter.fields.name || heading, text: heading, form: 'heading', ...at } : null
  }
  if (node.type !== 'paragraph') return null
  const stacked = stackedRun(context.flow, i, context, words)
  if (stacked) {
    for (const item of stacked.run) context.claims.claim(item.node)
    const text = stacked.lines.join(', ')
    return { ...stacked.fields, label: stacked.lines[0]!, text, form: 'stacked', ...at, last: i + stacked.run.length - 1 }
  }
  const styled = soleEmphasis(node)
  if (styled?.kind === 'strong') {
    const text = collapseSpace(styled.text)
    const pipe = text.includes('|') ? pipeTurn(text, words) : null
    const fields = pipe ?? commaLine(text, words)
    if (!fields) return null
    context.claims.claim(node)
    // A speaker line's label is its name as printed (`Mr. Karl NILSSON`); a transcript turn's, the whole line.
    const comma = text.indexOf(',')
    const label = pipe || comma < 0 ? text : text.slice(0, comma)
    return { ...fields, label, text, form: pipe ? 'turn' : 'line', ...at }
  }
  const inline = inlineSpeaker(flatText(node), words)
  return inline ? { ...inline, text: inline.name, form: 'inline', ...at } : null
}

/** A transcript's `Q.` or `A.` turn as the person who asks or answers it (transcript-cover.ts), its label kept. */
function examinedTurn(turn: LabelTurn, who: string | undefined, roster: readonly RosterPerson[]): LabelTurn {
  const parts = who ? parseLabel(who, 'colon') : null
  return parts ? { ...turn, parts, person: resolveLabel(parts, who!, roster) } : turn
}

/** A person named on a line of their own, for their name only: what follows it there is not always their affiliation. */
function nameOnly(person: RosterPerson | null): RosterPerson | null {
  return person && { ...person, position: '', organization: '', honorific: '' }
}

/** A label turn's fields: the person a participants list names, else what the label says. */
function turnFields(turn: LabelTurn, body = ''): SpeakerFields {
  const { parts, person } = turn
  const name = person?.name ?? parts.name
  const names = parts.family && !person ? { given_name: parts.given, family_name: parts.family } : name ? splitName(name) : { given_name: '', family_name: '' }
  return {
    name,
    ...names,
    // A role's label (`THE COURT`) resolved to a person: the position the participants list gives them.
    position: (parts.kind === 'role' && person?.position) || parts.position || (person?.position ?? ''),
    department: '',
    // Else the body every speaker of the record speaks in (a Congressional Record's chamber).
    organization: parts.organization || person?.organization || body,
    label: turn.opening.label,
    honorific: parts.honorific,
  }
}

/**
 * A presenter's stacked lines: consecutive short paragraphs, each one line of the same style, the first a
 * person's name. Plain (unstyled) lines count only when the name has a CAPITALISED surname.
 */
function stackedRun(flow: readonly FlowEntry[], start: number, context: DetectContext, words: Vocabulary) {
  const styleOf = (entry: FlowEntry) => (entry.node.type === 'paragraph' ? (soleEmphasis(entry.node)?.kind ?? 'plain') : null)
  const style = styleOf(flow[start]!)
  const run: FlowEntry[] = []
  const lines: string[] = []
  for (let i = start; i < flow.length && run.length < MAX_STACK; i++) {
    const entry = flow[i]!
    if (entry.node.type !== 'paragraph' || context.claims.isClaimed(entry.node) || entry.item || styleOf(entry) !== style) break
    const text = flatText(entry.node)
    if (countWords(text, 12) > 12 || /[.;:|]$/.test(text) || text.includes('|')) break
    run.push(entry)
    lines.push(text)
  }
  if (run.length < 2) return null
  const [name, ...rest] = lines
  if (style === 'plain' ? !hasCapitalisedSurname(name!) : !isPersonName(name!, rest[0]!, words.position)) return null
  if (style === 'plain' && !words.position.test(rest[0]!) && !words.department.test(rest[0]!)) return null
  return { run, lines, fields: fromParts(name!, rest, words) }
}

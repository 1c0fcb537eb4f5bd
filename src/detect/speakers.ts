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
import { de } from '../lexicon/de.js'
import { en } from '../lexicon/en.js'
import { es } from '../lexicon/es.js'
import { fr } from '../lexicon/fr.js'
import { alternation, lexicon, reportingVerbAlternation } from '../lexicon/index.js'
import { pt } from '../lexicon/pt.js'
import type { Table } from 'mdast'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, headingAttributes, paragraphLines, plainText, soleEmphasis } from '../parse/text.js'
import { hasCapitalisedSurname, isPersonName, looksLikeName, splitName } from '../text/names.js'
import { collapseSpace, countWords, slug } from '../text/normalize.js'
import { isPlaceholderName, type LabelParts, parseLabel } from '../text/labels.js'
import { splitNumber } from '../text/numbering.js'
import { type Claims, type DetectContext, defineDetector } from './define.js'
import { runInLabel } from './run-in.js'
import {
  type SpeakerFields,
  type Vocabulary,
  commaLine,
  fromParts,
  dashPresenter,
  colonPresenterFirst,
  dashPresenterFirst,
  endPresenter,
  headingPresenter,
  inlineSpeaker,
  person,
  pipeTurn,
} from './speakers-forms.js'
import { type RosterPerson, byInitials, commonWords, printedName, readNamedLines, readRoster, resolveLabel } from './speakers-roster.js'
import { speakersExamples } from './speakers-examples.js'
import { cellLabel } from './speakers-cells.js'
import { jointInitials, withInnerTurns } from './speakers-inner.js'
import { headingMention, sentenceMention } from './speakers-mentions.js'
import { isActHeading, nameLines } from './speakers-lines.js'
import { hanActLabel, speechUnder } from './speakers-han-acts.js'
import { attributionAt } from './speakers-quotes.js'
import { otherPresenters } from './speakers-copresenters.js'
import {
  type Presenter,
  TALK_VERBS,
  colonPresenter,
  genitiveGiver,
  nameBeforeTalk,
  openingSentence,
  presenterOf,
  talkLinePresenter,
} from './speakers-presenters.js'
import {
  appositionOf,
  officeAfterName,
  officeBefore,
  officeBeforeComma,
  givenNameAfterClause,
  givenNameOpening,
  handleOpening,
  jointGivenNames,
  initialsOpening,
  parenthesisAfter,
  presentedByName,
  reportedLabel,
  afterRunInTitle,
} from './speakers-reported.js'
import { bodyLedSpeaker, delegationHeadings, readHolders } from './speakers-role-holders.js'
import { type LabelTurn, labelTurns } from './speakers-turns.js'
import { readPresiding, withPresiding } from './speakers-presiding.js'
import { isPresidingLabel, presiderAt, presidencyNotes } from './speakers-presidency.js'
import { withBodyFlow } from './speakers-items.js'
import { programmeLabel, talkLineAt, writesTalkLines } from './speakers-talk-lines.js'

// Each option is a regular expression alternation; the lexicons' words by default.
export const SpeakersOptions = z.object({
  /** Job titles, matched as whole words anywhere in a part of a speaker line. */
  positions: z.string().default(alternation(lexicon.positions)),
  /** Words a department's name begins with. */
  departments: z.string().default(alternation(lexicon.departmentWords)),
  /** Labels that stand for a person (`**Moderator:**`). */
  roles: z.string().default(alternation(lexicon.roles)),
  /** Reporting verbs that follow an inline name in minutes ("… agradece", "… noted"), matched as word beginnings. */
  verbs: z.string().default(reportingVerbAlternation()),
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
  form: 'line' | 'turn' | 'stacked' | 'label' | 'heading' | 'inline' | 'reported' | 'quote'
  line: number
  column: number
  /** Flow indices of the block's first and last node. */
  first: number
  last: number
  /** Who a reporting sentence names with the speaker (`stellten Anna Berg und Tom Krause … vor`): a turn each. */
  partners?: SpeakerLine[]
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
  detect(given, options) {
    // A section written as one list item (a Word document through pandoc): its paragraphs are read as the body.
    const context = withBodyFlow(given)
    const words = vocabularyOf(options)
    const { people, listed: rosterEntries, tabled } = readRoster(context.flow, context.dialect.transcript?.participants, context.tree)
    const roster = withPresiding(people, readPresiding(context.flow))
    const { turns, unread } = presided(context.flow, labelTurns(context.flow, context.claims, roster, words.roles, rosterEntries))
    reportUnread(context, unread, turns.size)
    const holders = readHolders(turns, words)
    const found: SpeakerLine[] = []
    const flow = context.flow
    let named: RosterPerson[] | undefined
    // Each paragraph's reporting sentence is read once: counted here, then read again by sentenceAt.
    const reported = reportedMemo(words.verbs)
    const labelled = isLabelled(turns.size - holders, countReported(flow, context, reported) + holders)
    let transcriptTurns = 0
    let common: ReadonlySet<string> | undefined
    const lowercase = () => (common ??= commonWords(flow))
    let full: PrintedNames | undefined
    const names = () => (full ??= fullNamesOf(flow, lowercase(), context.source))
    const labels = new Set([...turns.values()].map((turn) => turn.parts.name).filter(Boolean))
    const series = seriesOf(flow, lowercase, labels, turns, words)
    // The last heading, and the last bold line alone (a heading as Word or a PDF sets it): that parts one person's reported
    // sentences, not a speaker heading's notes.
    let [lastHeading, lastStyled] = [-1, -1]
    const lines = nameLines(flow, context.claims, lowercase, roster)
    for (let i = 0; i < flow.length; i++) {
      const entry = flow[i]!
      const node = entry.node
      if (node.type === 'heading') lastHeading = i
      else if (node.type === 'paragraph' && !entry.item && soleEmphasis(node)?.kind === 'strong') lastStyled = i
      if (context.claims.isClaimed(node) || tabled.has(node)) continue
      const at = { line: entry.line, column: entry.column, first: i, last: i }
      const turn = turns.get(i)
      if (turn) {
        // A label no participants list resolves may name someone the record names in full (on a line of their own, `Anna Berg (AB):`).
        found.push({ ...labelTurnFields(context, turn, roster, (named ??= namedPeople(flow, lowercase(), turns)), names), ...at })
        continue
      }
      if (lines.has(i)) {
        context.claims.claim(node)
        found.push({ ...nameLineFields(flatText(node), roster, (named ??= namedPeople(flow, lowercase(), turns))), ...at })
        continue
      }
      const quoted = attributionAt(flow, i, words)
      if (quoted) {
        // The attribution's own paragraph is no remarks; a quote's last line names its author inside it.
        if (quoted.whole) context.claims.claim(node)
        found.push({ ...quoted.fields, text: quoted.fields.label, form: 'quote', ...at, first: quoted.first })
        continue
      }
      // A record of transcript turns (`**Romania | Representative**`): its reporting sentences are inside them.
      const transcript = transcriptTurns >= LABELLED
      const reading = { words, common: lowercase, roster, labelled: labelled || transcript, fullNames: names, series, reported }
      const speaker = speakerOf(context, i, reading)
      if (!speaker) continue
      // "### Atmosfera (Paulo Kubota)" then "Paulo Kubota apresentou …": one speaker block, not two.
      const previous = found.at(-1)
      const parted = previous?.form === 'inline' || previous?.form === 'reported' ? Math.max(lastHeading, lastStyled) : lastHeading
      if (speaker.form === 'inline' && previous?.name === speaker.name && previous.first >= parted) continue
      // `**Fatou NDIAYE, Senior Economist**` then `Ms. Ndiaye presented …`: her block goes on.
      const after = previous && previous.form !== 'reported' && previous.first >= lastHeading
      if (speaker.form === 'reported' && after && sameFamily(previous, speaker)) continue
      found.push(...[speaker, ...(speaker.partners ?? [])].map((line) => withListedBody(line, roster)))
      if (speaker.form === 'turn') transcriptTurns++
      i = speaker.last
    }
    return { speakers: finished(found, flow, context.claims, roster, lowercase), roster }
  },
  examples: speakersExamples,
})

/**
 * The speakers read: turns inside others' and delegations' headings added, research units parted from their bodies, the
 * credits of first labels applied.
 */
function finished(
  found: readonly SpeakerLine[],
  flow: readonly FlowEntry[],
  claims: Claims,
  roster: readonly RosterPerson[],
  common: () => ReadonlySet<string>,
): SpeakerLine[] {
  return creditedLater(delegationHeadings(withInnerTurns(found, flow, claims, roster, initialedFields), flow, common).map(unitOfBody))
}

/**
 * Broadcast and call transcripts credit a speaker once, in the first label after a comma (`PETER SAGAL, HOST:`, `KARL
 * LUND, Nordic Capital Markets:`), and label the later turns by the name alone (`SAGAL:`, `KARL LUND:`): those turns are
 * the same person's, with the position and organisation the first label gave them.
 */
function creditedLater(speakers: readonly SpeakerLine[]): SpeakerLine[] {
  const credited = new Map<string, SpeakerLine>()
  return speakers.map((speaker) => {
    if (speaker.form !== 'label' || speaker.name === '') return speaker
    const first = credited.get(speaker.name)
    if (speaker.label.includes(',')) {
      if (!first && (speaker.position || speaker.organization)) credited.set(speaker.name, speaker)
      return speaker
    }
    if (!first || speaker.position || speaker.organization) return speaker
    return { ...speaker, position: first.position, organization: first.organization }
  })
}

/** A label by the presiding office alone (`M. le Président. - `) names whom the last note of who presides before it names. */
function presided<T extends { turns: Map<number, LabelTurn> }>(flow: readonly FlowEntry[], read: T): T {
  const notes = presidencyNotes(flow)
  if (notes.length === 0) return read
  for (const [at, turn] of read.turns) {
    const presider = isPresidingLabel(turn.parts) ? presiderAt(notes, at) : null
    if (presider) read.turns.set(at, { ...turn, person: presider })
  }
  return read
}

/** Whom the record names in full without a participants list: on lines of their own, or with initials in a label. */
function namedPeople(flow: readonly FlowEntry[], common: ReadonlySet<string>, turns: ReadonlyMap<number, LabelTurn>): RosterPerson[] {
  const people = new Map<string, RosterPerson>()
  // One entry a name: a presenter whose full name a label gives too is one person, not two a given name cannot tell apart.
  for (const person of [...readNamedLines(flow, common), ...introducedPeople(turns), ...headedPresenters(flow, common)]) {
    const known = people.get(person.name)
    if (known) known.aliases.push(...person.aliases.filter((alias) => !known.aliases.includes(alias)))
    else people.set(person.name, { ...person, aliases: [...person.aliases] })
  }
  return [...people.values()]
}

/** Presenters a heading names after its title's dash (`### QUIC-Aware Proxying - Tommy Pauly`), by the full name. */
function headedPresenters(flow: readonly FlowEntry[], common: ReadonlySet<string>): RosterPerson[] {
  const people = new Map<string, RosterPerson>()
  for (const entry of flow) {
    if (entry.node.type !== 'heading') continue
    const name = dashPresenter(flatText(entry.node), common)?.name ?? ''
    if (name.includes(' ')) people.set(name, { name, honorific: '', position: '', organization: '', aliases: [] })
  }
  return [...people.values()]
}

/**
 * People a label introduces with their initials (`Mike Greenwood (MG):`), for the later turns under the initials
 * alone (`MG:`), as a record without a participants list writes them; a role's label over its holder, for the later
 * turns under the role.
 */
function introducedPeople(turns: ReadonlyMap<number, LabelTurn>): RosterPerson[] {
  const people: RosterPerson[] = []
  const named = new Set<string>()
  for (const { parts, role } of turns.values()) {
    if (parts.kind !== 'person' || parts.name === '') continue
    // `**Moderator:** Ms. Anna Berg, …`: the later `Moderator:` turns are hers (the role her alias).
    if (role !== undefined && !named.has(parts.name)) {
      named.add(parts.name)
      people.push({ name: parts.name, honorific: '', position: '', organization: '', aliases: [role] })
      continue
    }
    const initials = /^\p{Lu}{2,4}$/u.test(parts.alias)
    // `Eric Rescorla:` once, then `Eric:`: a full name a label gives names the later turns by its given name alone.
    const full = !parts.alias && !parts.honorific && !parts.position && parts.name.split(' ').length >= 2
    if (!(initials || full) || named.has(parts.name)) continue
    named.add(parts.name)
    people.push({ name: parts.name, honorific: '', position: '', organization: '', aliases: initials ? [parts.alias] : [] })
  }
  return people
}

/** `speakers-unrecognised` when many lines look like a label's but few were read as turns. */
function reportUnread(context: DetectContext, unread: readonly LabelTurn[], turns: number): void {
  if (unread.length < UNREAD_MIN || unread.length <= 2 * turns) return
  const first = unread[0]!
  const message =
    `${unread.length} lines open with what looks like a speaker’s label but were not read as turns ` +
    `(${turns} were); the first: “${first.opening.label}”`
  context.report('speakers-unrecognised', message, first.entry)
}

/** Who flow entry `i` says speaks: in a quote a reporting sentence only; in a list item its first paragraph's sentence; else any form. */
function speakerOf(context: DetectContext, i: number, reading: Reading): SpeakerLine | null {
  const entry = context.flow[i]!
  if (entry.quoteDepth > 0) return reportedIn(entry, reading)
  const joint = entry.node.type === 'paragraph' ? jointTurn(entry, reading.roster) : null
  if (joint) return joint
  // A list item's first paragraph may report who spoke (`- Julia Mayer remarked on …`); no other form is read in lists.
  if (entry.item) return entry.item.children[0] === entry.node && entry.node.type === 'paragraph' ? sentenceAt(entry, reading) : null
  return entry.node.type === 'table' ? cellTurns(entry.node, reading.roster, i) : formAt(context, i, reading)
}

/** `SB and HC: reverse concern …`: two listed participants' initials before one colon, a joint remark, a turn each. */
function jointTurn(entry: FlowEntry, roster: readonly RosterPerson[]): SpeakerLine | null {
  const joint = jointInitials(flatText(entry.node), roster)
  if (!joint) return null
  const at = { line: entry.line, column: entry.column, first: entry.index, last: entry.index }
  const [first, second] = joint.holders.map(([holder, initials]): SpeakerLine => ({
    ...initialedFields(holder, initials),
    label: joint.label,
    text: joint.label,
    form: 'label',
    ...at,
  }))
  return { ...first!, partners: [second!] }
}

/**
 * A quote's paragraph (or its list item's first) that reports who spoke: Word's indented paragraphs reach pandoc's
 * Markdown as quotes (`> Monsieur le Maire expose…`, `> Yves propose…`). No other form is read in a quote.
 */
function reportedIn(entry: FlowEntry, reading: Reading): SpeakerLine | null {
  if (entry.node.type !== 'paragraph' || (entry.item && entry.item.children[0] !== entry.node)) return null
  const speaker = sentenceAt(entry, reading)
  return speaker?.form === 'reported' ? speaker : null
}

/** Paragraphs outside lists and quotes that open with a reporting sentence. */
function countReported(flow: readonly FlowEntry[], context: DetectContext, reported: (text: string) => string | null): number {
  let count = 0
  for (const entry of flow) {
    if (entry.node.type !== 'paragraph' || entry.item || entry.quoteDepth > 0 || context.claims.isClaimed(entry.node)) continue
    if (reported(flatText(entry.node)) !== null) count++
  }
  return count
}

/** reportedLabel with `verbs`, each text read once. */
function reportedMemo(verbs: RegExp): (text: string) => string | null {
  const read = new Map<string, string | null>()
  return (text) => {
    let label = read.get(text)
    if (label === undefined) read.set(text, (label = reportedLabel(text, verbs)))
    return label
  }
}

/**
 * A record whose turns have labels, and few reporting sentences beside them: those are inside the turns. Minutes
 * that mix both kinds (`M. DURAND : …` then `Mme la Maire rappelle…`) write one for every few labels at least.
 */
function isLabelled(turns: number, reported: number): boolean {
  const mixed = reported >= MIXED_REPORTED && reported * MIXED_RATIO >= turns
  return turns >= LABELLED && turns > reported && !mixed
}

/** Label turns that make a record one whose turns have labels (its reporting sentences are inside them). */
const LABELLED = 3

/** Reporting sentences that make a record of label turns mixed minutes: two at least, one for every three labels. */
const MIXED_REPORTED = 2
const MIXED_RATIO = 3

/** Fewest lines shaped like turns but not read as turns that make `speakers-unrecognised` worth saying. */
const UNREAD_MIN = 5

/** Most lines a stacked speaker block has (name, position, departments, organisation); scanning further is quadratic. */
const MAX_STACK = 8

/** The other forms at flow index `i`: a presenter heading, stacked lines, a bold speaker line, an inline name. */
/** What the sentence forms read a paragraph with: the document's words, participants and full names. */
interface Reading {
  words: Vocabulary
  common: () => ReadonlySet<string>
  roster: readonly RosterPerson[]
  /** The record's turns have labels: a reporting sentence is inside one. */
  labelled: boolean
  fullNames: () => PrintedNames
  /**
   * The document prints talks as a series of headings (MIN_SERIES at least): `Presenter - Title`, or `Title, Presenter`;
   * or puts a speaker line under its talks' headings (`Title` / `Name, Affiliation`).
   */
  series: {
    talk: () => boolean
    giver: () => boolean
    colon: () => boolean
    talkLines: () => boolean
    /** The headings' names in parentheses are their items' owners, the labels under them who spoke (isOwnerSeries). */
    owners: () => boolean
    labels: ReadonlySet<string>
  }
  /** The reporting sentence's label a text opens with (reportedLabel), each text read once. */
  reported: (text: string) => string | null
}

/** Whether the headings make a series of talks of either form, each read once when first asked. */
function seriesOf(
  flow: readonly FlowEntry[],
  lowercase: () => ReadonlySet<string>,
  labels: ReadonlySet<string>,
  turns: ReadonlyMap<number, LabelTurn>,
  words: Vocabulary,
): Reading['series'] {
  let owners: boolean | undefined
  let talk: boolean | undefined
  let giver: boolean | undefined
  let colon: boolean | undefined
  let talkLines: boolean | undefined
  const colonFirst = (text: string, common: ReadonlySet<string>) => colonPresenterFirst(text, common, labels)
  return {
    labels,
    talk: () => (talk ??= isTalkSeries(flow, lowercase())),
    giver: () => (giver ??= isTalkSeries(flow, lowercase(), endPresenter)),
    colon: () => (colon ??= isTalkSeries(flow, lowercase(), colonFirst)),
    talkLines: () => (talkLines ??= writesTalkLines(flow)),
    owners: () => (owners ??= isOwnerSeries(flow, turns, words)),
  }
}

/** A heading's presenter, unless the name in its parentheses is its item's owner (isOwnerSeries). */
function unlessOwner<T extends { topic: string }>(presenter: T | null, reading: Reading): T | null {
  return presenter?.topic && reading.series.owners() ? null : presenter
}

/**
 * Whether the agenda headings' names in parentheses are the items' owners, not presenters: board and committee
 * minutes that head each item with its lead (`### Trademark and Website WG (Scott Hammond)`) and attribute every
 * word under it by label (`**SH:** …`, `**CS:** …`, another member first as often as not). Read so when at least
 * MIN_SERIES such headings open their body with a label turn, and at least half of those that have a body do:
 * an IETF agenda's `DNS over CoAP (Martine Lenders)` over the presenter's unlabelled notes stays a presenter.
 */
function isOwnerSeries(flow: readonly FlowEntry[], turns: ReadonlyMap<number, LabelTurn>, words: Vocabulary): boolean {
  let [bodied, labelled] = [0, 0]
  for (let i = 0; i < flow.length - 1; i++) {
    const node = flow[i]!.node
    if (node.type !== 'heading' || flow[i + 1]!.node.type === 'heading') continue
    const split = splitNumber(headingAttributes(flatText(node)).text)
    if (!headingPresenter(split.title, words, split.number !== null)?.topic) continue
    bodied++
    if (turns.has(i + 1)) labelled++
  }
  return labelled >= MIN_SERIES && labelled * 2 >= bodied
}

/** A heading's presenter of a form read only in a series of such headings, when the document's headings make one. */
function inSeries(fields: SpeakerFields | null, series: () => boolean): SpeakerFields | null {
  return fields !== null && series() ? fields : null
}

/** Fewest `Presenter - Title` headings that make them the document's way of naming talks. */
const MIN_SERIES = 3

function isTalkSeries(flow: readonly FlowEntry[], common: ReadonlySet<string>, form = dashPresenterFirst): boolean {
  let count = 0
  for (const entry of flow) {
    if (entry.node.type !== 'heading') continue
    if (form(headingAttributes(flatText(entry.node)).text, common) && ++count >= MIN_SERIES) return true
  }
  return false
}

function formAt(context: DetectContext, i: number, reading: Reading): SpeakerLine | null {
  const { words } = reading
  const entry = context.flow[i]!
  const node = entry.node
  const at = { line: entry.line, column: entry.column, first: i, last: i }
  if (node.type === 'heading') {
    const heading = headingAttributes(flatText(node)).text
    const split = splitNumber(heading)
    // `### 议程一：@HeyJavaBean 分享 …`, `### …（主讲人：张三）`: the presenter a community's minutes mention.
    const mentioned = headingMention(split.title, reading.roster)
    if (mentioned) return { ...mentioned, text: heading, form: 'heading', ...at }
    // `### Vortrag von Dr. Anna Berg (Universität Jena)`, `### Keynote: Titel – Prof. Dr. Jonas Weber`,
    // `### Dr. Anna Berg (Universität Jena): Titel`: a talk's giver.
    const talk = talkLinePresenter(split.title) ?? colonPresenter(split.title)
    if (talk) return { ...presenterFields(talk, words), text: heading, form: 'heading', ...at }
    // `## Intervention de M. DUPONT`: a speech act's noun and who made it, a civility before the name or office.
    if (isActHeading(split.title)) return { ...nameLineFields(split.title, reading.roster, []), text: heading, form: 'heading', ...at }
    // `### 主席致詞`, `## 54:47 主席補充`: who speaks and the act, in Chinese, over words spoken.
    const acting = hanActLabel(split.title)
    if (acting && speechUnder(context.flow, i))
      return { ...nameLineFields(acting, reading.roster, []), text: heading, form: 'heading', ...at }
    const presenter = unlessOwner(headingPresenter(split.title, words, split.number !== null), reading)
    if (presenter) return { ...presenter.fields, label: presenter.fields.name || heading, text: heading, form: 'heading', ...at }
    // The series is read (every heading of the document) only for a heading of its form.
    const dashed =
      dashPresenter(split.title, reading.common()) ??
      inSeries(dashPresenterFirst(split.title, reading.common()), reading.series.talk) ??
      inSeries(endPresenter(split.title, reading.common()), reading.series.giver) ??
      inSeries(colonPresenterFirst(split.title, reading.common(), reading.series.labels, words.verbs), reading.series.colon)
    // `Data Access – Dr. Maria Costa`: the honorifics kept apart from the name, the label as printed.
    return dashed ? { ...withoutHonorifics(dashed), label: dashed.name, text: heading, form: 'heading', ...at } : null
  }
  if (node.type !== 'paragraph') return null
  const talk = context.flow[i - 1]?.node.type === 'heading' ? talkLineAt(context.flow, i) : null
  if (talk && reading.series.talkLines()) {
    context.claims.claim(node)
    // `Ana Lima, Director, Ministry of Mines`: a position first is the line's own; else the rest is where they come from.
    const parts = talk.organization.split(', ')
    const positioned = talk.names.length === 1 && words.position.test(parts[0]!)
    const [first, ...others] = talk.names.map((name): SpeakerLine => {
      const fields = positioned ? fromParts(name, parts, words) : person(name, { organization: talk.organization })
      return { ...fields, label: name, text: `${name}, ${talk.organization}`, form: 'line', ...at }
    })
    return others.length > 0 ? { ...first!, partners: others } : first!
  }
  const stacked = stackedRun(context.flow, i, context, words)
  if (stacked) {
    for (const item of stacked.run) context.claims.claim(item.node)
    const text = stacked.lines.join(', ')
    // `*H.E. Ms. Anna BERG*` over her position: the honorifics kept apart from the name, the label as printed.
    const fields = withoutHonorifics(stacked.fields)
    return { ...fields, label: stacked.lines[0]!, text, form: 'stacked', ...at, last: i + stacked.run.length - 1 }
  }
  const styled = soleEmphasis(node)
  if (styled?.kind === 'strong') {
    const text = collapseSpace(styled.text)
    const pipe = text.includes('|') ? pipeTurn(text, words) : null
    const line = pipe ? null : commaLine(text, words)
    // `**Mr. Karl NILSSON, Director, …**`: the honorifics kept apart from the name.
    const fields = pipe ?? (line && withoutHonorifics(line))
    // `**Dr. Anna Berg (Universität Jena): Titel**`, `**Keynote: Titel – Dr. Anna Berg**`: a talk's line in bold.
    const talk = fields ? null : (colonPresenter(text) ?? talkLinePresenter(text))
    if (talk) return { ...presenterFields(talk, words), text, form: 'line', ...at }
    if (!fields) return null
    context.claims.claim(node)
    // A speaker line's label is its name as printed (`Mr. Karl NILSSON`); a transcript turn's, the whole line.
    const comma = text.indexOf(',')
    const label = pipe || comma < 0 ? text : text.slice(0, comma)
    return { ...fields, label, text, form: pipe ? 'turn' : 'line', ...at }
  }
  return sentenceAt(context.flow[i]!, reading)
}

/**
 * A paragraph (or a list item's first) that opens with a sentence reporting who spoke: a reporting sentence
 * (`Monsieur le Maire expose…`), a given name the document prints in full (`Carmen repasa…`), an inline name.
 */
function sentenceAt(entry: FlowEntry, reading: Reading): SpeakerLine | null {
  const { words, common, roster, labelled, fullNames } = reading
  const at = { line: entry.line, column: entry.column, first: entry.index, last: entry.index }
  const text = flatText(entry.node)
  // `@李四分享 …`, `@王五建议…`: a member and a reporting verb, in any record (a label's turns are written so too).
  const mentioned = sentenceMention(text, roster, entry.node)
  if (mentioned) return { ...mentioned, text: mentioned.label, form: 'reported', ...at }
  // In a record whose turns have labels, a paragraph that reports what someone said is a speaker's own words.
  // Else after a run-in topic label (`**COVID** : Monsieur le Maire informe…`): the record's sentence opens there.
  const runIn = labelled || entry.node.type !== 'paragraph' ? null : runInLabel(entry.node)
  const opening = labelled ? null : (reading.reported(text) ?? (runIn ? reportedLabel(runIn.rest, words.verbs) : null))
  // A label that runs over a sentence's end (`Closure. The Vice-Chairman`) is a run-in title's and the speaker's: no label.
  const reported = opening !== null && runsOverSentence(opening) ? null : opening
  const parts = reported ? parseLabel(reported, 'colon', (label) => words.roles.test(label)) : null
  if (reported && parts && (parts.honorific || parts.position || (parts.kind === 'person' && parts.strong))) {
    const person = resolveLabel(parts, reported, roster) ?? printedFamily(parts, fullNames, reported)
    const name = person?.name ?? heldBy(parts, reading) ?? printedName(parts.name, parts.honorific.split(' '))
    const fields = fieldsOf(name, parts, person)
    // `Dª Leonor Corbacho, Portavoz del Grupo Municipal PP, pregunta`: the office and body the apposition gives.
    const apposition = appositionOf(text, reported)
    // `The host, Wolfgang Walter, informed …`: the office the name is set off after.
    fields.position ||= apposition?.position || officeBefore(text, reported)
    fields.organization ||= apposition?.organization || parenthesisAfter(text, reported)
    return { ...fields, label: reported, text: reported, form: 'reported', ...at }
  }
  // `Bruno und José zeigten, wie …`: two given names the document prints in full or lists, a turn each.
  const joint = jointOpening(text, reading, at)
  if (joint) return joint
  const given = givenNameOpening(text, words.verbs) ?? givenNameAfterClause(text, words.verbs)
  const printed = given ? fullNames().byFirst.get(given) : undefined
  // Else the one participant listed by that given name (`Présents : Yves, Marielle, …`, as village councils list themselves);
  // the list's name when it goes on past the printed one (`Matthias St. Pierre`: the full stop ended the printed name).
  const listed = given ? listedGiven(roster, given) : undefined
  const fuller = listed !== undefined && printed !== undefined && listed.startsWith(`${printed}. `)
  const full = printed && looksLikeName(printed) && !fuller ? printed : listed
  // A name of one word there is the given name the sentence opens with.
  const alone = full === given ? { given_name: given, family_name: '' } : {}
  if (given && full) return { ...listedFields(full, given, roster), ...alone, text: given, form: 'reported', ...at }
  // `ferringb said: …`: a developer's handle in lowercase opening the sentence, as a project's summaries name people.
  const handle = given || labelled ? null : handleOpening(text, words.verbs)
  if (handle) return { ...person(handle, { label: handle, given_name: '', family_name: '' }), text: handle, form: 'reported', ...at }
  const initialed = given ? null : initialsTurn(text, reading, at)
  if (initialed) return initialed
  // `5.4 Police Report. PK advised …`, `Closure. The Vice-Chairman thanked …`: the record after an item's run-in title.
  const titled = labelled || reported ? null : afterRunInTitle(text)
  const record = titled ? titledTurn(titled, reading, at) : null
  if (record) return record
  // `Rappel info reçue par mail : Présentation par Yves` over the listed participant's own statement.
  // Only a listed participant is read so: with no participants list, no paragraph is read for it.
  const by = entry.node.type === 'paragraph' && roster.length > 0 ? presentedByName(paragraphLines(entry.node)[0]?.text ?? '') : null
  const byListed = by && !by.name.includes(' ') ? listedGiven(roster, by.name) : undefined
  if (by && byListed) return { ...listedFields(byListed, by.label, roster), text: by.label, form: 'reported', ...at }
  // `Yuris Präsentation stellte … vor`, `Markus Stahls Vortrag …`: the talk's giver named in the genitive.
  const owner = labelled ? null : genitiveOpening(text, reading)
  if (owner) return { ...owner, form: 'reported', ...at }
  // `**Tom Jones, Director, Data Office, City of Oslo** presented …`: the bold lead closes the speaker's line.
  const lead = boldLead(entry.node, words)
  if (lead) return { ...lead, ...fullNameOf(lead.name, roster, fullNames), text: lead.label, form: 'inline', ...at }
  // `The EU: Brendan Howlin, Minister …, reaffirmed …`: a body's label over the one who speaks for it.
  const inline = inlineSpeaker(text, words) ?? bodyLedSpeaker(text, words)
  // A term in title case (`Open Access states that…`) is written in lowercase elsewhere; a name is not.
  if (inline && !runsOverSentence(inline.name) && !inline.name.split(' ').every((word) => common().has(word.toLowerCase()))) {
    const bare = withoutHonorifics(inline)
    const fuller = fullNameOf(bare.name, roster, fullNames)
    return { ...bare, ...fuller, position: bare.position || (fuller.position ?? ''), text: inline.name, form: 'inline', ...at }
  }
  // `Im Anschluss stellte Anna Berg (Jena) … vor`, `ANNA BERG (Leipzig) eröffnete …`: a conference report's presenter,
  // and the others its opening sentence names (`…, und Tom Krause gab …`, `… sowie „…“ von Lena Hoffmann`).
  if (labelled) return null
  // One tokenisation of the opening sentence for every presenter form.
  const sentence = openingSentence(text, 60)
  const first = presenterOf(text, words.verbs, sentence)
  const others = otherPresenters(sentence, first)
  const presenter = first ?? others.shift()
  if (!presenter) return null
  const partners = [...presenter.partners, ...others]
  const line = (one: Presenter): SpeakerLine => ({ ...presenterFields(one, words), text: one.label, form: 'reported', ...at })
  return partners.length > 0 ? { ...line(presenter), partners: partners.map(line) } : line(presenter)
}

/** The turns of two given names a paragraph opens with (jointGivenNames), when the document names both in full. */
function jointOpening(text: string, reading: Reading, at: Pick<SpeakerLine, 'line' | 'column' | 'first' | 'last'>): SpeakerLine | null {
  const pair = jointGivenNames(text, reading.words.verbs)
  if (!pair) return null
  const lines = pair.map((given): SpeakerLine | null => {
    const full = reading.fullNames().byFirst.get(given) ?? listedGiven(reading.roster, given)
    return full ? { ...listedFields(full, given, reading.roster), text: given, form: 'reported', ...at } : null
  })
  const [first, second] = lines
  return first && second ? { ...first, partners: [second] } : null
}

/**
 * `JP répond…`, `PK advised …`: the initials of exactly one listed participant (Jean-Pierre), as minutes shorten a name
 * they repeat; else of the one full name the document prints with those initials in parentheses (`Paula Kellingray (PK)`).
 */
function initialsTurn(text: string, reading: Reading, at: Pick<SpeakerLine, 'line' | 'column' | 'first' | 'last'>): SpeakerLine | null {
  const initials = initialsOpening(text, reading.words.verbs)
  if (!initials) return null
  const holder = byInitials(initials, reading.roster)
  if (holder) return { ...initialedFields(holder, initials), text: initials, form: 'reported', ...at }
  const printed = reading.fullNames().byInitials.get(initials)
  return printed ? { ...listedFields(printed, initials, reading.roster), text: initials, form: 'reported', ...at } : null
}

/**
 * The turn the record after an item's run-in title opens (afterRunInTitle): a reporting sentence by an office or a
 * name, a given name the document prints in full or lists, or initials (initialsTurn).
 */
function titledTurn(text: string, reading: Reading, at: Pick<SpeakerLine, 'line' | 'column' | 'first' | 'last'>): SpeakerLine | null {
  const reported = reading.reported(text)
  const parts = reported ? parseLabel(reported, 'colon', (label) => reading.words.roles.test(label)) : null
  if (reported && parts && (parts.honorific || parts.position || (parts.kind === 'person' && parts.strong))) {
    const person = resolveLabel(parts, reported, reading.roster)
    const fields = fieldsOf(person?.name ?? heldBy(parts, reading) ?? printedName(parts.name, parts.honorific.split(' ')), parts, person)
    return { ...fields, label: reported, text: reported, form: 'reported', ...at }
  }
  const given = givenNameOpening(text, reading.words.verbs)
  const full = given ? (reading.fullNames().byFirst.get(given) ?? listedGiven(reading.roster, given)) : undefined
  if (given && full) return { ...listedFields(full, given, reading.roster), text: given, form: 'reported', ...at }
  return given ? null : initialsTurn(text, reading, at)
}

/**
 * `The host thanked …`, `The President introduced …`: an office alone names the one person the document names as its
 * holder in prose before or after (`welcomed by the host, Wolfgang Walter`, `elected … Dr. Angela Merkel as President`).
 */
function heldBy(parts: LabelParts, reading: Reading): string | undefined {
  return parts.kind === 'role' ? reading.fullNames().byOffice.get(parts.position.toLowerCase().replaceAll('-', ' ')) : undefined
}

/**
 * Whether a label runs over a sentence's end: a word of small letters and its full stop before a capital (`Closure. The
 * Vice-Chairman`, `Education. Many`), not an honorific's abbreviation (`la Sra. Ruiz`, `Prof. Dr. Jonas Weber`).
 */
function runsOverSentence(label: string): boolean {
  if (!label.includes('. ')) return false
  const words = label.split(' ')
  return words.some((word, i) => {
    const next = words[i + 1]
    if (next === undefined || !word.endsWith('.') || !/^\p{Lu}/u.test(next)) return false
    const bare = word.slice(0, -1)
    return /\p{Ll}\p{Ll}$/u.test(bare) && !STOP_HONORIFICS.has(bare.toLowerCase())
  })
}

const STOP_HONORIFICS = new Set(lexicon.honorifics.map((word) => word.replace(/\.$/, '').toLowerCase()))

/**
 * The giver of the talk a paragraph opens with in the genitive (`Yuris Präsentation stellte … vor`): by the full name
 * the document prints or lists for a given name alone, else as printed; not a word the document writes in lowercase.
 * A word alone that names nobody the document names in full needs a talk's verb after the noun (`Jenas Keynote
 * begann` names a city's).
 */
function genitiveOpening(text: string, reading: Reading): (SpeakerFields & { text: string }) | null {
  const owner = genitiveGiver(text.slice(0, 200).split(' ', MAX_GENITIVE_TOKENS))
  const name = owner?.name ?? ''
  if (owner === null || name.split(' ').some((word) => reading.common().has(word.toLowerCase()))) return null
  if (name.includes(' ')) return { ...person(name, { label: name }), text: name }
  const full = reading.fullNames().byFirst.get(name) ?? listedGiven(reading.roster, name)
  if (full) return { ...listedFields(full, name, reading.roster), text: name }
  // The English possessive says the name owns the talk: the surname a report prints alone (`Bennison-Chapman's keynote`).
  if (owner.possessive) return { ...person(name, { label: name }), given_name: '', family_name: name, text: name }
  const told = TALK_VERBS.has(owner.verb) || reading.words.verbs.test(owner.verb)
  return told ? { ...person(name, { label: name }), given_name: name, family_name: '', text: name } : null
}

/** Tokens a genitive's talk is looked for in: up to three name words, the noun and the verb. */
const MAX_GENITIVE_TOKENS = 5

/**
 * A paragraph opening with a bold speaker's line, `Name, Position, Department, Body` (or `Name, Body,`), a reporting verb
 * right after the bold: `**Tom Jones, Director, Data Office, City of Oslo** presented …`. The bold ends the line where
 * no comma does. Null when the bold holds one name alone (the inline form reads it) or no reporting verb follows.
 */
function boldLead(node: FlowEntry['node'], words: Vocabulary): SpeakerFields | null {
  if (node.type !== 'paragraph') return null
  const [first, second] = node.children
  if (first?.type !== 'strong' || second?.type !== 'text') return null
  const line = collapseSpace(plainText(first)).replace(/,$/u, '')
  if (!line.includes(', ') || line.length > MAX_BOLD_LEAD) return null
  const verb = /^,?\s+(\p{Ll}[\p{L}-]*)/u.exec(second.value.slice(0, 40))?.[1]
  if (verb === undefined || !words.verbs.test(verb)) return null
  const [name, ...rest] = line.split(', ')
  const fields = commaLine(line, words) ?? (looksLikeName(withoutHonorificWords(name!)) ? fromParts(name!, rest, words) : null)
  return fields && withoutHonorifics({ ...fields, label: fields.name })
}

/** A name without the honorifics before it (`Dr. Eva Holm` → `Eva Holm`). */
function withoutHonorificWords(name: string): string {
  const words = name.split(' ')
  let i = 0
  while (i < words.length - 2 && HONORIFIC_WORDS.has(words[i]!)) i++
  return words.slice(i).join(' ')
}

/** Most characters of a bold speaker's line opening a paragraph. */
const MAX_BOLD_LEAD = 160

/**
 * An inline name's honorifics (`Prof. Dr. Anna Berg (Jena) stellte …`) kept apart from the name, as a label's are; an
 * office before them is the position (`COP President H.E. Chen Chimutengwende (Zimbabwe) introduced …`).
 */
function withoutHonorifics(fields: SpeakerFields): SpeakerFields {
  const words = fields.name.split(' ')
  const office = officeBeforeHonorific(words)
  let i = office === '' ? 0 : office.split(' ').length
  const first = i
  while (i < words.length - 2 && HONORIFIC_WORDS.has(words[i]!)) i++
  if (i === first) return fields
  const name = words.slice(i).join(' ')
  return {
    ...fields,
    ...person(name),
    position: fields.position || office,
    department: fields.department,
    organization: fields.organization,
    label: fields.label,
    honorific: words.slice(first, i).join(' '),
  }
}

const HONORIFIC_WORDS = new Set(lexicon.honorifics)
const POSITION_WORDS = new Set(lexicon.positions)
/** Most words of an office before a name's honorific (`COP President`, `Chair of the Committee`). */
const MAX_OFFICE_WORDS = 5

/** The words before a name's first honorific when they hold an office's word (`COP President` before `H.E.`), else ''. */
function officeBeforeHonorific(words: readonly string[]): string {
  const at = words.findIndex((word, k) => k > 0 && HONORIFIC_WORDS.has(word))
  if (at < 1 || at > MAX_OFFICE_WORDS) return ''
  const before = words.slice(0, at)
  return before.some((word) => POSITION_WORDS.has(word.toLowerCase())) ? before.join(' ') : ''
}

/** A presenter's fields: what the parentheses say is their position when it names one, else their organisation. */
function presenterFields(presenter: Presenter, words: Vocabulary): SpeakerFields {
  const { inside } = presenter
  const position = inside && words.position.test(inside) ? inside : ''
  return person(presenter.name, { label: presenter.label, honorific: presenter.honorific, position, organization: position ? '' : inside })
}

/** The full names a document prints: by their first word (fullNamesOf), and every one by its last word. */
interface PrintedNames {
  byFirst: ReadonlyMap<string, string>
  byFamily: ReadonlyMap<string, ReadonlySet<string>>
  /** A full name printed with its initials in parentheses (`Pam Bullas (PB)`), by those initials; one name each. */
  byInitials: ReadonlyMap<string, string>
  /** A full name printed after an office in apposition (`welcomed by the host, Wolfgang Walter`), by the office; one each. */
  byOffice: ReadonlyMap<string, string>
}

/**
 * The full names a document prints, by their first word: two or three capitalised words none of which it
 * also writes in lowercase (`Carmen Díez`, `Carlos López Quintanilla`). A first word with two different full
 * names (one not the start of the other) names nobody for sure and is left out of `byFirst`.
 */
function fullNamesOf(flow: readonly FlowEntry[], common: ReadonlySet<string>, source = ''): PrintedNames {
  const sourceLines = source.split('\n')
  const byFirst = new Map<string, string | null>()
  const byFamily = new Map<string, Set<string>>()
  const byInitials = new Map<string, string | null>()
  const byOffice = new Map<string, string | null>()
  const nameWord = (word: string | undefined) =>
    word !== undefined && opensUppercase(word) && FULL_NAME_WORD.test(word) && !common.has(word.toLowerCase())
  // A word ending in punctuation ends a name (`Junta: Carmen Díez, Carlos …`).
  const joins = (token: string) => nameWord(token) && !/[,.;:)"]$/.test(token)
  const last = (token: string | undefined) => nameWord(token?.replace(/[,.;:)"]$/, ''))
  for (const entry of flow) {
    if (entry.node.type !== 'paragraph' && entry.node.type !== 'heading') continue
    // Line by line: a name never runs on over a line's end (`Presidencia: Carmen Díez` / `Vice-presidencia: …`).
    const tokens = lineTokens(columnText(entry.node, sourceLines) ?? plainText(entry.node))
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!joins(tokens[i]!) || !last(tokens[i + 1])) continue
      // `Markus Stahls Vortrag`: a name in the genitive before a talk's noun is the name without its ending.
      const two = `${tokens[i]} ${tokens[i + 1]}`
      const owned = nameBeforeTalk(two, tokens[i + 2])
      const three = owned === two && joins(tokens[i + 1]!) && last(tokens[i + 2])
      const name = (owned === two ? tokens.slice(i, three ? i + 3 : i + 2).join(' ') : owned).replace(/[,.;:)"]$/, '')
      const known = byFirst.get(tokens[i]!)
      if (known === undefined || (known !== null && name.startsWith(known))) byFirst.set(tokens[i]!, name)
      else if (known !== null && !known.startsWith(name)) byFirst.set(tokens[i]!, null)
      const family = name.slice(name.lastIndexOf(' ') + 1)
      byFamily.set(family, (byFamily.get(family) ?? new Set()).add(name))
      const size = name.split(' ').length
      noteInitials(byInitials, name, tokens[i + size])
      // The apposition may wrap over a line's end (`by the convener of` / `WG5, John Reid`): the line's break is no word.
      const before = tokens[i - 1]?.endsWith(',') ? tokens.slice(Math.max(0, i - 5), i).filter(Boolean) : []
      // Or an election after it (`… Dr. Angela Merkel as President`, `Raul Estrada-Oyuela was designated as Chair`).
      const office = (before.length > 1 ? officeBeforeComma(before, before.length - 1) : '') || officeAfterName(tokens, i + size)
      if (office) noteHolder(byOffice, office, name)
      i += size - 1
    }
  }
  const found = (map: Map<string, string | null>) => new Map([...map].filter((entry): entry is [string, string] => entry[1] !== null))
  return { byFirst: found(byFirst), byFamily, byInitials: found(byInitials), byOffice: found(byOffice) }
}

/**
 * The holder an office's apposition or election names: the one person named so (`Zammit Cutajar` and `Zammit-Cutajar`
 * one, as printed first); an office two hold names nobody (null).
 */
function noteHolder(byOffice: Map<string, string | null>, office: string, name: string): void {
  const key = office.replaceAll('-', ' ')
  const known = byOffice.get(key)
  const same = (printed: string) => printed.replaceAll('-', ' ') === name.replaceAll('-', ' ')
  byOffice.set(key, known === undefined ? name : known !== null && same(known) ? known : null)
}

/**
 * `Pam Bullas (PB)`, `Cllr Claire Cann (CC)`: the initials in parentheses after a printed name, when they are its last
 * words' first letters, name those words; initials two names share name nobody (null).
 */
function noteInitials(byInitials: Map<string, string | null>, name: string, after: string | undefined): void {
  const mark = after === undefined ? null : INITIALS_MARK.exec(after)
  const words = name.split(' ')
  if (!mark || mark[1]!.length > words.length) return
  const initials = mark[1]!
  const named = words.slice(-initials.length)
  if (named.map((word) => word[0]).join('') !== initials) return
  const full = named.join(' ')
  const known = byInitials.get(initials)
  byInitials.set(initials, known === undefined || known === full ? full : null)
}

const INITIALS_MARK = /^\((\p{Lu}{2,4})\)[,.;:]?$/u

const INITIAL_WORD = /^\p{Lu}\.$/u

/**
 * The one full name the document prints that a name of initials and a family name shortens (`S. Deibel` for
 * Stephan Deibel, as minutes write a director after naming him in full); undefined when none or several.
 */
function initialedFullName(name: string, printed: PrintedNames): string | undefined {
  const words = name.split(' ')
  const initials = words.length === 2 && INITIAL_WORD.test(words[0]!) ? words[0]!.charAt(0) : ''
  const fuller = initials ? [...(printed.byFamily.get(words[1]!) ?? [])].filter((full) => full.startsWith(initials)) : []
  return fuller.length === 1 ? fuller[0] : undefined
}

/**
 * The name an inline speaker goes by in full: the participant listed so (`Ángel Maldonado de la Diputación
 * comenta …` is Ángel Maldonado Bravo), else the fuller name the document prints elsewhere; nothing when neither.
 */
function fullNameOf(
  name: string,
  roster: readonly RosterPerson[],
  fullNames: () => PrintedNames,
): Partial<Pick<SpeakerFields, 'name' | 'given_name' | 'family_name' | 'position'>> {
  const read = parseLabel(name, 'colon')
  const listed = read && roster.length > 0 ? resolveLabel(read, name, roster) : null
  const printed = fullNames().byFirst.get(name.split(' ')[0]!)
  // `Vzbgm. Mag. Schinninger antwortet …`: an office's abbreviation and a family name printed in full elsewhere.
  const family = read ? printedFamily(read, fullNames, name)?.name : undefined
  const longer = printed?.startsWith(`${name} `) ? printed : (initialedFullName(name, fullNames()) ?? family)
  const full = listed && !listed.absent ? listed.name : longer
  // The office the list gives beside the name (`Kurt B. Kaiser (Assistant Treasurer)`), when the sentence gives none.
  const office =
    listed && !listed.absent && listed.position !== '' ? { position: listed.position } : family ? { position: read!.position } : {}
  return full ? { ...splitName(full), name: full, ...office } : {}
}

/**
 * The words of each line of a text, each line's followed by an empty one; an attribute's quoted value from its first
 * word (`alt="Anna Berg"`, as a speaker's photo names them in raw HTML or a site's shortcode).
 */
function lineTokens(text: string): string[] {
  const tokens: string[] = []
  // Columns set apart by runs of spaces (a list in columns, as `pdftotext -layout` prints it) end a name as a line's end does.
  for (const line of text.split(COLUMN_BREAK)) {
    for (const token of collapseSpace(line).split(' ')) {
      const value = token.indexOf('="')
      tokens.push(value > 0 ? token.slice(value + 2) : token)
    }
    tokens.push('')
  }
  return tokens
}

const COLUMN_BREAK = /\n| {3,}/

/**
 * A paragraph's lines as the source prints them, when one sets words apart in columns (a list in columns, as `pdftotext
 * -layout` prints it: `Birgit Ebetshuber      Ludwig Vogl`): the parsed text has lost the spaces that part the names.
 */
function columnText(node: FlowEntry['node'], sourceLines: readonly string[]): string | null {
  const start = node.position?.start.line
  const end = node.position?.end.line
  if (start === undefined || end === undefined || end - start > MAX_COLUMN_LINES) return null
  const lines = sourceLines.slice(start - 1, end)
  return lines.some((line) => COLUMNS.test(line)) ? lines.map((line) => line.trim()).join('\n') : null
}

const COLUMNS = /\S {3,}\S/
/** Most lines of a paragraph read for its columns. */
const MAX_COLUMN_LINES = 40

const FULL_NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]{0,30}$/u

/** A first test before FULL_NAME_WORD's: most words open with a character in ASCII that is no capital. */
function opensUppercase(word: string): boolean {
  const code = word.charCodeAt(0)
  return code >= 128 || (code >= 65 && code <= 90)
}

/**
 * A speaker a participants list names in full (`- Anna Berg (Harbour Trust)` over `## Data plan (Anna Berg)`): the
 * body and office the list gives, where the speaker's own line gave none.
 */
function withListedBody(line: SpeakerLine, roster: readonly RosterPerson[]): SpeakerLine {
  if ((line.organization !== '' && line.position !== '') || !line.name.includes(' ')) return line
  const key = slug(line.name)
  const listed = roster.find((entry) => entry.name.includes(' ') && slug(entry.name) === key)
  if (!listed || (listed.organization === '' && listed.position === '')) return line
  return { ...line, organization: line.organization || listed.organization, position: line.position || listed.position }
}

/** The name of the one listed participant whose first name is `given`, if exactly one. */
/** The fields of a turn a given name opens (`Carmen explica…`): the full name, and the office and body the list gives. */
function listedFields(full: string, given: string, roster: readonly RosterPerson[]): SpeakerFields {
  const fields = person(full, { label: given })
  const listed = roster.find((entry) => entry.name === full)
  fields.position ||= listed?.position ?? ''
  fields.organization ||= listed?.organization ?? ''
  return fields
}

/** A listed participant's fields for a turn their initials open; a one-word name is a given name. */
function initialedFields(holder: RosterPerson, initials: string): SpeakerFields {
  const fields = person(holder.name, { label: initials })
  fields.position ||= holder.position
  fields.organization ||= holder.organization
  return holder.name.includes(' ') ? fields : { ...fields, given_name: holder.name, family_name: '' }
}

function listedGiven(roster: readonly RosterPerson[], given: string): string | undefined {
  const present = roster.filter((person) => !person.absent)
  const named = present.filter((person) => person.name.split(' ')[0] === given)
  if (named.length > 0) return named.length === 1 ? named[0]!.name : undefined
  // A short form the minutes use (`Kat` for the listed Katrina Templeton), when it shortens one listed name only.
  const shortened = given.length >= 3 ? present.filter((person) => person.name.split(' ')[0]!.startsWith(given)) : []
  return shortened.length === 1 && shortened[0]!.name.includes(' ') ? shortened[0]!.name : undefined
}

function sameFamily(a: SpeakerFields, b: SpeakerFields): boolean {
  return a.family_name !== '' && a.family_name.toLowerCase() === b.family_name.toLowerCase()
}

/** A transcript's `Q.` or `A.` turn as the person who asks or answers it (transcript-cover.ts), its label kept. */
function examinedTurn(turn: LabelTurn, who: string | undefined, roster: readonly RosterPerson[]): LabelTurn {
  const parts = who ? parseLabel(who, 'colon') : null
  return parts ? { ...turn, parts, person: resolveLabel(parts, who!, roster) } : turn
}

/** A label turn's fields (its label claimed), the person a participants list or a line of its own names. */
function labelTurnFields(
  context: DetectContext,
  turn: LabelTurn,
  roster: readonly RosterPerson[],
  named: readonly RosterPerson[],
  printed: () => PrintedNames,
) {
  const node = turn.entry.node
  if (node.type === 'heading' || turn.remarks.trim() === '') context.claims.claim(node)
  else context.claims.claimOpening(node, turn.taken)
  const asked = examinedTurn(turn, context.dialect.transcript?.examination.get(turn.entry.line), roster)
  const person =
    fullerListed(asked.person, named) ??
    (turn.otherwise ? null : nameOnly(resolveLabel(asked.parts, asked.opening.label, named))) ??
    printedFamily(asked.parts, printed, asked.opening.label)
  const fields = turnFields({ ...asked, person }, context.dialect.transcript?.body ?? '')
  // `**Name** (Laboratoire, Université) : « Titre »`: a programme's line labels the giver by the name alone.
  const label = turn.parts.kind === 'person' ? (programmeLabel(turn.opening.label, turn.remarks) ?? fields.label) : fields.label
  return { ...fields, label, text: turn.opening.label, form: 'label' as const }
}

/**
 * A label that addresses a family name alone (`GR. Hufnagl:`, `Bgm. Dr. Rabl:`) and that no list resolves: the one full
 * name of that family the document prints elsewhere (`Anfrage … an Vzbgm. Mag. Klaus Schinninger`); none when several.
 */
function printedFamily(parts: LabelParts, printed: () => PrintedNames, label = ''): RosterPerson | null {
  if (parts.kind !== 'person' || parts.name.includes(' ') || (parts.honorific === '' && parts.position === '')) return null
  // `Kollegen Weidinger`, `Frau Huber`: an address before the family name is no given name; nor is the label's own word
  // before it (`… Landwirtschaft und Forsten Gallus:`, an office's domain).
  const given = (name: string) => !isAddress(name.split(' ')[0]!.toLowerCase()) && !label.includes(name)
  const fuller = [...(printed().byFamily.get(parts.name) ?? [])].filter(given)
  return fuller.length === 1 ? { name: fuller[0]!, honorific: '', position: '', organization: '', aliases: [] } : null
}

const ADDRESSES = new Set([...lexicon.honorifics, ...lexicon.titles].map((word) => word.toLowerCase()))
/** Long addresses, whose declined forms begin with them (`Alterspräsidenten Löbe`, `Bürgermeisters Keller`). */
const LONG_ADDRESSES = [...ADDRESSES].filter((word) => word.length >= 6 && !word.includes(' '))

/** An honorific or an office, as printed or declined (`Kollegen`, `Alterspräsidenten`). */
function isAddress(word: string): boolean {
  return ADDRESSES.has(word) || LONG_ADDRESSES.some((address) => word.startsWith(address))
}

/**
 * A listed person whose list gives the family name alone (`Present: Representatives Kelly, Royce`) under the fuller
 * name the record prints on a line of its own (`SUE W. KELLY, New York, Chair`), when exactly one such name ends so.
 */
function fullerListed(person: RosterPerson | null, named: readonly RosterPerson[]): RosterPerson | null {
  if (person === null || person.name.includes(' ') || person.name === '') return person
  const family = person.name.toLowerCase()
  const fuller = named.filter((other) => other.name.includes(' ') && other.name.toLowerCase().split(' ').at(-1) === family)
  return fuller.length === 1 ? { ...person, name: fuller[0]!.name } : person
}

/** A name on a line of its own over the speaker's points: the listed person it names, else the name as printed. */
function nameLineFields(
  text: string,
  roster: readonly RosterPerson[],
  named: readonly RosterPerson[],
): SpeakerFields & Pick<SpeakerLine, 'text' | 'form'> {
  const parts = parseLabel(text, 'colon')!
  const person = resolveLabel(parts, text, roster) ?? nameOnly(resolveLabel(parts, text, named))
  return { ...fieldsOf(person?.name ?? parts.name, parts, person), label: text, text, form: 'label' }
}

/** A person named on a line of their own, for their name only: what follows it there is not always their affiliation. */
function nameOnly(person: RosterPerson | null): RosterPerson | null {
  return person && { ...person, position: '', organization: '', honorific: '' }
}

/**
 * `| **Anna Berg:** We agree. |`: label turns in a table's cells, a row's first cell opening with a label in bold over
 * the remarks; at least two rows so, not one bold key (`| **Date:** 5 May |`). The first row's turn, the others its partners.
 */
function cellTurns(table: Table, roster: readonly RosterPerson[], i: number): SpeakerLine | null {
  const lines: SpeakerLine[] = []
  let listed = true
  for (const row of table.children) {
    row.children.forEach((cell, column) => {
      const read = cellLabel(cell, column === 0, roster)
      if (!read) return
      const { label, parts, person } = read
      listed &&= person !== null
      const at = { line: cell.position?.start.line ?? 0, column: cell.position?.start.column ?? 0, first: i, last: i }
      lines.push({ ...fieldsOf(person?.name ?? parts.name, parts, person), label, text: label, form: 'label', ...at })
    })
  }
  const [first, ...others] = lines
  // One label is enough when the participants list says whose it is (`| PS: Already done |`).
  return lines.length >= MIN_CELL_TURNS || (first && listed) ? { ...first!, partners: others } : null
}

const MIN_CELL_TURNS = 2

/** A label turn's fields: the person a participants list names, else what the label says. */
function turnFields(turn: LabelTurn, body = ''): SpeakerFields {
  const { parts, person } = turn
  return { ...fieldsOf(person?.name ?? parts.name, parts, person, body), label: turn.opening.label }
}

// Civilities only Spanish writes (`D.`, `Dª`, `Dña.`; not `Sr.`, which Portuguese shares).
const OTHERS = new Set([en, pt, fr, de].flatMap((language) => language.honorifics))
const SPANISH = new Set(es.honorifics.filter((word) => !OTHERS.has(word)))

/**
 * A name after a Spanish civility carries the two surnames of the Spanish convention, the father's and the
 * mother's (`D. Francisco José Farrona Navas`, `Dª Leonor Corbacho Tejada`): the last two words of three or more.
 */
function twoSurnames(name: string, honorifics: string): { given_name: string; family_name: string } | null {
  const words = name.split(' ')
  if (words.length < 3 || words.some((word) => !/^\p{Lu}/u.test(word))) return null
  if (!honorifics.split(' ').some((word) => SPANISH.has(word))) return null
  return { given_name: words.slice(0, -2).join(' '), family_name: words.slice(-2).join(' ') }
}

/** A label's fields: the person it resolves to, else what it says. */
function fieldsOf(name: string, parts: LabelParts, person: RosterPerson | null, body = ''): SpeakerFields {
  // A nick or an account (`jrandom`, `HeyJavaBean`) is no name to split; the person a list resolves it to is.
  const account = parts.kind === 'nick' && (person === null || person.account === true)
  const names =
    parts.family && !person
      ? { given_name: parts.given, family_name: parts.family }
      : name && !account && !isPlaceholderName(name) && !isRoleName(name, parts, person)
        ? (twoSurnames(name, `${parts.honorific} ${person?.honorific ?? ''}`) ?? labelledNames(name, parts, person))
        : { given_name: '', family_name: '' }
  return {
    name,
    ...names,
    // A role's label (`THE COURT`) resolved to a person: the position the participants list gives them.
    position: (parts.kind === 'role' && person?.position) || parts.position || (person?.position ?? ''),
    department: '',
    // Else the body every speaker of the record speaks in (a Congressional Record's chamber).
    organization: parts.organization || person?.organization || body,
    label: '',
    honorific: parts.honorific,
  }
}

/**
 * `EBSI, Université de Montréal`, `CERILAC, Université Paris-Cité`: a research unit's name, then the body it belongs to
 * (a university, an institute: a body's word opening two words or more), as seminar programmes print an affiliation.
 * Anything else is the organisation as given (`Google, Inc.`, `Mozilla, Berlin`).
 */
function unitOfBody<T extends { department: string; organization: string }>(speaker: T): T {
  const affiliation = speaker.organization
  const comma = affiliation.indexOf(', ')
  if (speaker.department !== '' || comma < 0) return speaker
  const unit = affiliation.slice(0, comma)
  const body = affiliation.slice(comma + 2)
  const opens = body.split(' ', 1)[0]!
  const isUnit = !unit.includes(' ') && /^\p{Lu}/u.test(unit) && !BODY_WORDS.has(unit.toLowerCase())
  const isBody = body.includes(' ') && !body.includes(', ') && /^\p{Lu}/u.test(opens) && BODY_WORDS.has(opens.toLowerCase())
  return isUnit && isBody ? { ...speaker, department: unit, organization: body } : speaker
}

const BODY_WORDS = new Set(lexicon.organizationWords.map((word) => word.toLowerCase()))

/**
 * A name split where the label says which of its words it goes by: a surname after an honorific (`MS. WILLIAMS`
 * resolved to the listed Marisa Armanino Williams is Marisa, Williams, the middle name neither), or a given name alone
 * (`Oguz` for the listed Mehmet Oguz Derin is Mehmet Oguz, Derin), though three words alone read as a given name and
 * two surnames.
 */
function labelledNames(name: string, parts: LabelParts, person: RosterPerson | null): { given_name: string; family_name: string } {
  const lone = isLone(parts, person)
  const split = splitName(name, lone)
  const said = parts.name.toLowerCase()
  if (!person || said.includes(' ') || said === name.toLowerCase()) return split
  const words = name.split(' ')
  const at = words.findIndex((word) => word.toLowerCase() === said)
  if (parts.honorific && at === words.length - 1 && split.family_name !== words[at]) {
    return { given_name: split.given_name.split(' ')[0]!, family_name: words[at]! }
  }
  const plain = !parts.honorific && !parts.position && !parts.organization
  if (plain && at > 0 && at < words.length - 1)
    return { given_name: words.slice(0, at + 1).join(' '), family_name: words.slice(at + 1).join(' ') }
  return split
}

/** A label that says nothing but a name, no honorific, office or body beside it: one word of it is a given name. */
function isLone(parts: LabelParts, person: RosterPerson | null): boolean {
  return parts.kind === 'person' && !parts.honorific && !parts.position && !parts.organization && person === null
}

/** A name that is the role a key or list gives (`[I] -- Interviewer`): no given or family name is in it. */
function isRoleName(name: string, parts: LabelParts, person: RosterPerson | null): boolean {
  const role = (person?.position || parts.position).toLowerCase()
  return role !== '' && name.toLowerCase() === role
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
    // A name over a line of its own (`Valérie CHEVRY` / `Conseillère municipale`) is a holder over her office, not a presenter's name.
    if (style === 'plain' && i === start && plainText(entry.node).includes('\n')) break
    run.push(entry)
    lines.push(text)
  }
  if (run.length < 2) return null
  const [name, ...rest] = lines
  if (style === 'plain' ? !hasCapitalisedSurname(name!) : !isPersonName(name!, rest[0]!, words.position)) return null
  if (style === 'plain' && !words.position.test(rest[0]!) && !words.department.test(rest[0]!)) return null
  return { run, lines, fields: fromParts(name!, rest, words) }
}

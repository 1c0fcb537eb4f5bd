// Label turns: a paragraph, list item, quote or heading that opens with a speaker's label (`**Anna:**`,
// `MS. NILSSON:`, `Mr. REID.`, `<nick>`, `[nick]`, `主持人：`). A label that says who speaks by itself is
// a turn; a weak one (one word, initials, a nick) is a turn when the document supports it: the label
// recurs, it names exactly one listed participant, or the document's turns are already written so.
import type { Html, Paragraph } from 'mdast'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, headingAttributes, plainText, printedStart } from '../parse/text.js'
import { isMeetingBotLine, meetingBotNick } from '../text/meeting-bot.js'
import { ORGANIZATION_WORDS, hasCapitalisedSurname, looksLikeName } from '../text/names.js'
import { collapseSpace } from '../text/normalize.js'
import { isSpace, trimEndWhere } from '../text/scan.js'
import { type LabelParts, parseDisplayLabel, parseLabel } from '../text/labels.js'
import { isHanLabel, readHanLabel } from '../text/names-zh.js'
import { closingMention, mentionAt } from '../text/mentions-zh.js'
import { lexicon } from '../lexicon/index.js'
import {
  type Opening,
  aloneLine,
  cueLines,
  isHtmlElement,
  isRecordTurn,
  leadStampedLine,
  readOpening,
  splitStampLabel,
  stampedLine,
} from '../text/turns.js'
import type { Claims } from './define.js'
import { type RosterPerson, commonWords, listedInitials, participantOf, resolveLabel } from './speakers-roster.js'
import { profileHandle } from './speakers-mentions.js'
import { acronymsAmong } from './speakers-acronyms.js'

export interface LabelTurn {
  entry: FlowEntry
  opening: Opening
  parts: LabelParts
  /** The label in bold or italic (`**Anna:**`, `*Anna*:`). */
  styled: boolean
  /** The listed participant the label names, if exactly one. */
  person: RosterPerson | null
  /** Characters of the paragraph's flat text the label takes (with its separator). */
  taken: number
  /** The text after the label. */
  remarks: string
  /** The role whose label introduces its holder (`**Moderator:** Ms. Anna Berg, …`): `Moderator`. */
  role?: string
  /** Capitals the document uses otherwise (`PR:` where it writes `a PR`, `TBD:`): no name's initials. */
  otherwise?: boolean
}

/** How many turns in one style make it the document's way of writing turns. */
const ESTABLISHED = 3

/** Every flow entry that opens with a speaker's label and is a turn, by flow index; and the labels not read as turns. */
export function labelTurns(
  flow: readonly FlowEntry[],
  claims: Claims,
  roster: readonly RosterPerson[],
  roles: RegExp,
  entries: ReadonlySet<number> = new Set(),
): { turns: Map<number, LabelTurn>; unread: LabelTurn[] } {
  const isRole = (text: string) => roles.test(text)
  const candidates: LabelTurn[] = []
  const stamps = stampsOf(flow)
  for (const entry of flow) {
    // An entry of a participants list (`Speakers:` over `- Jon Doe (Foo University): Captions in VR`) is no turn.
    if (claims.isClaimed(entry.node) || entries.has(entry.index)) continue
    const candidate = isOpeningParagraph(entry) ? candidateAt(entry, roster, isRole, stamps) : replyAt(entry, roster, isRole)
    // `Chairs:` alone over the list of who they are (`- Anna Berg`): the list's heading, not the chairs speaking.
    const heading = candidate !== null && isListHeading(candidate) && entries.has(entry.index + 1)
    if (candidate && !heading) candidates.push(candidate)
  }
  // Most documents have no labels: the document's lowercase words are then never read.
  if (candidates.length === 0) return { turns: new Map(), unread: [] }
  const common = commonWords(flow)
  refuseOtherwiseUsed(candidates, flow, common)
  const listed = new Set(roster.flatMap((person) => person.name.toLowerCase().split(' ')))
  const says = (candidate: LabelTurn) => saysWho(candidate, common, listed)
  const uses = new Map<string, number>()
  for (const candidate of candidates) uses.set(keyOf(candidate), (uses.get(keyOf(candidate)) ?? 0) + 1)
  // A label that recurs names a speaker in a dialogue, which has two speakers at least.
  const fields = recordFields(candidates)
  const recurring = new Set([...uses].filter(([key, count]) => count >= 2 && !fields.has(key)).map(([key]) => key))
  const dialogue = new Set([...recurring, ...candidates.filter(says).map(keyOf)]).size >= 2
  // A word the document also writes in lowercase (`Este:`, `Linderos:`) recurs as a key does, not as a name.
  const ordinary = (candidate: LabelTurn) =>
    candidate.parts.kind === 'person' && !candidate.parts.strong && common.has(candidate.parts.name.toLowerCase())
  const supported = nameSupport(candidates, recurring, says, listed)
  // Initials a label introduced (`Anna Berg (AB):`) name her when they open a turn alone (`AB:`).
  const introduced = new Set(candidates.flatMap((candidate) => (candidate.parts.kind === 'person' ? [candidate.parts.alias] : [])))
  const named = (candidate: LabelTurn) => candidate.parts.kind === 'initials' && introduced.has(candidate.parts.name)
  const recurs = (candidate: LabelTurn) => dialogue && recurring.has(keyOf(candidate)) && !ordinary(candidate)
  const sure = new Set(
    candidates.filter(
      (candidate) => (says(candidate) && supported(candidate)) || candidate.person !== null || recurs(candidate) || named(candidate),
    ),
  )
  const established = establishedStyle(candidates, sure)
  const accepted = new Map<number, LabelTurn>()
  const unread: LabelTurn[] = []
  const han = isHanRecord(candidates)
  const listings = new Set(candidates.filter(isListing))
  // A speaker whose label opens speech elsewhere calls on others by name (`VINCE BUZEK: Director Broom.`): a turn, no listing.
  const fullName = (candidate: LabelTurn) => candidate.parts.name.includes(' ') || candidate.parts.honorific !== ''
  const speaks = (candidate: LabelTurn) => !listings.has(candidate) && recurs(candidate) && fullName(candidate)
  const speaking = new Set(candidates.filter(speaks).map(keyOf))
  for (const candidate of candidates) {
    if (han && isLatinKey(candidate)) continue
    if (listings.has(candidate) && !(candidate.parts.kind === 'person' && speaking.has(keyOf(candidate)))) {
      const holder = roleHolder(candidate)
      if (holder) accepted.set(candidate.entry.index, holder)
      continue
    }
    if (sure.has(candidate) || (established(candidate) && !ordinary(candidate) && !isAmount(candidate)))
      accepted.set(candidate.entry.index, candidate)
    // A name-only label the document gives no support (a topic's lead-in, as reports print them) is not a missed turn,
    // nor a key the document writes in lowercase elsewhere (`Linderos:`), nor a word before a spaced colon (`territoriales :`).
    else if (!(says(candidate) && !supported(candidate)) && !ordinary(candidate) && !isSpacedWord(candidate) && !isAlone(candidate))
      unread.push(candidate)
  }
  return { turns: accepted, unread: joinRuns(candidates, accepted, unread, (turn) => ordinary(turn) || fields.has(keyOf(turn))) }
}

/**
 * Initials that spell a listed name (`RJ` for Robert Jackson) but that the document writes otherwise, as a word in
 * lowercase of three letters at least (`TBD:`, `AOB:`) or as an acronym (`PR:` where it writes `a PR`,
 * speakers-acronyms.ts), name nobody: the candidates' person is taken back. Initials the list gives someone (`Paula
 * Reed (PR)`) stay theirs.
 */
function refuseOtherwiseUsed(candidates: readonly LabelTurn[], flow: readonly FlowEntry[], common: ReadonlySet<string>): void {
  const spelt = candidates.filter(
    (candidate) =>
      candidate.parts.kind === 'initials' && candidate.person !== null && !candidate.person.aliases.includes(candidate.opening.label),
  )
  if (spelt.length === 0) return
  const acronyms = acronymsAmong(flow, new Set(spelt.map((candidate) => candidate.opening.label)))
  // Two letters are too often a short word of prose (`de`, `am`, `je`) as well as someone's initials to be refused so.
  const word = (label: string) => label.length > 2 && common.has(label.toLowerCase())
  for (const candidate of spelt) {
    if (!acronyms.has(candidate.opening.label) && !word(candidate.opening.label)) continue
    candidate.person = null
    candidate.otherwise = true
  }
}

/**
 * Whether a candidate is written in the document's way of writing turns: a style most of whose labels are sure ones,
 * three at least. A name alone over a paragraph's words (`Anna Berg` / `Good morning.`) never is: it is a turn only
 * when the document supports it by itself, as a short title over a paragraph is written so as well (and is no missed turn).
 */
function establishedStyle(candidates: readonly LabelTurn[], sure: ReadonlySet<LabelTurn>): (candidate: LabelTurn) => boolean {
  const styles = new Map<string, number>()
  for (const candidate of sure) styles.set(styleOf(candidate), (styles.get(styleOf(candidate)) ?? 0) + 1)
  const written = new Map<string, number>()
  for (const candidate of candidates) written.set(styleOf(candidate), (written.get(styleOf(candidate)) ?? 0) + 1)
  return (candidate) => {
    const count = styles.get(styleOf(candidate)) ?? 0
    return !isAlone(candidate) && count >= ESTABLISHED && count * 2 >= (written.get(styleOf(candidate)) ?? 0)
  }
}

/** Accepts the run members (see runMembers) into `accepted`; the labels still unread. */
function joinRuns(
  candidates: readonly LabelTurn[],
  accepted: Map<number, LabelTurn>,
  unread: LabelTurn[],
  excluded: (candidate: LabelTurn) => boolean,
): LabelTurn[] {
  const joined = runMembers(candidates, accepted, excluded)
  for (const candidate of joined) accepted.set(candidate.entry.index, candidate)
  return joined.length === 0 ? unread : unread.filter((candidate) => !joined.includes(candidate))
}

/**
 * A one-word given name a discussion's notes print once (`- John: …` between `- Amir: …` and `- Peter: …`): a turn
 * when a turn already read sits next to it in the same style. Only the turns read before count, so no run of topic
 * labels follows one speaker in; a word the document writes in lowercase or a record's key never joins.
 */
function runMembers(
  candidates: readonly LabelTurn[],
  accepted: ReadonlyMap<number, LabelTurn>,
  excluded: (candidate: LabelTurn) => boolean,
): LabelTurn[] {
  const neighbour = (candidate: LabelTurn, index: number) => {
    const turn = accepted.get(index)
    return turn !== undefined && turn.parts.kind === 'person' && styleOf(turn) === styleOf(candidate)
  }
  return candidates.filter(
    (candidate) =>
      !accepted.has(candidate.entry.index) &&
      candidate.parts.kind === 'person' &&
      !isAlone(candidate) &&
      GIVEN_NAME.test(candidate.parts.name) &&
      !excluded(candidate) &&
      !isAmount(candidate) &&
      (neighbour(candidate, candidate.entry.index - 1) || neighbour(candidate, candidate.entry.index + 1)),
  )
}

const GIVEN_NAME = /^\p{Lu}\p{Ll}{1,20}$/u

function isAlone(candidate: LabelTurn): boolean {
  return candidate.opening.form === 'alone'
}

/** A lowercase word before a colon set off by a space, as French prose and keys print it: no chat nick writes so. */
function isSpacedWord(candidate: LabelTurn): boolean {
  return candidate.parts.kind === 'nick' && /\s[:：]/.test(flatText(candidate.entry.node).slice(0, candidate.taken))
}

/**
 * Whether the turns' remarks are written in Chinese: more Han characters (the common CJK block) than Latin letters,
 * in the first characters of the first turns (enough to tell, and cheap in a transcript of thousands).
 */
function isHanRecord(candidates: readonly LabelTurn[]): boolean {
  let balance = 0
  for (const candidate of candidates.slice(0, SAMPLED_TURNS)) {
    const text = candidate.remarks
    for (let i = 0; i < Math.min(text.length, SAMPLED_CHARS); i++) {
      const code = text.charCodeAt(i)
      if (code >= 0x4e00 && code <= 0x9fff) balance++
      else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) balance--
    }
  }
  return balance > 0
}

const SAMPLED_TURNS = 64
const SAMPLED_CHARS = 200
const HAN_CHAR = /\p{Script=Han}/u

/**
 * In a record written in Chinese, a label in Latin letters that is the whole name (`Motivation：`, `How To：`,
 * `kernel：`) is a field's key or a term: a speaker's only with a mention's mark (`@HeyJavaBean：`), an honorific
 * or office, or when it names a listed participant.
 */
function isLatinKey(candidate: LabelTurn): boolean {
  const { parts, opening } = candidate
  if (opening.form !== 'colon' || candidate.person !== null || parts.honorific !== '' || parts.position !== '') return false
  // A strong nick of the colon form is a mention (`@HeyJavaBean：`, a label linked to a profile).
  if (parts.kind === 'role' || (parts.kind === 'nick' && parts.strong) || HAN_CHAR.test(opening.label) || /^[@＠]/.test(opening.label))
    return false
  return parts.name === opening.label
}

/**
 * Whether a label says who speaks by itself: a strong label (an honorific, an office, a name of two words)
 * none of whose words the document also writes in lowercase (`Interface Design:`, `Minutes Approval:`,
 * `Cible DGFIP :` are a topic's label, not a name); or a name the participants list gives.
 */
function saysWho(candidate: LabelTurn, common: ReadonlySet<string>, listed: ReadonlySet<string>): boolean {
  const { parts } = candidate
  if (parts.kind === 'person' && !parts.strong && !parts.name.includes(' ')) return listed.has(parts.name.toLowerCase())
  if (!parts.strong) return false
  if (parts.kind !== 'person' || parts.honorific !== '' || parts.position !== '' || candidate.person !== null) return true
  const words = parts.name.split(' ').filter((word) => /\p{Ll}/u.test(word))
  return !words.some((word) => common.has(word.toLowerCase()))
}

/**
 * A label that is a name and nothing else (`Community Engagement:`, `Anna Berg:`) is as often a topic's lead-in
 * as a speaker: it counts when the document uses labels for turns. The label recurs; a name-only label of
 * its style recurs; a word of it names a listed participant; or the document has turns in its style whose labels
 * say more (an honorific, an office or role, a listed person, an organisation in parentheses). A lone
 * `Funding Models:` in a report with no other turns is no speaker.
 */
function nameSupport(
  candidates: readonly LabelTurn[],
  recurring: ReadonlySet<string>,
  says: (candidate: LabelTurn) => boolean,
  listed: ReadonlySet<string>,
) {
  const recurringStyles = new Set(candidates.filter((candidate) => isNameOnly(candidate) && recurring.has(keyOf(candidate))).map(styleOf))
  const saysMore = (candidate: LabelTurn) => !isNameOnly(candidate) && (says(candidate) || candidate.person !== null)
  const anchored = new Set(candidates.filter(saysMore).map(styleOf))
  const isListed = (candidate: LabelTurn) => candidate.parts.name.split(' ').some((word) => listed.has(word.toLowerCase()))
  const inStyle = (candidate: LabelTurn) => anchored.has(styleOf(candidate)) || recurringStyles.has(styleOf(candidate))
  return (candidate: LabelTurn) => !isNameOnly(candidate) || inStyle(candidate) || recurring.has(keyOf(candidate)) || isListed(candidate)
}

/**
 * A person's label with nothing but a name: no honorific, office, organisation, alias, or listed person, and
 * no surname the lexicon knows (`李永强`) or printed in capitals (`John SMITH`), which only names carry; nor the
 * recording time a transcript prints with it (`Anna Berg  0:01`, `Anna Berg (00:01:02):`), which no topic's label has.
 */
function isNameOnly(candidate: LabelTurn): boolean {
  const { parts } = candidate
  if (candidate.opening.time !== null && candidate.opening.form === 'colon') return false
  const bare = !parts.honorific && !parts.position && !parts.organization && !parts.alias && !parts.family
  return parts.kind === 'person' && candidate.person === null && bare && !hasCapitalisedSurname(parts.name)
}

/**
 * The keys of records a document repeats (`Funder: …`, `Cost: 20,000 EUR`, `Region: …` under each project): a weak
 * label whose every use is a short value (no sentence) among other labels, never twice in one run of adjacent
 * labels. A dialogue repeats its labels within a run (`Anna:`, `Karl:`, `Anna:`) and says sentences.
 */
function recordFields(candidates: readonly LabelTurn[]): Set<string> {
  const runs: LabelTurn[][] = []
  for (const candidate of candidates) {
    const run = runs.at(-1)
    if (run && run.at(-1)!.entry.index + 1 === candidate.entry.index) run.push(candidate)
    else runs.push([candidate])
  }
  const fields = new Set<string>()
  const spoken = new Set<string>()
  for (const run of runs) {
    const keys = run.map(keyOf)
    const distinct = new Set(keys).size === keys.length && keys.length >= 2
    for (const candidate of run) {
      const key = keyOf(candidate)
      if (distinct && !candidate.parts.strong && candidate.parts.kind === 'person' && isValue(candidate.remarks)) fields.add(key)
      else spoken.add(key)
    }
  }
  return new Set([...fields].filter((key) => !spoken.has(key)))
}

/** A record's value: a few words that end no sentence. */
function isValue(remarks: string): boolean {
  const value = remarks.trim()
  return value !== '' && !/[.!?…]$/.test(value) && value.split(' ').length <= MAX_VALUE_WORDS
}

/** Most words of a record's value (`20,000 EUR`, `University of Oslo`, `two years`). */
const MAX_VALUE_WORDS = 6

/** Paragraphs (in any container, a list item's first) and headings; a nested quote's paragraphs too. */
function isOpeningParagraph(entry: FlowEntry): boolean {
  if (entry.node.type === 'heading') return true
  if (entry.node.type !== 'paragraph' || isLinkOnly(entry.node)) return false
  return !entry.item || entry.item.children[0] === entry.node || isTurnLine(entry.node)
}

/** A paragraph that is one link: its text is the linked page's title (`[Bikeshedding II: XRFrameOfReference #418](…)`), no label. */
function isLinkOnly(node: Paragraph): boolean {
  const children = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  return children.length === 1 && children[0]!.type === 'link'
}

/** A role that also heads a participants list (`Chairs:`, `Moderator:`), alone on its line. */
function isListHeading(candidate: LabelTurn): boolean {
  return candidate.parts.kind === 'role' && candidate.remarks.trim() === '' && LIST_ROLES.has(candidate.opening.label.toLowerCase())
}

const LIST_ROLES = new Set(lexicon.participantsHeadings.map((word) => word.toLowerCase()))

/**
 * An item's later paragraph that a participant's initials or a listed name open: a reply to the item
 * (`- draft status` / `  CB: There was also …`), as live notes nest them; no other label is read there.
 */
function replyAt(entry: FlowEntry, roster: readonly RosterPerson[], isRole: (text: string) => boolean): LabelTurn | null {
  if (entry.node.type !== 'paragraph' || !opensWithColon(entry.node)) return null
  const candidate = candidateAt(entry, roster, isRole, NO_STAMPS)
  const named = candidate?.parts.kind === 'initials' || (candidate?.person != null && candidate.parts.kind === 'person')
  return candidate?.opening.form === 'colon' && named ? candidate : null
}

/** Whether a paragraph's first line has a colon within a label's reach (a cheap test before any label is read). */
function opensWithColon(node: FlowEntry['node']): boolean {
  const first = node.type === 'paragraph' ? node.children[0] : undefined
  if (first?.type !== 'text') return false
  const colon = first.value.indexOf(':')
  return colon > 0 && colon < LABEL_REACH && !first.value.slice(0, colon).includes('\n')
}

/** How far into a paragraph an item's reply's colon is looked for (`Carsten Bormann (chair hat off):`). */
const LABEL_REACH = 48

/** A paragraph the turn lines were cut into after its first (`- Budget` / `anna: …`): it opens as an item's first would. */
function isTurnLine(node: FlowEntry['node']): boolean {
  const data: { turnLine?: unknown } | undefined = node.data
  return data?.turnLine === true
}

/** A link and nothing else (`http://archives.example.org/msg_12.xml`, `<https://…>`). */
const LINK_ONLY = /^<?https?:\/\/\S{1,2000}$/u

/** Whether a paragraph sets a label in bold or italics (`**Anna:**`, `*Wendy Reid:*`). */
function isStyledLabel(node: Paragraph): boolean {
  return node.children.some((child) => child.type === 'strong' || child.type === 'emphasis')
}

function candidateAt(
  entry: FlowEntry,
  roster: readonly RosterPerson[],
  isRole: (text: string) => boolean,
  stamps: Stamps,
): LabelTurn | null {
  const node = entry.node as Paragraph
  // A heading's label without the attributes pandoc writes after it (`### 林召集人文： {#id .unnumbered}`).
  const text = entry.node.type === 'heading' ? headingAttributes(flatText(node)).text.trimEnd() : flatText(node)
  const nick = htmlNick(node)
  const opening =
    nick ??
    styledOpening(node, text) ??
    givenLineOpening(node) ??
    rawOpening(node, text) ??
    stampOpening(node, text, stamps.loose) ??
    (stamps.lead ? leadOpening(node) : null) ??
    (stamps.cues ? cueOpening(node) : null) ??
    (stamps.split ? stamps.split(entry) : null) ??
    readOpening(text) ??
    keyedOpening(text, roster) ??
    aloneOpening(entry, text)
  if (!opening || opening.form === 'system' || opening.label === '') return null
  if (isMeetingBotLine(opening, nick ? text : text.slice(opening.end), stamps.bots)) return null
  // `<cite>Karl Lund</cite>`: an HTML element that the paragraph closes, not a chat nick.
  if (opening.form === 'chat' && closesElement(node, opening.label)) return null
  // `[Laughter.]` on its own line: a reporter's note in brackets, not a nick.
  if (opening.form === 'bracket' && opening.label.endsWith('.')) return null
  // `Senator Reed.` alone: the chair calling on a member in the period form, not a turn of the member's.
  const alone = text.slice(opening.end).trim() === '' && entry.node.type === 'paragraph'
  if (opening.form === 'period' && alone && !node.children.some((child) => child.type === 'strong')) return null
  // `@Chen: ask the project for a report`: an action item addressed to a member (a verb in lowercase), no turn.
  if (opening.form === 'colon' && opening.label.startsWith('@') && ASSIGNED.test(text.slice(opening.end))) return null
  // `dberkholz: http://archives…/msg_….xml`: a plain name over nothing but a link cites that person's post (an agenda's
  // list of the opinions members posted to a mailing list), it reports no words; a scribe's styled label over a link
  // (`*Wendy Reid:* [https://…](…)`) is a turn, the link pasted in the meeting.
  if (opening.form === 'colon' && !isStyledLabel(node) && LINK_ONLY.test(text.slice(opening.end).trim())) return null
  // A heading is a turn only when it is a label and nothing else (`### 林召集人文：`), or a record's label and a dash
  // before the words (`## M. Dominique Harmel. - C'est un scoop!`, a short turn an OCR engine set as a heading).
  const dashed = entry.node.type === 'heading' && isRecordTurn(text)
  if (entry.node.type === 'heading' && !dashed && (opening.form !== 'colon' || opening.end < text.length)) return null
  // `[SigureMo](https://github.com/SigureMo)：…`: a label linked to the member's profile is that member's mention.
  const handle = opening.form === 'colon' ? profileHandle(node) : null
  const linked = handle !== null && opening.label.replace(/^[@＠]/, '') === handle
  // A recorder's display name (`Berg, Anna  0:03`, `<v Berg, Anna>`) may print the family name first.
  const read = opening.time !== null || opening.voice ? parseDisplayLabel : parseLabel
  // Initials the participants list gives someone are theirs before any other reading of the letters (`PS:`, `MS:`).
  const initials = opening.form === 'colon' && listedInitials(opening.label, roster) ? initialsParts(opening.label) : null
  const reading = initials ?? read(linked ? `@${handle}` : opening.label, opening.form, isRole) ?? keyedLabel(opening.label, roster)
  const label = reading && opening.form === 'colon' ? spelt(reading, opening.label, roster) : reading
  if (!label) return null
  // `Q：如何计算？@许银`: a question or its answer that a mention closes is the turn of who asked or answered it.
  const closing = isQuestion(label) ? closingMention(text) : null
  const parsed = (closing ? parseLabel(`@${closing}`, 'colon', isRole) : null) ?? label
  const presenter = presenterOf(node, parsed, opening)
  if (presenter === null) return null
  if (presenter) return { entry, ...presenter, styled: false, person: resolveLabel(presenter.parts, presenter.parts.name, roster) }
  const parts = parsed
  const first = node.children[0]
  const emphasised = first?.type === 'strong' || first?.type === 'emphasis'
  // A bold or italic line that goes on past its colon is a title (`**Keynote: Parks and People**`), not a label.
  if (emphasised && opening.end < flatText(first).length) return null
  const styled =
    emphasised &&
    flatText(first)
      .replace(/[:：]\s*$/, '')
      .trim() === opening.label.trim()
  const taken = nick ? 0 : Math.min(opening.end, text.length)
  return { entry, opening, parts, styled, person: resolveLabel(parts, opening.label, roster), taken, remarks: text.slice(taken) }
}

/**
 * `Ryan; wishes …`, `Larry, agrees …`: a given name's label the turn lines marked in plain-text minutes that write their
 * turns so (dialect/given-labels.ts), read as a colon's label.
 */
function givenLineOpening(node: Paragraph): Opening | null {
  const data: { givenLabel?: { label: string; end: number } } | undefined = node.data
  const given = data?.givenLabel
  return given ? { label: given.label, end: given.end, form: 'colon', time: null } : null
}

/** A remark opening with a word in lowercase Latin letters, as an imperative does (`ask the project …`). */
const ASSIGNED = /^[a-z]+\s/

/**
 * A label no name reads (`I`, the pronoun's letter) that a transcript's key line gives a role (`[I] – Interviewer`):
 * the keyed person's label.
 */
function keyedLabel(label: string, roster: readonly RosterPerson[]): LabelParts | null {
  const keyed = roster.find((person) => person.aliases.includes(label) && person.position === person.name)
  return keyed ? { ...emptyParts(), kind: 'person', name: label, strong: true } : null
}

/** `C – The General Manager.`: a keyed label and its dash open a turn whatever words follow (the key says it is a label). */
function keyedOpening(text: string, roster: readonly RosterPerson[]): Opening | null {
  const keyed = KEYED_DASH.exec(text)
  if (!keyed || !roster.some((person) => person.aliases.includes(keyed[1]!) && person.position === person.name)) return null
  return { label: keyed[1]!, end: keyed[0].length, form: 'dash', time: null }
}

const KEYED_DASH = /^(\p{Lu}{1,2}\d?) (?:-{1,3}|[–—]) (?=\S)/u

/**
 * `MS:` where Melanie Sumner attends: capitals read as an honorific alone (`Ms`, `Pr`, `Dr`), no name after it, that
 * are the initials of one listed name are hers (a turn by an honorific alone names nobody).
 */
function spelt(parts: LabelParts, label: string, roster: readonly RosterPerson[]): LabelParts {
  if (parts.name !== '' || parts.honorific === '' || parts.position !== '' || !/^\p{Lu}{2,3}$/u.test(label)) return parts
  return resolveLabel(initialsParts(label), label, roster) ? initialsParts(label) : parts
}

function initialsParts(label: string): LabelParts {
  return { ...emptyParts(), kind: 'initials', name: label }
}

function emptyParts(): LabelParts {
  return { kind: 'person', honorific: '', position: '', name: '', family: '', given: '', organization: '', alias: '', strong: false }
}

const PRESENTERS = new Set(lexicon.presenterLabels.map((word) => word.toLowerCase()))

/** A question or its answer (`Q：`, `答：`): a role's label with no name or office. */
function isQuestion(parts: LabelParts): boolean {
  return parts.kind === 'role' && parts.name === '' && parts.position === ''
}

/**
 * `汇报人：黄然` on an agenda item's line: the presenter's label over one name is that person's turn, labelled by
 * the whole line; what the item's lines say after it are the turn's text. Several names, or none, are no turn
 * (null); undefined when the label names no presenter.
 */
function presenterOf(node: Paragraph, parts: LabelParts, opening: Opening) {
  if (parts.kind !== 'role' || !PRESENTERS.has(parts.position.toLowerCase())) return undefined
  const line = collapseSpace(plainText(node).split('\n')[0] ?? '')
  const printed = line.slice(opening.end).trim()
  // `分享人：@李四`: the member the presenter's label mentions.
  const mention = mentionAt(printed, 0)
  const mentioned = mention?.end === printed.length
  const value = mentioned ? mention.name : printed
  const han = value.replace(/\s/g, '')
  const read = isHanLabel(han) ? readHanLabel(han, () => false) : null
  // `Referentin: Dr. Anna Berg (Universität Jena)`, `Rapporteure : Mme Claire BERNARD`: a name with its honorific
  // and body, read as a label's.
  const label = read?.kind === 'person' ? null : parseLabel(value, 'colon')
  const titled = label?.kind === 'person' && label.honorific !== '' && looksLikeName(label.name)
  const plain = !titled && (looksLikeName(value) || mentioned) ? { name: value, family: '', given: '' } : null
  const named = read?.kind === 'person' && read.given !== '' ? read : plain
  const labelled = !named && label?.kind === 'person' && looksLikeName(label.name) ? label : null
  const flat = flatText(node)
  // `Rapporteur : Monsieur le Maire`: an office after its civility, whom the minutes say holds it (who presides).
  if (!named && !labelled && label?.kind === 'role' && label.honorific !== '' && label.position !== '') {
    return { opening: { ...opening, label: line }, parts: label, taken: line.length, remarks: flat.slice(line.length) }
  }
  if (!named && !labelled) return null
  const person = {
    ...parts,
    ...(labelled ?? {}),
    kind: 'person' as const,
    position: '',
    name: (named ?? labelled)!.name,
    family: (named ?? labelled)!.family,
    given: (named ?? labelled)!.given,
    strong: true,
  }
  return { opening: { ...opening, label: line }, parts: person, taken: line.length, remarks: flat.slice(line.length) }
}

/**
 * `Anna Berg  0:01` or `**Anna Berg** 0:01` on the first line, the turn's words below it: an automatic transcript's
 * export (text.ts's stampedLine). Only a text whose first colon is a time's, early, is read line by line.
 */
function stampOpening(node: Paragraph, text: string, loose = false): Opening | null {
  const colon = text.indexOf(':')
  if (colon < 2 || colon > STAMP_COLON || !isDigit(text.charAt(colon - 1))) return null
  const opening = stampedLine(firstLine(node), loose)
  if (!opening) return null
  return { ...opening, end: Math.min(text.length, opening.end + (text.charAt(opening.end) === ' ' ? 1 : 0)) }
}

function firstLine(node: Paragraph): string {
  const source = plainText(node)
  const lineEnd = source.indexOf('\n')
  return lineEnd < 0 ? source : source.slice(0, lineEnd)
}

/**
 * A record of a Word transcript's export through pandoc, which writes the run of spaces between a speaker's name and
 * the time as one (`Anna Berg 0:04\`, Teams, Otter): paragraphs whose first line is a label and a time, a few at
 * least, their times rising as a recording's do, a speaker speaking again. One such line alone (`Room 4 10:30`) is a
 * schedule's.
 */
function isStampedRecord(flow: readonly FlowEntry[]): boolean {
  const times: number[] = []
  const labels = new Set<string>()
  let recurs = false
  for (const entry of flow) {
    if (entry.node.type !== 'paragraph' || entry.item !== null || entry.quoteDepth > 0) continue
    const text = flatText(entry.node)
    const colon = text.indexOf(':')
    if (colon < 2 || colon > STAMP_COLON || !isDigit(text.charAt(colon - 1))) continue
    const opening = stampedLine(firstLine(entry.node), true)
    if (!opening?.time) continue
    times.push(secondsOf(opening.time))
    recurs ||= labels.has(opening.label)
    labels.add(opening.label)
  }
  // A dialogue's speakers speak again; a programme's (`Anna Berg 9:00` over a talk's title) once each.
  if (times.length < STAMPED_RUN || !recurs) return false
  const rising = times.filter((time, k) => k === 0 || time >= times[k - 1]!).length
  return rising >= times.length * STAMPED_RISING
}

/**
 * `00:00:03 Speaker 1`, `@0:25 - Anna Berg` alone in a paragraph, `[00:00:51] Anna` over the words (leadStampedLine),
 * read first by its first character.
 */
function leadOpening(node: Paragraph): Opening | null {
  const text = flatText(node)
  const first = text.charAt(0)
  if (first !== '@' && first !== '[' && !isDigit(first)) return null
  // The label's own line first: the words under it are no part of it (`[00:37:31] Anna` / `Das ist –`).
  const lines = plainText(node).trimStart()
  return (lines.includes('\n') ? leadStampedLine(lines) : null) ?? leadStampedLine(text)
}

/** The recorders' record forms a document's turns are read in (isSpeakerRecord), found once over the flow. */
interface Stamps {
  loose: boolean
  lead: boolean
  cues: boolean
  split: ((entry: FlowEntry) => Opening | null) | null
  /** The nicks of a meeting bot in a chat log (meeting-bot.ts), lowercase. */
  bots: ReadonlySet<string>
}

const NO_STAMPS: Stamps = { loose: false, lead: false, cues: false, split: null, bots: new Set() }

function stampsOf(flow: readonly FlowEntry[]): Stamps {
  const split = (entry: FlowEntry) => splitOpening(flow, entry)
  return {
    loose: isStampedRecord(flow),
    lead: isSpeakerRecord(flow, (entry) => leadOpening(entry.node as Paragraph)),
    cues: isSpeakerRecord(flow, (entry) => cueOpening(entry.node as Paragraph)),
    split: isSpeakerRecord(flow, split) ? split : null,
    bots: meetingBots(flow),
  }
}

/** The nicks that print a meeting bot's own messages in a chat log (`<brokerbot> Meeting started …`). */
function meetingBots(flow: readonly FlowEntry[]): Set<string> {
  const bots = new Set<string>()
  for (const entry of flow) {
    if (entry.node.type !== 'paragraph') continue
    const line = printedStart(entry.node)
    const first = line.charAt(0)
    if (first !== '<' && first !== '[' && !isDigit(first)) continue
    const opening = readOpening(line)
    const bot = opening ? meetingBotNick(opening, line.slice(opening.end)) : null
    if (bot !== null) bots.add(bot)
  }
  return bots
}

/** `Anna Berg` / `00:00:21`: a name's paragraph with the time alone in the next (splitStampLabel), a table row's cells. */
function splitOpening(flow: readonly FlowEntry[], entry: FlowEntry): Opening | null {
  const next = flow[entry.index + 1]
  if (entry.node.type !== 'paragraph' || next?.node.type !== 'paragraph') return null
  const time = flatText(next.node)
  const first = time.charAt(0)
  return isDigit(first) || first === '[' || first === '(' ? splitStampLabel(flatText(entry.node), time) : null
}

/** `0:0:3.270 --> 0:0:4.250` / `Anna Berg` / `Umm.`: a caption cue's lines in one paragraph (cueLines). */
function cueOpening(node: Paragraph): Opening | null {
  return isDigit(flatText(node).charAt(0)) ? cueLines(plainText(node)) : null
}

/**
 * A record of a recorder's export, its speaker lines in one of the shapes `read` reads (a time before the speaker
 * over the words, a caption cue): a few such lines at least, their times rising, most with words after them, and a
 * few speakers speaking again and again — a programme's times (`09:00 Registration`, `10:30 Coffee break`) stand over
 * no words, and its items seldom recur.
 */
function isSpeakerRecord(flow: readonly FlowEntry[], read: (entry: FlowEntry) => Opening | null): boolean {
  const times: number[] = []
  const labels = new Set<string>()
  let spoken = 0
  for (let i = 0; i < flow.length; i++) {
    const entry = flow[i]!
    if (entry.node.type !== 'paragraph' || entry.item !== null || entry.quoteDepth > 0) continue
    const opening = read(entry)
    if (!opening?.time) continue
    times.push(secondsOf(opening.time))
    labels.add(opening.label)
    // The words on the lines after the label, or in the paragraph under it.
    const next = flow[i + 1]
    const under = next !== undefined && (next.node.type !== 'paragraph' || !read(next))
    if (opening.end < flatText(entry.node).length || under) spoken++
  }
  if (times.length < STAMPED_RUN || times.length - labels.size < times.length / 2) return false
  const rising = times.filter((time, k) => k === 0 || time >= times[k - 1]!).length
  return rising >= times.length * STAMPED_RISING && spoken >= times.length * STAMPED_RISING
}

/** Fewest label and time lines that make a record a transcript's export, and the share of them whose time rises. */
const STAMPED_RUN = 3
const STAMPED_RISING = 0.8

function secondsOf(time: string): number {
  return time.split(':').reduce((total, part) => total * 60 + Number(part), 0)
}

/**
 * `Anna Berg` alone on a paragraph's first line over the speaker's words (text.ts's aloneLine): read from the first
 * text node's first line, so that no paragraph's text is made again.
 */
function aloneOpening(entry: FlowEntry, text: string): Opening | null {
  const node = entry.node
  // A list item's name over more names is a participants list's entry, not a turn.
  if (node.type !== 'paragraph' || entry.item !== null || !/^\p{Lu}/u.test(text)) return null
  const first = node.children[0]
  if (first?.type !== 'text') return null
  const lineEnd = first.value.indexOf('\n')
  const hard = lineEnd < 0 && node.children[1]?.type === 'break'
  if ((lineEnd < 0 && !hard) || lineEnd > ALONE_LENGTH) return null
  const opening = aloneLine(hard ? first.value : first.value.slice(0, lineEnd))
  if (!opening || opening.end + 1 >= text.length || !readsAsSpeech(text.slice(opening.end + 1, opening.end + 200))) return null
  return { ...opening, end: opening.end + 1 }
}

/**
 * Whether the words under a name read as what someone said: the first word ends in punctuation (`Thanks, Anna.`,
 * `Yes.`) or one of the next three is in lowercase (`Good morning`), as the names of a board's signature block under
 * one another (`Schriftführerin Johanna Schell` over `Schatzmeister Bernd Kampe`) are not.
 */
function readsAsSpeech(words: string): boolean {
  const tokens = words.split(' ', 4)
  return /[,.!?;:]$/.test(tokens[0]!) || tokens.slice(1).some((token) => /^\p{Ll}/u.test(token))
}

/** Longest first line read as a name alone. */
const ALONE_LENGTH = 60

/** Farthest a stamped label's time begins in a turn's text. */
const STAMP_COLON = 90

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9'
}

/** `**Anna:** …`, `**Anna**: …`, `**Anna**:…`: a bold or italic label, the colon inside or right after it. */
function styledOpening(node: Paragraph, text: string): Opening | null {
  const first = node.children[0]
  if (first?.type !== 'strong' && first?.type !== 'emphasis') return null
  const styled = flatText(first)
  if (!text.startsWith(styled)) return null
  const inside = /[:：]$/.test(styled)
  if (!inside && !/^[:：]/.test(text.slice(styled.length))) return null
  const label = /[:：]$/.test(styled) ? trimEndWhere(styled.slice(0, -1), isSpace) : styled
  const end = styled.length + (inside ? 0 : 1)
  return { label, end: end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0), form: 'colon', time: null }
}

/**
 * A chat line whose `<nick>` Markdown read as inline HTML (`15:26 <anna> hi`): the opening read from the
 * children's text with the HTML kept, its end put back in the flat text, where the HTML is not.
 */
function rawOpening(node: Paragraph, text: string): Opening | null {
  const html = node.children.findIndex((child) => child.type === 'html')
  if (html < 0 || html > 2) return null
  let raw = ''
  let flat = ''
  for (const child of node.children.slice(0, html + 2)) {
    const value = child.type === 'text' || child.type === 'html' ? child.value : flatText(child)
    raw += value
    if (child.type !== 'html') flat += value
  }
  const opening = readOpening(raw)
  if (!opening || opening.form === 'system') return null
  const before = raw.slice(0, opening.end)
  const htmlLength = (node.children[html] as Html).value.length
  const offset = raw.indexOf((node.children[html] as Html).value) < opening.end ? htmlLength : 0
  const taken = collapseSpace(flat.slice(0, before.length - offset)).length
  return { ...opening, end: taken + (text[taken] === ' ' ? 1 : 0) }
}

/** Whether the paragraph holds the closing tag of an element named like the label (`</cite>` after `<cite>`). */
function closesElement(node: Paragraph, label: string): boolean {
  const closing = `</${label.toLowerCase()}>`
  return node.children.some((child) => child.type === 'html' && child.value.toLowerCase() === closing)
}

/** `<nick> text` in Markdown: the parser reads `<nick>` as inline HTML. */
function htmlNick(node: Paragraph): Opening | null {
  const first = node.children[0] as Html | undefined
  if (first?.type !== 'html') return null
  const match = /^<([@+%&~]?[A-Z_`^{}|\\[\]][\w`^{}|\\[\]-]{0,31})>$/i.exec(first.value)
  // `<br>` between signature lines: an HTML element a Markdown writer typed, not a chat nick.
  if (!match || isHtmlElement(match[1]!)) return null
  return { label: match[1]!, end: 0, form: 'chat', time: null }
}

/**
 * A line that assigns people rather than reports speech: a role's line (`Chair: Kiara Rose`), a topic
 * and who leads it (`Atmosfera: Saulo Freitas/INPE`). Its value is names only, with their organisations.
 */
function isListing(candidate: LabelTurn): boolean {
  // A recorder's speaker line (it prints the time) opens speech, whatever it says (`[00:45:19] Anna` / `Karl Lund.`).
  if (candidate.opening.form !== 'colon' || candidate.opening.time !== null) return false
  const printed = listedValue(candidate)
  const value = printed.replace(/\.$/, '')
  if (value === '' || /[!?。！？]$/u.test(value) || value.split(' ').length > 12 || runsOn(candidate)) return false
  const role = candidate.parts.kind === 'role'
  // `主席：林召集人文`, `主持人：王小明、李大華`: a record's line naming who holds the role, in Chinese.
  if (role && HAN_CHAR.test(value)) return hanNames(value)
  // One word after a role is its holder when it stands alone (`Facilitator: TC`), its ruling when it
  // ends a sentence (`THE COURT: Overruled.`).
  if (!value.includes(' ') && (!role || /[.!?]$/.test(printed))) return false
  const parts = value.split(/(?:(?<!\s)\s+)?(?:[,;&]|\band\b)\s*/).filter((part) => part.trim() !== '')
  return parts.length > 0 && parts.every((part) => (role ? ROLE_VALUE : NAMED_VALUE).test(part.trim()))
}

/** A value of Chinese names and nothing else (`林召集人文`, `王小明、李大華`): every part a person's label reads. */
function hanNames(value: string): boolean {
  const parts = value.split(/[、，,；;]/u).map((part) => part.replace(/\s/g, ''))
  return parts.every((part) => isHanLabel(part) && readHanLabel(part, () => false)?.kind === 'person')
}

/** A label over a number, an amount or a date in figures only (`ACCA : 60€`, `Total: 12`, `Expires: 12/31/16`) keys a value. */
function isAmount(candidate: LabelTurn): boolean {
  return /^[\d\s.,:%€$£¥+/\-–]+$/u.test(candidate.remarks.trim())
}

/**
 * A role's label in bold or italic over the one person who holds it, perhaps with position and
 * organisation: `**Moderator:** Ms. Anna Berg, Programme Officer, Nordic Institute` is her speaker line,
 * the role her position. Several holders (`**Chairs:** Anna Berg, Karl Lund`) stay a listing.
 */
function roleHolder(candidate: LabelTurn): LabelTurn | null {
  if (candidate.parts.kind !== 'role' || !candidate.styled || candidate.remarks.trim() === '') return null
  const value = listedValue(candidate)
  if (/[;&]|\band\b/.test(value)) return null
  const holder = participantOf(value)
  if (!holder || !holder.name.includes(' ')) return null
  // A second name where the organisation should be: two holders.
  if (holder.organization.split(', ').some((part) => looksLikeName(part) && !ORGANIZATION_WORDS.test(part))) return null
  const position = [candidate.parts.position, holder.position].filter(Boolean).join(', ')
  const parts = {
    ...candidate.parts,
    kind: 'person' as const,
    name: holder.name,
    honorific: holder.honorific,
    position,
    organization: holder.organization,
  }
  const role = candidate.opening.label
  return { ...candidate, parts, person: null, taken: flatText(candidate.entry.node).length, remarks: '', role }
}

/**
 * What a listing's label assigns: the rest of its line, or the next line when the label ends its own
 * (`SECRETARIA:` over `Dª ANA BUENO`); what follows on later lines (a page's margin notes) is not part of it.
 */
/** A label's line whose sentence runs on in lowercase (`THE COURT: Well, Mr. Stockwell, I` / `understand …`): speech. */
function runsOn(candidate: LabelTurn): boolean {
  const node = candidate.entry.node
  if (node.type !== 'paragraph') return false
  const lines = plainText(node).split('\n').map(collapseSpace).filter(Boolean)
  return lines.length >= 2 && lines[0]!.length > candidate.taken && /^\p{Ll}/u.test(lines[1]!)
}

function listedValue(candidate: LabelTurn): string {
  const node = candidate.entry.node
  if (node.type !== 'paragraph') return candidate.remarks.trim()
  const lines = plainText(node).split('\n').map(collapseSpace).filter(Boolean)
  // A label that takes both lines (`@0:25 -` / `**Anna Berg**`, a recorder's) assigns nothing.
  if (lines.length < 2 || collapseSpace(lines.slice(0, 2).join(' ')).length <= candidate.taken) return candidate.remarks.trim()
  const rest = lines[0]!.slice(Math.min(candidate.taken, lines[0]!.length)).trim()
  return rest !== '' ? rest : lines[1]!
}

// A name (one word after a role's label, two or more otherwise), perhaps with its organisation after a slash or in parentheses.
const ROLE_VALUE = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,6}\s?(?:\s?\/\s?[\p{L}\d&. -]{1,40}|\s?\([^()]{1,40}\))?$/u
const NAMED_VALUE =
  /^\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|d[aeo]s?|van|von)){1,4}(?:\s?\/\s?[\p{L}\d&. -]{1,40}|\s?\([^()]{1,40}\))?$/u

function keyOf(candidate: LabelTurn): string {
  const { parts } = candidate
  return `${parts.kind}:${(parts.name || parts.position).toLowerCase()}`
}

/** A turn's style: its form, whether bold or italic, and its container (a list item at its depth). */
function styleOf(candidate: LabelTurn): string {
  const { entry } = candidate
  const container =
    entry.node.type === 'heading' ? 'heading' : entry.item ? `item${entry.listDepth}` : entry.quoteDepth > 0 ? 'quote' : 'paragraph'
  return `${candidate.opening.form}|${candidate.styled}|${container}`
}

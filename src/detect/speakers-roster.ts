// Who attended, as the document lists them — `Present:`/`Attendees`/`Anwesend:` lists, a role's line
// (`Chair: Kiara Rose`) — and which of them a label names: `Lena`, `LINDQVIST`, `Ms. Lindqvist`, `LL`
// resolve to "Lena Lindqvist" when exactly one attendee matches. Pure functions over the flow's text.
import { labelKey } from '../text/label-key.js'
import { fr } from '../lexicon/fr.js'
import { factoredAlternation } from '../lexicon/alternation.js'
import { lexicon } from '../lexicon/index.js'
import type { Nodes, Root, Table, TableRow } from 'mdast'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, plainText } from '../parse/text.js'
import { proseAttendees } from './speakers-roster-prose.js'
import { type LabelParts, isClause, isPersonNote, titleCaseName } from '../text/labels.js'
import { isHanLabel, listedByFamily, readHanLabel } from '../text/names-zh.js'
import { ORGANIZATION_WORDS, hasCapitalisedSurname } from '../text/names.js'
import {
  closeSpreadHan,
  collapseSpace,
  foldInclusive,
  isCapsLine,
  similarity,
  slug,
  titleCase as titleCaseWords,
} from '../text/normalize.js'
import { endGroup, isSpace, trailingRunStart } from '../text/scan.js'

export interface RosterPerson {
  name: string
  honorific: string
  position: string
  organization: string
  /** Initials or a nickname the list gives beside the name (`(FYT)`, `/ ma1`). */
  aliases: string[]
  /** Listed under an absence heading (`Absents excusés :`): named by the record, never a speaker of a reported turn. */
  absent?: boolean
  /** Listed by an account's name (`li-jin-gou`), which is no given and family name. */
  account?: boolean
  /** Said to preside the meeting (`sous la présidence de …`): whom a label by a presiding office names. */
  presides?: boolean
  /** Named over its office on a signatures page or an officers list: the office the record gives, over a list's word. */
  signed?: boolean
}

const HEADINGS = new Set(lexicon.participantsHeadings.map((word) => word.toLowerCase()))
// An office or role heading the names of who holds it (`ALCALDE-PRESIDENTE:` over a name).
const OFFICES = new Set(lexicon.titles.concat(lexicon.roles).map((word) => word.toLowerCase()))
const HONORIFICS = new Set(lexicon.honorifics.map((word) => word.toLowerCase()))
const PRESIDING = new Set(lexicon.presidingOffices.map(slug))
const PARTICLES = new Set(lexicon.nameParticles)
// Whole words by letters, not by `\b` (ASCII-only): `Délégué`, `député` end in a letter `\b` does not see.
const POSITION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${factoredAlternation(lexicon.positions.concat(lexicon.roles, lexicon.titles))})(?![\\p{L}\\p{N}])`,
  'iu',
)

/**
 * Whether a text holds a position's word (POSITION): asked of every listed entry's parts, the same parts again and
 * again across a document's passes, against a pattern of some thousands of characters; each text's answer kept.
 */
function isPosition(text: string): boolean {
  let known = positions.get(text)
  if (known === undefined) {
    known = POSITION.test(text)
    if (positions.size >= MAX_KNOWN) positions.clear()
    positions.set(text, known)
  }
  return known
}

const positions = new Map<string, boolean>()
const MAX_KNOWN = 10_000
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u
// `(FYT)`; an account in lower case (`(jdoe)`, `(jdoe@host)`), which no institution's name is.
const ALIAS = /\((\p{Lu}{2,5}|[a-z][\w.@-]{1,30})\)|\s\/\s*([\p{L}\d_-]{2,20})(?=\s|$|\()/u
// Spaces before a separator taken from the start of their run only (as scan.ts's SPACED_COMMA): linear.
const SEPARATOR = /(?:(?<!\s)\s+)?(?:[,;、，；]|(?<=\s)(?:and|et|und|[&ey])(?=\s))\s*/u
/** A colon glued to the end of the first few words of an entry (`JB Martin: équipe`), spaced off as a separator. */
const GLUED_COLON = /^((?:\S+ ){0,4}\S+?):(?= )/u
/** How far into a line a participants heading's colon is looked for. */
const HEAD_SEARCHED = 240
/** Most lines of a title a participants heading follows in one paragraph. */
const MAX_TITLE_LINES = 3
/** Most attendees a list is read for; a longer run of items is some other list. */
const MAX_LISTED = 200
/** Characters from which a paragraph under a participants heading is prose, not one attendee's line. */
const PROSE = 120

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export interface Roster {
  people: RosterPerson[]
  /** Flow indices of the items and lines listed under a participants heading: a list, not turns. */
  listed: Set<number>
  /** The blocks of a participants grid table's cells: who attended, never a speaker's line. */
  tabled: Set<unknown>
}

/** The participants a document lists, in the order listed, one entry per person (`known` first: a transcript's cover). */
/** `[I] – Interviewer [C] – Client`: the roles a transcript's key line gives its labels, each named by the role. */
function keyedPeople(line: string): RosterPerson[] {
  const pairs = labelKey(line) ?? []
  return pairs.map(({ alias, role }) => ({ name: role, honorific: '', position: role, organization: '', aliases: [alias] }))
}

/** An abbreviation's definition (`*[BSc]: Ben Schwartz`) per line: whom the initials stand for. */
const GLOSSED = /^\*\[([\p{L}\d.-]{1,10})\]: *(\S.{0,80})$/u

/** The people a paragraph of abbreviation definitions names, each with the initials as an alias; none unless every line is one. */
function glossaryPeople(lines: readonly string[]): RosterPerson[] {
  if (!lines[0]?.startsWith('*[')) return []
  const people: RosterPerson[] = []
  for (const line of lines) {
    const glossed = GLOSSED.exec(line)
    const person = glossed ? participantOf(glossed[2]!) : null
    if (!person) return []
    people.push({ ...person, aliases: [...person.aliases, glossed![1]!] })
  }
  return people
}

export function readRoster(flow: readonly FlowEntry[], known: readonly RosterPerson[] = [], tree?: Root): Roster {
  // The people of participants tables the flow has only as cells' paragraphs (gridTablePeople).
  const tables = tree ? gridTablePeople(tree) : { people: [], cells: new Set<unknown>() }
  const people: RosterPerson[] = [...known, ...tables.people]
  const listed = new Set<number>()
  let listing: { position: string; item: boolean; absent: boolean; accounts: boolean; organization?: string } | null = null
  for (const entry of flow) {
    const node = entry.node
    // `STATEMENT OF ALAN GREENSPAN, CHAIRMAN, …`: a hearing's witness, with office and institution.
    if (node.type === 'code' || node.type === 'paragraph' || node.type === 'heading') people.push(...statementHeadings(flow, entry.index))
    // | Name | Position | Organisation |: one attendee a row.
    if (node.type === 'table') people.push(...tablePeople(node))
    if (node.type !== 'heading' && node.type !== 'paragraph') continue
    const lines = plainText(node).split('\n').map(collapseSpace).filter(Boolean)
    people.push(...fieldPeople(node.type === 'paragraph', lines))
    if (lines.length === 1) people.push(...keyedPeople(lines[0]!))
    // `*[CB]: Carsten Bormann`: an abbreviation's definition (Markdown Extra, HedgeDoc) glosses a label's initials.
    const glossed = glossaryPeople(lines)
    if (glossed.length > 0 && listed.add(entry.index)) people.push(...glossed)
    // `Chair – Larry Hoy, District J`: a letterhead's or an officers list's office and its holder.
    for (const holder of lines.map(officeHolder)) if (holder) people.push(holder)
    // `Jean-Paul CHARRIER` over `Maire`: a signatures page's or an officers list's holders, each name over its office.
    const holders = node.type === 'paragraph' ? namesOverOffices(lines) : []
    people.push(...holders)
    // Its office lines are no participants heading (`Chair` over the next holder's name).
    if (holders.length > 0) continue
    // The heading opens the paragraph, or has a line of its own under a title its lines run on from (no blank lines).
    const { at, head } = listHeadingIn(lines)
    if (head !== null) {
      const values = joinWrapped([head.value, ...linesOfHeading(lines, at)].filter(Boolean))
      const absent = isAbsence(lines[at]!)
      people.push(...presiding(namesOf(values, head.position, absent, head.accounts), head.position))
      listing = values.length === 0 || head.value === '' ? { position: head.position, item: false, absent, accounts: head.accounts } : null
      continue
    }
    if (listing === null) continue
    // A quote between the items is an item's wrapped line that Word indented otherwise (pandoc's `> ASIC`): the list goes on.
    if (listing.item && !entry.item && entry.quoteDepth > 0 && node.type === 'paragraph') continue
    // `University of Oslo` over its people's items: the list goes on, grouped under the institution.
    const group = entry.item ? null : groupHeading(flow, entry.index, lines)
    if (group !== null) {
      listing.organization = group
      continue
    }
    if (node.type === 'heading' || (listing.item && !entry.item) || people.length > MAX_LISTED || isGivenTurn(node)) {
      listing = null
      continue
    }
    if (entry.item) listing.item = true
    const text = flatText(node)
    // A line of several names (`Jean-Pierre, Yves, Jacques, Mathieu`) is a list, not one name and its affiliation.
    const several = entry.item ? [] : paragraphNames(text, lines, listing)
    // An item's colon may be glued to the name (`JB Martin: équipe radio` among `F Robert : référent` items).
    const entryText = entry.item ? text.replace(GLUED_COLON, '$1 :') : text
    // One attendee a line (`General Manager Ortiz` / `Finance Officer Clara Weiss`): each line its person.
    const whole = (one: RosterPerson) => one.name.includes(' ') || one.position !== ''
    const lineByLine = lines.length > 1 && several.length === lines.length && several.every(whole)
    const person =
      !lineByLine && several.length < 3 && (entry.item || text.length < PROSE) ? participantOf(entryText, listing.position) : null
    if (person && listing.absent) person.absent = true
    if (person && listing.organization) person.organization ||= listing.organization
    const found = person ? [person] : several
    // A list of paragraphs (`\- Anna Berg`, Word's dashes as pandoc escapes them) ends at the first paragraph of prose.
    if (found.length === 0 && !entry.item && text.length >= PROSE) {
      listing = null
      continue
    }
    if (found.length > 0) listed.add(entry.index)
    people.push(...found)
  }
  return { people: expandAcronyms(dedupe(people)), listed, tabled: tables.cells }
}

/**
 * A paragraph the turn lines marked as opened by a given name's label (`Ryan: …`, `Larry, …`, dialect/given-labels.ts):
 * it ends a roll call, the minutes have begun.
 */
function isGivenTurn(node: FlowEntry['node']): boolean {
  const data: { givenLabel?: unknown } | undefined = node.data
  return data?.givenLabel !== undefined
}

/** A paragraph's names under a participants heading: by its sentences when it is prose, else by its lines. */
function paragraphNames(text: string, lines: readonly string[], listing: ListingState): RosterPerson[] {
  return isProse(text) ? proseRoster(text, listing) : namesOf(lines, listing.position, listing.absent, listing.accounts)
}

interface ListingState {
  position: string
  absent: boolean
  accounts: boolean
}

/** Three lowercase words in a row in a long paragraph: sentences (`were present from the start`), not a list of names. */
function isProse(text: string): boolean {
  if (text.length < PROSE) return false
  let run = 0
  for (const word of text.split(' ')) {
    run = LOWER_WORD.test(word) ? run + 1 : 0
    if (run === 3) return true
  }
  return false
}

const LOWER_WORD = /^\p{Ll}{2,}$/u

/** The people an attendance in prose names (speakers-roster-prose.ts), with the list's office and absence. */
function proseRoster(text: string, listing: { position: string; absent: boolean }): RosterPerson[] {
  return proseAttendees(text, POSITION).map((attendee) => ({
    name: attendee.name,
    honorific: '',
    position: attendee.position || listing.position,
    organization: '',
    aliases: [],
    ...(listing.absent ? { absent: true } : {}),
  }))
}

/**
 * An institution listed by its acronym (`Karl Lund (NI)`) named in full by exactly one other entry whose words' initials
 * spell it (`Anna Berg (Nordic Institute)`): the full name. People are changed in place; one pass over the list.
 */
function expandAcronyms(people: RosterPerson[]): RosterPerson[] {
  const full = new Map<string, Set<string>>()
  for (const person of people) {
    const capitals = person.organization.split(' ').filter((word) => /^\p{Lu}/u.test(word))
    if (capitals.length >= 2 && capitals.length <= 5) {
      const key = capitals.map((word) => word.charAt(0)).join('')
      full.set(key, (full.get(key) ?? new Set()).add(person.organization))
    }
  }
  for (const person of people) {
    const names = /^\p{Lu}{2,5}$/u.test(person.organization) ? full.get(person.organization) : undefined
    if (names?.size === 1) person.organization = [...names][0]!
  }
  return people
}

/**
 * An institution's name on a line of its own over list items (`University of Oslo`, `**Nordic Institute:**`), as a
 * participants list groups its people: a short line with a word of an institution's, followed by an item; else null.
 */
function groupHeading(flow: readonly FlowEntry[], at: number, lines: readonly string[]): string | null {
  const next = flow[at + 1]
  if (lines.length !== 1 || next?.item == null || flow[at]!.node.type === 'heading') return null
  const text = lines[0]!.replace(/:$/, '').trim()
  if (!/^\p{Lu}/u.test(text) || text.split(' ').length > MAX_GROUP_WORDS || !ORGANIZATION_WORDS.test(text)) return null
  return /[,;]/.test(text) ? null : text
}

/** Most words of an institution's name that groups a participants list. */
const MAX_GROUP_WORDS = 8

/** The first of a paragraph's lines a participants heading opens (or, after the first, is alone on), and the heading. */
function listHeadingIn(lines: readonly string[]): { at: number; head: ReturnType<typeof headingOf> } {
  for (let i = 0; i < Math.min(lines.length, MAX_TITLE_LINES + 1); i++) {
    const heading = headingOf(lines[i]!)
    if (heading !== null && (heading.value === '' || i === 0)) return { at: i, head: heading }
  }
  // None: the first line's heading, which is none (a heading on the first line is taken above).
  return { at: 0, head: null }
}

/**
 * The lines a participants heading's value runs on over, up to the next line a field's label opens (`主席：林召集人文` /
 * `出席：陳委員長美、…` / `記錄：李小華`, a Chinese record's head): each is its own field, not a name of the list.
 */
function linesOfHeading(lines: readonly string[], at: number): string[] {
  const after = lines.slice(at + 1)
  const field = after.findIndex((line) => HAN_FIELD.test(line))
  return field < 0 ? after : after.slice(0, field)
}

/** A line a short label in Chinese opens (`時間：`, `列席：`, `記 錄：`), as a record's head prints its fields one a line. */
const HAN_FIELD = /^\p{Script=Han}(?:[ \u3000]?\p{Script=Han}){0,7}\s*[:：]/u

/**
 * A list's lines as a converter wraps them (`…, Julie MOREAU, Paul` / `LEFÈVRE, Nadia GIRARD`, pandoc at 72 columns):
 * a line of names that stops short of its separator runs on into the next, unless that one opens a label of its own.
 */
function joinWrapped(lines: readonly string[]): string[] {
  const joined: string[] = []
  for (const line of lines) {
    const previous = joined.at(-1)
    // A list of names parted by dashes runs on over a line that ends or starts with one (`Hélène MOREAU -`).
    const dashed = previous !== undefined && (/\s(?:-{1,3}|[–—])$/u.test(previous) || /^(?:-{1,3}|[–—])\s/u.test(line))
    const runsOn = previous !== undefined && ((previous.includes(',') && !/[,;.:]$/.test(previous)) || dashed)
    if (runsOn && !/[:：]/.test(line.slice(0, LIST_LABEL + 1))) joined[joined.length - 1] = `${previous} ${line}`
    else joined.push(line)
  }
  return joined
}

/**
 * The names on a list's lines; a line that is an absence heading alone (`Absent`, `Excusés`, as plain text
 * prints it) marks the names after it absent, and is no name.
 */
function namesOf(lines: readonly string[], position: string, absent: boolean, accounts = false): RosterPerson[] {
  const people: RosterPerson[] = []
  for (const line of lines) {
    if (isAbsence(line)) absent = true
    else for (const person of namesIn(line, position, accounts)) people.push(absent ? { ...person, absent: true } : person)
  }
  return people
}

/** A heading of who was absent or excused (`Absents excusés :`, `Ausentes`), alone on its line or before a colon. */
function isAbsence(line: string): boolean {
  const colon = line.slice(0, HEAD_SEARCHED).search(/[:：]/)
  return ABSENCE.has(foldInclusive((colon >= 0 ? line.slice(0, colon) : line).trim().toLowerCase()))
}

const ABSENCE = new Set(lexicon.absenceHeadings.map((word) => word.toLowerCase()))

/** A participants heading or a role's label opening the text: `Present:`, `## Attendees`, `Chair: Kiara Rose`. */
function headingOf(line: string): { position: string; value: string; accounts: boolean } | null {
  // A heading's label is short: a colon far into a long line opens none (and the line is not searched to its end).
  const colon = line.slice(0, HEAD_SEARCHED).search(/[:：]/)
  // An emoji before the label (`👤参会人`), as wikis' templates print their headings, is no part of it.
  // A field's label spread over the line (`主 席：`) is the office closed up.
  const label = closeSpreadHan(
    withoutEndParenthesis(colon >= 0 ? line.slice(0, colon) : line)
      .trim()
      .replace(PICTOGRAPHS, ''),
  )
  // A list under a Chinese heading names members by their accounts too (`参会人：GuangmingLuo, welkeyever`).
  const accounts = HAN.test(label)
  if (label.length < 2 || label.length > 40) return null
  const key = label.toLowerCase()
  // A role's line that ends a sentence (`COURT SECURITY OFFICER: Yes, Your Honor.`) is a turn, not who holds the role.
  if (OFFICES.has(key) && colon >= 0)
    return /[.!?。！？]$/.test(line) ? null : { position: label, value: line.slice(colon + 1).trim(), accounts }
  if (!isListHeading(key)) return null
  const position = isPosition(key) ? titleCase(label.replace(/\(s\)$|s$/, '')) : ''
  return { position, value: colon >= 0 ? line.slice(colon + 1).trim() : '', accounts }
}

/**
 * The one person a presiding office's line names (`主席：林召集人文`, `Président : Jean Dupont`) presides: a label by
 * that office alone (`主席：`) is theirs, whatever office of their own the line gives them (召集人).
 */
function presiding(people: RosterPerson[], position: string): RosterPerson[] {
  return people.length === 1 && PRESIDING.has(slug(position)) ? [{ ...people[0]!, presides: true }] : people
}

/**
 * `Participants 与会人：曹志、石勇` among a record's field lines (who attended, on a line of its own), and in a paragraph
 * the chair's first label (`主席（林召集人文）：…`, `主席 王德威處長：`), which names who presides.
 */
function fieldPeople(paragraph: boolean, lines: readonly string[]): RosterPerson[] {
  const people = lines.slice(1).flatMap((line) => {
    const field = listLine(line)
    // `Excusés : Lauriane` among the field lines: named by the record, absent.
    const absent = field !== null && isAbsence(line)
    return field ? namesIn(field, '').map((person) => (absent ? { ...person, absent } : person)) : []
  })
  const chair = paragraph && lines.length > 0 ? chairLabel(lines[0]!) : null
  return chair ? [...people, chair] : people
}

const PRESIDING_HAN = lexicon.presidingOffices.filter((office) => /^\p{Script=Han}+$/u.test(office))
const CHAIR_LABEL = new RegExp(`^(${PRESIDING_HAN.join('|')})\\s*(?:[（(]\\s*)?(\\p{Script=Han}{2,12})\\s*(?:[）)]\\s*)?[:：]`, 'u')

/**
 * A label by a presiding office and a Chinese name (`主席（林召集人文）：`, `主席 王德威處長：`): that person presides, so
 * that the office's label alone (`主席：`) later is theirs; null for any other line (its first character rules most out).
 */
function chairLabel(line: string): RosterPerson | null {
  if (PRESIDING_HAN.length === 0 || !/^\p{Script=Han}/u.test(line)) return null
  const match = CHAIR_LABEL.exec(line)
  const read = match ? readHanLabel(match[2]!, () => false) : null
  if (read?.kind !== 'person' || read.given === '') return null
  return {
    name: read.name,
    honorific: '',
    position: read.position || match![1]!,
    organization: read.organization,
    aliases: [],
    presides: true,
  }
}

/** Longest participants label on a line among others, in characters. */
const LIST_LABEL = 40

/**
 * A line that gives an office of the lexicon, a dash and its holder (`Chair – Larry Hoy, District J`, `Treasurer - Anna
 * Berg`), as letterheads and officers lists print them; null for any other line (most: the first character or the dash
 * rules them out).
 */
function officeHolder(line: string): RosterPerson | null {
  if (!/^\p{Lu}/u.test(line)) return null
  const mark = / [–—-] |: /.exec(line.slice(0, OFFICE_DASH))
  if (mark === null || mark.index < 2) return null
  const office = line.slice(0, mark.index)
  if (!TITLES.has(office.toLowerCase())) return null
  const person = participantOf(line.slice(mark.index + mark[0].length), office)
  // After a colon, the name alone on its line (`Tesorería: Carlos López`): `Chair: Anna Berg said …` is a turn.
  const alone = mark[0] !== ': ' || (person !== null && person.organization === '' && person.position === office)
  return person && alone && person.name.includes(' ') ? { ...person, position: office } : null
}

/**
 * A paragraph whose lines are names each over its office (`Jean-Paul CHARRIER` / `Maire` / `Gérard THOREAU` / `Premier
 * Adjoint`), as a signatures page or an officers list prints them: a holder each pair; none unless every pair is a name
 * of two to four words alone on its line (no office in it) over a short line an office of the lexicon opens.
 */
function namesOverOffices(lines: readonly string[]): RosterPerson[] {
  if (lines.length < 2 || lines.length % 2 !== 0 || lines.length > 2 * MAX_LISTED) return []
  const people: RosterPerson[] = []
  for (let i = 0; i < lines.length; i += 2) {
    const [name, office] = [lines[i]!, lines[i + 1]!]
    if (!/^\p{Lu}/u.test(name) || !/^\p{Lu}/u.test(office) || isPosition(name)) return []
    const words = office.split(' ')
    if (words.length > MAX_OFFICE_LINE || /\d/.test(office) || !isPosition(words.slice(0, 2).join(' '))) return []
    const person = participantOf(name)
    const count = person?.name.split(' ').length ?? 0
    if (!person || count < 2 || count > 4 || slug(person.name).length !== slug(name).length || person.organization) return []
    people.push({ ...person, position: office, signed: true })
  }
  return people
}

/** Most words of an office on its own line under its holder's name. */
const MAX_OFFICE_LINE = 5

/** How far into a line the dash after an office is looked for. */
const OFFICE_DASH = 30

/** A participants label and the names after it on one line (`Present: Anna Berg, Karl Lund`), for the names. */
function listLine(line: string): string | null {
  const colon = line.slice(0, LIST_LABEL + 1).search(/[:：]/)
  if (colon < 2) return null
  return isListHeading(line.slice(0, colon).trim().toLowerCase()) ? line.slice(colon + 1).trim() || null : null
}

/** A participants heading, alone or beside its translation (`Participants 与会人`, as bilingual records print it). */
function isListHeading(label: string): boolean {
  // `Présent.es`, `Participant·e·s`: French inclusive writing folded to the lexicon's word.
  const key = foldInclusive(label)
  const singular = key.replace(/\(s\)$|s$/, '')
  if (HEADINGS.has(key) || HEADINGS.has(singular)) return true
  const words = key.split(' ')
  if (words.length === 2) return words.some((word) => HEADINGS.has(word) || HEADINGS.has(word.replace(/s$/, '')))
  // `Board members present`, `Other members present`: who, then the participants word.
  return words.length <= 4 && HEADINGS.has(words.at(-1)!) && HEADINGS.has(words.slice(-2).join(' '))
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** `A, B and C` in a line: the participants, when most of the parts are names (a stray `OnePlus 5T?` aside). */
function namesIn(value: string, position: string, accounts = false): RosterPerson[] {
  const entries = semicolonEntries(value, position)
  if (entries) return entries
  // An email address is no mention to split at its `@`.
  const parts = (value.includes('@') ? value.replace(EMAIL, '') : value)
    .split(SEPARATOR)
    .flatMap(dashedNames)
    // Mentions run together (`@张三@李四 @王五`), as a wiki's attendee line prints them.
    .flatMap((part) => (part.includes('@') || part.includes('＠') ? part.split(/[@＠]/) : [part]))
    .map((part) => part.trim())
    .filter(Boolean)
    .reduce(withOfficeAfter, [])
  // An account is printed as its owner spells it (`FGYFFFF` is no name in capitals).
  const person = (part: string) => (accounts && ACCOUNT.test(part) ? account(part, position) : participantOf(part, position))
  const people = familyFirstAfterCivility(parts.map(person).filter((found) => found !== null))
  return people.length * 2 >= parts.length ? people : []
}

/**
 * A list's part that is an office alone goes with the civility and name before it (`Présents : M. Jean DUPONT, Maire,
 * Mme Claire MARTIN, Adjointe`): the office that name holds, not a person named `Maire`. After an office and a name
 * (`Secretary Walker, Treasurer` / `Menten`, a list wrapped) it is the next entry's.
 */
function withOfficeAfter(parts: string[], part: string): string[] {
  const before = parts.at(-1)
  const civil = before !== undefined && !before.includes(',') && HONORIFICS.has(before.slice(0, before.indexOf(' ')).toLowerCase())
  if (civil && OFFICES.has(part.toLowerCase())) parts[parts.length - 1] += `, ${part}`
  else parts.push(part)
  return parts
}

/** A spaced dash between two names of a list (`Denis JUVIN - Muriel NIGGEL -- Jean-Pierre PLUS`), its spaces collapsed. */
const NAME_DASH = / (?:-{1,3}|[–—]) /u

/**
 * A part of a list whose names are parted by spaced dashes, as French councils type their attendance in Word
 * (`Présents : Denis JUVIN - Muriel NIGGEL -- Catherine VINAS`): its names, when every piece is a name with its
 * family name in capitals; else the part whole (a name and its affiliation: `Anna Berg - Mozilla`).
 */
function dashedNames(part: string): string[] {
  const pieces = part.split(NAME_DASH)
  return pieces.length > 2 && pieces.every((piece) => hasCapitalisedSurname(piece.trim())) ? pieces : [part]
}

/**
 * A French list that prints the family name first after a civility (`MM. GIRARD Jean, LEFÈVRE Paul, Mmes DUPONT
 * Marie, MOREL Anne`, the plural heading a group) prints it first in the group's other entries too: given name first.
 */
function familyFirstAfterCivility(people: RosterPerson[]): RosterPerson[] {
  let civility = ''
  for (const person of people) {
    const french = person.honorific.split(' ').find((word) => FRENCH_CIVILITIES.has(word.toLowerCase()))
    if (french !== undefined) civility = french
    else if (civility !== '' && person.honorific === '' && familyFirst(person.name)) person.name = printedName(person.name, [civility])
  }
  return people
}

/**
 * `Anna Berg, Chair; Karl Lund, Treasurer, Nordic Institute`: a list whose entries semicolons part and commas part
 * within, each a name then its office or institution; null when the line has no semicolon, or a part's comma parts
 * names (`Anna Berg, Karl Lund; Eva Smith`) rather than an office or institution of the lexicon's.
 */
function semicolonEntries(value: string, position: string): RosterPerson[] | null {
  if (!value.includes(';') && !value.includes('；')) return null
  const parts = value
    .split(/[;；]/)
    .map((part) => part.trim())
    .filter(Boolean)
  if (parts.length < 2 || !parts.some((part) => part.includes(','))) return null
  const people: RosterPerson[] = []
  for (const part of parts) {
    const comma = part.indexOf(',')
    const after = comma >= 0 ? part.slice(comma + 1) : ''
    if (comma >= 0 && !isPosition(after) && !ORGANIZATION_WORDS.test(after)) return null
    const person = participantOf(part, position)
    if (person === null) return null
    people.push(person)
  }
  return people
}

/** An account's name in a list (`welkeyever`, `li-jin-gou`, `a631807682`): letters, digits and `-_.`, a letter among them. */
const ACCOUNT = /^(?=[\w.-]*[a-z])[a-z0-9][\w.-]{1,38}$/i
const HAN = /\p{Script=Han}/u
const PICTOGRAPHS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u

function account(name: string, position: string): RosterPerson {
  return { name, honorific: '', position, organization: '', aliases: [], account: true }
}

const KEEPERS_NOTE = /\s\[\p{Ll}[^[\]]{0,60}\]$/u
/** A task list's box before an attendee (`- [x]  Anna Berg`), as notes templates tick off who came. */
const TASK_BOX = /^\[[ x]\]\s+/iu

/** One attendee's entry: `Rob Wu (Mozilla)`, `Shane Carr - Google i18n (SFC), Co-Moderator`, `Mr. Samuel F. Baxter`. */
export function participantOf(entry: string, listed = ''): RosterPerson | null {
  // A numbered roll's number (`1 Carlos López`, `2. Ana Berg`); an email address beside the name (`<eva@baltic.org>`),
  // whose domain is not taken for an institution (a mail host is no affiliation the list states); the keeper's note in
  // brackets after the entry (`Raff Viglianti (RV) [remotely from DC]`).
  let text = collapseSpace(entry)
    .replace(/^(?:\d{1,3}[.)]?|[-*•])\s+/, '')
    .replace(TASK_BOX, '')
    .replace(/\[([^[\]]*)\]\([^()[\]]*\)/g, '$1')
    .replace(KEEPERS_NOTE, '')
    .replace(EMAIL, '')
    .replace(SPELLED_EMAIL, '')
  const han = hanParticipant(text, listed)
  if (han !== undefined) return han
  const aliases: string[] = []
  for (let alias = ALIAS.exec(text); alias; alias = ALIAS.exec(text)) {
    aliases.push(alias[1] ?? alias[2]!)
    text = `${text.slice(0, alias.index)} ${text.slice(alias.index + alias[0].length)}`.trim()
  }
  // `Lorraine Hunt (LH) – Vice-Chairman`, `Pam Walker (PW).`: no space left twice where the initials were, nor the full
  // stop that ends the list's sentence after them.
  if (aliases.length > 0) text = collapseSpace(text).replace(/ \.$|(?<=\p{Ll}{2})\.$/u, '')
  // A civility glued to the name as some lists print it: `M.CHARRIER Jean-Paul`.
  const tokens = text.split(' ').flatMap((token) => {
    const dot = token.indexOf('.')
    const glued = dot > 0 && dot < token.length - 2 && HONORIFICS.has(token.slice(0, dot + 1).toLowerCase())
    return glued && /^\p{Lu}{2}/u.test(token.slice(dot + 1)) ? [token.slice(0, dot + 1), token.slice(dot + 1)] : [token]
  })
  const honorifics: string[] = []
  while (tokens.length > 1 && HONORIFICS.has(tokens[0]!.toLowerCase())) honorifics.push(tokens.shift()!)
  // `Chair Hoy`, `General Manager Genova`, `Executive Manager Barbara McManus`: the office before the name is the position.
  const before = leadingOffice(tokens)
  const held = tokens.splice(0, before).join(' ')
  // `Bürgermeister Dr. Andreas Rabl`: the honorifics after the office are the name's too.
  while (before > 0 && tokens.length > 1 && HONORIFICS.has(tokens[0]!.toLowerCase())) honorifics.push(tokens.shift()!)
  const name: string[] = []
  let comma = false
  // A name ends where an office begins (`CHARRIER Jean-Paul Maire`).
  const office = (token: string | undefined) => OFFICES.has(token?.replace(/,$/, '').toLowerCase() ?? '')
  const nameWord = (token: string) => NAME_WORD.test(token.replace(/,$/, '')) || PARTICLES.has(token)
  while (name.length < 5 && tokens.length > 0 && !(name.length > 0 && office(tokens[0])) && nameWord(tokens[0]!)) {
    const token = tokens.shift()!
    name.push(token.replace(/,$/, ''))
    comma = token.endsWith(',')
    if (comma) break
  }
  if (name.length === 0 || PARTICLES.has(name.at(-1)!)) return null
  const printed = name.join(' ').replace(/\.$/, '')
  const after = tokens.join(' ')
  // `Anna Berg from Nordic Institute`, `Karl Lund representing Baltic Data`: the institution a roll call names.
  const represented = after !== '' && !comma ? representing(after) : null
  if (represented !== null)
    return { name: printedName(printed, honorifics), honorific: honorifics.join(' '), position: listed, organization: represented, aliases }
  // What follows a name is set off from it (`(Mozilla)`, `- Google`, `, Director`), else the entry is prose.
  if (after !== '' && !comma && !office(tokens[0]) && !/^[-–—,:(/]/.test(after)) return null
  const rest = after.replace(/^[-–—,:]\s*/, '')
  const { position, organization } = affiliation(rest)
  const offices = [held, position].filter(Boolean).join(', ')
  // `Chris Lund (BBC)`: capitals that are not the name's initials are its institution's acronym, when none is given.
  const acronym = organization === '' ? aliases.find((alias) => isAcronymOf(alias, printed) === false) : undefined
  return {
    name: printedName(printed, honorifics),
    honorific: honorifics.join(' '),
    position: offices || listed,
    organization: acronym ?? organization,
    aliases: aliases.filter((alias) => alias !== acronym),
  }
}

/**
 * Whether capitals in parentheses after a name are its initials (`Karl Lund (KL)`, `Steve DeWitt (SDW)`): true when the
 * first is the initial of the name's first or last word; false when it is neither and no office (`(BBC)`, `(SMPTE)`
 * after `Chris Lund`, an institution's acronym); null for an alias of another kind (a nickname in lower case).
 */
function isAcronymOf(alias: string, name: string): boolean | null {
  if (!/^\p{Lu}{2,5}$/u.test(alias) || isPosition(alias)) return null
  const words = name.split(' ')
  const initials = [words[0]!, words.at(-1)!].map((word) => word.charAt(0).toUpperCase())
  return initials.includes(alias.charAt(0))
}

/**
 * The institution after a phrase of representing that opens what follows a name (`from Nordic Institute`, `on behalf
 * of the City of Oslo`): capitalised words to the end, the article dropped; null for any other text.
 */
function representing(after: string): string | null {
  const phrase = REPRESENTING.exec(after)
  if (phrase === null) return null
  const organization = after.slice(phrase[0].length).replace(ARTICLE, '')
  const words = organization.split(' ')
  const capitalised = words.filter((word) => /^[\p{Lu}\d]/u.test(word)).length
  return words.length <= MAX_REPRESENTED && /^\p{Lu}/u.test(organization) && capitalised * 2 > words.length && !/[.!?;:]/.test(organization)
    ? organization
    : null
}

const REPRESENTING = new RegExp(`^(?:${lexicon.representingPhrases.map(escape).join('|')}) `, 'iu')
const ARTICLE = new RegExp(`^(?:${lexicon.titleArticles.map(escape).join('|')}) (?=\\p{Lu})`, 'iu')
/** Most words of an institution a roll call names after a phrase of representing. */
const MAX_REPRESENTED = 8

/**
 * An email address after a listed name, bare (Markdown's autolink printed) or bracketed; never a run of mentions
 * (`@alice@bob`, `@张三@李四`: no address after an `@`, none in Han). Bounded, no nested quantifier.
 */
const EMAIL = / ?[<(]?(?<![@\w.+-])[\w.+-]{1,64}@[\w-][\w.-]{0,254}[>)]?/gu
/** An address spelt out against harvesters, in parentheses (`(jaime at iki dot fi)`, `(anna dot berg at uio dot no)`). */
const SPELLED_EMAIL = / ?\((?:[\w+-]{1,64} dot ){0,3}[\w+-]{1,64} at [\w-]{1,64}(?: dot [\w-]{1,64}){1,4}\)/giu

const TITLES = new Set(lexicon.titles.map((word) => word.toLowerCase()))
const LONGEST_TITLE = Math.max(...lexicon.titles.map((title) => title.split(' ').length))
const POSITION_WORDS = new Set(lexicon.positions.map((word) => word.toLowerCase()))
/** Most capitalised words of an office the lexicon knows only by its last word (`Executive Manager`). */
const MAX_OFFICE_WORDS = 3

/**
 * How many tokens of an entry an office before the name takes: an office of the lexicon followed by a name
 * (`Chair Hoy`, `General Manager Genova`), or capitalised words ending in a position's word followed by a name of
 * two words at least (`Executive Manager Barbara McManus`); 0 when none (`Dean Smith` is a name).
 */
function leadingOffice(tokens: readonly string[]): number {
  const capitalised = (token: string | undefined) => token !== undefined && NAME_WORD.test(token)
  for (let k = Math.min(LONGEST_TITLE, tokens.length - 1); k >= 1; k--) {
    const words = tokens.slice(0, k)
    if (words.every(capitalised) && TITLES.has(words.join(' ').toLowerCase()) && capitalised(tokens[k])) return k
  }
  for (let k = Math.min(MAX_OFFICE_WORDS, tokens.length - 2); k >= 1; k--) {
    const words = tokens.slice(0, k)
    const named = capitalised(tokens[k]) && capitalised(tokens[k + 1]?.replace(/,$/, ''))
    if (named && words.every(capitalised) && POSITION_WORDS.has(words.at(-1)!.toLowerCase())) return k
  }
  return 0
}

/** A Chinese entry (`熊伟`, `交通部王次長國材`), read as a label is; undefined when the entry is not in Chinese. */
function hanParticipant(text: string, listed: string): RosterPerson | null | undefined {
  const han = text.replace(/\s/g, '')
  if (!isHanLabel(han)) return undefined
  const read = readHanLabel(han, () => false)
  if (read?.kind !== 'person' || read.given === '') return null
  return { name: read.name, honorific: '', position: read.position || listed, organization: read.organization, aliases: [] }
}

/**
 * A listed name as a name is written: all capitals in title case; after a French civility, the family name in
 * capitals before the given names (`M. CHARRIER Jean-Paul`, as French lists print it) put after them.
 */
export function printedName(printed: string, honorifics: readonly string[]): string {
  if (isCapsLine(printed)) return titleCaseName(printed)
  const words = printed.split(' ')
  const family = words.findIndex((word) => !CAPITALS.test(word))
  if (honorifics.some((word) => FRENCH_CIVILITIES.has(word.toLowerCase())) && family > 0) {
    return [...words.slice(family), titleCaseName(words.slice(0, family).join(' '))].join(' ')
  }
  return printed
}

const CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u
const FRENCH_CIVILITIES = new Set(fr.honorifics.map((word) => word.toLowerCase()))

/** What follows a listed name: `(Mozilla)`, `- Google i18n, Co-Moderator`, `, Director, Ministry of …`. */
function affiliation(rest: string): { position: string; organization: string } {
  const parts = withLegalForms(
    rest
      .replace(/[()]/g, ',')
      .split(/(?:(?<!\s)\s+)?,\s*|(?<!\s)\s+[-–—]\s+/)
      .map((part) => part.trim())
      .filter(Boolean),
  )
  const positionAt = parts.findIndex((part) => isPosition(part))
  const position = positionAt >= 0 ? parts[positionAt]! : ''
  // A page's count under a signature (`(2 de 2)`, `(1 of 3)`), how one took part (`(via Zoom)`), one's pronouns: no institution.
  const institution = parts.filter((part, i) => i !== positionAt && !PAGE_COUNT.test(part) && !isPersonNote(part) && !isClause(part))
  // `Senior Vice President, Model Management, Risk Management Solutions, Inc.`: a company's name with its legal form
  // ends the affiliation, and is the institution; the parts before it are the unit within it.
  if (institution.length > 1 && LEGAL_FORM_END.test(institution.at(-1)!)) return { position, organization: institution.at(-1)! }
  return { position, organization: institution.join(', ') }
}

const LEGAL_FORMS = new Set(lexicon.legalForms)
const LEGAL_FORM_END = new RegExp(`, (?:${factoredAlternation(lexicon.legalForms)})\\.?$`, 'iu')

/** The parts with a company's legal form (`Inc.`, `GmbH`) joined to the name before it: `Risk Management Solutions, Inc.`. */
function withLegalForms(parts: readonly string[]): string[] {
  const joined: string[] = []
  for (const part of parts) {
    if (joined.length > 0 && LEGAL_FORMS.has(part.toLowerCase().replace(/\.$/, ''))) joined.push(`${joined.pop()!}, ${part}`)
    else joined.push(part)
  }
  return joined
}

const PAGE_COUNT = /^\d{1,4} ?(?:\/|de|of|von|sur|sobre) ?\d{1,4}$/u

/**
 * One entry per person: a name listed twice (attendees, then a role's line) keeps the first, with what the second adds;
 * listed in both orders (`CHEVRY Valérie` among the attendees, `Valérie CHEVRY` over her signature), the given name first.
 */
function dedupe(people: readonly RosterPerson[]): RosterPerson[] {
  const byKey = new Map<string, RosterPerson>()
  for (const person of people) {
    const key = [...nameWords(person.name)].sort().join('-')
    const known = byKey.get(key)
    if (!known) byKey.set(key, { ...person, aliases: [...person.aliases] })
    else {
      if (familyFirst(known.name) && !familyFirst(person.name)) known.name = person.name
      // `M. BERNARD Bruno Délégué` among the attendees signs as `Conseiller municipal`: the signed office.
      if (person.signed && !known.signed && person.position !== '') known.position = person.position
      else known.position ||= person.position
      known.organization ||= person.organization
      known.honorific ||= person.honorific
      known.aliases.push(...person.aliases.filter((alias) => !known.aliases.includes(alias)))
    }
  }
  return withoutShortForms([...byKey.values()])
}

/** Whether a name opens with its family name in capitals before a given name (`CHEVRY Valérie`). */
function familyFirst(name: string): boolean {
  const words = name.split(' ')
  return words.length > 1 && CAPITALS.test(words[0]!) && !CAPITALS.test(words.at(-1)!)
}

/**
 * A one-word entry (`- Danny` under Attendance) that is the given name of exactly one fuller entry (`Moderator:
 * Danny Ryan`) is that person listed twice: one entry, the fuller name's, so that the label `Danny` resolves to it.
 */
function withoutShortForms(people: RosterPerson[]): RosterPerson[] {
  const byFirst = new Map<string, RosterPerson[]>()
  // A hyphenated given name alone (`Anne-Marie`) is one name, not a given and a family name: no fuller form of `Marie`.
  const spaced = (person: RosterPerson) => person.name.trim().includes(' ')
  for (const person of people) {
    const words = nameWords(person.name)
    if (words.length < 2 || !spaced(person)) continue
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), person])
  }
  // A family name listed alone (`Chair Hoy`, `Menten`) is the `Larry Hoy` a letterhead gives, when no fuller entry has it as given name.
  const byLast = new Map<string, RosterPerson[]>()
  for (const person of people) {
    const words = nameWords(person.name)
    if (words.length >= 2 && spaced(person)) byLast.set(words.at(-1)!, [...(byLast.get(words.at(-1)!) ?? []), person])
  }
  // `Carlos López` over his office is the `Carlos López Quintanilla` the attendees list gives: the one fuller name.
  const longer = (words: readonly string[]) =>
    byFirst.get(words[0]!)?.filter((other) => nameWords(other.name).length > words.length && containsInOrder(nameWords(other.name), words))
  return people.filter((person) => {
    const words = nameWords(person.name)
    const first = words.length === 1 ? byFirst.get(words[0]!) : undefined
    const last = words.length === 1 && first === undefined ? byLast.get(words[0]!) : undefined
    const fuller = words.length === 1 ? (first ?? last) : longer(words)
    if (fuller?.length !== 1) return true
    const full = fuller[0]!
    full.position ||= person.position
    full.organization ||= person.organization
    full.honorific ||= person.honorific
    full.aliases.push(...person.aliases.filter((alias) => !full.aliases.includes(alias)))
    return false
  })
}

/**
 * The one person the participants list gives these capitals as initials (`Peter Stadler (PS)`, `Martina Scholger (MS)`):
 * whom the label names, whatever else the letters spell (a postscript's `PS`, the honorific `Ms`).
 */
export function listedInitials(label: string, roster: readonly RosterPerson[]): RosterPerson | null {
  return INITIALS.test(label) ? only(roster.filter((person) => person.aliases.includes(label))) : null
}

const INITIALS = /^\p{Lu}{2,4}$/u

/** The listed person a label names, when exactly one matches; else null. */
export function resolveLabel(parts: LabelParts, label: string, roster: readonly RosterPerson[]): RosterPerson | null {
  if (roster.length === 0) return null
  if (parts.kind === 'role') {
    const byAlias = only(roster.filter((person) => person.aliases.some((alias) => sameWords(alias, label))))
    if (byAlias) return byAlias
    const holders = roster.filter((person) => person.position !== '')
    // `el Sr. Alcalde` is the one listed as `ALCALDE-PRESIDENTE`: the office one of the words of a listed position.
    // `The Chairman` is the one listed as `Chair`: one office in another of its forms (the lexicon's officeForms).
    const same = only(holders.filter((person) => sameOffice(person.position, parts.position)))
    // `M. le Maire`, `Mme la Présidente`: whom the minutes say presides (not `la Présidente de la commission`).
    const presider = PRESIDING.has(slug(parts.position)) && parts.organization === '' ? only(roster.filter((p) => p.presides)) : null
    return same ?? presider ?? only(holders.filter((person) => holdsOffice(person.position, parts.position)))
  }
  const name = parts.name
  if (name === '') return null
  const words = nameWords(name)
  const exact = only(roster.filter((person) => slug(person.name) === slug(name)))
  if (exact) return exact
  const alias = only(
    roster.filter((person) =>
      person.aliases.some((given) => given.toLowerCase() === name.toLowerCase() || given.toLowerCase() === label.toLowerCase()),
    ),
  )
  if (alias) return alias
  // A Chinese surname and a word of address (熊博, 王總): the one listed person of that surname.
  if (parts.family !== '' && parts.given === '')
    return (
      roster[
        listedByFamily(
          parts.family,
          roster.map((person) => person.name),
        )
      ] ?? null
    )
  if (words.length === 1) return oneWord(words[0]!, parts.kind === 'initials' || parts.kind === 'nick', roster, addressed(parts))
  const contained = only(roster.filter((person) => containsInOrder(nameWords(person.name), words)))
  if (contained) return contained
  // `K. Kaiser` for the listed Kurt B. Kaiser: the given name's initial, then the family name.
  const initialed = only(roster.filter((person) => initialThenFamily(nameWords(person.name), words)))
  if (initialed) return initialed
  // A family name of several words (`Mme MOREL-DURAND`, `M. DE LA FONTAINE`): the one listed name it ends.
  const ends = (person: RosterPerson) => nameWords(person.name).length > words.length && endsWithWords(nameWords(person.name), words)
  const family = only(roster.filter(ends))
  if (family) return family
  return only(roster.filter((person) => similarity(slug(person.name), slug(name)) >= 0.85))
}

/** How alike a family name spelt differently must be (one letter in six). */
const SPELT_APART = 0.83

/** A label that addresses its speaker by honorific or office (`Mr. Frank`, `Chairwoman Kelly`): a family name follows. */
function addressed(parts: LabelParts): boolean {
  return parts.honorific !== '' || parts.position !== ''
}

/**
 * A one-word label: a given name, a family name, or the initials of exactly one attendee. After an honorific or an
 * office (`addressed`) the word is a family name first (`Mr. Frank` is Barney Frank, not Frank D. Lucas).
 */
function oneWord(word: string, initialsToo: boolean, roster: readonly RosterPerson[], addressed = false): RosterPerson | null {
  const family = only(roster.filter((person) => nameWords(person.name).length > 1 && nameWords(person.name).at(-1) === word))
  if (addressed && family) return family
  const given = only(roster.filter((person) => nameWords(person.name)[0] === word))
  if (given) return given
  // A short form of a given name: Dom for Dominique, Chris for Christopher.
  const short =
    word.length >= 3
      ? only(roster.filter((person) => nameWords(person.name).length > 1 && nameWords(person.name)[0]!.startsWith(word)))
      : null
  if (short) return short
  if (family) return family
  // A name between the first and the last (`Oguz` for Mehmet Oguz Derin, `López` for Carlos López Quintanilla):
  // a second given name one goes by, or a first family name.
  const middle = only(roster.filter((person) => nameWords(person.name).slice(1, -1).includes(word)))
  if (middle) return middle
  // A family name spelt one letter apart (`MR. HANSON` for `Eric S. Hansen`), as a reporter may hear it.
  const surname = (person: RosterPerson) => nameWords(person.name).at(-1) ?? ''
  const spelt = (person: RosterPerson) => nameWords(person.name).length > 1 && similarity(surname(person), word) >= SPELT_APART
  const near = word.length >= 5 ? only(roster.filter(spelt)) : null
  if (near) return near
  if (!initialsToo || word.length < 2 || word.length > 4) return null
  const every = roster.filter((person) => initialsOf(person.name) === word)
  return every.length > 0 ? only(every) : only(roster.filter((person) => nameInitials(person.name).includes(word)))
}

/**
 * The initials a label gives a listed name it does not spell in full (every word's initial is tried first): the given
 * and the family name's (`rj` for Robert Jackson, `kk` for Kurt B. Kaiser), and with three letters the given name's and
 * the last two words' (`clq` for Carlos López Quintanilla, `jmb` for José María Blázquez); particles and suffixes aside
 * (`lb` for Ludwig van Beethoven).
 */
function nameInitials(name: string): readonly string[] {
  let keys = initialsByName.get(name)
  if (keys === undefined) {
    const words = name.split(' ').filter((word) => word !== '' && !PARTICLES.has(word) && !SUFFIXES.has(word))
    const first = words.map((word) => slug(word).charAt(0))
    const two = first.length < 2 ? [] : [first[0]! + first.at(-1)!]
    keys = first.length >= 3 ? [...two, first[0]! + first.at(-2)! + first.at(-1)!] : two
    if (initialsByName.size >= NAMES_KEPT) initialsByName.clear()
    initialsByName.set(name, keys)
  }
  return keys
}

const initialsByName = new Map<string, readonly string[]>()
const SUFFIXES = new Set(lexicon.nameSuffixes)

/** The one present attendee whose initials a word is (`JP` for Jean-Pierre, `AB` for Anna Berg), or null. */
export function byInitials(word: string, roster: readonly RosterPerson[]): RosterPerson | null {
  const key = word.toLowerCase()
  return only(roster.filter((person) => !person.absent && initialsOf(person.name) === key))
}

function initialsOf(name: string): string {
  return nameWords(name)
    .map((word) => word[0])
    .join('')
}

function only(people: readonly RosterPerson[]): RosterPerson | null {
  return people.length === 1 ? people[0]! : null
}

function holdsOffice(listed: string, office: string): boolean {
  const words = slug(listed).split('-')
  return (
    office !== '' &&
    slug(office)
      .split('-')
      .every((word) => words.includes(word))
  )
}

/** Each form of an office (slug) to its first form: `chairman`, `chairwoman` → `chair`. */
const OFFICE_FORM = new Map(
  lexicon.officeForms.flatMap((forms) => {
    const [first, ...others] = forms.split('|').map(slug)
    return [first!, ...others].map((form) => [form, first!] as const)
  }),
)

function sameOffice(a: string, b: string): boolean {
  const [x, y] = [slug(a), slug(b)]
  return x === y || (OFFICE_FORM.get(x) ?? x) === (OFFICE_FORM.get(y) ?? y)
}

function sameWords(a: string, b: string): boolean {
  return slug(a) === slug(b)
}

/** A name's words, accents and case aside. */
function nameWords(name: string): readonly string[] {
  // Every label is compared with every participant's name: each name's words are made once (a few thousand kept).
  let words = wordsOfName.get(name)
  if (words === undefined) {
    words = slug(name).split('-').filter(Boolean)
    if (wordsOfName.size >= NAMES_KEPT) wordsOfName.clear()
    wordsOfName.set(name, words)
  }
  return words
}

const wordsOfName = new Map<string, readonly string[]>()
const NAMES_KEPT = 4096

/** Whether `longer` ends with the words of `shorter`. */
function endsWithWords(longer: readonly string[], shorter: readonly string[]): boolean {
  const start = longer.length - shorter.length
  return start >= 0 && shorter.every((word, i) => longer[start + i] === word)
}

/** Whether `words` are a listed name's first initial and its family name (`k kaiser` for `kurt b kaiser`). */
function initialThenFamily(listed: readonly string[], words: readonly string[]): boolean {
  const family = words.slice(1)
  if (words[0]!.length !== 1 || family.length === 0 || listed.length <= family.length) return false
  return listed[0]!.startsWith(words[0]!) && endsWithWords(listed, family)
}

/** Whether every word of `shorter` occurs in `longer`, in order, the first words equal. */
function containsInOrder(longer: readonly string[], shorter: readonly string[]): boolean {
  if (shorter.length > longer.length || shorter[0] !== longer[0]) return false
  let at = 0
  for (const word of shorter) {
    at = longer.indexOf(word, at) + 1
    if (at === 0) return false
  }
  return true
}

/** The words a document writes in lowercase, somewhere in its text (addresses aside). */
export function commonWords(flow: readonly FlowEntry[]): ReadonlySet<string> {
  // The speakers detector and its label reading both ask, of the same flow.
  const known = common.get(flow)
  if (known) return known
  const words = new Set<string>()
  common.set(flow, words)
  for (const entry of flow) {
    const node = entry.node
    const text = node.type === 'code' ? node.value : node.type === 'paragraph' || node.type === 'heading' ? flatText(node) : ''
    // Each run of letters (with apostrophes and hyphens) that opens in lowercase, whole; an address or a file's
    // path spells names in lowercase (`anna.berg@example.org`, `img/anna.png`), and its words are no prose.
    // A participants line names people (`Present: anna, karl, mia`), and a nick as a paragraph's label (`nell: not sure
    // I follow`, as a scribe types a name in lowercase) is one: neither is a prose word.
    if (PARTICIPANTS_LINE.test(text)) continue
    const prose = LOWERCASE_LABEL.test(text) ? text.slice(text.indexOf(':') + 1) : text
    for (const word of withoutAddresses(prose).match(LOWERCASE_WORD) ?? []) words.add(word)
  }
  return words
}

const LOWERCASE_LABEL = /^\p{Ll}[\p{L}\d_'’-]{0,30}:[ \t]/u
const PARTICIPANTS_LINE = new RegExp(`^(?:${factoredAlternation(lexicon.participantsHeadings)})[ \\t]*:`, 'iu')

const common = new WeakMap<readonly FlowEntry[], Set<string>>()
const LOWERCASE_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu

/** The text without its e-mail and web addresses and files' paths (tokens split on spaces only when the text has one). */
function withoutAddresses(text: string): string {
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.') && !text.includes('/')) return text
  return text
    .split(/\s+/)
    .filter((token) => !token.includes('@') && !token.includes('://') && !token.startsWith('www.') && !FILE_PATH.test(token))
    .join(' ')
}

/** A file's path with its extension (`img/anna.png`, `src="img/anna.png"`), as an image or a shortcode names it. */
const FILE_PATH = /\/[^\s/]*\.[A-Za-z\d]{2,4}\b/u

/**
 * People a record names one a line, as covers and lists of members and witnesses print them (`RICHARD C.
 * SHELBY, Alabama, Chairman`, two to a line in columns; `Alan Greenspan, Chairman, Board of Governors …`):
 * a name of two to five words, initials allowed, each capitalised, none a word the document writes in
 * lowercase (`STATEMENT OF …`), then a comma. Only their names are kept: they resolve a label such as
 * `Chairman SHELBY` to the person, never make a label a turn.
 */
export function readNamedLines(flow: readonly FlowEntry[], common: ReadonlySet<string>): RosterPerson[] {
  const people: RosterPerson[] = []
  for (const entry of flow) {
    const node = entry.node
    const text = node.type === 'code' ? node.value : node.type === 'paragraph' ? plainText(node) : ''
    for (const line of text.split('\n')) {
      for (const cell of line.trim().split(/\s{3,}/)) {
        const match = NAMED_LINE.exec(cell)
        if (!match) continue
        const words = match[1]!.split(' ')
        // `Chairman Greenspan, …` names him by office, not in full.
        if (OFFICES.has(words[0]!.toLowerCase()) || HONORIFICS.has(words[0]!.toLowerCase())) continue
        if (words.some((word) => common.has(word.toLowerCase().replace(/\.$/, '')))) continue
        people.push({
          name: isCapsLine(match[1]!) ? titleCaseName(match[1]!) : match[1]!,
          honorific: '',
          position: '',
          organization: '',
          aliases: [],
        })
      }
    }
  }
  return dedupe(people)
}

/**
 * Who a hearing's statement headings name, with office and institution: `STATEMENT OF ALAN GREENSPAN, CHAIRMAN,` over
 * `BOARD OF GOVERNORS OF THE FEDERAL RESERVE SYSTEM` (a heading in capitals that ends in a comma runs on into the next
 * lines in capitals, in its block or the next ones). Printed in capitals, each part is title-cased.
 */
function statementHeadings(flow: readonly FlowEntry[], at: number): RosterPerson[] {
  const people: RosterPerson[] = []
  const lines = entryLines(flow[at]!, ' OF ')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    // Most lines open otherwise: the first character rules them out before any search.
    if (!STATEMENT_FIRST.has(line.charAt(0)) || !line.includes(' OF ')) continue
    const opening = STATEMENT_OPENINGS.find((words) => line.toLowerCase().startsWith(words))
    if (opening === undefined || !isCapsLine(line)) continue
    let heading = line.slice(opening.length)
    // The heading's own lines in capitals run on, a line broken anywhere (`…, RISK` / `AND INSURANCE MANAGEMENT SOCIETY`).
    const own = lines.slice(i + 1).filter(Boolean)
    let k = 0
    while (k < own.length && k < STATEMENT_LINES && isCapsLine(own[k]!)) heading = `${heading} ${own[k++]!}`
    const after = [...own.slice(k), ...flow.slice(at + 1, at + STATEMENT_LINES).flatMap((next) => entryLines(next))].filter(Boolean)
    for (const next of after.slice(0, STATEMENT_LINES - k)) {
      if (!heading.endsWith(',') || !isCapsLine(next)) break
      heading = `${heading} ${next}`
    }
    const person = participantOf(heading.replace(/,$/, ''))
    if (!person || !person.name.includes(' ') || !person.position) continue
    people.push({ ...person, position: titleCaseWords(person.position), organization: titleCaseWords(person.organization) })
  }
  return people
}

/** A paragraph's, heading's or code block's lines, trimmed; none when the text lacks `needed`. */
function entryLines(entry: FlowEntry, needed = ''): string[] {
  const node = entry.node
  const text = node.type === 'code' ? node.value : node.type === 'paragraph' || node.type === 'heading' ? plainText(node) : ''
  return text.includes(needed) ? text.split('\n').map((line) => line.trim()) : []
}

/**
 * The people of a participants table: a header row with a column of names (`Name`, `Nom`, `Nombre`) and a column of
 * offices or of institutions (`Position`, `Fonction`; `Organisation`, `Affiliation`), one person a row whose name cell
 * reads as a listed name; none for any other table.
 */
function tablePeople(table: Table): RosterPerson[] {
  return rowsPeople(table.children.map((row: TableRow) => row.children.map((cell) => flatText(cell))))
}

/** A grid table's node, as remark-gridtables builds it (gridTable > gtHeader | gtBody > gtRow > gtCell > blocks). */
interface GridNode {
  type: string
  children?: GridNode[]
}

/**
 * The people of the participants tables among `tree`'s top-level grid tables (a Word table pandoc writes with
 * `+---+` borders): read as a pipe table's rows, each cell's blocks as one text (its paragraphs parted by commas),
 * before the flow's lists, as a pipe table is (the flow has the cells' paragraphs, not the table).
 * `cells`: the blocks of those tables' cells, a list of who attended, never a speaker's line.
 */
function gridTablePeople(tree: Root): { people: RosterPerson[]; cells: Set<unknown> } {
  const people: RosterPerson[] = []
  const cells = new Set<unknown>()
  for (const node of tree.children as GridNode[]) {
    if (node.type !== 'gridTable') continue
    const rows = (node.children ?? []).flatMap((section) => section.children ?? []).map((row) => row.children ?? [])
    const texts = rows.map((row) => row.map(gridCellText))
    const listed = rowsPeople(texts)
    if (listed.length === 0) continue
    people.push(...listed)
    for (const cell of rows.flat()) for (const block of cell.children ?? []) cells.add(block)
  }
  return { people, cells }
}

/** A grid table's cell as one text, its paragraphs parted by commas (`Maire` over `Présidente de séance`). */
function gridCellText(cell: GridNode): string {
  return collapseSpace((cell.children ?? []).map((block) => flatText(block as Nodes)).join(', '))
}

/** The people of a table given as its rows of cell texts, its header row first (tablePeople). */
function rowsPeople(table: readonly string[][]): RosterPerson[] {
  const [header, ...rows] = table
  if (!header || rows.length === 0 || rows.length > MAX_LISTED) return []
  const headers = header.map((text) => text.toLowerCase().replace(/[:*]/g, '').trim())
  const nameAt = headers.findIndex((text) => NAME_COLUMNS.has(text))
  const positionAt = headers.findIndex((text) => POSITION_COLUMNS.has(text))
  const organizationAt = headers.findIndex((text) => ORGANIZATION_COLUMNS.has(text))
  if (nameAt < 0 || (positionAt < 0 && organizationAt < 0)) return []
  const cell = (row: readonly string[], at: number) => (at < 0 ? '' : (row[at] ?? ''))
  const people: RosterPerson[] = []
  for (const row of rows) {
    const person = participantOf(cell(row, nameAt))
    if (!person) continue
    people.push({
      ...person,
      position: cell(row, positionAt) || person.position,
      organization: cell(row, organizationAt) || person.organization,
    })
  }
  return people
}

const NAME_COLUMNS = new Set(lexicon.nameColumns)
const POSITION_COLUMNS = new Set(lexicon.positionColumns)
const ORGANIZATION_COLUMNS = new Set(lexicon.organizationColumns)

/** The openings of a statement's heading, longest first, each followed by a space. */
const STATEMENT_OPENINGS = [...lexicon.statementHeadings].sort((a, b) => b.length - a.length).map((words) => `${words} `)
const STATEMENT_FIRST = new Set(STATEMENT_OPENINGS.map((words) => words.charAt(0).toUpperCase()))
/** Most lines a statement's heading runs over, blank lines between them counted. */
const STATEMENT_LINES = 5

const NAMED_LINE = /^((?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,4}), \p{Lu}/u

/** `text` without the parenthesis that ends it and the spaces before: `text.replace(/\s*\([^()]*\)$/, '')` in linear time. */
function withoutEndParenthesis(text: string): string {
  if (text.endsWith('()')) return text.slice(0, trailingRunStart(text, isSpace, text.length - 2))
  const group = endGroup(text, '(', ')', '()', text.length)
  return group ? text.slice(0, trailingRunStart(text, isSpace, group.open)) : text
}

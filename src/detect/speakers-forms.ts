// The speakers detector's forms: the ways reports introduce a speaker, each read into the same
// fields. Pure string functions.
import { alternation, lexicon } from '../lexicon/index.js'
import type { Speaker } from '../schema/report.js'
import { ORGANIZATION_WORDS, canBeginName, isPersonName, looksLikeName, splitName } from '../text/names.js'
import { collapseSpace } from '../text/normalize.js'
import { SPACED_COMMA, SPACED_PIPE } from '../text/scan.js'

const ACRONYM = /^\p{Lu}[\p{Lu}\d&/-]+$/u
const JOINERS = new Set([...lexicon.listJoiners, ...lexicon.conjunctions])
const PREPOSITIONS = new Set(lexicon.prepositions)
// "Coordenador-Geral da CGCT/INPE" → INPE: the acronym a role ends with, after a slash or an affiliation word.
const AFFILIATION = new RegExp(`(?:\\/|\\b(?:${alternation(lexicon.affiliationWords)})\\s+)(\\p{Lu}[\\p{Lu}\\d-]+)$`, 'u')

/** `Before (inside)` at the end of a text, as /^(.+?)\s*\(([^()]+)\)$/ reads it, in linear time. */
export function trailingParenthesis(text: string): { before: string; inside: string } | null {
  const open = text.lastIndexOf('(')
  if (!text.endsWith(')') || open < 0 || open >= text.length - 2 || text.indexOf(')', open) !== text.length - 1) return null
  // The shortest `before` (one character at least) that leaves only spaces before the parenthesis.
  let end = open
  while (end > 0 && /\s/.test(text[end - 1]!)) end--
  end = Math.max(end, 1)
  if (end > open || /[\n\r\u2028\u2029]/.test(text.slice(0, end))) return null
  return { before: text.slice(0, end), inside: text.slice(open + 1, -1) }
}

/** A speaker as a form reads it: the schema's fields of a person. */
export type SpeakerFields = Pick<
  Speaker,
  'name' | 'given_name' | 'family_name' | 'position' | 'department' | 'organization' | 'label' | 'honorific'
>

export interface Vocabulary {
  position: RegExp
  department: RegExp
  roles: RegExp
  verbs: RegExp
}

export function person(name: string, rest: Partial<SpeakerFields> = {}): SpeakerFields {
  return {
    name,
    ...(name ? splitName(name) : { given_name: '', family_name: '' }),
    position: '',
    department: '',
    organization: '',
    label: '',
    honorific: '',
    ...rest,
  }
}

/** Name first, then position, department(s) and organisation: "Tianruo WANG, Director, Department of …, Ministry of Commerce". */
export function fromParts(name: string, rest: readonly string[], words: Vocabulary): SpeakerFields {
  const result = person(name)
  if (rest.length === 0) return result
  if (rest.length === 1) {
    const only = rest[0]!
    if (words.department.test(only)) result.department = only
    else if (words.position.test(only)) result.position = only
    else result.organization = only
    return result
  }
  result.position = rest[0]!
  const after = rest.slice(1)
  if (after.length === 1 && words.department.test(after[0]!)) result.department = after[0]!
  else {
    result.organization = after.at(-1)!
    result.department = after.slice(0, -1).join(', ')
  }
  return result
}

/** A part of a document or programme in parentheses (`Part A`, `Session 3`, `Day 2`, `12`): a title's, never a person's. */
function isPartReference(inside: string): boolean {
  return /^(?:\p{L}{2,20}\s)?(?:\d{1,4}[a-z]?|\p{Lu}|[IVX]{1,5})$/u.test(inside.trim())
}

/** A one-line `Name, Position, Department, Organization`. */
export function commaLine(text: string, words: Vocabulary): SpeakerFields | null {
  const parts = collapseSpace(text).split(SPACED_COMMA).filter(Boolean)
  if (parts.length < 2 || !isPersonName(parts[0]!, parts[1]!, words.position)) return null
  return fromParts(parts[0]!, parts.slice(1), words)
}

/** A transcript turn `Org | Name | Role`, or `Org | Role` for a delegation (no name). */
export function pipeTurn(text: string, words: Vocabulary): SpeakerFields | null {
  const parts = collapseSpace(text).split(SPACED_PIPE)
  if (parts.length < 2 || parts.length > 4 || parts.some((part) => part === '' || part.length > 80)) return null
  // Two parts with a position second are a delegation: `China | Representative`.
  if (parts.length === 2 && words.position.test(parts[1]!) && !words.position.test(parts[0]!))
    return person('', { organization: parts[0]!, position: parts[1]! })
  const nameAt =
    parts.length >= 3 && looksLikeName(parts[1]!) ? 1 : parts.findIndex((part) => looksLikeName(part) && !words.position.test(part))
  const others = parts.filter((_, i) => i !== nameAt)
  const positionAt = others.findLastIndex((part) => words.position.test(part))
  if (nameAt < 0 && positionAt < 0) return null
  const position = positionAt >= 0 ? others[positionAt]! : ''
  const organization = others.filter((_, i) => i !== positionAt).join(', ')
  return person(nameAt >= 0 ? parts[nameAt]! : '', { position, organization })
}

/** A presenter in a heading: `Chen Lu (Ant Group)`, or a talk with its presenter `Atmosfera (Paulo Kubota)`. */
export function headingPresenter(text: string, words: Vocabulary, numbered = false): { fields: SpeakerFields; topic: string } | null {
  const comma = commaLine(text, words)
  if (comma) return { fields: comma, topic: '' }
  const match = trailingParenthesis(withoutAllotment(collapseSpace(text)))
  if (!match) return null
  const { before, inside } = match
  // `Intro, agenda, status (Chairs) (15)`: the agenda item's presenters named by their role, speaking as one.
  if (words.roles.test(inside.trim()) && !looksLikeName(before)) return { fields: person('', { position: inside.trim() }), topic: before }
  const insideParts = inside.split(SPACED_COMMA)
  const insideIsOrganization = ORGANIZATION_WORDS.test(inside) || ACRONYM.test(inside)
  // `1. Chen Lu (Ant Group)`: a numbered presenter heading names the person first.
  if (isPartReference(inside)) return null
  if (looksLikeName(before) && (insideIsOrganization || numbered)) return { fields: person(before, { organization: inside }), topic: '' }
  if (looksLikeName(insideParts[0]!))
    return { fields: person(insideParts[0]!, { organization: insideParts.slice(1).join(', ') }), topic: before }
  return null
}

/**
 * A title without the minutes an agenda allots its item, when a parenthesis stays before them:
 * `DNS over CoAP (Martine Lenders) (15)` → `DNS over CoAP (Martine Lenders)`; `Flextime (0)` stays as it is.
 */
function withoutAllotment(text: string): string {
  const open = text.lastIndexOf(' (')
  if (open < 0 || !/^ \(\d{1,3}\)$/.test(text.slice(open))) return text
  const rest = text.slice(0, open).trimEnd()
  return rest.endsWith(')') ? rest : text
}

/** The dashes set between spaces that part a talk's title from its presenter (`Title – Speaker`). */
const SPACED_DASHES = [' – ', ' — ', ' - ']
/** A dash straight after a title's closing parenthesis (`Listener UDP (draft-schinazi-connect-udp-listen)- Abhijit Singh`). */
const CLOSING_DASHES = [')- ', ')– ', ')— ']
/** An initial with its period (`A.`), the short form programmes print presenters in. */
const INITIAL_TOKEN = /^\p{Lu}\.$/u

/**
 * A talk heading with its presenter after a spaced dash, as workshop summaries and programmes print them:
 * `Tracking Software – A. Lindqvist`, `Data Access - Maria Costa (CERN)`. The presenter must look like a name
 * and either open with an initial or hold no word the document writes in lowercase elsewhere (`Open Discussion`,
 * `Summary - Next Steps` are titles, not people). `common` is the document's lowercase words. The name before
 * the title is dashPresenterFirst's.
 */
export function dashPresenter(text: string, common: ReadonlySet<string>): SpeakerFields | null {
  const flat = collapseSpace(text)
  let last = -1
  for (const dash of [...SPACED_DASHES, ...CLOSING_DASHES]) last = Math.max(last, flat.lastIndexOf(dash))
  return last <= 0 ? null : presenterPart(flat.slice(last + 3), common)
}

/** The marks that end a talk's title before its giver (`Title, Giver`, `Title. Giver`, `Title? Giver`). */
const TITLE_ENDS = [', ', '. ', '? ']

/**
 * A talk heading with its giver after the title's last comma, full stop or question mark, as a workshop report
 * heads its talk summaries: `A Theory of Software Change, Ayushi Rastogi`, `Equity Engineering: Impact. Dominique
 * Wimmer`. The title has three words at least and the giver reads as a name the document writes in no lowercase
 * word. Read only in a series of such headings (see speakers.ts): one alone is as often a title's list.
 */
export function endPresenter(text: string, common: ReadonlySet<string>): SpeakerFields | null {
  const flat = collapseSpace(text)
  let last = -1
  for (const mark of TITLE_ENDS) last = Math.max(last, flat.lastIndexOf(mark))
  if (last <= 0 || flat.slice(0, last).split(' ').length < 3) return null
  const giver = flat.slice(last + 2)
  const words = giver.split(' ').length
  return words >= 2 && words <= 4 && !INITIAL_TOKEN.test(giver.split(' ')[0]!) ? presenterPart(giver, common) : null
}

/**
 * The presenter before a talk heading's dash (`Maria Costa - Data Access`), when the title after it reads as no
 * name. Read only in a series of such headings (see speakers.ts): one such heading alone is as often a title.
 */
export function dashPresenterFirst(text: string, common: ReadonlySet<string>): SpeakerFields | null {
  const flat = collapseSpace(text)
  let first = -1
  for (const dash of SPACED_DASHES) {
    const at = flat.indexOf(dash)
    if (at > 0 && (first < 0 || at < first)) first = at
  }
  if (first <= 0 || presenterPart(flat.slice(first + 3), common)) return null
  return presenterPart(flat.slice(0, first), common)
}

/**
 * The presenter before an agenda item's colon, as plain-text minutes head their items: `Richard Barnes: protocol`,
 * or `Raphael: Server removal` when the document's label turns use that name. A full name must hold no word the
 * document writes in lowercase (`Open Issues: none` is a title). Read only in a series of such headings (see
 * speakers.ts): one alone is as often a title's first part. `labels` are the names the label turns give.
 */
export function colonPresenterFirst(
  text: string,
  common: ReadonlySet<string>,
  labels: ReadonlySet<string>,
  verbs?: RegExp,
): SpeakerFields | null {
  const flat = collapseSpace(text)
  const colon = flat.indexOf(': ')
  const name = colon > 0 && colon <= 60 ? flat.slice(0, colon) : verbs ? beforeVerb(flat, verbs) : ''
  if (name === '') return null
  // `Attachment A: Report …`, `Item 4: …`: every word of a name is a capital then lowercase letters.
  if (!name.split(' ').every((word) => NAME_WORD.test(word))) return null
  if (labels.has(name)) return person(name, {})
  return name.includes(' ') ? presenterPart(name, common) : null
}

/** The one or two words before a lowercase reporting verb (`Raphael presents Version Negotiation` → `Raphael`), or ''. */
function beforeVerb(flat: string, verbs: RegExp): string {
  const words = flat.split(' ', 4)
  const at = words.findIndex((word, i) => i > 0 && i <= 2 && /^\p{Ll}/u.test(word) && verbs.test(word))
  return at > 0 && at < words.length - 1 ? words.slice(0, at).join(' ') : ''
}

/** One side of a talk heading's dash as its presenter, with the body a parenthesis after the name gives. */
function presenterPart(part: string, common: ReadonlySet<string>): SpeakerFields | null {
  let name = part.trim()
  let organization = ''
  const parenthesis = trailingParenthesis(name)
  if (parenthesis) {
    if (isPartReference(parenthesis.inside)) return null
    name = parenthesis.before.trim()
    organization = parenthesis.inside.trim()
  }
  const words = name.split(' ')
  if (INITIAL_TOKEN.test(words[0]!)) return initialled(words) || looksLikeName(name) ? person(name, { organization }) : null
  if (!looksLikeName(name) || words.some((word) => common.has(word.toLowerCase()))) return null
  return person(name, { organization })
}

const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u
const SURNAME = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?$/u

/** Initials then one surname (`M. Rossi`, `J. R. Smith`): a name, though `M.` is also an honorific. */
function initialled(words: readonly string[]): boolean {
  return (
    words.length >= 2 && words.length <= 4 && SURNAME.test(words.at(-1)!) && words.slice(0, -1).every((word) => INITIAL_TOKEN.test(word))
  )
}

/** Minutes that name the speaker inline, in a paragraph's flat text: `Gilvan Sampaio (Coordenador-Geral da CGCT/INPE) agradece…`. */
export function inlineSpeaker(text: string, words: Vocabulary): SpeakerFields | null {
  // `text` is a paragraph's flat text (spaces collapsed, hyphenation mended): its start is enough.
  const flat = text.slice(0, 400).trim()
  const found = inlineAt(flat, words)
  if (found) return found
  // `Auch Gerda Maier (DNB) betonte …`: a focus particle before the subject.
  const space = flat.indexOf(' ')
  if (space > 0 && PARTICLES_BEFORE.has(flat.slice(0, space))) return inlineAt(flat.slice(space + 1), words)
  // `Der Historiker Philipp Schneider fokussierte …`: an occupation and its article before the subject, the position.
  const occupation = occupationBefore(flat)
  if (occupation) {
    const found = inlineAt(occupation.rest, words)
    return found ? { ...found, position: found.position || occupation.position } : null
  }
  // `During the first session, Anna Berg presented …`: a lead-in phrase before the speaker.
  const comma = flat.indexOf(', ')
  const lead = comma > 0 && comma < MAX_LEAD_IN ? flat.slice(0, comma).split(' ') : []
  if (lead.length < 2 || !LEAD_INS.has(lead[0]!.toLowerCase()) || lead.slice(1).some((word) => /^\p{Lu}/u.test(word))) return null
  return inlineAt(flat.slice(comma + 2), words)
}

const PARTICLES_BEFORE = new Set(lexicon.subjectParticles)
const NOUN_ARTICLES = new Set(lexicon.nounArticles)
const OCCUPATIONS = new Set(lexicon.positions.map((word) => word.toLowerCase()))

/** An article and an occupation opening the text (`Der Historiker …`, `Die Archäologin …`): the occupation, and the rest. */
function occupationBefore(flat: string): { position: string; rest: string } | null {
  const [article, noun] = flat.split(' ', 2)
  if (!article || !noun || !/^\p{Lu}/u.test(article) || !NOUN_ARTICLES.has(article.toLowerCase())) return null
  return OCCUPATIONS.has(noun.toLowerCase()) ? { position: noun, rest: flat.slice(article.length + noun.length + 2) } : null
}

/** Most characters of a lead-in phrase before a reporting sentence's speaker. */
const MAX_LEAD_IN = 60
const LEAD_INS = new Set(lexicon.leadInPrepositions.map((word) => word.toLowerCase()))
const ADVERBS = new Set(lexicon.verbAdverbs.map((word) => word.toLowerCase()))
const PASSIVE = new Set(lexicon.passiveAuxiliaries.map((word) => word.toLowerCase()))
const RELATIVES = new Set(lexicon.relativePronouns.map((word) => word.toLowerCase()))

function inlineAt(flat: string, words: Vocabulary): SpeakerFields | null {
  // Most paragraphs are prose: two opening words no name begins with rule out every candidate at once.
  const first = flat.indexOf(' ')
  if (first === -1) return null
  const second = flat.indexOf(' ', first + 1)
  if (!canBeginName(flat.slice(0, first), flat.slice(first + 1, second === -1 ? undefined : second))) return null
  const tokens = flat.split(' ')
  for (let k = Math.min(6, tokens.length - 1); k >= 2; k--) {
    const name = tokens.slice(0, k).join(' ').replace(/,$/, '')
    if (!looksLikeName(name)) continue
    let rest = flat.slice(name.length).trimStart()
    let role = ''
    const parenthetical = /^\(([^()]{1,120})\)\s*/.exec(rest)
    if (parenthetical) {
      // A quoted title in the parenthesis is what the person wrote or presented, not who they are.
      if (/^["“'‘«„]/.test(parenthetical[1]!) || isPartReference(parenthetical[1]!)) return null
      role = parenthetical[1]!
      rest = rest.slice(parenthetical[0].length)
    }
    // An apposition between commas (`, Tokio maintainer, who spoke …`): who the person is, perhaps a relative pronoun after.
    const aside = appositionAt(rest, words.verbs)
    if (aside) rest = rest.slice(aside.length)
    const relative = /^(\p{Ll}+) /u.exec(rest)
    const joined = aside !== null && relative !== null && RELATIVES.has(relative[1]!)
    if (joined) rest = rest.slice(relative[0].length)
    // The apposition says who the person is when it names a position or a body (`, from the Ministry of Health,`), or
    // a relative pronoun joins it (not `, by chat,`).
    const described = aside ? appositionFields(aside.parts, words) : null
    const apposition = aside && joined && !described ? aside.parts.join(', ') : ''
    // `Anna Berg from the Nordic Institute said …`: the body she comes from, then the verb.
    const body = aside || parenthetical ? null : bodyBeforeVerb(rest, words.verbs)
    if (body) rest = body.rest
    // `also noted`, `is asking`: at most two auxiliaries or adverbs before the verb.
    let passive = false
    for (let skipped = 0; skipped < 2; skipped++) {
      const word = /^(\p{Ll}+) /u.exec(rest)
      if (!word || !ADVERBS.has(word[1]!)) break
      passive ||= PASSIVE.has(word[1]!)
      rest = rest.slice(word[0].length)
    }
    const verb = /^(\p{Ll}[\p{L}-]*)/u.exec(rest)?.[1]
    // `Karin Holm was added to the PMC`: a reporting verb made passive reports no words (`is asking` does).
    if (verb && passive && !verb.endsWith('ing')) continue
    // `Andrew Scott (in attendance) and Brett Forshey are…`: a conjunction after the parenthesis is no verb, nor is a
    // preposition (`Kursspezifische Email (Regenbekleidung) durch Gemeinde`: a list item's phrase, no one speaking).
    // The verb may take words after it (`fait lecture`, `prend la parole`): the text from it is matched.
    if (!verb || JOINERS.has(verb) || (role && PREPOSITIONS.has(verb))) continue
    if (!(words.verbs.test(rest) || (role && verb.length > 2))) continue
    // A body or a place in the parentheses (`(Universität Jena)`, `(TU Dresden)`, `(Leipzig)`): no position word, so the organisation.
    const inBody = ACRONYM.test(role) || ORGANIZATION_WORDS.test(role) || /^\p{Lu}[^,;]*$/u.test(role)
    if (inBody && !words.position.test(role)) return person(name, { organization: role, label: name })
    if (described && !role) return person(name, { ...described, label: name })
    const organization = body?.organization || (AFFILIATION.exec(role)?.[1] ?? '')
    return person(name, { position: role || apposition, organization, label: name })
  }
  return null
}

/** Most parts of an apposition between commas (`, Director, Data Office, City of Oslo,`). */
const MAX_APPOSITION_PARTS = 3
/** Most characters of one part of an apposition. */
const MAX_APPOSITION_PART = 120

/**
 * The apposition that opens `rest` between commas and is closed by one before a reporting verb or a relative pronoun:
 * `, Senior Researcher at the Barcelona Supercomputing Center, noted` or `, Director, Data Office, City of Oslo,
 * presented` (its parts, and its length with the comma and spaces after it); the fewest parts that a verb follows.
 */
function appositionAt(rest: string, verbs: RegExp): { parts: string[]; length: number } | null {
  if (!rest.startsWith(',')) return null
  const parts: string[] = []
  let from = 1
  for (let n = 0; n < MAX_APPOSITION_PARTS; n++) {
    const comma = rest.indexOf(',', from)
    const part = comma < 0 ? '' : rest.slice(from, comma).trim()
    // Parts after the first name a department or a body, capitalised (`, Director, Data Office, City of Oslo,`).
    if (part === '' || comma - from > MAX_APPOSITION_PART || (n > 0 && !/^\p{Lu}/u.test(part))) return null
    parts.push(part)
    let end = comma + 1
    while (rest[end] === ' ') end++
    const next = /^\p{Ll}[\p{L}-]*/u.exec(rest.slice(end, end + 40))?.[0]
    // A relative pronoun closes a one-part apposition only (`, Tokio maintainer, who spoke`): after a longer one it
    // describes the body (`, da Universidade de Valparaíso, Chile, que …`).
    const closes = next !== undefined && (verbs.test(next) || ADVERBS.has(next) || (n === 0 && RELATIVES.has(next)))
    if (closes) return { parts, length: end }
    from = end
  }
  return null
}

const REPRESENTING = lexicon.representingPhrases.map((phrase) => `${phrase.toLowerCase()} `)
const EMPLOYERS = lexicon.employerPrepositions.map((word) => ` ${word} `)
const OWNERS = lexicon.positionBodyArticles.map((word) => ` ${word} `)
const ARTICLES = new Set(lexicon.titleArticles.map((word) => word.toLowerCase()))

/**
 * Who an apposition says the person is: a body they come from (`from the Ministry of Health`), a position and the
 * body it is at (`Senior Researcher at the Barcelona Supercomputing Center`), or a position, department and body
 * (`Director`, `Data Office`, `City of Oslo`). Null when the apposition names no position and no body.
 */
function appositionFields(
  parts: readonly string[],
  words: Vocabulary,
): Pick<SpeakerFields, 'position' | 'department' | 'organization'> | null {
  const first = parts[0]!
  const fields = { position: '', department: '', organization: '' }
  const from = REPRESENTING.find((phrase) => first.toLowerCase().startsWith(phrase))
  if (parts.length === 1 && from !== undefined) return { ...fields, organization: withoutArticle(first.slice(from.length)) }
  if (!words.position.test(first)) return null
  if (parts.length > 1) {
    const read = fromParts('', enumerationsJoined(parts, words), words)
    return { ...fields, position: read.position, department: read.department, organization: read.organization }
  }
  const at = EMPLOYERS.map((link) => [first.indexOf(link), link.length] as const).find(([index]) => index > 0)
  if (at) return { ...fields, position: first.slice(0, at[0]), organization: withoutArticle(first.slice(at[0] + at[1])) }
  // `Executive Director der Robot Framework Foundation`: the body a position belongs to, in the genitive.
  const of = OWNERS.map((link) => [first.indexOf(link), link.length] as const).find(([index]) => index > 0)
  const body = of ? first.slice(of[0] + of[1]) : ''
  return of && ORGANIZATION_WORDS.test(body)
    ? { ...fields, position: first.slice(0, of[0]), organization: body }
    : { ...fields, position: first }
}

/**
 * An office's domain that runs on past a comma as a list (`Minister for the Environment, Nature Conservation and Nuclear
 * Safety`, `Deputy Minister of the Environment, Science and Technology`): the part that ends the list is the office's,
 * not a body. Only after a part whose office has a domain (`of`, `for`), and only a part with a conjunction, no position
 * and no body's word first (`Director, Research and Development` and `…, Department of Science and Technology` stay).
 */
function enumerationsJoined(parts: readonly string[], words: Vocabulary): string[] {
  const joined: string[] = []
  for (const part of parts) {
    const previous = joined.at(-1)
    const tail = previous !== undefined && DOMAIN.test(previous) && CONJUNCTION.test(part) && !words.position.test(part)
    if (tail && !ORGANIZATION_WORDS.test(part.split(' ')[0]!)) joined[joined.length - 1] = `${previous}, ${part}`
    else joined.push(part)
  }
  return joined
}
const DOMAIN = new RegExp(`\\s(?:${alternation(lexicon.titleConnectors)})\\s`, 'i')
const CONJUNCTION = new RegExp(`\\s(?:${alternation(lexicon.conjunctions)})\\s`, 'i')

/** A body's name without the article before it (`the Ministry of Health` → `Ministry of Health`). */
function withoutArticle(text: string): string {
  const space = text.indexOf(' ')
  return space > 0 && ARTICLES.has(text.slice(0, space).toLowerCase()) ? text.slice(space + 1) : text
}

const PARTICLES = new Set(lexicon.nameParticles)
const LINKS = new Set(lexicon.affiliationWords.filter((word) => !word.includes(' ')).map((word) => word.toLowerCase()))
/** Most words between a link word after a name and the reporting verb (`from the group Mars requested`). */
const MAX_BODY_WORDS = 8

/**
 * A link word and a body after a speaker's name, before a reporting verb: `from DHS OBIM in attendance stated`
 * is DHS OBIM, `from the group Mars requested` Mars (the capitalised words the body opens with); the text from
 * the verb on is `rest`. Null when no link word opens the text or no verb follows within a few words.
 */
function bodyBeforeVerb(text: string, verbs: RegExp): { organization: string; rest: string } | null {
  const tokens = text.split(' ', MAX_BODY_WORDS + 2)
  if (tokens.length < 3 || !LINKS.has(tokens[0]!.toLowerCase())) return null
  // A particle before a capitalised word goes on with the name (`Ana Souza da Silva`); before an article, a body.
  if (PARTICLES.has(tokens[0]!) && !/^\p{Ll}{1,3}$/u.test(tokens[1]!)) return null
  let offset = tokens[0]!.length + 1
  const named: string[] = []
  let last = -1
  for (let j = 1; j < tokens.length; j++) {
    const token = tokens[j]!
    if (/[.!?;:]$/.test(token)) return null
    if (named.length > 0 && /^\p{Ll}/u.test(token) && verbs.test(token)) return { organization: named.join(' '), rest: text.slice(offset) }
    // A connector inside the body's name goes on with it (`vom Institut für Informatik`, `from the University of Oslo`).
    const joined = last === j - 2 && BODY_CONNECTORS.has(tokens[j - 1]!)
    if (/^[\p{Lu}\d]/u.test(token) && (named.length === 0 || last === j - 1 || joined)) {
      if (joined) named.push(tokens[j - 1]!)
      named.push(token.replace(/,$/, ''))
      last = j
    }
    offset += token.length + 1
  }
  return null
}

/** Connectors inside a body's name (`Institut für Informatik`), as offices' titles have them; not `und`/`and`. */
const BODY_CONNECTORS = new Set(lexicon.titleConnectors.filter((word) => !word.includes(' ') && !lexicon.conjunctions.includes(word)))

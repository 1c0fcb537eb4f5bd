// What a speaker's label says: honorific, office, name, organisation. `MS. NILSSON` is Ms. + Nilsson;
// `Präsident Dr. Köhler` the office Präsident, Dr. and Köhler; `Monsieur le Maire` Monsieur and the
// office maire, no name; `Dr. Weber (SPD)` Dr., Weber and the party SPD; `THE COURT` a role;
// `林召集人文` 林文, 召集人. The words come from the lexicons. Pure; refusals (agenda labels, metadata
// keys, times, addresses) give null.
import { foldInclusive } from './normalize.js'
import { alternation, lexicon, officeSpellings } from '../lexicon/index.js'
import { es } from '../lexicon/es.js'
import { ORGANIZATION_WORDS } from './names.js'
import { isHanLabel, readHanLabel } from './names-zh.js'
import type { OpeningForm } from './turns.js'
import { endGroup, isSpace, trailingRunStart, trimEndWhere } from './scan.js'

type LabelKind = 'person' | 'role' | 'nick' | 'initials'

export interface LabelParts {
  kind: LabelKind
  /** Honorifics as the lexicon writes them (`Mr.` for `MR.`), joined by a space. */
  honorific: string
  /** Office or role as printed (`Chairman`, `Präsident`, `Maire`, `COURT SECURITY OFFICER`). */
  position: string
  /** The name without honorific or office; all-capital names in title case (`Mr. REID` → `Reid`). */
  name: string
  /** Family and given name when the label shows which is which (Chinese labels); else empty. */
  family: string
  given: string
  organization: string
  /** Initials or a nickname the label adds to the name: `Peter Voorhees (PV)`, `Josep Sala “Sangui”`. */
  alias: string
  /** A label that says who speaks by itself; a weak one (one word, initials, a nick) needs the document's support. */
  strong: boolean
}

// A word of the lexicons' audience reactions (`Beifall`, `applause`) at a word's start.
const REACTION = new RegExp(`(?<![\\p{L}])(?:${alternation(lexicon.interjections)})`, 'iu')
const lower = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()))
const HONORIFICS = new Map<string, string>()
for (const word of lexicon.honorifics) {
  const key = word.toLowerCase()
  // `MR.` reads as `Mr.`, `MR` as `Mr`: the lexicon's spelling, keeping the full stop as printed.
  if (!HONORIFICS.has(key)) HONORIFICS.set(key, word)
}
const TITLES = officeSpellings(lexicon.titles)
/** An office's abbreviation (`bgm`, `gr`, `cllr`; no full stop) and the office it stands for (`Bürgermeister`). */
const ABBREVIATED = new Map(
  lexicon.abbreviatedTitles.map((entry) => {
    const [short, office] = entry.split('|') as [string, string]
    return [abbreviationKey(short), office] as const
  }),
)
const POSTNOMINALS = new Set(lexicon.postnominals)
const ARTICLES = lower(lexicon.titleArticles)
/** An article the lexicons list elided (`l’`, `L'`) before a word in lowercase (an office's; `L’Huillier` is a name). */
const ELIDED_ARTICLES = [...ARTICLES].filter((article) => /['’]$/u.test(article)).flatMap((a) => [a, a[0]!.toUpperCase() + a.slice(1)])
const ELIDED = new RegExp(`^(?:${ELIDED_ARTICLES.join('|') || '(?!)'})(?=\\p{Ll})`, 'u')
const CONNECTORS = lower(lexicon.titleConnectors)
const SEAT_CONNECTORS = lexicon.seatConnectors
const ROLES = lower(lexicon.roles)
// A list heading (`Present`, `CONCEJALES`, `APPEARANCES`) is no label either, unless it is also a role (`Chair`, `Moderator`).
const LIST_HEADINGS = lexicon.participantsHeadings.filter((word) => !ROLES.has(word.toLowerCase()) && !TITLES.has(word.toLowerCase()))
const QUESTIONS = lower(lexicon.questionLabels)
const PLACEHOLDERS = lower(lexicon.speakerPlaceholders)
const NOT_LABELS = lower([...lexicon.notLabels, ...LIST_HEADINGS])
const HAN_NOT_LABELS = [...NOT_LABELS].filter((word) => /^\p{Script=Han}+$/u.test(word))
const BOTS = lower(lexicon.chatBots)
const PARTICLES = new Set(lexicon.nameParticles)
const OPENERS = new Set(lexicon.sentenceOpeners)
// How a remark reached the minutes (`(remote)`, `(via chat, on p6)`, `(chair hat off)`): the words at the parenthesis' start.
const PARTICIPATION = new RegExp(`^(?:${alternation(lexicon.participationNotes)})(?![\\p{L}])`, 'iu')
// A person's pronouns (`she/her`, `they/them`, `sie/ihr`): words the lexicons list, parted by slashes.
const PRONOUN_WORDS = lower(lexicon.pronouns)
const isPronouns = (inside: string) =>
  /^\p{L}+(?: ?\/ ?\p{L}+)+$/u.test(inside) && inside.split('/').every((word) => PRONOUN_WORDS.has(word.trim().toLowerCase()))
/**
 * `(via Zoom)`, `(remote)`, `(she/her)`: how one took part or one's pronouns, never an affiliation nor an office; nor
 * the note-taker's doubt about who spoke, a question mark alone (`IS (?):`, as minutes taken live write it).
 */
export function isPersonNote(inside: string): boolean {
  return PARTICIPATION.test(inside) || isPronouns(inside) || isDoubt(inside)
}
const isDoubt = (inside: string) => inside.length > 0 && inside.length <= 3 && [...inside].every((char) => char === '?')
// A job's word (`Senior Engineer`, `Lead Researcher`): an office in the parenthesis, unless a body's word is there too.
const POSITION = new RegExp(`(?<![\\p{L}])(?:${alternation(lexicon.positions)})(?![\\p{L}])`, 'iu')
// The slide a presenter's remark is about (`CB (p3):`, `RH (p2-3):`, `MT (p7+):`, `(slide 4)`).
const SLIDE = /^(?:pp?|slides?|sl)\.? ?\d+(?: ?[-–,+] ?\d*)*$/iu
const LONGEST_TITLE = Math.max(...[...TITLES].map((title) => title.split(' ').length))

/** The shapes of a word of a name: each whole word, one shape at a time. */
const NAME_WORDS = [
  /^\p{Lu}[\p{Ll}\p{M}'’]*(?:[-‐]\p{Lu}?[\p{Ll}\p{M}'’]+)*\.?$/u, // Anna, Berg-Lund, Jr.
  /^\p{Lu}\p{Ll}*\?\p{Ll}+$/u, // a letter an encoding lost as `?` (`L?wis` for Löwis)
  /^(?:Mc|Mac|O['’]|D['’]|De|Di|Du|La|Le)?\p{Lu}[\p{Lu}\p{M}'’]+(?:[-‐]\p{Lu}[\p{Lu}\p{M}'’]+)*$/u, // BERG, McBERG, O’NEILL, DeFAZIO
  /^\p{Lu}\.(?:\p{Lu}\.)*$/u, // initials: A., A.B.
  /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u, // McDonald, DeWitt
  /^\p{Lu}{2}\p{Ll}{2,}$/u, // a capitalised prefix: DEvries
]
const isNameWord = (word: string): boolean => NAME_WORDS.some((shape) => shape.test(word))
const CAPS_WORD = /^(Mc|Mac|O['’]|D['’]|De|Di|Du|La|Le)?(\p{Lu}[\p{Lu}\p{M}'’]+(?:[-‐]\p{Lu}[\p{Lu}\p{M}'’]+)*)$/u
// `MT`, `BSc`: a second person of the same capitals takes a small letter after them (not a plural's `s`, `APIs`).
const INITIALS = /^\p{Lu}{2,4}$|^\p{Lu}{2,3}(?!s$)\p{Ll}$/u
const INITIAL = /^\p{Lu}\.$/u
// IRC allows brackets, a backslash, a backtick, a caret, braces and a bar in a nick (RFC 2812); a Matrix bridge marks its users with `[m]`.
const NICK = /^[\p{L}\d_`^{}|\\.[\]-]{1,32}$/u
const ACRONYM = /^\p{Lu}[\p{Lu}\d&/.-]+$/u
// A possessive before another word is a title's (`Chair's Summary`, `Treasurer’s Report`): no label names a speaker so.
const POSSESSIVE = /\p{L}['’]s /u

/** The parts of a label as `readOpening` found it, or null when it names no one. */
export function parseLabel(label: string, form: OpeningForm, isRole: (text: string) => boolean = isLexiconRole): LabelParts | null {
  const text = label.replace(/\s+/g, ' ').trim()
  // `Intervention de M. Leroy`: the speaker the speech act names (the label stays as printed).
  const act = form === 'colon' ? actSpeaker(text) : null
  const acting = act === null ? null : parseLabel(act, form, isRole)
  if (acting && (acting.kind === 'person' || acting.kind === 'role') && (acting.name || acting.position)) return acting
  // `@石垚：`, `@HeyJavaBean:`: a platform's mention of a member (mentions-zh.ts), before the address check (`@sean.sun`).
  if (form === 'colon' && (text.startsWith('@') || text.startsWith('＠'))) return mentionParts(text.slice(1), isRole)
  if (text === '' || /:\/\/|www\.|@[^\s@]+\.\S/.test(text) || isRefused(text) || POSSESSIVE.test(text)) return null
  if (form === 'chat' || form === 'action' || form === 'bracket') return nickParts(text, form)
  // A question or its answer (`Q.2.`, `Réponse`) is a turn without a name or a position.
  if (/^[QA](?:\.\d{1,3})?\.?$/.test(text) || QUESTIONS.has(text.toLowerCase())) return { ...empty(), kind: 'role', strong: true }
  const placeholder = placeholderParts(text)
  if (placeholder) return placeholder
  // A speaker a transcript cannot name, labelled by a word for who they are and no mark (`Woman:`, `Mann:`): no name.
  if (/^\p{Lu}/u.test(text) && PLACEHOLDERS.has(text.toLowerCase()) && !isRole(text) && officeAt(text.split(' '), 0) === 0) {
    return { ...empty(), kind: 'role', strong: true }
  }
  let rest = stageDirectionOff(text)
  const parts = empty()
  const paren = endGroup(rest, '(（', ')）', '()（）', 80)
  const parenStart = paren ? trailingRunStart(rest, isSpace, paren.open) : 0
  if (paren && parenStart > 0) {
    rest = rest.slice(0, parenStart)
    placeParenthesis(parts, paren.inner.trim(), rest)
  }
  const quoted = endGroup(rest, '“"«„', '”"»“', '“”"«»„', 30)
  const quotedStart = quoted ? trailingRunStart(rest, isSpace, quoted.open) : 0
  if (quoted && quotedStart < quoted.open) {
    parts.alias = quoted.inner
    rest = rest.slice(0, quotedStart)
  }
  const dash = / [—–] /.exec(rest)
  if (dash) {
    // `Diane Poirier – Implement in the API the extensions proposed for:`: an action item's task is no body.
    const after = rest.slice(dash.index + 3).trim()
    if (!isClause(after)) parts.organization ||= after
    rest = rest.slice(0, dash.index)
  }
  rest = postnominalsOff(rest)
  officeAfterComma(rest, parts, (before) => (rest = before))
  if (form === 'period') rest = seatOff(rest)
  const han = rest.replace(/\s/g, '')
  // The organisation a parenthesis gave, before the label's own words are read (`主席（林召集人文）`).
  const given = parts.organization
  if (isHanLabel(han)) return given === '' ? hanParts(han, parts, isRole) : heldBy(hanParts(han, parts, isRole), isRole)
  if (/\d/.test(rest)) return null
  return wordParts(rest.split(' '), parts, isRole)
}

/**
 * A recorder's display name (a label and time line's, a WebVTT voice span's): as directories list people, the family
 * name may come first (`Berg, Anna`, `van Dijk, Karl M. (Guest)`). Read back in the order names are written, with the
 * family and given names the comma sets apart; any other label as parseLabel reads it. Only transcripts' exports print
 * names so: in a colon label (`Oslo, Norway:`) the comma is read as parseLabel reads it.
 */
export function parseDisplayLabel(label: string, form: OpeningForm, isRole: (text: string) => boolean = isLexiconRole): LabelParts | null {
  const tag = DISPLAY_TAG.exec(label)
  // `Anna Berg (Guest)`: how the person joined the call, no organisation.
  if (tag && tag.index > 0) return parseDisplayLabel(label.slice(0, tag.index), form, isRole)
  // `Anna Berg (anna.berg@example.org)`: the address the call knows a guest by, no organisation.
  const address = DISPLAY_ADDRESS.exec(label)
  if (address && address.index > 0) return parseDisplayLabel(label.slice(0, address.index), form, isRole)
  const inverted = DISPLAY_INVERTED.exec(label.replace(/\s+/g, ' ').trim())
  if (!inverted || !isInvertedName(inverted[1]!.split(' '), inverted[2]!.split(' '))) return parseLabel(label, form, isRole)
  const parts = parseLabel(`${inverted[2]} ${inverted[1]}${inverted[3] ?? ''}`, form, isRole)
  return parts?.kind === 'person' ? { ...parts, family: inverted[1]!, given: inverted[2]!, strong: true } : parts
}

const DISPLAY_ADDRESS = /\s\([^\s()@]{1,64}@[^\s()@]{1,64}\.[^\s()@.]{2,24}\)\s*$/u
const DISPLAY_TAG = new RegExp(`\\s\\((?:${alternation(lexicon.displayNameTags)})\\)\\s*$`, 'iu')
const DISPLAY_INVERTED = /^([^,()]{2,40}), ([^,()]{1,40}?)( \([^(),]{1,40}\))?$/u

/** Family and given names, each of name words (particles between), in mixed case: capitals tell no name's order. */
function isInvertedName(family: readonly string[], given: readonly string[]): boolean {
  if (family.length > 3 || given.length > 3) return false
  const named = (words: readonly string[]) =>
    words.every((word) => PARTICLES.has(word) || isNameWord(word)) && !PARTICLES.has(words.at(-1)!) && !words.some((w) => CAPS_WORD.test(w))
  // `Anna Berg, Director`, `Berg, Dr. Anna`: an office or honorific after the comma is parseLabel's to read.
  const titled = officeAt(given, 0) > 0 || HONORIFICS.has(given[0]!.toLowerCase()) || isLexiconRole(given.join(' '))
  return !titled && named(family) && named(given) && isNameWord(given[0]!) && !INITIAL.test(given[0]!)
}

/**
 * A period label without the member's seat after the name (`Mr. SMITH of Texas` → `Mr. SMITH`, `Mr. Moore of Kansas`
 * → `Mr. Moore`): an honorific first, then the name, a seat connector and one to three capitalised words.
 */
function seatOff(text: string): string {
  const first = text.indexOf(' ')
  if (first < 0 || !HONORIFICS.has(text.slice(0, first).toLowerCase())) return text
  for (const connector of SEAT_CONNECTORS) {
    const at = text.lastIndexOf(` ${connector} `)
    if (at <= first) continue
    const seat = text.slice(at + connector.length + 2).split(' ')
    if (seat.length <= 3 && seat.every((word) => SEAT_WORD.test(word))) return text.slice(0, at)
  }
  return text
}

/** A word of a seat's name: `Texas`, `New`, `Carolina`. */
const SEAT_WORD = /^\p{Lu}\p{Ll}+$/u

/**
 * `Speaker 1`, `Male 2`, `Participant B`, a diarizing recorder's `SPEAKER_00`: an automatic transcript's speaker it cannot
 * name, numbered or lettered. The label says who speaks as well as the transcript can, and is kept as the name.
 */
function placeholderParts(text: string): LabelParts | null {
  const space = Math.max(text.lastIndexOf(' '), text.lastIndexOf('_'))
  if (space <= 0 || space > 24) return null
  const mark = text.slice(space + 1)
  if (!/^(?:\d{1,3}|\p{Lu})$/u.test(mark) || !PLACEHOLDERS.has(text.slice(0, space).toLowerCase())) return null
  return { ...empty(), kind: 'person', name: text, strong: true }
}

/** A placeholder's label (`Speaker 1`, `SPEAKER_00`) is no name to split into given and family names. */
export function isPlaceholderName(text: string): boolean {
  return placeholderParts(text) !== null
}

/** The label without a reaction the record notes after it: `Dr. Vogel (SPD) (von der SPD mit Beifall begrüßt)` is `Dr. Vogel (SPD)`. */
function stageDirectionOff(text: string): string {
  if (!text.endsWith(')')) return text
  const group = endGroup(text, '(', ')', '()', 80)
  if (!group || !REACTION.test(group.inner)) return text
  const start = trailingRunStart(text, isSpace, group.open)
  return start > 0 ? text.slice(0, start) : text
}

/**
 * An office after the name and a comma (`Dr. Stoltenberg, Bundesminister der Finanzen`) is the position, and what a
 * second comma sets after the office its institution (`Anna Berg, Director, Nordic Institute`); `keep` gets the name.
 */
function officeAfterComma(text: string, parts: LabelParts, keep: (before: string) => void): void {
  const comma = text.indexOf(', ')
  if (comma <= 0) return
  const after = text.slice(comma + 2)
  const next = after.indexOf(', ')
  const office = next > 0 ? after.slice(0, next) : after
  if (officeAt(office.split(' '), 0) === 0) {
    const credit = next > 0 ? null : broadcastCredit(text.slice(0, comma), after)
    if (credit !== null) {
      parts.position ||= credit
      keep(text.slice(0, comma))
      return
    }
    if (next > 0 || !isAffiliation(text.slice(0, comma), after)) return
    // `MARK MOERDLER, Bernstein Research`: an earnings call's analyst and the firm, as a call's transcript prints them.
    parts.organization ||= after
    keep(text.slice(0, comma))
    return
  }
  parts.position = [office, parts.position].filter(Boolean).join(', ')
  if (next > 0) parts.organization ||= after.slice(next + 2)
  keep(text.slice(0, comma))
}

/**
 * Whether what follows a name and a comma is the body the person comes from: a body's word in it (`Anna Berg,
 * University of Oslo`), or words in mixed case after a name in capitals (`MARK MOERDLER, Bernstein Research`), the
 * case setting the two apart. Six words at most, no digits, no sentence.
 */
function isAffiliation(name: string, after: string): boolean {
  const words = after.split(' ')
  if (words.length > MAX_AFFILIATION || /\d|[.;!?]$/.test(after) || !/^\p{Lu}/u.test(after)) return false
  const named = name.split(' ')
  if (named.length < 2 || !isName(named)) return false
  if (ORGANIZATION_WORDS.test(after)) return true
  const capitals = named.every((word) => CAPS_WORD.test(word) || PARTICLES.has(word))
  return capitals && /\p{Ll}/u.test(after) && words.every((word) => /^[\p{Lu}&]/u.test(word) || CONNECTORS.has(word))
}

/** Most words of a body after a name and a comma. */
const MAX_AFFILIATION = 6

const CREDITS = lower(lexicon.broadcastCredits)
const BYLINES = lower(lexicon.bylineCredits)

/**
 * The credit a broadcast transcript prints after a speaker's name in capitals at the first turn (NPR, CNN, BBC
 * transcripts): `PETER SAGAL, HOST` → `HOST`, `WOLF BLITZER, CNN ANCHOR` → `CNN ANCHOR`, a byline's credit (`BILL
 * KURTIS, BYLINE`) → '' (staff credited, no office); null when the words after the comma are not such a credit (`ANNA
 * BERG, KARL LUND`: two people). Name and credit both in capitals, the credit's last word one of the lexicon's.
 */
function broadcastCredit(name: string, after: string): string | null {
  const words = after.split(' ')
  const named = name.split(' ')
  if (words.length > MAX_CREDIT || named.length < 2 || !isName(named)) return null
  if (!named.every((word) => CAPS_WORD.test(word) || PARTICLES.has(word))) return null
  if (!words.every((word) => CAPS_WORD.test(word) || ACRONYM.test(word))) return null
  const last = words.at(-1)!.toLowerCase()
  if (!CREDITS.has(last)) return null
  return BYLINES.has(last) ? '' : after
}

/** Most words of a broadcast credit (`CNN CHIEF NATIONAL SECURITY CORRESPONDENT`). */
const MAX_CREDIT = 5

const TURN_NOUNS = lower(lexicon.turnNouns)
const TURN_LINKS = lower([...lexicon.agentWords, ...lexicon.affiliationWords])

/** What follows a speech act's noun and its link word (`Réponse de Loïc` → `Loïc`, `Réponse Loïc` too), or null. */
function actSpeaker(text: string): string | null {
  const words = text.split(' ')
  if (words.length < 2 || words.length > 8 || !TURN_NOUNS.has(words[0]!.toLowerCase())) return null
  for (const k of [2, 1]) {
    if (
      words.length > k + 1 &&
      TURN_LINKS.has(
        words
          .slice(1, k + 1)
          .join(' ')
          .toLowerCase(),
      )
    )
      return words.slice(k + 1).join(' ')
  }
  return /^\p{Lu}/u.test(words[1]!) ? words.slice(1).join(' ') : null
}

function isLexiconRole(text: string): boolean {
  return ROLES.has(text.toLowerCase())
}

function empty(): LabelParts {
  return { kind: 'person', honorific: '', position: '', name: '', family: '', given: '', organization: '', alias: '', strong: false }
}

/** Agenda and action labels, metadata keys: the label, or its first words before a number or a lowercase word. */
function isRefused(text: string): boolean {
  // `Présent.es`, `Excusé·e·s`: the list heading in French inclusive writing.
  const key = foldInclusive(trimEndWhere(text.toLowerCase(), (char) => char === '.' || isSpace(char)))
  if (NOT_LABELS.has(key)) return true
  // A Chinese field's word before an office (`出席議員`, `質詢委員`): the label of a list of those who attended or asked.
  if (HAN_NOT_LABELS.some((word) => key.length > word.length && key.startsWith(word) && TITLES.has(key.slice(word.length)))) return true
  const words = key.split(' ')
  // No name opens with an agenda word or a key (`Minutes Approval`, `Action Items`, `Date Changed`).
  if (words.length <= 4 && NOT_LABELS.has(words[0]!)) return true
  // Nor ends with one after words that are no honorific or office (`Project Status`, `Financial Report`, `Weitere Termine`).
  const first = words[0]!
  const addressed = HONORIFICS.has(first) || TITLES.has(first) || ARTICLES.has(first)
  if (words.length >= 2 && words.length <= 4 && NOT_LABELS.has(words.at(-1)!) && !addressed) return true
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (!NOT_LABELS.has(words.slice(0, k).join(' '))) continue
    const next = text.split(' ')[k] ?? ''
    if (/^[\d#(\p{Ll}]/u.test(next)) return true
  }
  return false
}

/** A chat nick (`+Complication` is Complication, voiced); a bracketed one (`[kiara]`) needs the document's support. */
function nickParts(text: string, form: OpeningForm): LabelParts | null {
  if (form === 'chat' && text.startsWith('From ')) return callSender(text)
  const nick = text.replace(/^[@+%&~]/, '')
  if (!NICK.test(nick) || /^\d+$/.test(nick) || BOTS.has(nick.toLowerCase())) return null
  return { ...empty(), kind: 'nick', name: nick, strong: form !== 'bracket' }
}

/**
 * The sender of a video call's chat line (`From Anna Berg to Everyone` → Anna Berg; `From terence(lab) to Everyone`
 * → terence, a handle's parenthesis dropped): a person when the sender is a name, else a nick.
 */
function callSender(frame: string): LabelParts | null {
  const to = frame.lastIndexOf(' to ')
  if (to < 5) return null
  let sender = frame.slice(5, to).trim()
  const paren = endGroup(sender, '(', ')', '()', 60)
  if (paren && paren.open > 0) sender = trimEndWhere(sender.slice(0, paren.open), isSpace)
  const words = sender.split(' ')
  if (words.length > 1 && isName(words)) return { ...empty(), kind: 'person', name: sender, strong: true }
  return NICK.test(sender) && !BOTS.has(sender.toLowerCase()) ? { ...empty(), kind: 'nick', name: sender, strong: true } : null
}

/** `(SPD)`, `(Mozilla)`: the organisation; `(PV)` after Peter Voorhees: his initials; `(Chairman of …)`: the office. */
function placeParenthesis(parts: LabelParts, inside: string, before: string): void {
  // A relay, a hat or a slide is how and where the remark was made, not who made it.
  if (isPersonNote(inside) || SLIDE.test(inside)) return
  const initials = before
    .split(' ')
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
  const words = inside.split(' ')
  const honorific = HONORIFICS.get(words[0]!.toLowerCase())
  if (
    (INITIALS.test(inside) && initials.length >= 2 && inside.startsWith(initials[0]!) && inside.endsWith(initials.at(-1)!)) ||
    isNamesInitials(inside, before)
  )
    parts.alias = inside
  else if (honorific && words.length >= 2 && words.length <= 4 && words.slice(1).every(isNameWord)) {
    // The one who holds the office: `The PRESIDING OFFICER (Mr. Talent)`.
    parts.honorific = honorific
    parts.name = titleCaseName(words.slice(1).join(' '))
  } else if (
    (TITLES.has(inside.toLowerCase().split(' ')[0]!) || POSITION.test(inside)) &&
    !ACRONYM.test(inside) &&
    !ORGANIZATION_WORDS.test(inside)
  )
    parts.position = inside
  else parts.organization = inside
}

/** Initials in capitals, stops between them or none (`D.R.`, `SDW`). */
const STOPPED_INITIALS = /^(?:\p{Lu}\.?){2,4}$/u

/**
 * Whether a parenthesis after a name is that name's initials: the capitals of the name in their order, the first
 * word's first (`D. Rohr (D.R.)`, `Steve DeWitt (SDW)`), every word of the name giving one; not an acronym of a
 * body (`Anna Berg (SPD)`), whose letters the name does not hold.
 */
function isNamesInitials(inside: string, before: string): boolean {
  if (!STOPPED_INITIALS.test(inside)) return false
  const letters = inside.replace(/\./g, '')
  const words = before.trim().split(' ')
  const capitals = words.map((word) => word.replace(/\P{Lu}/gu, ''))
  if (words.length < 2 || capitals.some((caps) => caps === '') || letters[0] !== capitals[0]![0]) return false
  let at = 0
  for (const caps of capitals) {
    const start = at
    for (const letter of caps) if (letters[at] === letter) at++
    if (at === start) return false
  }
  return at === letters.length
}

/** Civilities of one letter Spanish writes before a given name (`D.`, Don): `D. Francisco José Farrona Navas`. */
const GIVEN_CIVILITIES = new Set(es.honorifics.filter((word) => INITIAL.test(word)))

/**
 * `D. Goodger`, `D. R. Lange`: a one-letter civility that stands before a given name (Spanish `D.`) is an initial
 * unless a full given name and more follow it.
 */
function isGivenInitial(tokens: readonly string[], i: number): boolean {
  if (!GIVEN_CIVILITIES.has(tokens[i]!)) return false
  const next = tokens[i + 1]
  return next === undefined || INITIAL.test(next) || tokens.length - i < 3
}

/** Articles, honorifics and offices before the name, then the name. */
function wordParts(printed: string[], parts: LabelParts, isRole: (text: string) => boolean): LabelParts | null {
  // French elides the article into the office (`Mme l’adjointe aux finances`): the article read apart.
  const tokens = printed.flatMap((token) => {
    const elided = ELIDED.exec(token)
    return elided ? [elided[0], token.slice(elided[0].length)] : [token]
  })
  const honorifics: string[] = []
  const offices: string[] = []
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i]!
    const key = token.toLowerCase()
    if (ARTICLES.has(key) && i + 1 < tokens.length) {
      i++
      continue
    }
    const honorific = HONORIFICS.get(key) ?? HONORIFICS.get(`${key}.`)
    if (honorific && i + 1 <= tokens.length && !isGivenInitial(tokens, i)) {
      honorifics.push(HONORIFICS.has(key) ? honorific : honorific.replace(/\.$/, ''))
      i++
      continue
    }
    if (isRole(tokens.slice(i).join(' '))) break
    const office = officeAt(tokens, i)
    if (office > i) {
      offices.push(tokens.slice(i, office).join(' '))
      i = office
      continue
    }
    // `Bgm. Dr. Rabl`, `GR. Hufnagl`: an office's abbreviation before more of the label is that office.
    const abbreviated = i + 1 < tokens.length ? ABBREVIATED.get(abbreviationKey(token)) : undefined
    if (abbreviated) {
      offices.push(abbreviated)
      i++
      continue
    }
    break
  }
  if (honorifics.length > 0) parts.honorific = honorifics.join(' ')
  if (offices.length > 0) parts.position = [offices.join(' '), parts.position].filter(Boolean).join(', ')
  const words = tokens.slice(i)
  const raw = words.join(' ')
  // An office with its holder in parentheses names a person.
  const office = parts.name ? 'person' : 'role'
  if (words.length === 0) {
    if (!parts.honorific && !parts.position) return null
    return { ...parts, kind: office, strong: true }
  }
  if (isRole(raw)) return { ...parts, kind: office, position: [parts.position, raw].filter(Boolean).join(' '), strong: true }
  if (words.length === 1 && INITIALS.test(raw) && !parts.honorific && !parts.position)
    return { ...parts, kind: 'initials', name: raw, strong: false }
  if (!isName(words, parts.honorific !== ''))
    return words.length === 1 && NICK.test(raw) && /\p{Ll}/u.test(raw[0]!) && !parts.honorific
      ? { ...parts, kind: 'nick', name: raw }
      : null
  const named = words.filter((word) => !PARTICLES.has(word)).length
  // `SHONTEL M. LEWIS`: a middle initial does not keep a name in capitals from being one.
  const capitals = words.every((word, k) => PARTICLES.has(word) || CAPS_WORD.test(word) || isMiddleInitial(words, k))
  parts.name = capitals ? titleCaseName(raw) : raw
  // A line in capitals is as often a heading or a key (`SEÑORES ASISTENTES:`) as a name: it needs an honorific or office.
  // An account or body's code before words (`CRPP Fonctionnement Recettes`) is no name; initials of a given
  // name are two letters (`TJ Okafor`).
  const code = /^\p{Lu}{3,}$/u.test(words[0]!)
  return { ...parts, kind: 'person', strong: honorifics.length > 0 || offices.length > 0 || (named >= 2 && !capitals && !code) }
}

/** An abbreviation as the lexicon's map keys it: lowercase, without its full stop (`GR.`, `Gr`, `gr` alike). */
function abbreviationKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '')
}

/**
 * A name without the degrees printed after it (`Hufnagl, MBA` → `Hufnagl`, `Ralph Schäfer, BSc MSc` → `Ralph Schäfer`):
 * one or more postnominals at the end, after a comma or a space, and a word before them.
 */
export function postnominalsOff(text: string): string {
  const words = text.split(' ')
  let end = words.length
  while (end > 1 && POSTNOMINALS.has(words[end - 1]!.replace(/,$/, ''))) end--
  if (end === words.length) return text
  return words.slice(0, end).join(' ').replace(/,$/, '')
}

/** Where an office that starts at `i` ends (tokens after it), or `i` when none does; its domain too ("of Finance", "beim …"). */
function officeAt(tokens: readonly string[], i: number): number {
  let end = i
  for (let k = Math.min(LONGEST_TITLE, tokens.length - i); k >= 1; k--) {
    if (
      TITLES.has(
        tokens
          .slice(i, i + k)
          .join(' ')
          .toLowerCase(),
      )
    ) {
      end = i + k
      break
    }
  }
  if (end === i) return i
  // "Bundesminister der Finanzen Schäffer", "Minister of Finance Anna Berg": a connector and a word, repeated.
  while (end + 2 < tokens.length + 1 && CONNECTORS.has(tokens[end]!.toLowerCase())) {
    const after = officeAt(tokens, end + 1)
    end = after > end + 1 ? after : domainEnd(tokens, end + 1)
  }
  return Math.min(end, tokens.length)
}

/** Where an office's domain that starts at `i` ends: lowercase words and the noun after them (`innerdeutsche Beziehungen`). */
function domainEnd(tokens: readonly string[], i: number): number {
  let end = i
  while (end < tokens.length - 1 && (/^\p{Ll}/u.test(tokens[end]!) || tokens[end]!.endsWith(','))) end++
  return end + 1
}

function isName(words: readonly string[], honored = false): boolean {
  // After an honorific a name may open with its particle (`M. von Löwis`, `Mme de Gaulle`).
  if (words.length > 5 || OPENERS.has(words[0]!) || (PARTICLES.has(words[0]!) && !(honored && words.length > 1))) return false
  // Honorifics open a label; inside one they belong to a clause (`Seguidamente el Sr. Alcalde`). A letter and a full
  // stop between two words of a name is a middle initial (`Shontel M. Lewis`), not the French `M.`.
  const initial = (k: number) => isMiddleInitial(words, k) || (k === 0 && isGivenInitial(words, 0))
  if (words.some((word, k) => HONORIFICS.has(word.toLowerCase()) && !initial(k))) return false
  if (!isNameWord(words.at(-1)!)) return false
  if (!words.every((word) => isNameWord(word) || PARTICLES.has(word))) return false
  return !ORGANIZATION_WORDS.test(words.join(' '))
}

/** A letter and a full stop between two words of a name (`Shontel M. Lewis`, `SHONTEL M. LEWIS`). */
function isMiddleInitial(words: readonly string[], k: number): boolean {
  return k > 0 && k < words.length - 1 && INITIAL.test(words[k]!)
}

/** A name printed in capitals, as a name is written: `FRANCISCO JOSÉ FARRONA NAVAS` → `Francisco José Farrona Navas`. */
export function titleCaseName(name: string): string {
  return name.split(' ').map(titleCaseWord).join(' ')
}

/** `NILSSON` → `Nilsson`, `McCONNELL` → `McConnell`, `LE-MEUR` → `Le-Meur`; other words as printed. */
function titleCaseWord(word: string): string {
  const caps = CAPS_WORD.exec(word)
  if (!caps) return word
  const body = caps[2]!.toLowerCase().replace(/(^|[-‐'’])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase())
  return (caps[1] ?? '') + body
}

/**
 * A mention's label: a Chinese name (a name of two to four characters even with a surname the lexicon lacks), an
 * account (`HeyJavaBean`), or a name of two words (`Guangming Luo`). The mark says it names a member: strong.
 */
function mentionParts(text: string, isRole: (text: string) => boolean): LabelParts | null {
  const han = text.replace(/\s/g, '')
  if (isHanLabel(han)) {
    const read = hanParts(han, empty(), isRole)
    if (read?.kind === 'person') return read
    return han.length <= 4 && /^\p{Script=Han}+$/u.test(han) ? { ...empty(), name: han, strong: true } : null
  }
  if (MENTIONED.test(text)) return { ...empty(), kind: 'nick', name: text, strong: true }
  const words = text.split(' ')
  return words.length === 2 && isName(words) ? { ...empty(), name: text, strong: true } : null
}

const MENTIONED = /^[a-z0-9][\w.-]{0,38}$/i

/** A Chinese label (林召集人文 → 林文, 召集人; 交通部王次長國材; 經濟部代表): names-zh.ts reads it. */
/** `主席（林召集人文）`: an office and, in parentheses, the Chinese name of whoever holds it: that person, in that office. */
function heldBy(parts: LabelParts | null, isRole: (text: string) => boolean): LabelParts | null {
  if (parts?.kind !== 'role' || !isHanLabel(parts.organization)) return parts
  const read = readHanLabel(parts.organization, isRole)
  if (read?.kind !== 'person' || read.given === '') return parts
  const { name, family, given, organization } = read
  return { ...parts, kind: 'person', name, family, given, position: read.position || parts.position, organization }
}

function hanParts(text: string, parts: LabelParts, isRole: (text: string) => boolean): LabelParts | null {
  const read = readHanLabel(text, isRole)
  if (!read) return null
  const { kind, name, family, given, position, organization, honorific } = read
  return { ...parts, kind, name, family, given, position, organization: parts.organization || organization, honorific, strong: true }
}

/**
 * Whether a part after a listed name or a label's dash is a clause, not a body's name: three words or more, more of them in lower case
 * than capitalised (`- Implement in the API the extensions proposed for`, an action item's task); a body's name
 * is capitalised but for its joiners (`University of Naples Federico II`, `Ministry of Foreign Affairs`).
 */
export function isClause(part: string): boolean {
  const words = part.split(' ')
  if (words.length < MIN_CLAUSE_WORDS) return false
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length
  return lower * 2 > words.length
}

/** Fewest words of a clause after a listed name; `- via phone`, `i18n group` are read otherwise. */
const MIN_CLAUSE_WORDS = 3

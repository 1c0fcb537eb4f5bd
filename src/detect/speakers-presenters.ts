// Presenters as conference reports name them in German, whose sentences put the verb second: a lead phrase,
// the verb, then the speaker — `Im Anschluss stellte Anna Berg (Universität Jena) … vor`, `In ihrem Vortrag
// „…“ zeigte Dr. Clara Vogt …`, `Die Keynote hielt Jonas Weber` — and names in capitals with the place or
// institution in parentheses, as H-Soz-Kult reports write them: `ANNA BERG (Leipzig) eröffnete …`.
// Pure string functions over a paragraph's flat text: a token scanner, no pattern over the text.
import { lexicon } from '../lexicon/index.js'
import { titleCaseName } from '../text/labels.js'
import { ORGANIZATION_WORDS, looksLikeName } from '../text/names.js'

/** A presenter a sentence names. */
export interface Presenter {
  /** The honorifics and the name as printed (`Prof. Dr. Anna Berg`, `ANNA BERG`). */
  label: string
  name: string
  honorific: string
  /** What the parentheses after the name say (`Universität Jena`, `Leipzig`), or ''. */
  inside: string
  /** Who presented with them, joined by `und` or `sowie` (`stellten Anna Berg (Jena) und Tom Krause … vor`). */
  partners: Presenter[]
}

export const TALK_VERBS = new Set(lexicon.talkVerbs)
const TALK_STEMS = lexicon.talkNouns
const TALK_WORDS = new Set(lexicon.talkWords.flatMap((word) => [word, `${word}s`]))
const TALK_TOPICS = new Set(lexicon.talkTopicWords)
/** A day's possessive (`Today's talk`, `Monday's keynote`) names no talk's giver. */
const NOT_GIVERS = new Set([...lexicon.relativeDays, ...lexicon.weekdays].map((word) => word.toLowerCase()))
/** The words that name a talk's giver after its noun or title (`von`, `from`). */
export const TALK_GIVERS = new Set(lexicon.talkGivers)
const CLITICS = new Set(lexicon.verbClitics)
const RELATIVES = new Set(lexicon.relativePronouns)
const OPENERS = new Set(lexicon.sentenceOpeners)
const HONORIFICS = new Set(lexicon.honorifics)
const PARTICLES = new Set(lexicon.nameParticles)
/** Most tokens before the verb (a quoted title's words count). */
const MAX_LEAD = 24
/** Most words of a name after the verb. */
const MAX_NAME = 3
/** Most characters inside the parentheses after a name. */
const MAX_INSIDE = 80
/** Most co-presenters read after the first (`A und B sowie C`). */
const MAX_PARTNERS = 3
const JOINERS = new Set([...lexicon.conjunctions.filter((word) => word === 'und'), 'sowie'])
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]{0,30}$/u
const CAPS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u
const OPEN_QUOTE = /^[„“"«‚‘]/u
const CLOSE_QUOTE = /[“”"»‘’][,.;:!?)]*$/u

/** The opening sentence's tokens (at most `max`), each marked when it is inside a quoted title (`„Daten: wozu?“`). */
export type Sentence = Array<{ token: string; quoted: boolean }>

/**
 * The presenter a paragraph's opening sentence names, in the forms of German conference reports: verb-second,
 * a name in capitals, a talk `von` its giver, the passive. `verbs` are the reporting verbs of the lexicons.
 */
export function presenterOf(text: string, verbs: RegExp, sentence = openingSentence(text, 60)): Presenter | null {
  return (
    talkLinePresenter(text) ??
    verbSecondPresenter(sentence) ??
    capitalsPresenter(text, verbs) ??
    talkByPresenter(sentence) ??
    participlePresenter(sentence) ??
    passivePresenter(sentence) ??
    jointPresenters(text, sentence, verbs)
  )
}

/**
 * Presenters joined by `und` or `sowie` as the sentence's subject, the verb after the last of them (`Anna Berg
 * (Jena) und Tom Krause berichteten …`): a name alone before a verb is the inline form's (speakers-forms.ts).
 */
function jointPresenters(text: string, sentence: Sentence, verbs: RegExp): Presenter | null {
  if (sentence.length < 5 || !NAME_WORD.test(sentence[0]!.token)) return null
  const presenter = presenterAt(
    sentence.map((entry) => entry.token),
    0,
  )
  const last = presenter?.partners.at(-1)
  if (!presenter || !last) return null
  const at = text.indexOf(last.label)
  let rest = at < 0 ? '' : text.slice(at + last.label.length).trimStart()
  if (last.inside) rest = rest.slice(rest.indexOf(')') + 1).trimStart()
  const verb = /^\p{Ll}[\p{L}-]*/u.exec(rest)?.[0]
  return verb && (TALK_VERBS.has(verb) || verbs.test(verb)) ? presenter : null
}

export function openingSentence(text: string, max: number): Sentence {
  const tokens = text.slice(0, 800).split(' ', max)
  const sentence: Sentence = []
  let quoted = false
  for (const token of tokens) {
    const opens: boolean = !quoted && OPEN_QUOTE.test(token)
    if (quoted || opens) {
      quoted = !CLOSE_QUOTE.test(opens ? token.slice(1) : token)
      sentence.push({ token, quoted: true })
      // A quote that closes the sentence: `… zu „oversized“.`
      if (!quoted && /[“”"»‘’][.!?]$/u.test(token)) break
      continue
    }
    sentence.push({ token, quoted: false })
    if (endsSentence(token)) break
  }
  return sentence
}

/**
 * The speaker a verb-second sentence names after its verb: a lead phrase that opens with a word no name
 * begins with (`Im`, `Die`, `Danach`), a talk's verb (`stellte`, `sprach`, `hielt`), then the speaker. A
 * quoted title in the lead phrase (`In seinem Vortrag „Daten: wozu?“ betrachtete …`) may hold any punctuation.
 */
function verbSecondPresenter(sentence: Sentence): Presenter | null {
  if (sentence.length < 3 || !OPENERS.has(sentence[0]!.token)) return null
  const tokens = sentence.map((entry) => entry.token)
  for (let i = 1; i < Math.min(sentence.length - 1, MAX_LEAD); i++) {
    // The first talk's verb decides: a name follows it, or the sentence names nobody (`ging es weiter`).
    if (sentence[i]!.quoted || !TALK_VERBS.has(tokens[i]!)) continue
    // A reflexive pronoun after the verb (`widmete sich Anna Berg …`).
    const start = CLITICS.has(tokens[i + 1]!) ? i + 2 : i + 1
    return presenterAt(tokens, start) ?? bodyAt(tokens, start)
  }
  return null
}

const BODY_ARTICLES = new Set(lexicon.nounArticles)
const PRESENTING_BODIES = lexicon.presentingBodies
/** Most words between a body's article and its noun (`das Frankfurter Künstler*innenkollektiv`). */
const MAX_BODY_ATTRIBUTES = 2
/** Most words of a body's name after its noun. */
const MAX_BODY_NAME = 4

/**
 * A group or body named after a talk's verb as the one presenting, as workshop and conference reports write it:
 * an article, perhaps attributes, a noun of a group (`Kollektiv`, `Team`, a compound's last part), then the group's
 * name (`zeigte das Frankfurter Künstler*innenkollektiv Scripted Reality Ausschnitte …`). The name is two capitalised
 * words or more, or an acronym: one capitalised word after the noun is as likely a German noun, the object
 * (`zeigte das Team Ausschnitte`), and so is the last of three or more before a word in lowercase. A turn of the body:
 * no person's name, the group's name its organisation.
 */
function bodyAt(tokens: readonly string[], start: number): Presenter | null {
  if (!BODY_ARTICLES.has(tokens[start] ?? '')) return null
  let i = start + 1
  const limit = Math.min(tokens.length, start + 2 + MAX_BODY_ATTRIBUTES)
  while (i < limit && !PRESENTING_BODIES.some((noun) => tokens[i]!.toLowerCase().endsWith(noun))) i++
  if (i >= limit) return null
  const words: string[] = []
  let closed = false
  for (i++; i < tokens.length && words.length < MAX_BODY_NAME && !closed; i++) {
    const word = tokens[i]!.replace(/[,.;:]$/, '')
    if (!NAME_WORD.test(word) || HONORIFICS.has(word) || OPENERS.has(word)) break
    words.push(word)
    closed = word !== tokens[i]
  }
  // Three capitalised words or more before a word in lowercase end with the object's noun (`Scripted Reality Ausschnitte aus`).
  if (!closed && words.length >= 3 && /^\p{Ll}/u.test(tokens[i] ?? '')) words.pop()
  if (words.length < 2 && !(words.length === 1 && ACRONYM.test(words[0]!))) return null
  const name = words.join(' ')
  return { label: name, name: '', honorific: '', inside: name, partners: [] }
}

/** Most words of a talk's line (`Keynote: Titel – Dr. Anna Berg (Jena)`): a programme's line, not a sentence. */
const MAX_TALK_LINE = 24
const SPACED_DASHES = [' – ', ' — ', ' - ']

/**
 * A line that names a talk by its noun and then its giver, as reports and programmes print them on a line or
 * heading of their own: `Vortrag von Dr. Anna Berg (Universität Jena)`, `Keynote: Titel – Prof. Dr. Jonas Weber`.
 * The giver follows the agent word straight after the noun, or closes the line after a spaced dash.
 */
export function talkLinePresenter(text: string): Presenter | null {
  const tokens = text.slice(0, 400).split(' ', MAX_TALK_LINE + 1)
  if (tokens.length < 3 || tokens.length > MAX_TALK_LINE) return null
  const first = tokens[0]!.toLowerCase()
  const colon = first.endsWith(':')
  if (!(colon || TALK_GIVERS.has(tokens[1]!)) || !isTalkNoun(first)) return null
  if (!colon) return wholeLine(tokens, 2)
  let dash = -1
  for (const mark of SPACED_DASHES) dash = Math.max(dash, text.lastIndexOf(mark))
  if (dash <= tokens[0]!.length) return null
  return wholeLine(text.slice(dash + 3).split(' '), 0)
}

/**
 * A talk's heading that opens with its giver and a colon before the title, as programmes and reports print
 * them: `Dr. Anna Berg (Universität Jena): Offene Daten`, `Tom Krause (SUB): …`. The giver has an honorific
 * or a body in the parentheses (an organisation's word or an acronym): a capitalised phrase alone before a
 * colon is as often a title's first part (`Offene Daten: ein Überblick`).
 */
export function colonPresenter(text: string): Presenter | null {
  const colon = text.indexOf(': ')
  if (colon < 5 || colon > MAX_INSIDE + 60) return null
  // French typography spaces the colon (`Rory Loughnane (Université du Kent) : « Titre »`).
  const presenter = wholeLine(text.slice(0, colon).trimEnd().split(' '), 0)
  if (!presenter) return null
  const { inside } = presenter
  const body = inside !== '' && (ORGANIZATION_WORDS.test(inside) || ACRONYM.test(inside.split(' ')[0]!) || namesBody(inside))
  return presenter.honorific !== '' || body ? presenter : null
}

const BODY_WORDS = new Set(lexicon.organizationWords.map((word) => word.toLowerCase()))

/**
 * Whether a parenthesis names a body by a word of the lexicons that ends in a letter outside ASCII (`Université du
 * Kent`), which ORGANIZATION_WORDS' word boundary misses; decomposed accents (`e` + U+0301) composed first.
 */
function namesBody(inside: string): boolean {
  return inside
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s,/]+/u)
    .some((word) => BODY_WORDS.has(word))
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&/-]+$/u

/**
 * The presenter from token `start` when they close the line (their parentheses, or a body's link words, aside):
 * `… – Anna Berg und das Team` names a group, `Vortrag von Anna Berg über Daten` goes on as a sentence.
 */
function wholeLine(tokens: readonly string[], start: number): Presenter | null {
  const presenter = presenterAt(tokens, start)
  if (!presenter || presenter.partners.length > 0) return null
  const printed = presenter.label.split(' ').length + (presenter.inside ? presenter.inside.split(' ').length : 0)
  const extra = tokens.length - start - printed
  return extra >= 0 && extra <= 2 ? presenter : null
}

/**
 * The speaker of a talk the opening sentence names by its noun and `von` (`Die Tagung begann mit der Keynote
 * „…“ von Anna Berg`, `… wurden in der folgenden Session von Tom Krause vorgestellt`): the first name after
 * an agent word that follows a talk's noun, outside quoted titles.
 */
function talkByPresenter(sentence: Sentence): Presenter | null {
  const tokens = sentence.map((entry) => entry.token)
  let talk = false
  for (let i = 0; i < sentence.length - 2; i++) {
    // The agent word follows the noun, or the talk's quoted title after it (`Keynote „…“ von`), not a verb
    // (`Der Workshop wurde von Anna Berg organisiert` names who organised it).
    if (sentence[i]!.quoted) continue
    const word = tokens[i]!
    if (talk && TALK_GIVERS.has(word)) return presenterAt(tokens, i + 1)
    // `… mit dem Vortrag „…“, in dem Anna Berg erklärt, …`: the speaker of a relative clause on the talk.
    if (talk && word === 'in' && RELATIVES.has(tokens[i + 1]!)) return presenterAt(tokens, i + 2)
    talk = isTalkNoun(word)
  }
  return null
}

/**
 * The presenter a participle phrase opening the sentence names: an article, a talk's giver word, the name, then a
 * participle of presenting before the noun (`Das von Anna Berg vorgestellte Modell sieht …`), not any participle
 * (`Das von Anna Berg geleitete Projekt` names who leads it).
 */
function participlePresenter(sentence: Sentence): Presenter | null {
  const tokens = sentence.map((entry) => entry.token)
  if (tokens.length < 5 || !NOUN_ARTICLES.has(tokens[0]!.toLowerCase()) || !TALK_GIVERS.has(tokens[1]!)) return null
  const presenter = presenterAt(tokens, 2)
  if (!presenter || presenter.partners.length > 0) return null
  const printed = presenter.label.split(' ').length + (presenter.inside ? presenter.inside.split(' ').length : 0)
  const participle = tokens[2 + printed]
  return participle !== undefined && PARTICIPLES.some((stem) => participle.startsWith(stem)) ? presenter : null
}

const NOUN_ARTICLES = new Set(lexicon.nounArticles)
const PARTICIPLES = lexicon.presentedParticiples

/**
 * The speaker of a passive opening sentence: an agent word, the speaker, and a talk's participle last
 * (`Die Tagung wurde von Prof. Dr. Anna Berg (Jena) eröffnet.`), not any participle (`… von Anna Berg organisiert`).
 */
function passivePresenter(sentence: Sentence): Presenter | null {
  const last = sentence
    .at(-1)
    ?.token.replace(/\[\^[^\]]{1,12}\]/u, '')
    .replace(/[.!?]$/, '')
  if (last === undefined || !TALK_VERBS.has(last)) return null
  const tokens = sentence.map((entry) => entry.token)
  for (let i = 1; i < sentence.length - 2; i++) {
    if (sentence[i]!.quoted || !TALK_GIVERS.has(tokens[i]!)) continue
    const presenter = presenterAt(tokens, i + 1)
    if (presenter) return presenter
  }
  return null
}

/**
 * A name in capitals opening the sentence (`ANNA BERG (Leipzig) eröffnete …`, `Prof. Dr. ANNA BERG stellte …`):
 * its place or institution in parentheses and a verb after them, or a reporting verb straight after the name.
 */
function capitalsPresenter(text: string, verbs: RegExp): Presenter | null {
  const tokens = text.slice(0, 300).split(' ', 12)
  let start = 0
  while (start < tokens.length && HONORIFICS.has(tokens[start]!)) start++
  const end = capitalsEnd(tokens, start)
  if (end === null) return null
  const presenter = presenterAt(tokens, 0)
  if (!presenter) return null
  const after = tokens
    .slice(end)
    .join(' ')
    .slice(presenter.inside ? presenter.inside.length + 3 : 0)
  const verb = /^(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1]
  if (!verb || !(TALK_VERBS.has(verb) || verbs.test(verb) || (presenter.inside !== '' && verb.length > 2))) return null
  return presenter
}

/** Where a run of two to four words in capitals (particles allowed inside) from `start` ends, or null. */
function capitalsEnd(tokens: readonly string[], start: number): number | null {
  let i = start
  let words = 0
  while (i < tokens.length && i - start < 4) {
    const word = tokens[i]!
    if (CAPS_WORD.test(word)) words++
    else if (!(words > 0 && PARTICLES.has(word))) break
    i++
  }
  return words >= 2 ? i : null
}

/** Most words of a giver's name in the genitive before a talk's noun (`Markus Stahls Vortrag`). */
const MAX_GENITIVE = 3
/** A name's last word with the English possessive (`Bennison-Chapman's`, `Berg’s`): the name's word before it. */
const POSSESSIVE = /^(\p{Lu}[\p{L}\p{M}-]*)['’]s$/u
/** A name's last word in the genitive (`Yuris`, `Stahls`, `Hans’`): the name's word before its ending. */
const GENITIVE = /^(\p{Lu}[\p{L}\p{M}'’-]+?)[s'’]$/u

/**
 * A talk its giver's genitive names, opening a sentence before its verb: `Yuris Präsentation stellte … vor`,
 * `Markus Stahls Vortrag adressierte …`, `Edins Session …` — the giver's name as printed without the genitive's
 * ending (`Yuri`, `Markus Stahl`), or null. A capitalised word before a talk's noun is the talk's own otherwise.
 */
export function genitiveGiver(tokens: readonly string[]): { name: string; verb: string; possessive?: boolean } | null {
  for (let k = 0; k < tokens.length - 2 && k < MAX_GENITIVE; k++) {
    const word = tokens[k]!
    // English marks the owner with an apostrophe and writes the talk's noun in lowercase, its verb anywhere after:
    // `Bennison-Chapman's keynote on finger-prints, as well as …, generated much interest`.
    // Its topic after the noun (`on`, `about`) says the report introduces the talk there; without it the noun refers back
    // to a talk a heading or an earlier paragraph gave (`Bourne’s presentation was based on …`).
    const possessive = POSSESSIVE.exec(word)
    const talk = possessive !== null && /^\p{Ll}/u.test(tokens[k + 1]!) && isTalkNoun(tokens[k + 1]!) && TALK_TOPICS.has(tokens[k + 2]!)
    if (talk && !HONORIFICS.has(tokens[0]!) && !OPENERS.has(tokens[0]!) && !NOT_GIVERS.has(possessive[1]!.toLowerCase())) {
      const words = [...tokens.slice(0, k), possessive[1]!]
      return words.every((name) => NAME_WORD.test(name)) ? { name: words.join(' '), verb: '', possessive: true } : null
    }
    if (!NAME_WORD.test(word) || HONORIFICS.has(word) || OPENERS.has(word) || word.includes('.')) return null
    const genitive = GENITIVE.exec(word)
    const verb = tokens[k + 2]!.replace(/[,;:]$/u, '')
    if (genitive && isGenitiveTalk(tokens[k + 1]!) && /^\p{Ll}/u.test(verb)) {
      return { name: [...tokens.slice(0, k), genitive[1]!].join(' '), verb }
    }
  }
  return null
}

/** A name of two or three words a document prints before a talk's noun: itself without its genitive's ending (`Markus Stahls`). */
export function nameBeforeTalk(name: string, next: string | undefined): string {
  if (next === undefined || !isGenitiveTalk(next)) return name
  const words = name.split(' ')
  const genitive = GENITIVE.exec(words.at(-1)!)
  return genitive ? [...words.slice(0, -1), genitive[1]!].join(' ') : name
}

/** A talk's noun as a genitive's object: capitalised, as German writes its nouns (`Präsentation`, `Vortrag`). */
function isGenitiveTalk(token: string): boolean {
  return /^\p{Lu}/u.test(token) && isTalkNoun(token)
}

/**
 * A talk's noun: a stem of a compounding language inside the word (`Eröffnungsvortrag`, `Talks-Track`), or a
 * whole word or part of a hyphenated one, perhaps plural (`talk`, `presentations`; not `representation`).
 */
export function isTalkNoun(token: string): boolean {
  // Asked of every word of every paragraph's opening sentence: each word's answer kept (a bounded number of them).
  let known = talkNouns.get(token)
  if (known === undefined) {
    const lower = token.toLowerCase().replace(/[^\p{L}-]/gu, '')
    known = TALK_STEMS.some((stem) => lower.includes(stem)) || lower.split('-').some((part) => TALK_WORDS.has(part))
    if (talkNouns.size >= MAX_KNOWN) talkNouns.clear()
    talkNouns.set(token, known)
  }
  return known
}

const talkNouns = new Map<string, boolean>()
const MAX_KNOWN = 10_000

/** A sentence's last word (`Vortrag.`), not an abbreviation (`Dr.`, `z.B.`) or an ordinal (`17.`). */
function endsSentence(token: string): boolean {
  if (/[!?]$/.test(token)) return true
  // An inner full stop makes an abbreviation (`z.B.`, `u.a.`).
  const inner = token.indexOf('.') < token.length - 1
  return token.endsWith('.') && !HONORIFICS.has(token) && !/^\d+\.$/.test(token) && !inner && token.length > 3
}

/**
 * The presenter whose name starts at token `start`: honorifics, two or three capitalised words (or words in
 * capitals, title-cased), then perhaps what parentheses say about them (`(Universität Jena)`).
 */
export function presenterAt(tokens: readonly string[], start: number, depth = 0): Presenter | null {
  let i = start
  while (i < tokens.length && HONORIFICS.has(tokens[i]!)) i++
  const honorific = tokens.slice(start, i).join(' ')
  const words: string[] = []
  let closed = false
  let listed = false
  for (; i < tokens.length && words.length < MAX_NAME; i++) {
    // A footnote's reference after the name (`Salo[^3].`) is no part of it.
    const raw = tokens[i]!.replace(/\[\^[^\]]{1,12}\]/u, '')
    const word = raw.replace(/[,.;:]$/, '')
    const particle = words.length > 0 && PARTICLES.has(word)
    if (!(NAME_WORD.test(word) || particle) || HONORIFICS.has(raw)) break
    // A name's last word may carry the sentence's punctuation; an initial keeps its full stop (`Lars G. Svensson`).
    const initial = /^\p{Lu}\.$/u.test(raw)
    words.push(initial ? raw : word)
    if (word !== raw && !initial) {
      closed = true
      listed = raw.endsWith(',')
      i++
      break
    }
  }
  // A particle ends no name: `stellten Anna Berg das Projekt vor` (`das` is a particle of Portuguese names).
  while (words.length > 1 && PARTICLES.has(words.at(-1)!)) {
    words.pop()
    i--
    closed = false
  }
  const printed = words.join(' ')
  const capitals = words.every((word) => CAPS_WORD.test(word) || PARTICLES.has(word))
  const name = capitals ? titleCaseName(printed) : printed
  if (words.length < 2 || !looksLikeName(name)) return null
  const parenthesised = closed ? '' : insideParentheses(tokens.slice(i, i + 12).join(' '))
  if (parenthesised === null) return null
  // Else the body named after an affiliation word (`Anna Berg aus dem NFDI-Direktorat`, `vom Institut X`).
  const inside = parenthesised || (closed ? '' : affiliationAt(tokens, i))
  const partners =
    depth >= MAX_PARTNERS
      ? []
      : closed
        ? listed
          ? listPartnersAt(tokens, i, depth)
          : []
        : partnersAt(tokens, parenthesised ? afterParentheses(tokens, i) : i, depth)
  return { label: [honorific, printed].filter(Boolean).join(' '), name, honorific, inside, partners }
}

/** The co-presenters a joiner at token `i` names (`und Tom Krause (Halle)`, `sowie Dr. Lena Hoffmann`), or none. */
function partnersAt(tokens: readonly string[], i: number, depth: number): Presenter[] {
  if (!JOINERS.has(tokens[i] ?? '')) return []
  const partner = presenterAt(tokens, i + 1, depth + 1)
  return partner ? [{ ...partner, partners: [] }, ...partner.partners] : []
}

/**
 * The co-presenters of a list after a comma (`Sophia Cook, Marco Emrich und Sandy Maguire`): each name of it when `und`
 * or `sowie` ends it, else none (`Anna Berg, Leiterin des Projekts`, `Anna Berg, Tom Krause`: no list of givers).
 */
function listPartnersAt(tokens: readonly string[], i: number, depth: number): Presenter[] {
  const next = presenterAt(tokens, i, depth + 1)
  return next && next.partners.length > 0 ? [{ ...next, partners: [] }, ...next.partners] : []
}

/** The token after the one that closes the parentheses opening at token `i`. */
function afterParentheses(tokens: readonly string[], i: number): number {
  let k = i
  while (k < tokens.length && k - i < 12 && !tokens[k]!.includes(')')) k++
  return k + 1
}

const LINKS = new Set(['aus', ...lexicon.affiliationWords])
const ARTICLES = new Set(['dem', 'der', 'den', 'des', ...lexicon.titleArticles])

/**
 * The capitalised words of a body after an affiliation word and its article at token `i` (`aus dem NFDI-Direktorat`),
 * with the connectors inside its name before a capitalised word (`vom Institut für Informatik`), or ''.
 */
function affiliationAt(tokens: readonly string[], i: number): string {
  if (i >= tokens.length || !LINKS.has(tokens[i]!)) return ''
  let k = ARTICLES.has(tokens[i + 1] ?? '') ? i + 2 : i + 1
  const body: string[] = []
  for (; k < tokens.length && body.length < MAX_BODY; k++) {
    const word = tokens[k]!.replace(/[,.;:]$/, '')
    const inner = body.length > 0 && BODY_CONNECTORS.has(word) && word === tokens[k] && /^\p{Lu}/u.test(tokens[k + 1] ?? '')
    if (!inner && !/^\p{Lu}/u.test(word)) break
    body.push(word)
    if (word !== tokens[k]) break
  }
  return body.join(' ')
}

/** Most words of a body's name after an affiliation word. */
const MAX_BODY = 6
/**
 * Connectors inside a body's name (`Institut für Informatik`): its title's, not `und`, nor a genitive's article
 * (`aus dem Vorstand des Arbeitskreises`: the board is the position, what it belongs to is not read).
 */
const BODY_CONNECTORS = new Set(
  lexicon.titleConnectors.filter((word) => !word.includes(' ') && !JOINERS.has(word) && !lexicon.positionBodyArticles.includes(word)),
)

/** What parentheses at the start of `rest` say (`(Universität Jena)` → `Universität Jena`), '' when none, null for a year. */
function insideParentheses(rest: string): string | null {
  if (!rest.startsWith('(')) return ''
  const close = rest.indexOf(')')
  if (close < 0 || close > MAX_INSIDE) return ''
  const inside = rest.slice(1, close).trim()
  // `Berg (2019) zeigte`: a citation, not who the person is.
  if (/^\d/.test(inside) || OPEN_QUOTE.test(inside)) return null
  return inside
}

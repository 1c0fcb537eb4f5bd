// Reporting sentences of minutes, as town councils and assemblies write them in every language: a paragraph
// that opens with a speaker named by a civility or an office and a reporting verb — `Monsieur le Maire
// expose que…`, `M. Bernard précise…`, `El Sr. Alcalde informa…`, `Frau Weber erklärt…`, `Schatzmeister
// Adrian Pauli berichtet…` — or with the verb first (`Seguidamente interviene la Sra. García…`, `Intervient
// M. Martin`, `Anschließend berichtet Herr Weber`), or in the passive (`Se explica por el Sr. Alcalde…`,
// `Por el Sr. Alcalde se explica…`). Only the label is read here (`Monsieur le Maire`); what it says is
// labels.ts's. Pure string functions over a paragraph's flat text: a token scanner, no pattern over the text.
import { alternation, lexicon, officeSpellings } from '../lexicon/index.js'
import { ORGANIZATION_WORDS, looksLikeName } from '../text/names.js'

const lower = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()))
const HONORIFICS = lower(lexicon.honorifics)
const ARTICLES = lower(lexicon.titleArticles)
const TITLES = officeSpellings(lexicon.titles)
const PARTICLES = new Set(lexicon.nameParticles)
const CLITICS = lower(lexicon.verbClitics)
const AGENTS = lower(lexicon.agentWords)
const OPENERS = lexicon.reportOpeners.map((phrase) => phrase.toLowerCase().split(' '))
// Every paragraph is tried: only the phrases and offices that start with its word are compared.
const OPENER_FIRSTS = new Set(OPENERS.map((phrase) => phrase[0]!))
const ABBREVIATED = new Set(lexicon.abbreviatedTitles.map((entry) => entry.split('|')[0]!.toLowerCase().replace(/\.$/, '')))
const TITLE_FIRSTS = new Set([...TITLES].map((title) => title.split(' ')[0]!))
const LONGEST_TITLE = Math.max(...[...TITLES].map((title) => title.split(' ').length))
// A capitalised word of a name, or one in capitals (`JEAU`), hyphenated or with an apostrophe.
// A letter an encoding lost may stand as `?` between lowercase ones (`L?wis`), as names.ts reads it.
const NAME_WORD = /^\p{Lu}(?:[\p{L}\p{M}'’-]|\?(?=\p{Ll})){0,30}$/u

/** Tokens a reporting sentence's opening is read from. */
const MAX_TOKENS = 24
/** Most words between a speaker's name and the verb: an apposition (`, Portavoz del Grupo Municipal PP,`). */
const MAX_APPOSITION = 10
/** Most words of a name with no civility or office before it. */
const MAX_BARE_NAME = 3
/** Most words of a name after the civility or office. */
const MAX_NAME = 5

/** The label of the speaker a reporting sentence opens with (`Monsieur le Maire`, `el Sr. Alcalde`), or null. */
export function reportedLabel(text: string, verbs: RegExp): string | null {
  const tokens = text.slice(0, 400).split(' ', MAX_TOKENS)
  let i = openerEnd(tokens)
  // The verb first, perhaps after a clitic (`Se explica por el Sr. …`, `interviene la Sra. …`).
  let verb = i
  while (verb < tokens.length && CLITICS.has(bare(tokens[verb]!))) verb++
  const after = verbEnd(tokens, verb, verbs, verb === 0)
  if (after !== null) {
    const start = after < tokens.length && AGENTS.has(bare(tokens[after]!)) ? after + 1 : after
    const speaker = speakerAt(tokens, start) ?? bareName(tokens, start)
    return speaker ? labelOf(tokens, start, speaker) : null
  }
  // The speaker first (`Por el Sr. Alcalde se explica`: the agent's preposition before it).
  if (i < tokens.length && AGENTS.has(bare(tokens[i]!))) i++
  const holder = nameAfterOffice(tokens, i, verbs)
  if (holder !== null) return holder
  const end = speakerAt(tokens, i)
  if (end === null) return i === 0 ? afterClause(tokens, verbs) : null
  if (i === 0 && tokens[end - 1]!.endsWith(',') && addressed(tokens, end, verbs)) return null
  // The office's domain is the label's (`Mme la Présidente de la commission des travaux répond`): not whoever presides.
  const domain = domainEnd(tokens, end, verbs)
  if (domain !== null) return labelOf(tokens, i, domain)
  return verbFollows(tokens, end, verbs) ? labelOf(tokens, i, end) : null
}

/** Adverbs between a speaker and the verb (`then`, `also`); not an auxiliary (`was thanked` is a passive). */
const ADVERBS = new Set(lexicon.verbAdverbs.filter((word) => !lexicon.finiteVerbs.includes(word)))

/** Offices of one word an apposition's holder may be named after (`The host, Wolfgang Walter, informed`). */
const OFFICE_WORDS = lower([...lexicon.roles, ...lexicon.positions].filter((word) => !word.includes(' ')))

/**
 * `The host, Wolfgang Walter, informed …`, `The chair, Anna Berg, noted …`: an office after its article, then its holder's
 * name set off by commas, then the reporting verb; the label is the name (officeBefore gives the office). Null for
 * anything else: a body (`The committee, WG5, agreed`), no name (`The chair, after discussion, agreed`), a passive.
 */
function nameAfterOffice(tokens: readonly string[], start: number, verbs: RegExp): string | null {
  if (!ARTICLES.has(bare(tokens[start] ?? '')) || !(tokens[start + 1] ?? '').endsWith(',')) return null
  const office = officeEnd(tokens, start + 1)
  if (office !== start + 2 && !OFFICE_WORDS.has(bare(tokens[start + 1]!))) return null
  const end = speakerAt(tokens, start + 2) ?? bareName(tokens, start + 2)
  if (end === null) return null
  let k = end
  while (k < tokens.length && (CLITICS.has(bare(tokens[k]!)) || ADVERBS.has(tokens[k]!))) k++
  return verbEnd(tokens, k, verbs) === null ? null : labelOf(tokens, start + 2, end)
}

/** The office a reporting sentence names its speaker after (`The host, Wolfgang Walter, informed`: `host`), or ''. */
export function officeBefore(text: string, label: string): string {
  const at = text.indexOf(`, ${label}`)
  if (at < 0 || at > MAX_OFFICE_CHARS) return ''
  const words = text.slice(0, at).split(' ')
  return words.length === 2 && ARTICLES.has(words[0]!.toLowerCase()) ? words[1]! : ''
}

/**
 * The office an apposition in prose names its holder after, ending at the comma of token `comma` (the name follows it):
 * `welcomed by the host, Wolfgang Walter`, `opened by the convener of WG5, John Reid`; '' for none.
 */
export function officeBeforeComma(tokens: readonly string[], comma: number): string {
  const at = CONNECTORS.has((tokens[comma - 1] ?? '').toLowerCase()) ? comma - 2 : comma
  if (at < 1 || !ARTICLES.has(tokens[at - 1]!.toLowerCase())) return ''
  const word = bare(tokens[at]!)
  return TITLES.has(word) || OFFICE_WORDS.has(word) ? word : ''
}

const ELECTED_AS = lower(lexicon.electedAsLinks)

/**
 * The office an election or a designation gives the person whose name ends before token `end`: `the election of … Dr.
 * Angela Merkel as President of COP-1`, `Raul Estrada-Oyuela was designated as Chair` (a passive's auxiliary and verb
 * before the link); '' for none: `Anna Berg as well as …`, `Anna Berg as a guest`.
 */
export function officeAfterName(tokens: readonly string[], end: number): string {
  let at = end
  if (PASSIVE.has(bare(tokens[at] ?? '')) && /^\p{Ll}+$/u.test(tokens[at + 1] ?? '')) at += 2
  if (!ELECTED_AS.has(tokens[at] ?? '')) return ''
  const next = ARTICLES.has(tokens[at + 1] ?? '') ? at + 2 : at + 1
  const word = bare(tokens[next] ?? '').replace(/[.)]$/u, '')
  return TITLES.has(word) || OFFICE_WORDS.has(word) ? word : ''
}

/** Most characters of an article and its office before a holder's name. */
const MAX_OFFICE_CHARS = 40

/** Most words of a clause that opens a reporting sentence before its speaker. */
const MAX_CLAUSE = 20

/**
 * The speaker after a clause that opens the sentence, set off by its comma: `Après avoir entendu l’exposé de
 * M. Jeau, Monsieur le Maire propose…`, `L’ordre du jour étant épuisé, le président déclare close la séance`.
 * The speaker has a civility or an office, and the verb follows at once (or after clitics).
 */
function afterClause(tokens: readonly string[], verbs: RegExp): string | null {
  let comma = -1
  for (let k = 0; k < Math.min(tokens.length, MAX_CLAUSE) && comma < 0; k++) {
    // A sentence ends before any comma (a civility's full stop aside: `de M. Roux,`).
    if (/[.!?;:]$/.test(tokens[k]!) && !HONORIFICS.has(tokens[k]!.toLowerCase())) return null
    if (tokens[k]!.endsWith(',')) comma = k
  }
  if (comma < 1) return null
  const end = speakerAt(tokens, comma + 1)
  if (end === null || tokens[end - 1]!.endsWith(',')) return null
  let k = end
  while (k < tokens.length && CLITICS.has(bare(tokens[k]!))) k++
  return verbEnd(tokens, k, verbs) === null ? null : labelOf(tokens, comma + 1, end)
}

/**
 * A person addressed rather than reported (`Mr. Chair, thank you`, `Monsieur le Président, je vous remercie`): the
 * verb straight after the comma, or a lowercase word that is no office there and no comma before the verb closes it
 * as an apposition (`M. Leroy, adjoint aux travaux, précise`, `Monsieur le Maire, après discussion, propose`).
 */
function addressed(tokens: readonly string[], end: number, verbs: RegExp): boolean {
  if (verbEnd(tokens, end, verbs) !== null) return true
  const next = tokens[end] ?? ''
  if (!/^\p{Ll}/u.test(next) || TITLES.has(bare(next))) return false
  for (let k = end; k < tokens.length && k < end + MAX_APPOSITION; k++) {
    if (tokens[k]!.endsWith(',')) return false
    if (k > end && verbEnd(tokens, k, verbs) !== null) return true
  }
  return false
}

const CONNECTORS = lower(lexicon.titleConnectors.filter((word) => !word.includes(' ')))
/** Most words of an office's domain (`de la commission des travaux`). */
const MAX_DOMAIN = 6

/** After an office, where its domain ends before the reporting verb (`… de la commission des finances expose`), or null. */
function domainEnd(tokens: readonly string[], end: number, verbs: RegExp): number | null {
  if (!CONNECTORS.has(bare(tokens[end] ?? '')) || !TITLES.has(bare(tokens[end - 1]!).replace(ELIDED, ''))) return null
  for (let j = end + 1; j < tokens.length && j <= end + MAX_DOMAIN; j++) {
    let k = j
    while (k < tokens.length && CLITICS.has(bare(tokens[k]!))) k++
    if (j > end + 1 && verbEnd(tokens, k, verbs) !== null) return j
    if (/[.!?,;:]$/.test(tokens[j]!)) return null
  }
  return null
}

/** A token as compared with the lexicons: lowercase, without the comma or colon after it. */
function bare(token: string): string {
  return token.replace(/[,;:]$/, '').toLowerCase()
}

/** Where the longest opener phrase at the start ends (0 when none opens the text). */
function openerEnd(tokens: readonly string[]): number {
  let best = 0
  if (tokens.length === 0 || !OPENER_FIRSTS.has(bare(tokens[0]!))) return best
  for (const phrase of OPENERS) {
    if (phrase.length <= best || phrase.length > tokens.length) continue
    if (phrase.every((word, k) => bare(tokens[k]!) === word)) best = phrase.length
  }
  return best
}

/** Where a reporting verb that starts at token `i` ends (the tokens it takes), or null. */
function verbEnd(tokens: readonly string[], i: number, verbs: RegExp, opening = false): number | null {
  const first = tokens[i]
  // Only the sentence's first word is capitalised (`Intervient M. Martin`).
  if (first === undefined || !(opening || /^\p{Ll}/u.test(first))) return null
  const rest = tokens.slice(i, i + 4).join(' ')
  const match = verbs.exec(rest)
  if (!match) return null
  const words = match[0].split(' ')
  const end = i + words.length
  if (isPassive(words)) return null
  // A word before a colon is a label's (`Present: Anna Berg`), not a verb's; a verb inflected for its speaker is one
  // (`LB argues: All of it`, `Anna Berg said: …`).
  if (/[:：]$/.test(tokens[end - 1]!) && !INFLECTED_BEFORE_COLON.test(tokens[end - 1]!)) return null
  // The verb's last word runs to the next space: `indiqu` covers `indique`, `informa` covers `informa,`.
  return end
}

const INFLECTED_BEFORE_COLON = /(?:\p{Ll}(?:s|ed)|said)[:：]$/u

const PASSIVE = lower(lexicon.passiveAuxiliaries)

/** `was added` (`Karin Holm was added to the PMC`): a reporting verb made passive (not `is asking`) reports no words. */
function isPassive(words: readonly string[]): boolean {
  const at = words.findIndex((word) => PASSIVE.has(word.toLowerCase()))
  return at >= 0 && at + 1 < words.length && !/ing\W*$/iu.test(words[at + 1]!)
}

/**
 * Where a speaker named by a civility or an office ends, from token `i`: an article, civilities (`Sra Dª`),
 * an article (`Monsieur le Maire`), an office, then a name of capitalised words. A civility needs an office
 * or a name after it; an office without a civility needs a name (`Schatzmeister Adrian Pauli`) or its article (`Le Maire`).
 */
function speakerAt(tokens: readonly string[], start: number): number | null {
  let i = start
  const article = i < tokens.length && ARTICLES.has(bare(tokens[i]!))
  if (article) i++
  // `L’adjoint aux travaux indique…`: the article elided into the office.
  const elided = !article && i < tokens.length && ELIDED.test(bare(tokens[i]!))
  let civilities = 0
  while (i < tokens.length && HONORIFICS.has(tokens[i]!.replace(/,$/, '').toLowerCase()) && !tokens[i]!.endsWith(',')) {
    i++
    civilities++
  }
  if (civilities > 0 && i < tokens.length && ARTICLES.has(bare(tokens[i]!))) i++
  const office = officeEnd(tokens, i)
  const hasOffice = office > i
  i = office
  if (hasOffice && tokens[i - 1]!.endsWith(',')) return civilities > 0 ? i : null
  // German puts the office before the civility: `Bürgermeister Dr. Keller`, `Schatzmeisterin Frau Berg`.
  while (hasOffice && civilities === 0 && i < tokens.length && HONORIFICS.has(tokens[i]!.toLowerCase())) i++
  let names = 0
  while (i < tokens.length && names < MAX_NAME) {
    const token = tokens[i]!
    const word = token.replace(/,$/, '')
    // A possessive makes the sentence about a thing of theirs (`The Secretary General's report`): no speaker.
    if (/['’]s$/u.test(word)) return null
    const named = NAME_WORD.test(word) && !HONORIFICS.has(word.toLowerCase())
    // A name stops at an office after it (`Monsieur JEAU Michel Président de l’USYP`); a particle may open it (`M. von Löwis`).
    const particle = PARTICLES.has(word) && (names > 0 || NAME_WORD.test(tokens[i + 1] ?? ''))
    if (!(named || particle) || (names > 0 && officeEnd(tokens, i) > i)) break
    i++
    names++
    if (token.endsWith(',')) break
  }
  while (names > 0 && PARTICLES.has(bare(tokens[i - 1]!))) {
    i--
    names--
  }
  // An office after its article names its holder (`Le Maire propose…`, `El Alcalde manifiesta…`, `Die Vorsitzende erklärt…`).
  if (civilities === 0 && !(hasOffice && (names > 0 || article || elided))) return null
  if (!hasOffice && names === 0) return null
  return i
}

/** After a reporting verb, a name of two or three capitalised words alone (`Interviene Damián Ortega para…`). */
function bareName(tokens: readonly string[], start: number): number | null {
  let i = start
  const named = (token: string) => NAME_WORD.test(token.replace(/,$/, '')) && !HONORIFICS.has(bare(token))
  while (i < tokens.length && i - start < MAX_BARE_NAME + 1 && named(tokens[i]!)) {
    i++
    if (tokens[i - 1]!.endsWith(',')) break
  }
  const words = i - start
  return words >= 2 && words <= MAX_BARE_NAME && looksLikeName(labelOf(tokens, start, i)) ? i : null
}

/**
 * The given name a paragraph opens with, before a reporting verb (`Carmen repasa…`, `Carlos explica…`): one
 * capitalised word that opens no sentence. Whom it names is the document's to say (a full name it prints).
 */
export function givenNameOpening(text: string, verbs: RegExp): string | null {
  // Every paragraph is asked: one that opens with no capital is refused before it is split.
  if (!CAPITAL_FIRST.test(text)) return null
  const tokens = text.slice(0, 200).split(' ', 6)
  const word = tokens[0]!
  if (tokens.length < 3 || !NAME_WORD.test(word) || OPENERS_WORDS.has(word) || HONORIFICS.has(word.toLowerCase())) return null
  if (TITLES.has(word.toLowerCase()) || /^\p{Lu}{2}/u.test(word)) return null
  return verbEnd(tokens, afterClitics(tokens, 1), verbs) === null ? null : word
}

/** Most object pronouns between a subject and its verb (`Monique nous fait remarquer`, `Yves lui répond`). */
const MAX_CLITICS = 2

/** The token after the object pronouns at i, as French and Spanish put them before the verb (`Marie nous explique`). */
function afterClitics(tokens: readonly string[], i: number): number {
  let k = i
  while (k - i < MAX_CLITICS && k < tokens.length - 1 && CLITICS.has(bare(tokens[k]!))) k++
  return k
}

const OPENERS_WORDS = new Set(lexicon.sentenceOpeners)

/** A handle a record may name people by (`ferringb`, `lu_zero`): a lowercase letter, then letters, figures, `_` or `-`. */
const HANDLE = /^\p{Ll}[\p{Ll}\p{N}_-]{2,19}$/u
const NOT_HANDLES = lower([...lexicon.anonymousSubjects, ...lexicon.smallWords, ...lexicon.sentenceOpeners, ...lexicon.pronouns])

/**
 * The handle a paragraph opens with before a reporting verb (`ferringb said: …`, `antarus requested that we vote …`): a
 * sentence opens with a capital, so a word in lowercase there is a name written as its owner writes it (a developer's
 * handle), unless it is a subject that names nobody (`we agreed`, `everyone said`).
 */
export function handleOpening(text: string, verbs: RegExp): string | null {
  if (CAPITAL_FIRST.test(text)) return null
  const tokens = text.slice(0, 200).split(' ', 6)
  const word = tokens[0]!.replace(/[,:]$/u, '')
  if (tokens.length < 2 || word !== tokens[0] || !HANDLE.test(word) || NOT_HANDLES.has(word)) return null
  return verbEnd(tokens, 1, verbs) === null ? null : word
}

const CAPITAL_FIRST = /^\p{Lu}/u
const INITIALS_FIRST = /^\p{Lu}{2,4}(?: |$)/u

/**
 * The given name after a clause that opens the sentence, set off by its comma, before a reporting verb
 * (`Pour l’école, les élèves allant en 6ème, Yves propose que…`): as givenNameOpening, the name is one
 * capitalised word, and whom it names is the document's to say.
 */
export function givenNameAfterClause(text: string, verbs: RegExp): string | null {
  // Every paragraph is asked: one with no comma near its start has no such clause, and is not split.
  const head = text.slice(0, 400)
  if (!head.includes(',')) return null
  const tokens = head.split(/\s+/u, MAX_CLAUSE + 4)
  for (let k = 0; k < Math.min(tokens.length, MAX_CLAUSE); k++) {
    // The clause ends at its comma; a sentence's end before any comma says there is no such clause.
    if (/[.!?;:]$/.test(tokens[k]!)) return null
    if (tokens[k]!.endsWith(',') && isGivenName(tokens[k + 1]) && verbEnd(tokens, afterClitics(tokens, k + 2), verbs) !== null)
      return tokens[k + 1]!
  }
  return null
}

/**
 * Two given names joined by `und` as the subject before a reporting verb (`Bruno und José zeigten, wie …`), or after
 * a talk's verb in verb-second order (`Durch ihre Geschichte zeigten Gabriela und Christoph …`): whom they name is the
 * document's to say.
 */
export function jointGivenNames(text: string, verbs: RegExp): [string, string] | null {
  // Every paragraph is asked: one with no joiner near its start names no two people so.
  const head = text.slice(0, 300)
  if (!CAPITAL_FIRST.test(head) || !JOINED_WORD.test(head)) return null
  const tokens = head.split(' ', MAX_CLAUSE + 4)
  const pair = (k: number) => {
    const [a, joiner, b] = [tokens[k], tokens[k + 1], tokens[k + 2]?.replace(/,$/u, '')]
    return isGivenName(a) && JOINED.has(joiner ?? '') && isGivenName(b) ? ([a!, b!] as [string, string]) : null
  }
  const subject = pair(0)
  if (subject) return verbEnd(tokens, 3, verbs) === null ? null : subject
  for (let k = 1; k < Math.min(tokens.length - 3, MAX_CLAUSE); k++) {
    if (/[.!?;:,]$/.test(tokens[k - 1]!)) return null
    if (TALK_VERBS.has(tokens[k]!)) return pair(k + 1)
  }
  return null
}

const JOINED = lower(lexicon.listJoiners)
const JOINED_WORD = new RegExp(` (?:${alternation(lexicon.listJoiners)}) `, 'iu')
const TALK_VERBS = new Set(lexicon.talkVerbs)

/** One capitalised word that can be a given name: no sentence opener, civility, office or word in capitals. */
function isGivenName(word: string | undefined): boolean {
  if (word === undefined || !NAME_WORD.test(word) || OPENERS_WORDS.has(word) || HONORIFICS.has(word.toLowerCase())) return false
  return !TITLES.has(word.toLowerCase()) && !/^\p{Lu}{2}/u.test(word)
}

/**
 * The record after the run-in title an item's first paragraph opens with, as minutes typed without line breaks run an
 * item's number and title into its text (`5.4 Police Report. PK advised …`, `3. Use of social media. LH asked …`); an
 * unnumbered title only when short and in title case (`Closure. The Vice-Chairman thanked …`, `Open Forum. …`). Null when
 * the paragraph opens with none: a title holds no finite verb (`1. The budget was agreed. Anna said …` is a sentence).
 */
export function afterRunInTitle(text: string): string | null {
  const code = text.charCodeAt(0)
  if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90))) return null
  const match = RUN_IN_TITLE.exec(text.slice(0, MAX_TITLE_CHARS))
  if (!match) return null
  const words = match[2]!.split(' ')
  if (words.some((word) => FINITE.has(word.toLowerCase()))) return null
  const numbered = match[1] !== undefined
  // An item's title closed by a colon (`4(f) Organization of work: The President noted …`) only after its number.
  if (!numbered && match[0].endsWith(': ')) return null
  if (numbered ? words.length > MAX_NUMBERED_TITLE : words.length > MAX_TITLE || words.some((word) => /^\p{Ll}{4}/u.test(word))) return null
  return text.slice(match[0].length)
}

/** An item's number (`5.4`, `3.`) and a title up to its full stop, before the next sentence's capital. */
const RUN_IN_TITLE = /^(\d{1,2}(?:\.\d{1,2}){0,3}(?:\([a-z]\))?\.? )?(\p{Lu}[^.!?:;\n]{1,80})[.:] (?=\p{Lu})/u
const MAX_TITLE_CHARS = 120
/** Most words of a numbered run-in title, and of one without a number. */
const MAX_NUMBERED_TITLE = 12
const MAX_TITLE = 4
const FINITE = new Set(lexicon.finiteVerbs)

/** Initials a paragraph opens with, before a reporting verb (`JP répond…`, `AB explains…`); whom they name is the list's to say. */
export function initialsOpening(text: string, verbs: RegExp): string | null {
  // Every paragraph is asked: one that opens with no word of capitals alone is refused before it is split.
  if (!INITIALS_FIRST.test(text)) return null
  const tokens = text.slice(0, 200).split(' ', 6)
  if (tokens.length < 3 || !/^\p{Lu}{2,4}$/u.test(tokens[0]!)) return null
  return verbEnd(tokens, 1, verbs) === null ? null : tokens[0]!
}

/** Where an office of the lexicon's (one to a few words, `Alcalde Presidente`) that starts at `i` ends, or `i`. */
function officeEnd(tokens: readonly string[], i: number): number {
  // `Vzbgm. Kroiß dankt …`: an office's abbreviation before a name (the lexicon's abbreviatedTitles).
  // A name follows (`Der Stadtrat stimmt zu` is the council).
  const named = i + 1 < tokens.length && NAME_WORD.test(tokens[i + 1]!.replace(/[,.]$/, ''))
  if (named && ABBREVIATED.has(bare(tokens[i]!).replace(/\.$/, ''))) return i + 1
  // French elides the article into the office (`Mme l’adjointe aux finances`): the office is the word after it.
  const first = i < tokens.length ? bare(tokens[i]!).replace(ELIDED, '') : ''
  if (!TITLE_FIRSTS.has(first)) return i
  for (let k = Math.min(LONGEST_TITLE, tokens.length - i); k >= 1; k--) {
    const words = tokens.slice(i, i + k)
    if (!/^\p{Lu}/u.test(words[0]!) && k === 1 && !TITLES.has(first)) continue
    if (words.slice(0, -1).some((word) => word.endsWith(','))) continue
    if (TITLES.has([first, ...words.slice(1).map(bare)].join(' '))) return i + k
  }
  return i
}

/** An article elided before a word (`l’`, `l'`), as the lexicons list it. */
const ELIDED = new RegExp(`^(?:${[...ARTICLES].filter((article) => /['’]$/u.test(article)).join('|') || '(?!)'})(?=\\p{L})`, 'u')

/**
 * Whether a reporting verb follows the speaker: at once, after clitics (`lui répond`, `se explica`), or
 * after an apposition (`, Portavoz del Grupo Municipal PP, indica`; `Président de l’USYP remercie`).
 */
function verbFollows(tokens: readonly string[], end: number, verbs: RegExp): boolean {
  let i = end
  const limit = Math.min(tokens.length, end + MAX_APPOSITION)
  // Inside an office set off by commas (`, adjoint aux travaux,`): its words are lowercase.
  let office = false
  // After a link word (`Anna Berg from the Nordic Institute said`) the body's words may be lowercase.
  let body = false
  for (; i < limit; i++) {
    let k = i
    while (k < tokens.length && CLITICS.has(bare(tokens[k]!))) k++
    if (!office && verbEnd(tokens, k, verbs) !== null) return true
    const token = tokens[i]!
    office ||= TITLES.has(bare(token)) && (tokens[i - 1] ?? '').endsWith(',')
    // An apposition is capitalised words, particles and short function words; a sentence's end stops it.
    if (/[.!?]$/.test(token) && !HONORIFICS.has(token.toLowerCase())) return false
    body ||= i === end && LINKS.has(token.toLowerCase())
    // An adverb right before the verb (`M. von Löwis also expressed concern`, `S. Deibel then reported`).
    const adverb = ADVERBS.has(token.toLowerCase()) && verbEnd(tokens, i + 1, verbs) !== null
    const word = office || body || adverb || /^(?:\p{Lu}|\p{Ll}{1,3}$|\p{Ll}['’]\p{Lu}|\p{Ll}{1,3},$)/u.test(token)
    if (!word && !CLITICS.has(bare(token))) return false
    if (token.endsWith(',')) office = false
  }
  return false
}

/** The label as printed, from its first token to its end, without a trailing comma. */
function labelOf(tokens: readonly string[], start: number, end: number): string {
  return tokens.slice(start, end).join(' ').replace(/,$/, '')
}

const LINKS = lower(lexicon.affiliationWords.filter((word) => !word.includes(' ')))
/** Positions of one word an apposition may open with, as offices do (`Prof. Dr. Anna Berg, Direktorin des Instituts …,`). */
const POSITION_WORDS = lower(lexicon.positions.filter((word) => !word.includes(' ')))
/** Longest apposition read after a reported speaker's name, in characters. */
const MAX_APPOSITION_CHARS = 120

/**
 * The office and body an apposition after a reported speaker gives, between commas: `…Tejada, Portavoz del
 * Grupo Municipal PP, pregunta` is Portavoz of the Grupo Municipal PP; `M. Leroy, adjoint aux travaux, précise`
 * the office `adjoint aux travaux`. The apposition opens with an office; what follows its link word is the
 * organisation when it names a body (a group, a council), else part of the office.
 */
export function appositionOf(text: string, label: string): { position: string; organization: string } | null {
  const at = text.indexOf(label)
  const rest = at < 0 ? '' : text.slice(at + label.length, at + label.length + MAX_APPOSITION_CHARS)
  const end = rest.indexOf(',', 2)
  if (!rest.startsWith(', ') || end < 0) return null
  const words = rest.slice(2, end).trim().split(' ')
  if (!TITLES.has(words[0]!.toLowerCase()) && !POSITION_WORDS.has(words[0]!.toLowerCase())) return null
  const link = words.findIndex((word, i) => i > 0 && LINKS.has(word.toLowerCase()))
  const body = link < 0 ? [] : words.slice(ARTICLES.has(words[link + 1]?.toLowerCase() ?? '') ? link + 2 : link + 1)
  const organization = body.join(' ')
  // A body named by its kind alone (`portavoz del grupo`) stays part of the office.
  if (body.length < 2 || !ORGANIZATION_WORDS.test(organization)) return { position: words.join(' '), organization: '' }
  return { position: words.slice(0, link).join(' '), organization }
}

/** Most characters inside the parentheses after a reported speaker's label. */
const MAX_PARENTHESIS = 80

/**
 * What parentheses straight after a reported speaker's label say, as their body (`Anschließend referierte Dr. Eva
 * Schulz (Universität Bonn) über …`, `M. Petit (groupe majoritaire) demande`); '' for none, a year or a quote.
 */
export function parenthesisAfter(text: string, label: string): string {
  const at = text.indexOf(label)
  const rest = at < 0 ? '' : text.slice(at + label.length, at + label.length + MAX_PARENTHESIS + 3)
  const close = rest.indexOf(')')
  if (!rest.startsWith(' (') || close < 0) return ''
  const inside = rest.slice(2, close).trim()
  return /^[\d„“"«]/u.test(inside) || inside.includes('(') ? '' : inside
}

const PRESENTED_BY = lexicon.presentedByPhrases.map((phrase) => phrase.toLowerCase())
/** Most words of a presenter's name after the phrase. */
const MAX_PRESENTER_WORDS = 4

/**
 * The name a line's closing phrase gives as the presenter of what follows (`Rappel info reçue par mail :
 * Présentation par Yves`): capitalised words that end the line; whom they name is the document's to say.
 */
export function presentedByName(line: string): { name: string; label: string } | null {
  const text = line.slice(0, 300).trimEnd().replace(/[.:]$/u, '')
  const lower = text.toLowerCase()
  for (const phrase of PRESENTED_BY) {
    const at = lower.lastIndexOf(`${phrase} `)
    if (at < 0 || (at > 0 && !/[\s:–—-]/u.test(text[at - 1]!))) continue
    const words = text.slice(at + phrase.length + 1).split(' ')
    if (words.length > MAX_PRESENTER_WORDS || !words.every((word) => NAME_WORD.test(word))) continue
    return { name: words.join(' '), label: text.slice(at) }
  }
  return null
}

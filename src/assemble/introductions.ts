// Who a speaker is, as the record says it away from their turns: an apposition after their full name (`joining me
// today are Satya Nadella, chairman and chief executive officer, Amy Hood, chief financial officer`), or the office
// others name them by before their surname (`Chair Buzek, I don't see any hands raised`). A transcript's labels give
// names only; the office is said once, in the operator's or the chair's words, and holds for every turn of theirs.
import { alternation, lexicon } from '../lexicon/index.js'
import type { Speaker } from '../schema/report.js'
import { collapseSpace } from '../text/normalize.js'

/** One-word offices an apposition must hold one of (`officer`, `director`, `chairman`). */
const POSITION_WORDS = new Set(
  lexicon.positions
    .concat(lexicon.titles)
    .filter((word) => !word.includes(' '))
    .map((word) => word.toLowerCase()),
)
const DETERMINERS = new Set(lexicon.appositionDeterminers)
// An apposition is a noun phrase: a clause (`who is …`, `has said`) or a pronoun (`Anna Berg, she …`) is none.
const CLAUSE_WORDS = new Set([...lexicon.relativePronouns, ...lexicon.finiteVerbs, ...lexicon.pronouns])
/** Most words of an apposition's office; a longer run is a sentence. */
const MAX_OFFICE_WORDS = 8
/** Where an apposition ends: the next comma, stop, colon, bracket or quote. */
const OFFICE_END = /[,;.:!?()[\]"“”«»]/u
/** A word of an office: letters (`acting`, `Chief`), an ordinal (`2nd`), `&`. */
const OFFICE_WORD = /^(?:[\p{L}\p{M}][\p{L}\p{M}'’-]*|\d{1,2}(?:st|nd|rd|th)|&)$/u

/** The office an apposition after a full name gives (`, our Chief Operations Officer,`), or '' for none. */
export function appositionOffice(rest: string): string {
  if (!rest.startsWith(', ')) return ''
  const end = rest.slice(2).search(OFFICE_END)
  const words = rest
    .slice(2, end < 0 ? undefined : end + 2)
    .trim()
    .split(' ')
  if (DETERMINERS.has(words[0]!.toLowerCase())) words.shift()
  if (words.length === 0 || words.length > MAX_OFFICE_WORDS || !words.every((word) => OFFICE_WORD.test(word))) return ''
  if (words.some((word) => CLAUSE_WORDS.has(word.toLowerCase()))) return ''
  return words.some((word) => POSITION_WORDS.has(word.toLowerCase())) ? words.join(' ') : ''
}

/** Characters after a name an apposition is read in. */
const APPOSITION_REACH = 120

/**
 * The texts (spaces collapsed, in order) where one of `names` (lowercase) may stand right before `after`: compared in
 * lowercase, which finds what the names' case-insensitive pattern finds where every character is ASCII or a Latin-1
 * letter; a text or name with another character is kept for the pattern to read. Most reports have no such text, and
 * their names' pattern, new for each report, is never compiled.
 */
function textsNaming(texts: Iterable<string>, names: ReadonlyMap<string, string>, after: string): string[] {
  if (names.size === 0) return []
  const keys = [...names.keys()]
  const plainNames = keys.every((name) => LATIN_1.test(name))
  const lengths = [...new Set(keys.map((name) => name.length))]
  const naming: string[] = []
  for (const raw of texts) {
    if (!raw.includes(after)) continue
    const text = collapseSpace(raw)
    if (!plainNames || !LATIN_1.test(text) || namesBefore(text.toLowerCase(), after, names, lengths)) naming.push(text)
  }
  return naming
}

/** Whether a name (of one of `lengths`) ends where `after` starts in a lowercase text. */
function namesBefore(lower: string, after: string, names: ReadonlyMap<string, string>, lengths: readonly number[]): boolean {
  for (let at = lower.indexOf(after); at >= 0; at = lower.indexOf(after, at + 1)) {
    if (lengths.some((length) => length <= at && names.has(lower.slice(at - length, at)))) return true
  }
  return false
}

/** Text whose characters a case-insensitive pattern compares as their lowercase does: ASCII and Latin-1's letters. */
const LATIN_1 = /^[^\u0080-\u00bf\u0100-\u{10ffff}]*$/u

/** The people named in full (two words or more) whose turns give no office: person id by name, lowercase (`Doug Macleod`
 * from a label in capitals is the record's `Doug MacLeod`). */
function unplaced(speakers: readonly Speaker[]): Map<string, string> {
  const placed = new Set(speakers.filter((speaker) => speaker.position).map((speaker) => speaker.person_id))
  const names = new Map<string, string>()
  for (const speaker of speakers) {
    if (!placed.has(speaker.person_id) && speaker.name.includes(' ')) names.set(speaker.name.toLowerCase(), speaker.person_id)
  }
  return names
}

/**
 * Each person whose turns give no office takes the one an apposition after their full name gives, the first the
 * record prints (`Michael Ford, our Chief Operations Officer, Doug MacLeod, our Chief Financial Officer`); every
 * block is read once, for the names the pattern of all of them finds.
 */
export function appositionPositions(speakers: readonly Speaker[], texts: Iterable<string>): void {
  const names = unplaced(speakers)
  const naming = textsNaming(texts, names, ', ')
  if (naming.length === 0) return
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation([...names.keys()])})(?=, )`, 'giu')
  const offices = new Map<string, string>()
  for (const text of naming) {
    for (const found of text.matchAll(pattern)) {
      const person = names.get(found[0].toLowerCase())!
      if (offices.has(person)) continue
      const office = appositionOffice(text.slice(found.index + found[0].length, found.index + found[0].length + APPOSITION_REACH))
      if (office) offices.set(person, office)
    }
  }
  for (const speaker of speakers) speaker.position ||= offices.get(speaker.person_id) ?? ''
}

/** A sole office before a capitalised word (`Chair Buzek`, `chairman Simmons`), its first letter in either case. */
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{M}])(${alternation(lexicon.soleOffices.map((office) => `${office[0]!.toUpperCase()}${office.slice(1)}`))}|` +
    `${alternation(lexicon.soleOffices)}) (\\p{Lu}[\\p{L}\\p{M}'’-]+)`,
  'gu',
)
/** The word before an office that makes it part of a longer one (`Vice Chair`, `2nd Vice Chair`, `Deputy Mayor`). */
const LONGER_OFFICE = /(?:^|\s)[\p{Lu}\d]\S*[^\s.!?:;,]\s$/u

/**
 * Each person whose turns give no office, named by a sole office before their family name (`Chair Buzek`, `Chairman
 * Simmons`), holds that office: the one named so most often. A family name two people share names neither; an office
 * that a capitalised word or an ordinal before it makes longer (`2nd Vice Chair Deadwyler`) is not the one read.
 */
export function addressedPositions(speakers: readonly Speaker[], texts: Iterable<string>): void {
  const byFamily = familiesOf(speakers)
  if (byFamily.size === 0) return
  const counts = new Map<string, Map<string, number>>()
  const families = [...byFamily.keys()]
  for (const text of texts) {
    if (!mayHold(text, families)) continue
    for (const found of text.matchAll(ADDRESS)) {
      const person = byFamily.get(found[2]!.toLowerCase())
      if (!person || LONGER_OFFICE.test(text.slice(Math.max(0, found.index - 20), found.index))) continue
      const office = `${found[1]![0]!.toUpperCase()}${found[1]!.slice(1)}`
      const tally = counts.get(person) ?? new Map<string, number>()
      tally.set(office, (tally.get(office) ?? 0) + 1)
      counts.set(person, tally)
    }
  }
  const offices = new Map([...counts].map(([person, tally]) => [person, [...tally].sort((a, b) => b[1] - a[1])[0]![0]]))
  for (const speaker of speakers) speaker.position ||= offices.get(speaker.person_id) ?? ''
}

/**
 * Whether a text may hold one of `words` (lowercase, as a family name is looked up): where it is ASCII and Latin-1's
 * letters, its lowercase holds the word, as every part of it lowercased alone would; any other text may.
 */
function mayHold(text: string, words: readonly string[]): boolean {
  if (!LATIN_1.test(text)) return true
  const lower = text.toLowerCase()
  return words.some((word) => lower.includes(word))
}

/** The people named in full whose turns give no office, by family name, lowercase; a name two people share, none. */
function familiesOf(speakers: readonly Speaker[]): Map<string, string> {
  const byFamily = new Map<string, string | null>()
  for (const [name, person] of unplaced(speakers)) {
    const family = name.split(' ').at(-1)!.toLowerCase()
    const known = byFamily.get(family)
    byFamily.set(family, known === undefined || known === person ? person : null)
  }
  return new Map([...byFamily].filter((entry): entry is [string, string] => entry[1] !== null))
}

/** Most words of an institution in parentheses after a name. */
const MAX_INSTITUTION_WORDS = 6
/** An institution's words: capitalised or an acronym first (`UTRC`, `Imbus AG`, `Rust Foundation`), no figure. */
const INSTITUTION = /^\p{Lu}[\p{L}\p{M}&'’.\- ]*$/u

/** The institution parentheses after a full name give (` (UTRC)`), or '' for none, the name's initials, an office. */
export function parenthesisInstitution(rest: string, name: string): string {
  if (!rest.startsWith(' (')) return ''
  const close = rest.indexOf(')')
  const inside = close < 0 ? '' : rest.slice(2, close).trim()
  if (!INSTITUTION.test(inside) || inside.split(' ').length > MAX_INSTITUTION_WORDS) return ''
  if (inside.split(' ').some((word) => POSITION_WORDS.has(word.toLowerCase()) || CLAUSE_WORDS.has(word.toLowerCase()))) return ''
  return isInitialsOf(inside, name) ? '' : inside
}

/** Whether capitals are a name's initials in order, stops or none (`SDW`, `D.R.` after `Steve DeWitt`, `Dirk Rohr`). */
function isInitialsOf(text: string, name: string): boolean {
  const letters = text.replace(/\./g, '')
  if (!/^\p{Lu}{2,5}$/u.test(letters)) return false
  const capitals = name.replace(/\P{Lu}/gu, '')
  let at = 0
  for (const letter of letters) {
    at = capitals.indexOf(letter, at) + 1
    if (at === 0) return false
  }
  return capitals.startsWith(letters[0]!)
}

/**
 * Each person whose turns give no institution takes the one parentheses after their full name give, the first the
 * record prints (`Submitted by Bob Bush (UTRC)`, `Brad Bolliger (EY) asked …`): the name's initials, an office, a
 * year or a sentence in them give none.
 */
export function parenthesisOrganizations(speakers: readonly Speaker[], texts: Iterable<string>): void {
  const placed = new Set(speakers.filter((speaker) => speaker.organization).map((speaker) => speaker.person_id))
  const names = new Map<string, string>()
  for (const speaker of speakers) {
    if (!placed.has(speaker.person_id) && speaker.name.includes(' ')) names.set(speaker.name.toLowerCase(), speaker.person_id)
  }
  const naming = textsNaming(texts, names, ' (')
  if (naming.length === 0) return
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation([...names.keys()])})(?= \\()`, 'giu')
  const institutions = new Map<string, string>()
  for (const text of naming) {
    for (const found of text.matchAll(pattern)) {
      const person = names.get(found[0].toLowerCase())!
      const end = found.index + found[0].length
      const institution = institutions.has(person) ? '' : parenthesisInstitution(text.slice(end, end + APPOSITION_REACH), found[0])
      if (institution) institutions.set(person, institution)
    }
  }
  for (const speaker of speakers) speaker.organization ||= institutions.get(speaker.person_id) ?? ''
}

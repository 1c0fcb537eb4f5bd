// One person per human however the record labels them: minutes and notes call the same speaker `Lena Lindqvist`,
// `Lena`, `LINDQVIST`, `Ms. Lindqvist`, `L. Lindqvist`, `LenaL` or `LLindqvist`. A short form is read as the one fuller
// name the record gives a speaker (or a participants list) that it can stand for; when two could (`Paul` with Paul
// Wouters and Paul Hoffman speaking), it stays as printed: two people who share a first name are never merged.
import type { Speaker } from '../schema/report.js'
import { slug } from '../text/normalize.js'
import { splitName } from '../text/names.js'

/** A fuller name a short form may stand for: its words, accents and case aside, and its given and family names. */
interface FullName {
  name: string
  given_name: string
  family_name: string
  words: string[]
}

const INITIAL = /^\p{Lu}\.$/u
/** A given name glued to the family name's initial (`PaulW`), or an initial glued to the family name (`EHolk`). */
const GIVEN_INITIAL = /^(\p{Lu}\p{Ll}+)(\p{Lu})$/u
const INITIAL_FAMILY = /^(\p{Lu})(\p{Lu}\p{Ll}+)$/u
/** Initials alone, with points (`D.R.`, `J. A.`). */
const INITIALS = /^(\p{Lu})\.\s?(\p{Lu})\.$/u
/** A one-word name: capitalised, or in capitals. */
const ONE_WORD = /^\p{Lu}[\p{L}'’-]+$/u
/** The fewest letters a shortened given name keeps (`Tiru` for Tirumaleswar). */
const SHORTEST_PREFIX = 3

/**
 * Gives each speaker whose name is a short form (see the file's comment) the fuller name, its given and family names
 * and its person id. A name of two words or more is a name already: it is kept as printed (`Pere Mato`), and takes the
 * fuller name's person id only where the record names that person in more than one way (`Pere Mato Vila` too).
 * `listed` are the names of a participants list, which count as fuller names too.
 */
export function resolveShortNames(speakers: Speaker[], listed: readonly string[]): void {
  const fullNames = fullNamesOf(speakers, listed)
  if (fullNames.length === 0) return
  const resolved = new Map<string, FullName | null>()
  const targets = speakers.map((speaker) => {
    if (!speaker.name || (!speaker.given_name && !speaker.family_name)) return null
    if (!resolved.has(speaker.name)) resolved.set(speaker.name, fullerName(speaker, fullNames))
    return resolved.get(speaker.name)!
  })
  const forms = formsOf(speakers, targets)
  speakers.forEach((speaker, i) => {
    const full = targets[i]
    if (!full) return familyOnly(speaker, fullNames)
    const id = slug(full.name)
    if (!speaker.name.includes(' ') || INITIAL.test(speaker.name.split(' ')[0]!)) {
      Object.assign(speaker, { name: full.name, given_name: full.given_name, family_name: full.family_name, person_id: id })
    } else if (forms.get(id)!.size > 1) speaker.person_id = id
  })
}

/**
 * A one-word name read as a given name that the record gives only as a family name, of more than one person (`Crusher`
 * with Beverly and Wesley Crusher listed): it stays as printed, a family name. A word that is someone's given name too
 * stays a given name.
 */
function familyOnly(speaker: Speaker, fullNames: readonly FullName[]): void {
  if (speaker.name.includes(' ') || speaker.given_name !== speaker.name || speaker.family_name) return
  const word = wordsOf(speaker.name)[0]
  if (!word || fullNames.some((full) => full.words[0] === word) || !fullNames.some((full) => full.words.at(-1) === word)) return
  Object.assign(speaker, { given_name: '', family_name: speaker.name })
}

/** For each person id a resolution gives, the person ids of the speakers it gathers (theirs, or already that one). */
function formsOf(speakers: readonly Speaker[], targets: ReadonlyArray<FullName | null>): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>()
  speakers.forEach((speaker, i) => {
    const id = targets[i] ? slug(targets[i].name) : speaker.person_id
    forms.set(id, (forms.get(id) ?? new Set()).add(speaker.person_id))
  })
  return forms
}

/** The names of two words or more the speakers and the list give, each once, a name another extends left out. */
function fullNamesOf(speakers: readonly Speaker[], listed: readonly string[]): FullName[] {
  const byKey = new Map<string, FullName>()
  for (const speaker of speakers) {
    if (speaker.given_name && speaker.family_name) add(byKey, speaker)
  }
  for (const name of listed) add(byKey, { name, ...splitName(name) })
  const all = [...byKey.values()]
  return all.filter((one) => extending(one, all).length === 0)
}

function add(byKey: Map<string, FullName>, person: Omit<FullName, 'words'>): void {
  const words = wordsOf(person.name)
  const key = words.join(' ')
  if (words.length >= 2 && !byKey.has(key)) byKey.set(key, { ...person, words })
}

/** The names that extend `one`: longer, the same first word, every word of it in the same order (`Pere Mato Vila`). */
function extending(one: FullName, all: readonly FullName[]): FullName[] {
  return all.filter((other) => other.words.length > one.words.length && other.words[0] === one.words[0] && inOrder(one.words, other.words))
}

/** The one fuller name the speaker's name is a short form of, or null. */
function fullerName(speaker: Speaker, fullNames: readonly FullName[]): FullName | null {
  const words = speaker.name.split(/\s+/)
  const lowered = wordsOf(speaker.name)
  const unique = (found: readonly FullName[]) => (found.length === 1 ? found[0]! : null)
  if (words.length >= 2) {
    // `P. Elmer` for Peter Elmer; `Pere Mato` for Pere Mato Vila.
    if (words.length === 2 && INITIAL.test(words[0]!)) {
      return unique(fullNames.filter((full) => full.words.at(-1) === lowered[1] && startsSpelled(full, lowered[0]!.charAt(0))))
    }
    return unique(
      fullNames.filter((full) => full.words.length > lowered.length && full.words[0] === lowered[0] && inOrder(lowered, full.words)),
    )
  }
  return oneWord(speaker, fullNames)
}

/** A one-word name as a given name, else a family name, else a glued or shortened form, else initials. */
function oneWord(speaker: Speaker, fullNames: readonly FullName[]): FullName | null {
  const word = speaker.name
  const lower = wordsOf(word)[0] ?? ''
  const unique = (test: (full: FullName) => boolean) => {
    const found = fullNames.filter(test)
    return found.length === 1 ? found[0]! : found.length > 1 ? undefined : null
  }
  const initials = INITIALS.exec(word)
  if (initials) return unique((full) => startsWith(full.words[0]!, initials[1]!) && startsWith(full.words.at(-1)!, initials[2]!)) ?? null
  if (!ONE_WORD.test(word)) return null
  const glued = GIVEN_INITIAL.exec(word) ?? INITIAL_FAMILY.exec(word)
  // A given name first, then a surname (`Schulz` for M. Schulz), then a glued or shortened form; a surname alone when
  // the label says it is one (`Ms. Lindqvist`, `LINDQVIST`). A given name is never matched to an initial (`Samir` is
  // no S. Gleyzer).
  const surnameFirst = !speaker.given_name
  // After an honorific the word is a surname only: `Ms. Lindqvist` is no one whose given name is Lindqvist.
  if (surnameFirst) return unique((full) => full.words.at(-1) === lower) ?? null
  const tests: Array<(full: FullName) => boolean> = [
    (full) => full.words[0] === lower,
    (full) => full.words.at(-1) === lower,
    (full) => glued !== null && gluedMatch(glued, full),
    (full) => lower.length >= SHORTEST_PREFIX && full.words[0]!.startsWith(lower) && !INITIAL.test(full.name.split(' ')[0]!),
  ]
  for (const test of tests) {
    const found = unique(test)
    if (found !== null) return found ?? null
  }
  return null
}

/** `PaulW` is a Paul whose family name opens with W; `EHolk` an E. Holk. */
function gluedMatch(glued: RegExpExecArray, full: FullName): boolean {
  const [, head, tail] = glued
  return /\p{Ll}/u.test(head!)
    ? full.words[0] === head!.toLowerCase() && startsWith(full.words.at(-1)!, tail!)
    : startsWith(full.words[0]!, head!) && full.words.at(-1) === tail!.toLowerCase()
}

/** Whether the full name's given name is spelled out (not an initial) and opens with `letter`. */
function startsSpelled(full: FullName, letter: string): boolean {
  return !INITIAL.test(full.name.split(' ')[0]!) && full.words[0]!.startsWith(letter)
}

function startsWith(word: string, letter: string): boolean {
  return word.startsWith(letter.toLowerCase())
}

/** A name's words, accents, case and points aside (a hyphenated name one word: `Marie-José` is `marie-jose`). */
function wordsOf(name: string): string[] {
  return name.split(/\s+/).map(slug).filter(Boolean)
}

/** Whether every word of `shorter` occurs in `longer`, in the same order. */
function inOrder(shorter: readonly string[], longer: readonly string[]): boolean {
  let at = 0
  for (const word of shorter) {
    at = longer.indexOf(word, at) + 1
    if (at === 0) return false
  }
  return true
}

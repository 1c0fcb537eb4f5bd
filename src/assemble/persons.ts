// Who a speaker is beyond what their own line says: the institution a participants list gives them,
// the one their other turns give the same person, and the office they state about themselves.
import type { Participant } from '../detect/asides.js'
import type { Speaker } from '../schema/report.js'
import { alternation, lexicon } from '../lexicon/index.js'
import { slug } from '../text/normalize.js'

/**
 * A lookup of a speaker's institution in the participants list. Minutes shorten names: "Haroldo
 * Fraga" is the list's "Haroldo Fraga de Campos Velho", "Saulo Freitas" its "Saulo Ribeiro de
 * Freitas". A name matches a participant when both have two words or more, begin with the same word,
 * and the shorter's words all occur in the longer in order; a participant named exactly so comes
 * first. Several matches with different institutions give none.
 */
export function participantOrganizations(participants: readonly Participant[]): (name: string) => string {
  const byFirst = new Map<string, Array<{ words: string[]; organization: string }>>()
  for (const participant of participants) {
    const words = nameWords(participant.name)
    if (words.length < 2) continue
    const list = byFirst.get(words[0]!) ?? []
    list.push({ words, organization: participant.organization })
    byFirst.set(words[0]!, list)
  }
  return (name) => {
    const words = nameWords(name)
    if (words.length < 2) return ''
    const exact = new Set<string>()
    const loose = new Set<string>()
    for (const candidate of byFirst.get(words[0]!) ?? []) {
      const [shorter, longer] = words.length <= candidate.words.length ? [words, candidate.words] : [candidate.words, words]
      if (!inOrder(shorter, longer)) continue
      loose.add(candidate.organization)
      if (shorter.length === longer.length) exact.add(candidate.organization)
    }
    const organizations = exact.size > 0 ? exact : loose
    return organizations.size === 1 ? [...organizations][0]! : ''
  }
}

/** A speaker with no institution takes the one every other turn of the same person that has one agrees on. */
export function shareOrganizations(speakers: readonly Speaker[]): void {
  const known = new Map<string, Set<string>>()
  for (const speaker of speakers) {
    if (!speaker.organization) continue
    const organizations = known.get(speaker.person_id) ?? new Set<string>()
    organizations.add(speaker.organization)
    known.set(speaker.person_id, organizations)
  }
  for (const speaker of speakers) {
    const organizations = known.get(speaker.person_id)
    if (!speaker.organization && organizations?.size === 1) speaker.organization = [...organizations][0]!
  }
}

/** A name's words, accents and case aside. */
function nameWords(name: string): string[] {
  return slug(name).split('-').filter(Boolean)
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

// A self-introduction near a turn's start: the words of introduction, perhaps the speaker's own name and a comma, an
// article, then a phrase of lowercase words that ends in an office (`I am a certified financial planner`, `I'm Anna
// Berg, director of the library`). Only an office the position words know ends it; a name must be the speaker's.
// A link after the office (`of`, `at`) and what follows up to a stop is where the speaker holds it (officeBody reads it).
const INTRODUCTION = new RegExp(
  `(?:^|[.!?,;]\\s+|\\b(?:so|and)\\s+)(?:${alternation(lexicon.selfIntroductions)})\\s+` +
    `(?:(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}),\\s+)?(?:(?:${alternation(lexicon.officeArticles)})\\s+)?` +
    `((?:\\p{Ll}[\\p{L}-]*\\s+){0,8}?(?:${alternation(lexicon.positions)}))(?=[\\s.,;:!?]|$)` +
    `(?:\\s(?:${alternation(lexicon.officeBodyLinks)})\\s(?:(?:${alternation(lexicon.officeArticles)})\\s)?([^\\s.,;:!?][^.,;:!?]{0,59}))?`,
  'iu',
)
// The words of introduction and the space after them, which every match of INTRODUCTION holds (the same words and
// flags: a part of the pattern), tested first: most turns open with none, and this pattern compiles in a small part
// of the time the whole one takes (some milliseconds: a run where no turn holds the words compiles only this one).
const INTRODUCTION_WORDS = new RegExp(`(?:${alternation(lexicon.selfIntroductions)})\\s`, 'iu')
/** A word of a body's name: capitalised or a figure (the pattern above ignores case, this one does not); never `I`. */
const BODY_WORD = /^(?:\p{Lu}[\p{L}\p{M}\d&'’.-]*|\d[\p{L}\d]*)$/u
/** Words a body's name holds between its capitalised words (`Bank of England`, `Research & Development`). */
const BODY_JOINERS = new Set([...lexicon.officeBodyLinks, '&'].map((word) => word.toLowerCase()))
/** Most words of a body a self-introduction names. */
const MAX_BODY_WORDS = 6

/**
 * The body after a self-introduction's office (`the CEO of Late Checkout, an agency`): its capitalised words from the
 * start, joiners between them; '' when it opens in lower case (`director of the city library`) or is longer than a name.
 */
export function officeBody(tail: string): string {
  const words = tail.trim().split(/\s+/)
  let end = 0
  while (end < words.length && (BODY_WORD.test(words[end]!) || BODY_JOINERS.has(words[end]!.toLowerCase()))) end++
  while (end > 0 && !BODY_WORD.test(words[end - 1]!)) end--
  const body = words.slice(0, end)
  return body.length > 0 && body.length <= MAX_BODY_WORDS && !body.includes('I') ? body.join(' ') : ''
}
/** Characters into a turn's first block a self-introduction may begin at, and turns of a person it is looked for in. */
const INTRODUCTION_REACH = 160
const INTRODUCTION_TURNS = 5

/**
 * A speaker who states their office about themself in one of their first turns (`Sure. So I am a certified
 * financial planner …`) holds it in every turn that gives them none: a recorder's transcript names people only by
 * their labels. Another's name in the introduction (`I'm Cindy`, the recorder having put the words under the wrong
 * label) gives nothing.
 */
export function selfIntroducedPositions(speakers: readonly Speaker[], textOf: (blockId: string) => string): void {
  const introduced = new Map<string, { position: string; organization: string }>()
  const seen = new Map<string, number>()
  for (const speaker of speakers) {
    const turns = (seen.get(speaker.person_id) ?? 0) + 1
    seen.set(speaker.person_id, turns)
    if (speaker.position || introduced.has(speaker.person_id) || turns > INTRODUCTION_TURNS || !speaker.remarks[0]) continue
    const office = officeStated(textOf(speaker.remarks[0]).slice(0, INTRODUCTION_REACH * 2), speaker)
    if (office) introduced.set(speaker.person_id, office)
  }
  for (const speaker of speakers) {
    const office = introduced.get(speaker.person_id)
    if (!office) continue
    speaker.position ||= office.position
    // The body goes only with the office it was said with: a turn that gives another office keeps its own body.
    if (speaker.position === office.position) speaker.organization ||= office.organization
  }
}

function officeStated(text: string, speaker: Speaker): { position: string; organization: string } | null {
  const found = INTRODUCTION_WORDS.test(text) ? INTRODUCTION.exec(text) : null
  if (!found || found.index > INTRODUCTION_REACH) return null
  const name = found[1]
  if (name && !nameWords(speaker.name).includes(nameWords(name)[0] ?? '')) return null
  return { position: found[2]!.trim(), organization: officeBody(found[3] ?? '') }
}

/**
 * A speaker labelled by one word, a given name (`Stefan`), who says their full name near the start of one of their
 * first turns under it (`Mein Name ist Stefan Wintermeyer`, `Hi, I'm Anna Berg`) is that person in every turn the
 * label opens: a recorder's transcript names people only by the labels it was given, and a label that another label
 * ends (`Podcast Stefan`) is no fuller name of theirs.
 */
export function selfIntroducedNames(speakers: Speaker[], textOf: (blockId: string) => string): void {
  const named = new Map<string, string>()
  const seen = new Map<string, number>()
  for (const speaker of speakers) {
    const label = speaker.label
    const turns = (seen.get(label) ?? 0) + 1
    seen.set(label, turns)
    if (named.has(label) || turns > INTRODUCTION_TURNS || !speaker.remarks[0] || !GIVEN_LABEL.test(label)) continue
    const full = nameStated(textOf(speaker.remarks[0]).slice(0, INTRODUCTION_REACH * 2), label)
    if (full) named.set(label, full)
  }
  for (const speaker of speakers) {
    const full = named.get(speaker.label)
    if (!full || speaker.name === full) continue
    speaker.name = full
    speaker.given_name = speaker.label
    speaker.family_name = full.slice(speaker.label.length + 1)
    speaker.person_id = slug(full)
  }
}

function nameStated(text: string, label: string): string | null {
  const found = NAME_STATED_WORDS.test(text) ? NAME_STATED.exec(text) : null
  if (!found || found.index > INTRODUCTION_REACH) return null
  const full = found[1]!
  return full.startsWith(`${label} `) ? full : null
}

/** A label of one capitalised word, as a transcript gives a speaker by the given name. */
const GIVEN_LABEL = /^\p{Lu}\p{Ll}+$/u
// The words of introduction as they open a sentence or go on after a comma, then a name of two to four capitalised
// words (no `i` flag: the name's capitals are what tell it from the words after it).
const NAME_STATED = new RegExp(
  `(?:^|[.!?,;]\\s+|\\b(?:so|and|also|und)\\s+)(?:${lexicon.selfIntroductions.map(anyCase).join('|')})\\s+` +
    `(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})(?=[\\s.,;:!?]|$)`,
  'u',
)

/** NAME_STATED's words of introduction and the space after them (a part of it, the same flags), tested first as INTRODUCTION_WORDS is. */
const NAME_STATED_WORDS = new RegExp(`(?:${lexicon.selfIntroductions.map(anyCase).join('|')})\\s`, 'u')

/** A phrase as a pattern that matches it in any case, letter by letter (`mein name ist` is also `Mein Name ist`). */
function anyCase(phrase: string): string {
  return [...phrase]
    .map((char) =>
      char.toLowerCase() === char.toUpperCase()
        ? char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        : `[${char.toLowerCase()}${char.toUpperCase()}]`,
    )
    .join('')
}

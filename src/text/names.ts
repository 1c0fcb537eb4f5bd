// People's names as reports print them: "Tianruo WANG", "LI Yong", "Maritza Chan", "João Gerd Zell de Mattos".
// Particles, honorifics, sentence openers and organisation words come from the lexicons.
import { alternation, lexicon } from '../lexicon/index.js'
import { splitHanName } from './names-zh.js'

const PARTICLES = new Set(lexicon.nameParticles)
const CAPITAL_PARTICLES = new Set(
  lexicon.nameParticles.filter((word) => /^\p{Ll}+$/u.test(word)).map((word) => word.charAt(0).toUpperCase() + word.slice(1)),
)
const HONORIFICS = new Set(lexicon.honorifics)
// Words that open sentences, not names: "The Secretary General's report …", "And I'd encourage …".
const NOT_FIRST = new Set(lexicon.sentenceOpeners)
// A combining mark may follow any letter: pdftotext writes `Brachthäuser` as a, then U+0308.
// A letter an encoding lost may stand as `?` between lowercase ones (`L?wis` for Löwis, as an ASCII copy of a page keeps it).
const NAME_TOKEN =
  /^(?:\p{Lu}(?:[\p{Ll}\p{M}'’]|\?(?=\p{Ll}))+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*\.?|\p{Lu}{2,}(?:-\p{Lu}+)?|\p{Lu}\.(?:\p{Lu}\.)*)$/u
const CAPS_TOKEN = /^\p{Lu}{2,}(?:-\p{Lu}+)?$/u

/** Words that make a capitalised phrase an organisation, not a person. */
export const ORGANIZATION_WORDS = new RegExp(`\\b(?:${alternation(lexicon.organizationWords)})\\b`, 'i')

function tokens(name: string): string[] {
  return name.split(/\s+/).filter(Boolean)
}

/**
 * Whether a name `looksLikeName` accepts can begin with these two words (the second perhaps ending the
 * name with a comma): the first a name word that opens no sentence, the second a name word or particle.
 */
export function canBeginName(first: string, second: string): boolean {
  return NAME_TOKEN.test(first) && !NOT_FIRST.has(first) && (NAME_TOKEN.test(second.replace(/,$/, '')) || PARTICLES.has(second))
}

/** 2–5 capitalised tokens (particles such as "de" allowed inside), not all capitals, no organisation word. */
export function looksLikeName(name: string): boolean {
  const parts = tokens(name)
  if (parts.length < 2 || parts.length > 6 || name.length > 60) return false
  if (!NAME_TOKEN.test(parts[0]!) || !NAME_TOKEN.test(parts.at(-1)!)) return false
  if (!parts.every((part) => NAME_TOKEN.test(part) || PARTICLES.has(part))) return false
  if (NOT_FIRST.has(parts[0]!)) return false
  if (parts.filter((part) => !PARTICLES.has(part) && !HONORIFICS.has(part)).length < 2) return false
  if (parts.every((part) => CAPS_TOKEN.test(part) || PARTICLES.has(part))) return false
  return !ORGANIZATION_WORDS.test(name)
}

/** True when the name carries a CAPITALISED surname ("Tianruo WANG"). */
export function hasCapitalisedSurname(name: string): boolean {
  return looksLikeName(name) && tokens(name).some((part) => CAPS_TOKEN.test(part))
}

/** A name that needs no context: it carries a CAPITALISED surname, or a position follows it. */
export function isPersonName(name: string, next: string, position: RegExp): boolean {
  if (!looksLikeName(name)) return false
  return tokens(name).some((part) => CAPS_TOKEN.test(part)) || position.test(next)
}

/**
 * Given and family name by the CAPITALISED-surname convention, else the last token is the surname. One word is a
 * surname (`Mr. Smith`, `Herr Weber`, `Chairman Greenspan` name the family) unless `alone`: a label that says nothing
 * but the word, as chats and minutes name people by their first names (`Lena`); in capitals it is a surname still.
 */
export function splitName(name: string, alone = false): { given_name: string; family_name: string } {
  // A Chinese name is written family name first, without a space (熊伟, 歐陽明).
  const han = splitHanName(name)
  if (han) return { given_name: han.given, family_name: han.family }
  // So is a Korean name in Hangul (김민수, 남궁민): its first syllable the family name, or its first two for a double one.
  if (HANGUL_NAME.test(name)) {
    const family = name.length > 2 && HANGUL_DOUBLE.has(name.slice(0, 2)) ? 2 : 1
    return { given_name: name.slice(family), family_name: name.slice(0, family) }
  }
  // A title printed before the name is neither name (`Dr. Jane Smith`), and makes one word after it a surname (`Dr. Weber`).
  const printed = tokens(name)
  const parts = withoutHonorifics(printed)
  if (parts.length < printed.length) alone = false
  // A generation's suffix (`Jr.`, `III`, `Filho`) goes with the family name, whatever splits the words before it.
  if (parts.length >= 3 && SUFFIXES.has(parts.at(-1)!)) {
    const split = splitName(parts.slice(0, -1).join(' ').replace(/,$/, ''))
    return { ...split, family_name: `${split.family_name} ${parts.at(-1)!}` }
  }
  if (alone && parts.length === 1 && !CAPS_TOKEN.test(parts[0]!)) return { given_name: parts[0]!, family_name: '' }
  const leading = surnameLeading(parts)
  if (leading) return leading
  // `TJ Okafor`: capitals without a vowel opening the name are the given name's initials, no family name in capitals.
  const isCaps = (part: string, i: number) => CAPS_TOKEN.test(part) && !(i === 0 && isInitials(part))
  const caps = parts.filter(isCaps)
  if (caps.length > 0 && caps.length < parts.length) {
    return { given_name: parts.filter((part, i) => !isCaps(part, i)).join(' '), family_name: caps.join(' ') }
  }
  const twoSurnames = doubleSurname(parts)
  if (twoSurnames) return twoSurnames
  // Particles belong to the surname: "Pedro Leite da Silva Dias" → family "Dias", "Ronald van Buss" → "van Buss".
  // Written with a capital too (`Jacques De Coster`, `Lucia De Luca`) when a name follows it.
  let start = parts.length - 1
  while (start > 1 && (PARTICLES.has(parts[start - 1]!) || CAPITAL_PARTICLES.has(parts[start - 1]!))) start--
  // A middle initial is neither name (`Richard C. Shelby` → given `Richard`), unless only initials are given (`J. R. Smith`).
  const given = parts.slice(0, start)
  const first = given.length > 1 && !INITIAL.test(given[0]!) ? given.filter((part, i) => i === 0 || !INITIAL.test(part)) : given
  return { given_name: first.join(' '), family_name: parts.slice(start).join(' ') }
}

const INITIAL = /^\p{Lu}\.$/u

/**
 * The words after the titles a name opens with, the last word kept whatever it is (`Dr. Weber`; `Dr.` alone stays). A
 * title that is one capital and a point (the Spanish `D.`, the French `M.`) is an initial as well: it stays (`D. Rohr`).
 */
function withoutHonorifics(parts: readonly string[]): string[] {
  let start = 0
  while (start < parts.length - 1 && HONORIFICS.has(parts[start]!) && !INITIAL.test(parts[start]!)) start++
  // An office before two name words or more is no given name either (`Professor Anna Berg`; `Dean Smith` is a name).
  if (parts.length - start > 2 && POSITIONS.has(parts[start]!.toLowerCase())) start++
  return parts.slice(start)
}
const POSITIONS = new Set(lexicon.positions)

/**
 * A name that says its surname first: one opening with a particle is all surname (`van Löwis`, `de la Fuente`, `Van Den
 * Berg`, an initial or title left off before it), and one inverted with a comma is the surname, then the given names
 * (`Smith, John`, `van der Berg, Pieter`, `SMITH, John`), unless what follows the comma is a generation's suffix or
 * is in capitals (`Smith, ACME`). Null otherwise.
 */
function surnameLeading(parts: readonly string[]): { given_name: string; family_name: string } | null {
  const comma = parts.findIndex((part) => part.endsWith(','))
  const given = comma < 0 ? [] : parts.slice(comma + 1)
  const inverted = given.length > 0 && given.every((part) => NAME_TOKEN.test(part) && !CAPS_TOKEN.test(part) && !SUFFIXES.has(part))
  if (inverted) return { given_name: given.join(' '), family_name: [...parts.slice(0, comma), parts[comma]!.slice(0, -1)].join(' ') }
  const particle = (part: string) => PARTICLES.has(part) || CAPITAL_PARTICLES.has(part)
  // Capitalised, a particle opens a surname only before another (`Van Den Berg` from `VAN DEN BERG`; `Van Morrison` is a name).
  const opens = PARTICLES.has(parts[0]!) || (CAPITAL_PARTICLES.has(parts[0]!) && parts.length > 2 && particle(parts[1]!))
  if (parts.length > 1 && opens) return { given_name: '', family_name: parts.join(' ') }
  return null
}
const VOWELLESS_SURNAMES = new Set(lexicon.vowellessSurnames)
// A vowel of the Latin script, its accent apart (NFD): a family name in capitals has one (`LI`, `WU`, `BÖ`), initials need none.
const VOWEL = /[AEIOUY]/u

/** Two or three capitals with no vowel that no lexicon knows as a family name: a given name's initials (`TJ`, `JD`). */
function isInitials(part: string): boolean {
  return part.length <= 3 && !VOWEL.test(part.normalize('NFD')) && !VOWELLESS_SURNAMES.has(part)
}
const SECOND_GIVEN = new Set(lexicon.secondGivenNames)
const SUFFIXES = new Set(lexicon.nameSuffixes)
const HANGUL_NAME = /^[\uAC00-\uD7A3]{2,4}$/u
const HANGUL_DOUBLE = new Set(lexicon.hangulDoubleSurnames)
const PLAIN_WORD = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*(?:-\p{Lu}\p{Ll}+)?$/u

/**
 * A name of three words, no initial or particle in it, as the Spanish and Portuguese world writes a given name and two
 * surnames (`Carlos López Quintanilla`, `Kim Hamilton Duffy`); with a known second given name, two given names and
 * one surname (`Maria Giovanna Mora`), or, of four words, two and two (`José María Martín Blázquez`). Null otherwise.
 */
function doubleSurname(parts: readonly string[]): { given_name: string; family_name: string } | null {
  if (parts.length < 3 || parts.length > 4 || !parts.every((part) => PLAIN_WORD.test(part) && !CAPITAL_PARTICLES.has(part))) return null
  const given = SECOND_GIVEN.has(parts[1]!) ? 2 : 1
  if (parts.length - given !== 2 && !(parts.length === 3 && given === 2)) return null
  return { given_name: parts.slice(0, given).join(' '), family_name: parts.slice(given).join(' ') }
}

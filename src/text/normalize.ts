// Small, pure string helpers shared by the detectors and the assembly stage.
import { alternation, lexicon } from '../lexicon/index.js'
import { trimWhere } from './scan.js'

/** Collapse every run of whitespace (including non-breaking spaces and line breaks) to one space, and mend line-break hyphens. */
export function collapseSpace(text: string): string {
  return mendHyphenation(text.replace(UNUSUAL_SPACE, ' ').trim())
}

// Whitespace here is `\s` and the zero-width space. Only what is not already a single plain space is
// replaced: a run of two or more, or one of any other kind. Most of a paragraph's spaces are single, and
// matching each of them cost four times as much (every paragraph's text passes through here).
const UNUSUAL_SPACE = /[\s\u200b]{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g

/**
 * Mend words a line break split: "Agri- business" → "Agri-business" (the hyphen is kept: it may be
 * real). A suspended hyphen before a conjunction ("pre- and post-war") stays as written.
 */
function mendHyphenation(text: string): string {
  if (!text.includes('- ')) return text
  return text.replace(HYPHEN_BREAK, '$1-$2')
}

const HYPHEN_BREAK = new RegExp(`(\\p{Ll})- (?!(?:${alternation(lexicon.conjunctions)})\\b)(\\p{Ll})`, 'gu')

/**
 * A key for comparing titles written by different hands: case, punctuation, hyphens and spacing do not
 * count, so "Agri-business" and "Agribusiness" compare equal.
 */
export function titleKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** True when two titles (a contents entry and its section's) differ by more than case and spacing. */
export function titlesDiffer(a: string, b: string): boolean {
  return collapseSpace(a).toLowerCase() !== collapseSpace(b).toLowerCase()
}

/** Strings are compared on this many leading characters: the distance table is their product. */
export const MAX_COMPARED = 256

/** Levenshtein similarity in [0, 1]: 1 − distance / length of the longer string, on the first MAX_COMPARED characters of each. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  a = a.slice(0, MAX_COMPARED)
  b = b.slice(0, MAX_COMPARED)
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  let previous = new Array<number>(b.length + 1)
  let current = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
    }
    ;[previous, current] = [current, previous]
  }
  return 1 - previous[b.length]! / longer
}

/** A lowercase ASCII slug: "Tianruo WANG" → "tianruo-wang". */
export function slug(text: string): string {
  // Names are compared with every participant's, again and again: short texts' slugs are kept, a few thousand at most.
  const known = slugs.get(text)
  if (known !== undefined) return known
  const dashed = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
  const made = trimWhere(dashed, (char) => char === '-')
  if (text.length <= SLUG_KEPT_LENGTH) {
    if (slugs.size >= SLUGS_KEPT) slugs.clear()
    slugs.set(text, made)
  }
  return made
}

const slugs = new Map<string, string>()
const SLUGS_KEPT = 4096
const SLUG_KEPT_LENGTH = 120

/** True when the text has letters and none of them is lowercase. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/\P{L}/gu, '')
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

// A family name's prefix that records in capitals keep in mixed case: `DeBOER`, `McCONNELL`, `LaHOOD`, `MacLEAN`.
const CAPS_PREFIX = /(?<!\p{L})(?:Mc|Mac|De|Di|Du|La|Le)(?=\p{Lu}{2})/gu

/** A line in capitals, a family name's mixed-case prefix allowed (`STATEMENT OF JEFFREY D. DeBOER, PRESIDENT`). */
export function isCapsLine(line: string): boolean {
  return isAllCaps(line.replace(CAPS_PREFIX, ''))
}

const SMALL_WORDS = new Set(lexicon.smallWords)

// pdftotext sets a word in small capitals apart after its capital: `T HE 2015 W HOLE -C ELL M ODELING`.
// (A quote opens a word only after no letter: `RESERVE'S SECOND` is a possessive's `S`, a word apart.)
const SMALL_CAPS_SPLIT = /(^|[\s(“"-]|(?<!\p{L})['‘])(\p{Lu}) (?=\p{Lu}{2})/gu
const SMALL_CAPS_HYPHEN = /(\p{Lu})(?: -|- | - )(?=\p{Lu})/gu

/**
 * A line in small capitals as pdftotext prints it, mended: `T HE 2015 W HOLE -C ELL M ODELING` →
 * `THE 2015 WHOLE-CELL MODELING`, `SBML- ENCODED` → `SBML-ENCODED`. Only in a line of capitals where a
 * capital stands apart before the rest of its word; a one-letter word (`A NEW PLAN`) is not joined.
 */
export function joinSmallCaps(text: string): string {
  if (!isAllCaps(text)) return text
  let split = false
  const joined = text.replace(SMALL_CAPS_SPLIT, (whole, before: string, capital: string) => {
    if (SMALL_WORDS.has(capital.toLowerCase())) return whole
    split = true
    return `${before}${capital}`
  })
  return split ? joined.replace(SMALL_CAPS_HYPHEN, '$1-') : text
}

/** A word whose Han characters are set apart by spaces, plain or ideographic, one by one (`時 間`, `報 告 事 項`). */
const SPREAD_HAN = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han})+$/u

/**
 * A Chinese word spread over its line's width, as official records set a field's label or a part's title (`時 間：`,
 * `主 席：`, `甲、報 告 事 項`), closed up (`時間`, `主席`, `報告事項`); any other text as it is (`黃定和 張建榮`, names
 * of two characters and more, are words apart).
 */
export function closeSpreadHan(text: string): string {
  return SPREAD_HAN.test(text) ? text.replace(/[ \u3000]+/gu, '') : text
}

/** "UNITED NATIONS INDUSTRIAL DEVELOPMENT ORGANIZATION" → "United Nations Industrial Development Organization". */
export function titleCase(text: string): string {
  return collapseSpace(text)
    .toLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && SMALL_WORDS.has(word)
        ? word
        : word.replace(/(^|[-/])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase()),
    )
    .join(' ')
}

/**
 * Words as a reader counts them: runs that start with a letter or digit and go on through letters,
 * digits, apostrophes, full stops and hyphens (what /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu matches).
 * Counted character by character, allocating nothing; with `limit`, counting stops past it, so
 * "more than 12 words?" costs the same for a long paragraph as for a short one.
 */
export function countWords(text: string, limit = Infinity): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    let width = 1
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i)!
      width = 2
    }
    if (isLetterOrDigit(code)) {
      if (!inWord) {
        inWord = true
        if (++count > limit) return count
      }
    } else if (!(inWord && (code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d))) inWord = false
    i += width - 1
  }
  return count
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code))
}

// French inclusive writing folds a feminine ending into a word with a point (`Présent.es`, `Excusé·e·s`, `Participant(e)s`):
// the label's masculine plural or singular, as the lexicons list it. Bounded, anchored at the word's end.
const INCLUSIVE_PLURAL = /(?<=\p{L})(?:[.·•‧](?:e[.·•‧]?)?s|\(e\)s|\(es\))(?=$|\s)/gu
const INCLUSIVE_SINGULAR = /(?<=\p{L})(?:[.·•‧]e|\(e\))(?=$|\s)/gu

/** A label's words with French inclusive endings folded (`présent.es` → `présents`, `excusé·e` → `excusé`). */
export function foldInclusive(text: string): string {
  return text.replace(INCLUSIVE_PLURAL, 's').replace(INCLUSIVE_SINGULAR, '')
}

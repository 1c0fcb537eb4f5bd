// The active lexicons, merged into one: what every detector and text helper reads its words from.
//
// Adding a language is adding a file: copy `pt.ts` to `<code>.ts` (ISO 639-1), fill in the lists you know
// (every list is optional; see types.ts for what each one means and how it is matched), and add it to
// ACTIVE below. Write down general knowledge of the language only: no word because one document has
// it, and no site's notice (a user passes that as an option, e.g. `boilerplate.notices`).
import { factoredAlternation } from './alternation.js'
import { chat } from './chat.js'
import { de } from './de.js'
import { en } from './en.js'
import { es } from './es.js'
import { fr } from './fr.js'
import { names } from './names.js'
import { nl } from './nl.js'
import { pt } from './pt.js'
import type { Lexicon } from './types.js'
import { zh } from './zh.js'

export type { Lexicon } from './types.js'

/** Every lexicon in force, in order; a report in any of these languages is read with all of them. */
export const ACTIVE: readonly Lexicon[] = [names, chat, en, pt, fr, de, es, nl, zh]

/** One lexicon with every list of `lexicons` joined in order, repeats dropped; months and eras merged. */
function mergeLexicons(lexicons: readonly Lexicon[]): Lexicon {
  const merged = { language: lexicons.map((lexicon) => lexicon.language).join('+'), months: {}, eraYears: {}, numberWords: {} } as Lexicon
  // Each list's words gathered in one set, in order, then made a list once.
  const lists = new Map<string, Set<string>>()
  for (const lexicon of lexicons) {
    for (const [key, value] of Object.entries(lexicon) as Array<[keyof Lexicon, unknown]>) {
      if (key === 'language') continue
      if (key === 'months' || key === 'eraYears' || key === 'numberWords') Object.assign(merged[key], value)
      else {
        const words = lists.get(key) ?? lists.set(key, new Set()).get(key)!
        for (const word of value as string[]) words.add(word)
      }
    }
  }
  for (const [key, words] of lists) (merged as Record<string, unknown>)[key] = [...words]
  return merged
}

/** The merge of the ACTIVE lexicons. */
export const lexicon: Lexicon = mergeLexicons(ACTIVE)

/**
 * A regular expression alternation of the words, escaped, longest first (so that "of the" is tried
 * before "of" and "co-chair" before "chair"): `(?:${alternation(words)})`.
 */
export function alternation(words: readonly string[]): string {
  // Words that begin alike share their beginning (alternation.ts): the same matches, a pattern faster to compile.
  return factoredAlternation([...words].sort((a, b) => b.length - a.length))
}

/**
 * The reporting verbs as one alternation to match at a word's start: `reportingVerbs` as beginnings (`note` → `noted`),
 * `wholeReportingVerbs` only where no Latin letter follows (`revenu`, not English `revenue`). Needs no `u` flag.
 */
export function reportingVerbAlternation(): string {
  const whole = lexicon.wholeReportingVerbs.length === 0 ? '' : `|(?:${alternation(lexicon.wholeReportingVerbs)})(?![A-Za-zÀ-ÖØ-öø-ɏ])`
  return alternation(lexicon.reportingVerbs) + whole
}

/**
 * Offices in lowercase, each also as printed with a hyphen for a space and a space for a hyphen: `executive-director`
 * is the executive director, `secretary general` the secretary-general, as reports of one body spell them both ways.
 */
export function officeSpellings(words: readonly string[]): Set<string> {
  return new Set(
    words.flatMap((word) => {
      const key = word.toLowerCase()
      return [key, key.replaceAll('-', ' '), key.replaceAll(' ', '-')]
    }),
  )
}

// Scripts written without spaces between words: a word of theirs needs no boundary around it.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/**
 * The words as one pattern that finds each as a whole word (use the `u` flag): words of spaced scripts
 * between non-letters (`\b` knows only ASCII: "réunion" would end inside a word), words of unspaced
 * scripts (会议) anywhere.
 */
export function wholeWords(words: readonly string[]): string {
  const spaced = words.filter((word) => !UNSPACED.test(word))
  const unspaced = words.filter((word) => UNSPACED.test(word))
  const parts = spaced.length > 0 ? [`(?<![\\p{L}\\p{N}_])(?:${alternation(spaced)})(?![\\p{L}\\p{N}_])`] : []
  if (unspaced.length > 0) parts.push(`(?:${alternation(unspaced)})`)
  return parts.length > 0 ? `(?:${parts.join('|')})` : '(?!)'
}

// A word list as a regular expression alternation whose words that begin alike share their beginning:
// `chair|chairman|chef` → `ch(?:air(?:man|)|ef)`, in the order of the list. V8 compiles a pattern on its first
// use in each thread, case-insensitive Unicode patterns slowly: the lexicons' alternations of a few thousand
// characters cost 10–25 ms each to compile (twice: for the interpreter, then to machine code), about half that
// once factored, and they are tried faster too.
//
// The factored pattern matches what the flat one matches, and prefers the same word: at any position only
// words whose first characters are alike under case folding can match, and those keep their order, each group
// where its first word was; an empty rest (a word that is another's beginning) matches anywhere, so the words
// on either side of it are never moved across it. A word with a character whose lowercase and uppercase forms
// do not map to each other (`ſ`, the Kelvin sign, `İ`: folded unlike their lowercase; `ß` and `ẞ` are one) leaves the list flat.

const SYNTAX = /[.*+?^${}()|[\]\\]/g

/** One word escaped for a pattern. */
function escaped(word: string): string {
  return word.replace(SYNTAX, '\\$&')
}

const foldKeys = new Map<string, string | null>()

/** The key of a character that every character alike under case folding shares (its lowercase), or null when none does. */
function foldKey(char: string): string | null {
  let key = foldKeys.get(char)
  if (key === undefined) foldKeys.set(char, (key = foldKeyOf(char)))
  return key
}

function foldKeyOf(char: string): string | null {
  // `ß` has no one-letter uppercase; only the capital `ẞ` folds to it.
  if (char === 'ß' || char === 'ẞ') return 'ß'
  const lower = char.toLowerCase()
  const upper = char.toUpperCase()
  const paired =
    lower.length === char.length && upper.length === char.length && upper.toLowerCase() === lower && lower.toUpperCase() === upper
  return paired ? lower : null
}

declare global {
  /** The alternations the modules make as they load, written into the bundle by its build (scripts/bundle.mjs). */
  var REPORT_EXTRACT_ALTERNATIONS: ReadonlyArray<readonly [string, string]> | undefined
}

// Each made alternation, by its words: at load the lexicons' lists are factored 119 times, 63 of them distinct.
// The bundle starts with those its modules make, so a run makes none of them (factoring them cost about 50 ms of
// each run, in code not yet compiled); the tsc output and the tests make them. Bounded, for a long-lived process
// given ever new options (their lists are factored too).
const made = new Map<string, string>(globalThis.REPORT_EXTRACT_ALTERNATIONS ?? [])
const MADE_AT_MOST = 1000

/** The alternations made so far in this process, by their words (JSON): the bundle's build writes them into it. */
export function madeAlternations(): Array<[string, string]> {
  return [...made]
}

/** The words (in the order given) as one alternation, factored where every character has a fold key; else flat. */
export function factoredAlternation(words: readonly string[]): string {
  const key = JSON.stringify(words)
  let pattern = made.get(key)
  if (pattern === undefined) {
    if (made.size >= MADE_AT_MOST) made.clear()
    made.set(key, (pattern = factoredAfresh(words)))
  }
  return pattern
}

/** A word's code points: the word itself when it has no surrogate (each code unit is a code point), else their list. */
type Points = string | readonly string[]

const SURROGATE = /[\uD800-\uDFFF]/

function factoredAfresh(words: readonly string[]): string {
  const points: readonly Points[] = words.some((word) => SURROGATE.test(word)) ? words.map((word) => Array.from(word)) : words
  for (const word of points) for (let i = 0; i < word.length; i++) if (foldKey(word[i]!) === null) return words.map(escaped).join('|')
  return factored(points, 0)
}

/** Code points `from` to `to` of a word, as text. */
function textOf(word: Points, from: number, to?: number): string {
  return typeof word === 'string' ? word.slice(from, to) : word.slice(from, to).join('')
}

/** Words as code points, from code point `at` on, factored: the runs between empty rests each grouped by their first character. */
function factored(words: readonly Points[], at: number): string {
  const parts: string[] = []
  let run: Points[] = []
  for (const word of words) {
    if (word.length > at) {
      run.push(word)
      continue
    }
    if (run.length > 0) parts.push(grouped(run, at))
    parts.push('')
    run = []
  }
  if (run.length > 0) parts.push(grouped(run, at))
  return parts.join('|')
}

/** Non-empty rests grouped by the fold key of their first character, each group where its first word was. */
function grouped(words: readonly Points[], at: number): string {
  const groups = new Map<string, Points[]>()
  for (const word of words) {
    const key = foldKey(word[at]!)!
    const group = groups.get(key)
    if (group) group.push(word)
    else groups.set(key, [word])
  }
  let pattern = ''
  for (const group of groups.values()) pattern += (pattern === '' ? '' : '|') + groupPattern(group, at)
  return pattern
}

/** A group's rests: the beginning they share once and what follows factored, when they begin with the very same characters. */
function groupPattern(group: readonly Points[], at: number): string {
  const head = group[0]!
  const first = head[at]!
  if (group.length === 1 || !group.every((word) => word[at] === first)) return group.map((word) => escaped(textOf(word, at))).join('|')
  let shared = at + 1
  while (group.every((word) => word.length > shared && word[shared] === head[shared])) shared++
  return `${escaped(textOf(head, at, shared))}(?:${factored(group, shared)})`
}

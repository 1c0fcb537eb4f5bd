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

/** The key of a character that every character alike under case folding shares (its lowercase), or null when none does. */
function foldKey(char: string): string | null {
  // `ß` has no one-letter uppercase; only the capital `ẞ` folds to it.
  if (char === 'ß' || char === 'ẞ') return 'ß'
  const lower = char.toLowerCase()
  const upper = char.toUpperCase()
  const paired =
    lower.length === char.length && upper.length === char.length && upper.toLowerCase() === lower && lower.toUpperCase() === upper
  return paired ? lower : null
}

/** The words (in the order given) as one alternation, factored where every character has a fold key; else flat. */
export function factoredAlternation(words: readonly string[]): string {
  const points = words.map((word) => Array.from(word))
  if (points.some((word) => word.some((char) => foldKey(char) === null))) return words.map(escaped).join('|')
  return factored(points)
}

/** Words as code points, factored: the runs between empty words each grouped by their first character. */
function factored(words: readonly string[][]): string {
  const parts: string[] = []
  let run: string[][] = []
  for (const word of words) {
    if (word.length > 0) {
      run.push(word)
      continue
    }
    if (run.length > 0) parts.push(grouped(run))
    parts.push('')
    run = []
  }
  if (run.length > 0) parts.push(grouped(run))
  return parts.join('|')
}

/** Non-empty words grouped by the fold key of their first character, each group where its first word was. */
function grouped(words: readonly string[][]): string {
  const groups = new Map<string, string[][]>()
  for (const word of words) {
    const key = foldKey(word[0]!)!
    const group = groups.get(key)
    if (group) group.push(word)
    else groups.set(key, [word])
  }
  return [...groups.values()].map(groupPattern).join('|')
}

/** A group's words: the beginning they share once and the rests factored, when they begin with the very same characters. */
function groupPattern(group: readonly string[][]): string {
  const first = group[0]![0]!
  if (group.length === 1 || !group.every((word) => word[0] === first)) return group.map((word) => escaped(word.join(''))).join('|')
  let shared = 1
  while (group.every((word) => word.length > shared && word[shared] === group[0]![shared])) shared++
  const prefix = group[0]!.slice(0, shared).join('')
  return `${escaped(prefix)}(?:${factored(group.map((word) => word.slice(shared)))})`
}

// An attendance written as prose under a participants heading, as formal minutes record it: `The following
// members of the Board of Directors were present: Anna Berg, Tom Krause, and Lena Lindqvist. Jan Holm (Treasurer)
// was also in attendance.` Read sentence by sentence over the wrapped lines joined, so a name broken at a line's
// end (`Andrew` / `Kuchling`) is one name. Pure string functions.
import { lexicon } from '../lexicon/index.js'
import { looksLikeName } from '../text/names.js'

/** A listed person as the prose gives them: the name and the office in parentheses after it. */
export interface ProseAttendee {
  name: string
  position: string
}

const PARTICLES = new Set(lexicon.nameParticles)
// A capitalised word of a name or an initial (`B.`); a closing comma or full stop ends the run after it.
const NAME_WORD = /^(?:\p{Lu}(?:[\p{Ll}\p{M}'’-]|\?(?=\p{Ll}))+|\p{Lu}\.)$/u
const INITIAL = /^\p{Lu}\.$/u
// A sentence ends at a full stop after a lowercase letter, a digit or a parenthesis, before a capital (not `Kurt B. Kaiser`).
const SENTENCE_END = /(?<=[\p{Ll}\d)][.!?])\s+(?=\p{Lu})/u
/** Longest office read in parentheses after a name, in characters. */
const MAX_OFFICE = 40

/** The people a prose attendance names, in order; a name given again by its initial (`D. Goodger`) once. */
export function proseAttendees(text: string, position: RegExp): ProseAttendee[] {
  const people: ProseAttendee[] = []
  for (const sentence of text.split(SENTENCE_END)) {
    const tokens = sentence.split(' ')
    for (let i = 0; i < tokens.length; i++) {
      const end = runEnd(tokens, i)
      const name = tokens
        .slice(i, end)
        .join(' ')
        .replace(/[,.;:]$/, '')
      if (end > i + 1 && looksLikeName(name)) {
        people.push({ name, position: officeAfter(tokens, end, position) })
        i = end - 1
      }
    }
  }
  return people.filter((person, k) => !people.some((other, j) => j !== k && shortens(person.name, other.name)))
}

/** Where a run of name words from `i` ends: a particle only inside it, a comma or full stop closing it. */
function runEnd(tokens: readonly string[], i: number): number {
  let k = i
  while (k < tokens.length) {
    const word = tokens[k]!.replace(/[,;:]$/, '')
    const inside = k > i && PARTICLES.has(word)
    if (!NAME_WORD.test(word) && !(NAME_WORD.test(word.replace(/\.$/, '')) && k > i) && !inside) break
    k++
    // `Holden.` ends the name (an initial's full stop does not), as does `Deibel,`.
    if (/[,;:]$/.test(tokens[k - 1]!) || (/\.$/.test(tokens[k - 1]!) && !INITIAL.test(tokens[k - 1]!))) break
  }
  while (k > i && PARTICLES.has(tokens[k - 1]!)) k--
  return k
}

/** The office in parentheses right after a name (`(Assistant Treasurer)`), when it names one; else ''. */
function officeAfter(tokens: readonly string[], end: number, position: RegExp): string {
  const rest = tokens.slice(end, end + 6).join(' ')
  const office = /^\(([^()]{2,40})\)/u.exec(rest)?.[1] ?? ''
  return office.length <= MAX_OFFICE && position.test(office) ? office : ''
}

/** Whether `short` gives `full` by its initial (`D. Goodger` for David Goodger). */
function shortens(short: string, full: string): boolean {
  const words = short.split(' ')
  return words.length === 2 && INITIAL.test(words[0]!) && full.endsWith(` ${words[1]}`) && full.startsWith(words[0]!.charAt(0))
}

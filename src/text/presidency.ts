// A record's note of who takes the chair from there on, on a line of its own: `(Présidence de M. R. Hotyat)`,
// `(Presidencia del Sr. Gómez)`, `Vorsitz: Dr. Anna Berg`. It heads nothing (headings) and says whom a label by
// the presiding office alone names from there on (speakers-presidency.ts).
import { lexicon } from '../lexicon/index.js'
import { collapseSpace } from './normalize.js'

const NOTES = [...new Set(lexicon.presidencyNotes.map((phrase) => phrase.toLowerCase()))].sort((a, b) => b.length - a.length)
/** The longest a note runs: a phrase, an honorific, an office and a name. */
const MAX_NOTE = 90

/** What follows a note's phrase (`M. R. Hotyat`), or null when `text` is no note. */
export function presidencyNoteRest(text: string): string | null {
  // A cheap test first: short, on one line.
  if (NOTES.length === 0 || text.length > MAX_NOTE || text.includes('\n')) return null
  const inner = collapseSpace(text.trim().replace(/^\((.*)\)$/su, '$1'))
  const lowered = inner.toLowerCase()
  const phrase = NOTES.find((candidate) => lowered.startsWith(candidate) && /^[\s:]/u.test(inner.slice(candidate.length)))
  if (phrase === undefined) return null
  const rest = inner.slice(phrase.length).replace(/^:/, '').trim()
  // A name or a civility follows, capitalised: `la présidence de la commission a changé` is a sentence.
  return /^\p{Lu}/u.test(rest) ? rest : null
}

/** Whether a line is a note of who presides from there on. */
export function isPresidencyNote(text: string): boolean {
  return presidencyNoteRest(text) !== null
}

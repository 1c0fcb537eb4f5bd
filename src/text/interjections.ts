// Interjections a record prints in parentheses, which are no speaker's words: an audience's reaction
// (`(Beifall bei der SPD)`, `(Applause)`, `(Rires)`), or a member's call from the floor under their label
// (`(Abg. Renner: Ich bitte ums Wort!)`, `(Abg. Dr. Dregger [CDU/CSU]: Wo waren Sie denn?)`).
import { alternation, lexicon } from '../lexicon/index.js'
import { parseLabel } from './labels.js'
import { readOpening } from './turns.js'

/** A word of the lexicons' audience reactions at a word's start. */
const REACTION = new RegExp(`(?<![\\p{L}])(?:${alternation(lexicon.interjections)})`, 'iu')

/** What a parenthesis (`(…)`, whole) says is an interjection: a reaction, or a label that names a person and their call. */
export function isInterjectionText(text: string): boolean {
  return REACTION.test(text) || isNamedCall(text)
}

/** `(Abg. Renner: …)`, `(Dr. Seelos: …)`, `(Abg. Frau Beck-Oberdorf [GRÜNE]: …)`: the party in brackets, as records print it there. */
function isNamedCall(text: string): boolean {
  const inside = text.slice(1).replace(/\[([^\]]{1,40})\]/g, '($1)')
  const opening = readOpening(inside)
  if (opening?.form !== 'colon') return false
  const parts = parseLabel(opening.label, 'colon')
  return parts !== null && parts.kind === 'person' && parts.strong
}

/** A name of one to five capitalised words, then a recorder's notice, and nothing else. */
const RECORDER_NOTICE = new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,5}(?:${alternation(lexicon.recorderNotices)})\\.?$`, 'u')

/** `Anna Berg started transcription`, `Karl Lund stopped recording`: a call recorder's note in its export, no one's words. */
export function isRecorderNotice(text: string): boolean {
  return RECORDER_NOTICE.test(text)
}

// Name lines over points: minutes that put who spoke on a line of its own (`Daniel`, `Ike Kunze`) and what they
// said in the list below it. A short title over a list (`Background`, `Next Steps`) is written so too; the
// difference is the document's: a name's words are never written in lowercase elsewhere in it, and minutes
// written so do it for several speakers.
import type { FlowEntry } from '../parse/flow.js'
import { flatText } from '../parse/text.js'
import { parseLabel } from '../text/labels.js'
import type { Claims } from './define.js'
import type { RosterPerson } from './speakers-roster.js'
import { lexicon } from '../lexicon/index.js'

/** Fewest name lines over lists that make them the document's way of saying who spoke. */
const MIN_NAME_LINES = 3
/** Most words of a name on a line of its own. */
const MAX_WORDS = 4

const PARTICLES = new Set(lexicon.nameParticles)
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]{0,30}$/u

/** Flow indices of paragraphs that are a name alone over a list of the speaker's points, when the document has several. */
export function nameLines(
  flow: readonly FlowEntry[],
  claims: Claims,
  lowercase: () => ReadonlySet<string>,
  roster: readonly RosterPerson[],
): Set<number> {
  // A listed participant's name is a name, whatever a chat nick writes in lowercase (`From daniel to Everyone`).
  // Both sets are made only when a paragraph stands over a list (the document's words are read once, and only then).
  let names: ReadonlySet<string> | undefined
  const isCommon = (word: string) => {
    names ??= new Set(roster.flatMap((person) => person.name.toLowerCase().split(' ')))
    return lowercase().has(word) && !names.has(word)
  }
  const found = new Set<number>()
  for (let i = 0; i + 1 < flow.length; i++) {
    const entry = flow[i]!
    const next = flow[i + 1]!
    if (entry.node.type !== 'paragraph' || entry.item || entry.quoteDepth > 0 || claims.isClaimed(entry.node)) continue
    if (next.item === null || next.item.children[0] !== next.node) continue
    if (isNameAlone(flatText(entry.node), isCommon)) found.add(i)
  }
  return found.size >= MIN_NAME_LINES ? found : new Set()
}

/** One to four capitalised words (particles between), none written in lowercase in the document, that a label would read as a person. */
function isNameAlone(text: string, isCommon: (word: string) => boolean): boolean {
  const words = text.trim().split(' ')
  if (words.length > MAX_WORDS || text.length > 60) return false
  const named = words.filter((word) => !PARTICLES.has(word))
  if (named.length === 0 || !named.every((word) => NAME_WORD.test(word) && !isCommon(word.toLowerCase()))) return false
  if (PARTICLES.has(words[0]!) || PARTICLES.has(words.at(-1)!)) return false
  return parseLabel(text, 'colon')?.kind === 'person'
}

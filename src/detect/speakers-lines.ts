// Name lines over points: minutes that put who spoke on a line of its own (`Daniel`, `Ike Kunze`) and what they
// said in the list below it. A short title over a list (`Background`, `Next Steps`) is written so too; the
// difference is the document's: a name's words are never written in lowercase elsewhere in it, and minutes
// written so do it for several speakers.
import type { FlowEntry } from '../parse/flow.js'
import type { Paragraph } from 'mdast'
import { flatText, soleEmphasis } from '../parse/text.js'
import { collapseSpace, isAllCaps } from '../text/normalize.js'
import { withoutEndColon } from '../text/scan.js'
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

/**
 * Flow indices of paragraphs that are a name alone over a list of the speaker's points, or alone on the first line
 * under an item's heading (its presenter), when the document has several of that kind.
 */
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
  const overLists: number[] = []
  const underHeadings: number[] = []
  const bold: number[] = []
  for (let i = 0; i + 1 < flow.length; i++) {
    const entry = flow[i]!
    const next = flow[i + 1]!
    if (entry.node.type !== 'paragraph' || entry.item || entry.quoteDepth > 0 || claims.isClaimed(entry.node)) continue
    if (isBoldSpeaker(entry.node, next)) {
      bold.push(i)
      continue
    }
    const overList = next.item !== null && next.item.children[0] === next.node
    // `Fragmentation Avoidance in DNS` / `Kazunori Fujiwara`: an item's presenter alone on its first line.
    // One line, over the item's notes: a roll call's names in a column under `AYES--3` are no presenter.
    const underHeading = !overList && flow[i - 1]?.node.type === 'heading' && next.node.type !== 'heading' && oneLine(entry)
    if (!(overList || underHeading) || !isNameAlone(flatText(entry.node), isCommon)) continue
    ;(overList ? overLists : underHeadings).push(i)
  }
  return new Set([overLists, underHeadings, bold].flatMap((found) => (found.length >= MIN_NAME_LINES ? found : [])))
}

/** Most characters of a bold speaker's line. */
const MAX_BOLD_SPEAKER = 80

/**
 * A bold line alone with a civility, over a paragraph of remarks: `**M. DUPONT**`, `**Monsieur le Maire**`,
 * `**Intervention de Mme l’adjointe aux finances**`, as minutes written in Word set who speaks.
 */
function isBoldSpeaker(node: Paragraph, next: FlowEntry): boolean {
  if (next.node.type !== 'paragraph' || next.item || soleEmphasis(node)?.kind !== 'strong') return false
  const text = withoutEndColon(collapseSpace(flatText(node)))
  if (text.length > MAX_BOLD_SPEAKER || /[,;!?]$/u.test(text)) return false
  const parts = parseLabel(text, 'colon')
  return parts !== null && parts.honorific !== '' && (parts.kind === 'person' || parts.kind === 'role')
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

/** Whether a flow entry's node stands on one source line. */
function oneLine(entry: FlowEntry): boolean {
  const position = entry.node.position
  return position !== undefined && position.start.line === position.end.line
}

const TURN_NOUNS = new Set(lexicon.turnNouns.map((word) => word.toLowerCase()))

/**
 * A heading naming a speech act and who made it, with a civility (`## Intervention de M. DUPONT`, `### Réponse de
 * Mme l’adjointe aux finances`): that speaker's turn, as a bold line of the kind is.
 */
export function isActHeading(title: string): boolean {
  if (title.length > MAX_BOLD_SPEAKER || !TURN_NOUNS.has(title.split(' ', 1)[0]!.toLowerCase())) return false
  // A hearing's heading in capitals (`STATEMENT OF SENATOR JACK REED`) heads a statement its own label opens.
  if (isAllCaps(title)) return false
  const parts = parseLabel(title, 'colon')
  return parts !== null && parts.honorific !== '' && (parts.kind === 'person' || parts.kind === 'role')
}

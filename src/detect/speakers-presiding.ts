// Who presides a meeting, as minutes say at their opening: `sous la présidence de M. Philippe Martin, Maire`,
// `Président de séance : Anne Roux`, `Preside el Sr. Alcalde-Presidente, D. Juan Pérez y da fe…`. A label by
// a presiding office alone (`M. le Maire :`, `Mme la Présidente répond…`, `El Sr. Alcalde informa…`) names
// that person (speakers-roster.ts resolveLabel). A token scanner over the opening paragraphs, no pattern.
import { lexicon } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, plainText } from '../parse/text.js'
import { parseLabel } from '../text/labels.js'
import { collapseSpace } from '../text/normalize.js'
import { type RosterPerson, printedName, resolveLabel } from './speakers-roster.js'

const lower = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()))
// Longest first: `présidence de séance` before `présidence`.
const longestFirst = (words: readonly string[]) => [...lower(words)].sort((a, b) => b.length - a.length)
const PHRASES = longestFirst(lexicon.presidingPhrases)
const LABELS = longestFirst(lexicon.presidingLabels)
const HONORIFICS = lower(lexicon.honorifics)
const TITLES = lower(lexicon.titles)
const LONGEST_TITLE = Math.max(...lexicon.titles.map((title) => title.split(' ').length))
const PARTICLES = new Set(lexicon.nameParticles)
// Between the phrase and the office or name: `présidé par le Maire`, `bajo la presidencia del Sr. …`.
const SKIPPED = new Set([...lower(lexicon.titleArticles), ...lower(lexicon.affiliationWords)])
const JOINERS = lower(lexicon.conjunctions)
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]{0,30}$/u
const INITIAL = /^\p{Lu}\.$/u

/** Flow entries at the opening of minutes where who presides is said. */
const OPENING = 40
/** Characters of a paragraph searched for a presiding phrase. */
const SEARCHED = 600
/** Tokens read after the phrase. */
const MAX_TOKENS = 16
/** Most words of a name. */
const MAX_NAME = 5

/** The person the opening of a record says presides (`presides` set, the office as position), or null. */
export function readPresiding(flow: readonly FlowEntry[]): RosterPerson | null {
  const end = Math.min(flow.length, OPENING)
  for (let i = 0; i < end; i++) {
    const node = flow[i]!.node
    if (node.type !== 'paragraph' && node.type !== 'heading') continue
    // A label's line (`Président de séance : …`) ends at its line's end; a sentence runs over soft line ends.
    for (const line of plainText(node).split('\n')) {
      const labelled = line.includes(':') ? presiderAfter(collapseSpace(line), true) : null
      if (labelled) return labelled
    }
    const stated = presiderAfter(flatText(node).slice(0, SEARCHED), false)
    if (stated) return stated
  }
  return null
}

/** The presider named after a presiding phrase in `text`: after its label's colon (`label`), or in a sentence. */
function presiderAfter(text: string, label: boolean): RosterPerson | null {
  const lowered = text.toLowerCase()
  for (const phrase of label ? LABELS : PHRASES) {
    const at = label ? (lowered.startsWith(phrase) ? 0 : -1) : lowered.indexOf(phrase)
    if (at < 0 || (at > 0 && lowered[at - 1] !== ' ')) continue
    const rest = text.slice(at + phrase.length)
    // A whole word (`preside` is not `presidente`); a label needs its colon, a sentence has none.
    const colon = /^\s?:/.test(rest)
    if (!/^[\s:,]/.test(rest) || colon !== label) continue
    const person = presiderIn(rest.replace(/^\s?:/, '').trim().split(' ').slice(0, MAX_TOKENS))
    if (person) return person
  }
  return null
}

/**
 * The person the tokens after a presiding phrase name: articles, civilities and an office (`le Sr. Alcalde,`)
 * perhaps before the name, the name's capitalised words, perhaps an office after it (`, Maire`).
 */
export function presiderIn(tokens: readonly string[]): RosterPerson | null {
  let i = 0
  const honorifics: string[] = []
  let office = ''
  for (let round = 0; round < 2; round++) {
    while (i < tokens.length && SKIPPED.has(bare(tokens[i]!))) i++
    while (i < tokens.length && HONORIFICS.has(bare(tokens[i]!))) honorifics.push(tokens[i++]!.replace(/,$/, ''))
    while (i < tokens.length && SKIPPED.has(bare(tokens[i]!))) i++
    const end = officeEnd(tokens, i)
    if (end === i) break
    office = joined(tokens, i, end)
    i = end
    // An office set off before the name (`le Sr. Alcalde-Presidente, D. Juan Pérez`), or the office alone.
    if (!tokens[i - 1]!.endsWith(',')) break
  }
  // German puts the office before the civility: `Bürgermeister Dr. Hans Keller`.
  while (office !== '' && i < tokens.length && HONORIFICS.has(bare(tokens[i]!))) honorifics.push(tokens[i++]!)
  const name: string[] = []
  let closed = false
  while (i < tokens.length && name.length < MAX_NAME && !closed) {
    const token = tokens[i]!
    // An initial keeps its full stop and goes on to the family name (`M. R. Hotyat`).
    const word = INITIAL.test(token) ? token : token.replace(/[,.;]$/, '')
    if (JOINERS.has(word) || !(NAME_WORD.test(word) || INITIAL.test(word) || (name.length > 0 && PARTICLES.has(word)))) break
    if (name.length > 0 && officeEnd(tokens, i) > i) break
    name.push(word)
    i++
    closed = word !== token
  }
  while (name.length > 0 && PARTICLES.has(name.at(-1)!)) name.pop()
  if (name.length === 0) return null
  // An office after the name: `M. Philippe MARTIN, Maire`.
  if (tokens[i - 1]!.endsWith(',') && office === '') {
    const end = officeEnd(tokens, i)
    if (end > i) office = joined(tokens, i, end)
  }
  const honorific = honorifics.join(' ')
  return { name: printedName(name.join(' '), honorifics), honorific, position: office, organization: '', aliases: [], presides: true }
}

/** A token as compared with the lexicons: lowercase, without the punctuation after it. */
function bare(token: string): string {
  return token.replace(/[,;:]$/, '').toLowerCase()
}

function joined(tokens: readonly string[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .join(' ')
    .replace(/[,.;:]$/, '')
}

/** Where an office of the lexicon's that starts at token `i` ends (`Alcalde-Presidente,`, `Premier adjoint`), or `i`. */
function officeEnd(tokens: readonly string[], i: number): number {
  for (let k = Math.min(LONGEST_TITLE, tokens.length - i); k >= 1; k--) {
    if (TITLES.has(joined(tokens, i, i + k).toLowerCase())) return i + k
  }
  return i
}

/** The roster with whom the opening says presides: the listed person it names, marked, else that person added. */
export function withPresiding(people: RosterPerson[], presider: RosterPerson | null): RosterPerson[] {
  if (!presider) return people
  const parts = parseLabel(presider.name, 'colon')
  const listed = parts ? resolveLabel(parts, presider.name, people) : null
  if (!listed) return [...people, presider]
  return people.map((person) =>
    person === listed
      ? {
          ...person,
          presides: true,
          position: person.position || presider.position,
          honorific: person.honorific || presider.honorific,
        }
      : person,
  )
}

// A talk's speaker line, as seminar reports print it under the talk's title: who gave the talk, then where
// from — `Sam Lindley, The University of Edinburgh`, `Anna Berg (Nordic Institute – Oslo, NO)`, a joint talk
// `William J. Bowman & Paulette Koronkevich, University of British Columbia`. Read by the plain-text reader
// (which keeps the line a paragraph of its own) and by the speakers detector (which reads it under a heading).
import { alternation, lexicon } from '../lexicon/index.js'
import { looksLikeName } from './names.js'

export interface SpeakerLineParts {
  /** Who gave the talk, each as printed. */
  names: string[]
  /** The affiliation after the comma, or inside the parentheses. */
  organization: string
}

/** Most characters a speaker line takes. */
const MAX_LINE = 140
// The line's spaces are single (collapsed by its readers).
const JOINED_NAMES = / (?:&|and) /u
// `Fatou NDIAYE, Senior Economist, …`: a position after the name is no second giver's name.
const POSITION = new RegExp(`\\b(?:${alternation(lexicon.positions)})\\b`, 'iu')

// A programme's label before the line (`Speaker: Anna Berg (Nordic Institute)`, `Referentin: …`).
const PRESENTER = new RegExp(`^(?:${alternation(lexicon.presenterLabels)}) ?[:：] *(?=\\S)`, 'iu')

/**
 * The names and affiliation of a speaker line, or null when the text is no such line (a sentence, a list of names);
 * the presenter's label a programme prints before it is no part of it.
 */
export function speakerLineParts(line: string): SpeakerLineParts | null {
  const text = line.replace(PRESENTER, '')
  if (text.length > MAX_LINE || text.length < 5 || /[.;:]$/.test(text)) return null
  const open = text.indexOf(' (')
  const comma = text.indexOf(', ')
  const parenthesised = open > 0 && text.endsWith(')') && (comma < 0 || open < comma)
  const end = parenthesised ? open : comma
  if (end <= 0) return null
  const rest = (parenthesised ? text.slice(end + 2, -1) : text.slice(end + 2)).trim()
  if (!/^\p{Lu}/u.test(rest) || (!parenthesised && rest.includes('('))) return null
  const names = text.slice(0, end).split(JOINED_NAMES)
  // `Michael Tonks, Daniel Schwen, Idaho National Laboratory`: names listed before the affiliation are givers too.
  const parts = parenthesised ? [rest] : rest.split(', ')
  while (parts.length > 1 && looksLikeName(parts[0]!) && !POSITION.test(parts[0]!)) names.push(parts.shift()!)
  return names.every((name) => looksLikeName(name)) ? { names, organization: parts.join(', ') } : null
}

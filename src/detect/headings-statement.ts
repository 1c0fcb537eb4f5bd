// A hearing's witness statement heading as a paragraph of its own, in capitals (`STATEMENT OF JANE ROE, DIRECTOR,
// OFFICE OF WATER` broken over lines anywhere), as a typewritten record read as Markdown leaves it.
import type { Paragraph, RootContent } from 'mdast'
import { lexicon } from '../lexicon/index.js'
import { paragraphLines } from '../parse/text.js'
import { collapseSpace, isCapsLine } from '../text/normalize.js'

/** The openings of a statement's heading in capitals (`STATEMENT OF `, `TESTIMONY OF `). */
const OPENINGS = lexicon.statementHeadings.map((words) => `${words.toUpperCase()} `)
const FIRST = new Set(OPENINGS.map((words) => words.charAt(0)))
/** Most lines a statement's heading runs over. */
const MOST_LINES = 4

/**
 * The heading a paragraph in capitals opening with a statement's words is, its lines joined; null for any other. A heading
 * whose last line ends with a comma goes on over the next paragraph in capitals (`STATEMENT OF ALAN GREENSPAN, CHAIRMAN,` /
 * blank / `BOARD OF GOVERNORS OF THE FEDERAL RESERVE SYSTEM`, as a record sets a long one): `continued` says so.
 */
export function statementHeading(node: Paragraph, next?: RootContent): { text: string; continued: boolean } | null {
  const lines = paragraphLines(node)
  const first = lines[0]?.text.trim() ?? ''
  // Most paragraphs open otherwise: the first character rules them out before any search.
  if (!FIRST.has(first.charAt(0)) || lines.length > MOST_LINES || !OPENINGS.some((words) => first.startsWith(words))) return null
  if (!lines.every((line) => isCapsLine(line.text))) return null
  // The plain-text reader may have made the line in capitals after it a heading of its own.
  const after = next?.type === 'paragraph' || next?.type === 'heading' ? next : null
  const more = after !== null && lines.at(-1)!.text.trim().endsWith(',') ? paragraphLines(after) : []
  const continued = more.length > 0 && lines.length + more.length <= MOST_LINES && more.every((line) => isCapsLine(line.text))
  const taken = continued ? [...lines, ...more] : lines
  return { text: collapseSpace(taken.map((line) => line.text).join(' ')), continued }
}

// A hearing's witness statement heading as a paragraph of its own, in capitals (`STATEMENT OF JANE ROE, DIRECTOR,
// OFFICE OF WATER` broken over lines anywhere), as a typewritten record read as Markdown leaves it.
import type { Paragraph } from 'mdast'
import { lexicon } from '../lexicon/index.js'
import { paragraphLines } from '../parse/text.js'
import { collapseSpace, isCapsLine } from '../text/normalize.js'

/** The openings of a statement's heading in capitals (`STATEMENT OF `, `TESTIMONY OF `). */
const OPENINGS = lexicon.statementHeadings.map((words) => `${words.toUpperCase()} `)
const FIRST = new Set(OPENINGS.map((words) => words.charAt(0)))
/** Most lines a statement's heading runs over. */
const MOST_LINES = 4

/** The heading a paragraph in capitals opening with a statement's words is, its lines joined; null for any other. */
export function statementHeading(node: Paragraph): string | null {
  const lines = paragraphLines(node)
  const first = lines[0]?.text.trim() ?? ''
  // Most paragraphs open otherwise: the first character rules them out before any search.
  if (!FIRST.has(first.charAt(0)) || lines.length > MOST_LINES || !OPENINGS.some((words) => first.startsWith(words))) return null
  return lines.every((line) => isCapsLine(line.text)) ? collapseSpace(lines.map((line) => line.text).join(' ')) : null
}

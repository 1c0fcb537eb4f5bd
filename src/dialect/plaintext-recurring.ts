// Headings a report repeats in each of its parts. A report of case studies, facilities or sessions written to one
// template heads each part's pieces alike (`Background`, `Network Requirements and Science Process – the next 5
// years`, `Beyond 5 years – future needs and scientific direction`), the bold of a word processor lost: a line that
// opens a paragraph, written as no sentence, met at the head of three paragraphs or more, is such a heading, however
// it is cased.
import { alternation, lexicon } from '../lexicon/index.js'
import { titleKey } from '../text/normalize.js'
import { numberedLine } from './plaintext-headings.js'
import type { Line } from './plaintext-pages.js'

/** Paragraphs a line must head, in as many parts, to be the template's heading. */
const RECURRING_MINIMUM = 3
const MAX_LENGTH = 80
const MAX_WORDS = 12
/** A finite auxiliary after a line's first word, in lowercase: the line is a sentence. */
const FINITE_VERB = new RegExp(`\\s(?:${alternation(lexicon.finiteVerbs)})\\s`, 'u')

/** A line that may head a paragraph as a template's heading: short, opening with a capital, no sentence, no item. */
function headingShape(line: Line | null | undefined): string | null {
  if (!line || line.soft) return null
  // A label over its items (`Topics to discuss:`) is a template's too, but a label: it heads no part.
  const text = line.text.trim()
  if (text.length < 3 || text.length > MAX_LENGTH || text.split(/\s+/).length > MAX_WORDS) return null
  // A label and its text (`Participants: please add your name …`) is no title.
  if (!/^\p{Lu}/u.test(text) || /[.,;:!?：]$|[:：]\s/u.test(text) || /\s{3,}/.test(text) || FINITE_VERB.test(text)) return null
  return numberedLine(text, 0) === null ? titleKey(text) : null
}

function isBlank(line: Line | null | undefined): boolean {
  return line === null || line === undefined || (line.text.trim() === '' && !line.soft)
}

/** The nearest line before or after `index` that is not a soft blank (a row of the other column). */
function neighbour(lines: ReadonlyArray<Line | null>, index: number, step: 1 | -1): Line | null | undefined {
  let at = index + step
  while (lines[at]?.soft) at += step
  return lines[at]
}

/** Whether a line heads the text right under it (after a blank line, over a line of text). */
function headsText(lines: ReadonlyArray<Line | null>, index: number): boolean {
  const next = neighbour(lines, index, 1)
  // A line in lowercase under it goes on with its sentence.
  return isBlank(neighbour(lines, index, -1)) && !isBlank(next) && headingShape(next) === null && !/^\p{Ll}/u.test(next!.text.trim())
}

/** The lines that are a template's recurring headings, by index. */
export function recurringHeadings(lines: ReadonlyArray<Line | null>): Set<number> {
  const byKey = new Map<string, number[]>()
  lines.forEach((line, index) => {
    const key = headingShape(line)
    if (key === null || key.length < 3 || !headsText(lines, index)) return
    byKey.set(key, [...(byKey.get(key) ?? []), index])
  })
  const recurring = new Set<number>()
  for (const indexes of byKey.values()) if (indexes.length >= RECURRING_MINIMUM) for (const index of indexes) recurring.add(index)
  return recurring
}

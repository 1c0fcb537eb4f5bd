// Who speaks in plain text without blank lines (`pdftotext -raw`). A label of one name (`Anssi: …`) opens a turn
// only when it names a speaker of this text: one whose label opens three lines or more, or whose name the text writes
// in full (`Anssi Kostiainen` in the roster). A form's fields (`Uso: Patrimonial`, `Sur: Calle …`) are neither.
import { isAllCaps } from '../text/normalize.js'
import { parseLabel } from '../text/labels.js'
import { readOpening } from '../text/turns.js'
import type { Line } from './plaintext-pages.js'

/** Lines a label opens before it is a speaker's by itself. */
const RECURRING = 3

/** The label a line opens with, as a speaker's turn does (`Anssi: Many talks…`), and the text goes on; null if none. */
export function turnLabel(line: Line | null | undefined): string | null {
  if (!line || line.soft) return null
  const text = line.text.trimStart()
  if (!/^\p{Lu}/u.test(text)) return null
  const opening = readOpening(text)
  if (opening?.form !== 'colon' || opening.end >= text.length || parseLabel(opening.label, 'colon') === null) return null
  return opening.label
}

/** The labels of one name that name this text's speakers (an acronym, `CL :`, names no one by itself). */
export function rawTurnNames(lines: ReadonlyArray<Line | null>): Set<string> {
  const counts = new Map<string, number>()
  const fullNames = new Set<string>()
  for (const line of lines) {
    if (!line) continue
    const label = turnLabel(line)
    if (label !== null && !isAllCaps(label)) counts.set(label, (counts.get(label) ?? 0) + 1)
    // A given name before a capitalised word: the name written in full somewhere (`Anssi Kostiainen,`).
    for (const match of line.text.matchAll(/(?<![\p{L}-])(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}/gu)) fullNames.add(match[1]!)
  }
  const names = new Set<string>()
  for (const [label, count] of counts) if (count >= RECURRING || fullNames.has(label)) names.add(label)
  return names
}

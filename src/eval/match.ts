// How two values are compared: strictly (exact after collapsing whitespace) or softly (case and
// punctuation do not count, or a Levenshtein ratio of at least 0.9), as GROBID's field-level results.
import { collapseSpace, similarity, titleKey } from '../text/normalize.js'

export const MODES = ['strict', 'soft'] as const
export type Mode = (typeof MODES)[number]

const SOFT_SIMILARITY = 0.9

/** A value as compared: strings with whitespace collapsed, numbers as written; null, undefined and "" are empty. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return ''
  return collapseSpace(String(value))
}

/** The values a gold value allows: the values of `{ anyOf: [...] }`, else the value itself. */
export function alternatives(gold: unknown): unknown[] {
  return typeof gold === 'object' && gold !== null && 'anyOf' in gold && Array.isArray(gold.anyOf) ? gold.anyOf : [gold]
}

/** Whether what was found matches the gold value (any of its alternatives). */
export function sameValue(gold: unknown, found: unknown, mode: Mode): boolean {
  return alternatives(gold).some((one) => sameOne(one, found, mode))
}

function sameOne(gold: unknown, found: unknown, mode: Mode): boolean {
  const a = valueText(gold)
  const b = valueText(found)
  if (a === b) return true
  if (mode === 'strict') return false
  return titleKey(a) === titleKey(b) || similarity(a.toLowerCase(), b.toLowerCase()) >= SOFT_SIMILARITY
}

/**
 * Pair gold items with found ones in reading order: the longest common subsequence under `same`,
 * so a speaker who speaks twenty times is paired turn by turn, not all with the first turn.
 */
export function alignInOrder(gold: number, found: number, compare: (g: number, f: number) => boolean): Array<[number, number]> {
  const equal = Array.from({ length: gold }, (_, g) => Array.from({ length: found }, (_, f) => compare(g, f)))
  const same = (g: number, f: number) => equal[g]![f]!
  const longest: number[][] = Array.from({ length: gold + 1 }, () => new Array<number>(found + 1).fill(0))
  for (let g = gold - 1; g >= 0; g--) {
    for (let f = found - 1; f >= 0; f--) {
      longest[g]![f] = same(g, f) ? longest[g + 1]![f + 1]! + 1 : Math.max(longest[g + 1]![f]!, longest[g]![f + 1]!)
    }
  }
  const pairs: Array<[number, number]> = []
  let g = 0
  let f = 0
  while (g < gold && f < found) {
    if (same(g, f) && longest[g]![f] === longest[g + 1]![f + 1]! + 1) {
      pairs.push([g, f])
      g++
      f++
    } else if (longest[g + 1]![f]! >= longest[g]![f + 1]!) g++
    else f++
  }
  return pairs
}

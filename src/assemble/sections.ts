// The body's real hierarchy: levels from the contents page where an entry matched, from numbering
// next, from the converter's `#` depths (calibrated on the matched ones) last; parents by level.

import { lexicon } from '../lexicon/index.js'
import { outlineLevels } from '../text/number-styles.js'
import { isSpace, trimEndWhere } from '../text/scan.js'

export interface SectionStart {
  title: string
  number: string | null
  /** Converter depth; null for a styled line or a speaker line. */
  depth: number | null
  /** True when the depth is the numbered outline's level (plain text), which numbering alone cannot tell. */
  outline?: boolean
  /** An annex's number: no part of the body's numbering styles. */
  annex?: true
  /** How the number is marked (`1.`, `1)`, `(1)`, `一、`, `Chapter 1`): with its numerals, its style in the outline. */
  scheme?: string
  /** Level of the contents entry it matched, if any. */
  contentsLevel: number | null
  line: number
}

const MAX_LEVEL = 9

const endPunctuation = (char: string) => char === ':' || char === '.' || isSpace(char)
const topKey = (title: string) => trimEndWhere(title.toLowerCase().replace(/[’‘`]/gu, "'"), endPunctuation).trim()
// An annex's word alone ("Annex", "Appendix:") is back matter too.
const TOP_LEVEL = new Set([...lexicon.topLevelSections, ...lexicon.annexWords].map(topKey))

export function assignLevels(starts: readonly SectionStart[]): number[] {
  const depthToLevel = calibrate(starts)
  const depths = [...new Set(starts.flatMap((start) => (start.depth === null ? [] : [start.depth])))].sort((a, b) => a - b)
  const styled = styleLevels(starts)
  const levels: number[] = []
  const shallower = shallowerStarts(starts)
  for (const [index, start] of starts.entries()) {
    let level: number
    if (start.contentsLevel !== null) level = start.contentsLevel
    // Unnumbered back and front matter ("References", "Authors' Addresses") stands at the top, wherever the outline was.
    else if (start.number === null && TOP_LEVEL.has(topKey(start.title))) level = 1
    // The plain-text reader read the level off the document's outline (a list restarting under a heading:
    // "11. Discussion", then "1.", "2." …).
    else if (start.outline && start.depth !== null) level = start.depth
    else if (styled.has(index))
      level = styled.get(index)! - 1 + (start.depth === null ? 1 : levelForDepth(start.depth, depthToLevel, depths))
    else if (start.number !== null && DOTTED.test(start.number)) level = start.number.split('.').length
    else if (start.depth !== null) {
      level = levelForDepth(start.depth, depthToLevel, depths)
      // Without a contents page to say what the depths mean, a heading is one level below its shallower parent.
      const parent = depthToLevel.size === 0 ? shallower[index] : undefined
      if (parent !== undefined) level = levels[parent]! + 1
      // … and one depth below the shallowest with none over it is a part of a document titled by its H1 (its parts `##`),
      // at the top though a closing `# Next Meeting` comes later (minutes); a deeper one keeps its depth's level.
      else if (depthToLevel.size === 0 && start.depth === depths[0]! + 1) level = 1
    } else {
      // A styled line heads a subsection of the section it follows, or is a sibling of a styled line.
      const previous = index > 0 ? starts[index - 1]! : null
      const previousLevel = index > 0 ? levels[index - 1]! : 0
      level = previous === null ? 1 : previous.depth === null && previous.contentsLevel === null ? previousLevel : previousLevel + 1
    }
    levels.push(Math.min(MAX_LEVEL, Math.max(1, level)))
  }
  return levels
}

/** A number whose parts are its depth: `3.1.2`, `12.3`, an annex's `A.1`. */
const DOTTED = /^(?:\d+(?:\.\d+)*|[A-Z](?:\.\d+)+)$/u

/**
 * A heading's depth skips no level and follows its parent's: `####` under `##` is one level below it, as a writer
 * who reached for a smaller heading meant, and `### Notes` under `## 2.1 Scope` one below the number's level (the
 * nearest earlier heading of a shallower depth is its parent). Each start's such heading, found with a stack of the
 * depths still open: looking back from every heading is quadratic in a document of many headings of one depth.
 */
function shallowerStarts(starts: readonly SectionStart[]): Array<number | undefined> {
  const open: number[] = []
  return starts.map(({ depth }, index) => {
    if (depth === null) return undefined
    while (open.length > 0 && starts[open.at(-1)!]!.depth! >= depth) open.pop()
    const parent = open.at(-1)
    open.push(index)
    return parent
  })
}

/**
 * Levels from the numbering's styles where the headings' depths do not tell them (all one depth, or styled
 * lines): see outlineLevels. Empty when the numbered headings stand at several depths.
 */
function styleLevels(starts: readonly SectionStart[]): Map<number, number> {
  const numbered = starts.flatMap((start, index) =>
    start.number !== null && start.contentsLevel === null && !start.outline && !start.annex ? [{ index, start }] : [],
  )
  const result = new Map<number, number>()
  if (new Set(numbered.map(({ start }) => start.depth)).size !== 1) return result
  const levels = outlineLevels(numbered.map(({ index, start }) => ({ number: start.number!, scheme: start.scheme, index })))
  levels?.forEach((level, at) => result.set(numbered[at]!.index, level))
  return result
}

/** The most common contents level seen at each converter depth. */
function calibrate(starts: readonly SectionStart[]): Map<number, number> {
  const votes = new Map<number, Map<number, number>>()
  for (const start of starts) {
    if (start.depth === null || start.contentsLevel === null) continue
    const tally = votes.get(start.depth) ?? new Map<number, number>()
    tally.set(start.contentsLevel, (tally.get(start.contentsLevel) ?? 0) + 1)
    votes.set(start.depth, tally)
  }
  const result = new Map<number, number>()
  for (const [depth, tally] of votes) {
    const best = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!
    const total = [...tally.values()].reduce((sum, count) => sum + count, 0)
    // A depth that headings of several levels share about equally (docling writes every heading `##`) says no level.
    if (best[1] * 3 >= total * 2) result.set(depth, best[0])
  }
  return result
}

function levelForDepth(depth: number, calibrated: ReadonlyMap<number, number>, depths: readonly number[]): number {
  const known = calibrated.get(depth)
  if (known !== undefined) return known
  const shallower = [...calibrated.keys()].filter((d) => d < depth).sort((a, b) => b - a)[0]
  if (shallower !== undefined) return calibrated.get(shallower)! + 1
  const deeper = [...calibrated.keys()].filter((d) => d > depth).sort((a, b) => a - b)[0]
  if (deeper !== undefined) return calibrated.get(deeper)! - 1
  return depths.indexOf(depth) + 1
}

/** Each section's parent: the nearest earlier section of a lower level. */
export function assignParents(levels: readonly number[]): Array<number | null> {
  const stack: number[] = []
  return levels.map((level, index) => {
    while (stack.length > 0 && levels[stack.at(-1)!]! >= level) stack.pop()
    const parent = stack.at(-1) ?? null
    stack.push(index)
    return parent
  })
}

// The body's real hierarchy: levels from the contents page where an entry matched, from numbering
// next, from the converter's `#` depths (calibrated on the matched ones) last; parents by level.

import { lexicon } from '../lexicon/index.js'
import { isSpace, trimEndWhere } from '../text/scan.js'

export interface SectionStart {
  title: string
  number: string | null
  /** Converter depth; null for a styled line or a speaker line. */
  depth: number | null
  /** True when the depth is the numbered outline's level (plain text), which numbering alone cannot tell. */
  outline?: boolean
  /** Level of the contents entry it matched, if any. */
  contentsLevel: number | null
  line: number
}

const MAX_LEVEL = 9

const endPunctuation = (char: string) => char === ':' || char === '.' || isSpace(char)
const topKey = (title: string) => trimEndWhere(title.toLowerCase().replace(/[’‘`]/gu, "'"), endPunctuation).trim()
const TOP_LEVEL = new Set(lexicon.topLevelSections.map(topKey))

export function assignLevels(starts: readonly SectionStart[]): number[] {
  const depthToLevel = calibrate(starts)
  const depths = [...new Set(starts.flatMap((start) => (start.depth === null ? [] : [start.depth])))].sort((a, b) => a - b)
  const levels: number[] = []
  for (const [index, start] of starts.entries()) {
    let level: number
    if (start.contentsLevel !== null) level = start.contentsLevel
    // Unnumbered back and front matter ("References", "Authors' Addresses") stands at the top, wherever the outline was.
    else if (start.number === null && TOP_LEVEL.has(topKey(start.title))) level = 1
    // The plain-text reader read the level off the document's outline (a list restarting under a heading:
    // "11. Discussion", then "1.", "2." …).
    else if (start.outline && start.depth !== null) level = start.depth
    else if (start.number !== null && /^\d+(?:\.\d+)*$/.test(start.number)) level = start.number.split('.').length
    else if (start.depth !== null) level = levelForDepth(start.depth, depthToLevel, depths)
    else {
      // A styled line heads a subsection of the section it follows, or is a sibling of a styled line.
      const previous = index > 0 ? starts[index - 1]! : null
      const previousLevel = index > 0 ? levels[index - 1]! : 0
      level = previous === null ? 1 : previous.depth === null && previous.contentsLevel === null ? previousLevel : previousLevel + 1
    }
    levels.push(Math.min(MAX_LEVEL, Math.max(1, level)))
  }
  return levels
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
    result.set(depth, best[0])
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

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
  /** An annex's number: no part of the body's numbering styles. */
  annex?: true
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

/** How a single number counts: its style, and whether it goes on from the number before it of a like style. */
type NumberStyle = 'decimal' | 'roman' | 'upper' | 'lower' | 'small-roman' | 'chinese'

const STYLES: ReadonlyArray<[NumberStyle, RegExp]> = [
  ['decimal', /^\d+$/u],
  ['upper', /^[A-Z]$/u],
  ['roman', /^[IVXLC]+$/u],
  ['lower', /^[a-z]$/u],
  ['small-roman', /^[ivxl]+$/u],
  ['chinese', /^[一二三四五六七八九十]+$/u],
]

/** A single number's style; `C` after the letter `B` is a letter, `I` or `V` elsewhere a Roman number. */
function styleOf(number: string, before: string | undefined): NumberStyle | null {
  const letterAfter = before !== undefined && before.length === 1 && before.charCodeAt(0) + 1 === number.charCodeAt(0)
  if (/^[IVXLCivxl]$/u.test(number) && !letterAfter) return number === number.toUpperCase() ? 'roman' : 'small-roman'
  return STYLES.find(([, pattern]) => pattern.test(number))?.[0] ?? null
}

/**
 * Levels from the numbering's styles where the headings' depths do not tell them (all one depth, or styled
 * lines): `I.` over `A.` over `1.` over `a)`, as legal and agenda outlines nest. A style nests under the one
 * before it when that one goes on after it (`I.`, `A.`, `B.`, `II.`), or when its first number comes right under
 * it; a style that never gives way back after another heading is a sibling sequence (`9.`, `References`, then
 * `A.`, `B.` of the appendices). Empty when one style numbers every heading, or a dotted number gives depths.
 */
function styleLevels(starts: readonly SectionStart[]): Map<number, number> {
  const numbered = starts.flatMap((start, index) =>
    start.number !== null && start.contentsLevel === null && !start.outline && !start.annex ? [{ index, start }] : [],
  )
  const result = new Map<number, number>()
  if (new Set(numbered.map(({ start }) => start.depth)).size !== 1) return result
  // The last letter or Roman number of each case: `C` after `B` is a letter whatever came between.
  const before = new Map<boolean, string>()
  const styles = numbered.map(({ start }) => {
    const number = start.number!
    const upper = number === number.toUpperCase()
    const style = styleOf(number, before.get(upper))
    if (/^[A-Za-z]+$/u.test(number)) before.set(upper, number)
    return style
  })
  // A dotted number gives its own depth (`2.1` under `2.`); a style alone is no outline of styles.
  if (styles.includes(null) || new Set(styles).size < 2) return result
  const last = new Map(styles.map((style, at) => [style, at]))
  const stack: Array<NumberStyle | null> = []
  for (const [at, style] of styles.entries()) {
    const open = stack.indexOf(style)
    if (open >= 0) stack.length = open + 1
    else if (stack.length > 0 && last.get(stack.at(-1)!)! < at && !opensUnder(numbered, at)) stack[stack.length - 1] = style
    else stack.push(style)
    result.set(numbered[at]!.index, stack.length)
  }
  return result
}

/** The first number of each style. */
const FIRST_NUMBERS = new Set(['1', 'a', 'A', 'I', 'i', '一'])

/** A style's first number right under the heading before it (`II.` then `A.` then `1.` to the end): it opens a list there. */
function opensUnder(numbered: ReadonlyArray<{ index: number; start: SectionStart }>, at: number): boolean {
  const here = numbered[at]!
  return at > 0 && FIRST_NUMBERS.has(here.start.number!) && numbered[at - 1]!.index === here.index - 1
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

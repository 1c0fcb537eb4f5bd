// Which body heading each contents entry points to: the same title after normalisation (case,
// punctuation and hyphens do not count), else a close one; in reading order where possible.
import type { ContentsLine } from '../detect/contents.js'
import { collapseSpace, similarity, titleKey } from '../text/normalize.js'

export interface Candidate {
  title: string
  anchors?: readonly string[]
  number: string | null
  line: number
  column: number
}

export const FUZZY_THRESHOLD = 0.9

/** For each entry, the index of the candidate it links to, or -1. Each candidate is linked at most once. */
export function matchContents(entries: readonly ContentsLine[], candidates: readonly Candidate[]): number[] {
  const keys = candidates.map((candidate) => titleKey(candidate.title))
  const used = new Set<number>()
  let cursor = 0
  return entries.map((entry) => {
    const key = titleKey(entry.title)
    // A link reaches its heading by anchor, whatever its text says.
    const anchor = entry.anchor
    const byAnchor = anchor ? pick(candidates.length, cursor, used, (i) => candidates[i]!.anchors?.includes(anchor) ?? false) : undefined
    const found = byAnchor ?? pick(candidates.length, cursor, used, (i) => keys[i] === key) ?? pick(candidates.length, cursor, used, (i) => close(key, keys[i]!) || sameNumber(entry, candidates[i]!))
    if (found === undefined) return -1
    used.add(found)
    cursor = found + 1
    return found
  })
}

/** The first unused index from `cursor` on that satisfies `test`, else the first before it. */
function pick(length: number, cursor: number, used: ReadonlySet<number>, test: (index: number) => boolean): number | undefined {
  for (let i = cursor; i < length; i++) if (!used.has(i) && test(i)) return i
  for (let i = 0; i < Math.min(cursor, length); i++) if (!used.has(i) && test(i)) return i
  return undefined
}

function close(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return false
  if (Math.abs(a.length - b.length) / Math.max(a.length, b.length) > 1 - FUZZY_THRESHOLD) return false
  return similarity(a, b) >= FUZZY_THRESHOLD
}

function sameNumber(entry: ContentsLine, candidate: Candidate): boolean {
  return entry.number !== null && entry.number === candidate.number && similarity(titleKey(entry.title), titleKey(candidate.title)) >= 0.5
}

/** True when a contents title and its section's differ by more than case and spacing. */
export function titlesDiffer(a: string, b: string): boolean {
  return collapseSpace(a).toLowerCase() !== collapseSpace(b).toLowerCase()
}

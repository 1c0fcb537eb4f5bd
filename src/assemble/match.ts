// Which body heading each contents entry points to: the same title after normalisation (case,
// punctuation and hyphens do not count), else a close one; in reading order where possible.
import type { ContentsLine } from '../detect/contents.js'
import { similarity, titleKey } from '../text/normalize.js'

export interface Candidate {
  title: string
  anchors?: readonly string[]
  number: string | null
  line: number
  column: number
}

const FUZZY_THRESHOLD = 0.9
/** How many candidates on each side of the cursor a fuzzy match is looked for in (all of them: entries × headings). */
export const FUZZY_WINDOW = 100

/** For each entry, the index of the candidate it links to, or -1. Each candidate is linked at most once. */
export function matchContents(entries: readonly ContentsLine[], candidates: readonly Candidate[]): number[] {
  const keys = candidates.map((candidate) => titleKey(candidate.title))
  // Candidates by title key, in reading order: an exact match is looked up, not searched for.
  const byKey = new Map<string, Same>()
  keys.forEach((key, i) => {
    const same = byKey.get(key)
    if (same) same.at.push(i)
    else byKey.set(key, { at: [i], head: 0 })
  })
  // Candidates by anchor (`{#id}` or slug), for contents entries that are links.
  const byAnchor = new Map<string, Same>()
  candidates.forEach((candidate, i) => {
    for (const anchor of candidate.anchors ?? []) {
      const same = byAnchor.get(anchor)
      if (same) same.at.push(i)
      else byAnchor.set(anchor, { at: [i], head: 0 })
    }
  })
  const used = new Set<number>()
  let cursor = 0
  return entries.map((entry) => {
    const key = titleKey(entry.title)
    // A link reaches its heading by anchor, whatever its text says.
    const anchored = entry.anchor && byAnchor.has(entry.anchor) ? pickSame(byAnchor.get(entry.anchor)!, cursor, used) : undefined
    const found =
      anchored ??
      (byKey.has(key) ? pickSame(byKey.get(key)!, cursor, used) : undefined) ??
      pickNear(candidates.length, cursor, used, (i) => close(key, keys[i]!) || sameNumber(entry, candidates[i]!, key, keys[i]!))
    if (found === undefined) return -1
    used.add(found)
    cursor = found + 1
    return found
  })
}

/** Candidates with one title key, ascending; those before `head` are all used. */
interface Same {
  at: number[]
  head: number
}

/** The first unused candidate of `same` from `cursor` on, else the first before it. */
function pickSame(same: Same, cursor: number, used: ReadonlySet<number>): number | undefined {
  const list = same.at
  while (same.head < list.length && used.has(list[same.head]!)) same.head++
  let low = same.head
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle]! < cursor) low = middle + 1
    else high = middle
  }
  for (let i = low; i < list.length; i++) if (!used.has(list[i]!)) return list[i]
  for (let i = same.head; i < low; i++) if (!used.has(list[i]!)) return list[i]
  return undefined
}

/** The first unused index within FUZZY_WINDOW from `cursor` on that satisfies `test`, else the first within it before. */
function pickNear(length: number, cursor: number, used: ReadonlySet<number>, test: (index: number) => boolean): number | undefined {
  for (let i = cursor; i < Math.min(length, cursor + FUZZY_WINDOW); i++) if (!used.has(i) && test(i)) return i
  for (let i = Math.max(0, cursor - FUZZY_WINDOW); i < Math.min(cursor, length); i++) if (!used.has(i) && test(i)) return i
  return undefined
}

function close(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return false
  if (Math.abs(a.length - b.length) / Math.max(a.length, b.length) > 1 - FUZZY_THRESHOLD) return false
  return similarity(a, b) >= FUZZY_THRESHOLD
}

/** The same number and a title not far off, or an entry that spells the heading's number with its word;
 * `entryKey` and `candidateKey` are their titles' keys (titleKey), made once. */
function sameNumber(entry: ContentsLine, candidate: Candidate, entryKey: string, candidateKey: string): boolean {
  if (entry.number === null) return spelledNumber(entryKey, candidate)
  return entry.number === candidate.number && similarity(entryKey, candidateKey) >= 0.5
}

/** The longest word an entry may print before the heading's number (`Appendix`, `Anhang`, `Session`). */
const NUMBER_WORD = 12

/** An entry that prints the heading's number with its word (`Appendix A: Participants` for `A` `Participants`);
 * `key` is the entry's title key. */
function spelledNumber(key: string, candidate: Candidate): boolean {
  if (candidate.number === null) return false
  const numbered = titleKey(`${candidate.number} ${candidate.title}`)
  return key.length > numbered.length && key.length - numbered.length <= NUMBER_WORD && key.endsWith(numbered)
}

// Field-level differences between an expected and an actual report, as a person reads them.
// Items of the report's lists are matched by what they say (title, name, text; the nearest line breaks
// ties), not by position or id: one inserted section is one addition, and the ids it shifts
// (sec-5 → sec-6) are translated through the matching instead of showing as changes everywhere.
import { collapseSpace, similarity, titleKey } from '../text/normalize.js'

export interface Change {
  /** `shifted`: several items whose only change is their line, all by the same amount (the input was edited). */
  kind: 'changed' | 'added' | 'removed' | 'shifted'
  /** JSON path: `speakers[2].organization`; for an added item, its index in the actual list. */
  path: string
  expected?: unknown
  actual?: unknown
  /** An added or removed item, in a few words. */
  label?: string
  /** The line of the item the change is in, for ordering; 0 outside the lists. */
  line: number
}

type Item = Record<string, unknown>

interface ListRule {
  key(item: Item): string
  label(item: Item): string
  /** Fields holding an id of some list (this one included), translated through that list's matching. */
  references: Record<string, ListName>
}

type ListName = 'contents' | 'sections' | 'speakers' | 'blocks' | 'diagnostics'

const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value))
const speakerKey = (item: Item): string => text(item.name) || `${text(item.organization)} | ${text(item.position)}`

const LISTS: Record<ListName, ListRule> = {
  contents: {
    key: (item) => titleKey(text(item.title)),
    label: (item) => quote(item.title),
    references: { index: 'contents', section_id: 'sections' },
  },
  sections: {
    key: (item) => titleKey(text(item.title)),
    label: (item) => quote(item.title),
    references: { section_id: 'sections', parent_id: 'sections' },
  },
  speakers: {
    key: (item) => titleKey(speakerKey(item)),
    label: (item) => quote(speakerKey(item)),
    references: { speaker_id: 'speakers', section_id: 'sections', remarks: 'blocks' },
  },
  blocks: {
    key: (item) => collapseSpace(text(item.text)).slice(0, 200),
    label: (item) => quote(item.text),
    references: { block_id: 'blocks', section_id: 'sections', speaker_id: 'speakers' },
  },
  diagnostics: {
    key: (item) => `${text(item.code)} ${text(item.message)}`,
    label: (item) => `${text(item.code)} ${quote(item.message)}`,
    references: {},
  },
}
const ID_FIELD: Record<ListName, string | null> = {
  contents: 'index',
  sections: 'section_id',
  speakers: 'speaker_id',
  blocks: 'block_id',
  diagnostics: null,
}

/** Keys this long are compared by their start only when items are matched by likeness. */
const FUZZY_KEY_LENGTH = 120
const FUZZY_MINIMUM = 0.8
/** Past this many candidate pairs, unmatched items stay unmatched rather than cost quadratic time. */
const FUZZY_PAIRS = 40_000

export interface Matching {
  pairs: Array<[number, number]>
  removed: number[]
  added: number[]
}

/** Match expected items to actual ones: same key first (nearest line wins), then the most alike key. */
export function matchItems(expected: readonly Item[], actual: readonly Item[], key: (item: Item) => string): Matching {
  const taken = new Set<number>()
  const pairOf = new Map<number, number>()
  const byKey = new Map<string, number[]>()
  actual.forEach((item, index) => byKey.set(key(item), [...(byKey.get(key(item)) ?? []), index]))
  expected.forEach((item, e) => {
    const nearest = nearestBy(
      (byKey.get(key(item)) ?? []).filter((a) => !taken.has(a)),
      (a) => Math.abs(lineOf(actual[a]!) - lineOf(item)),
    )
    if (nearest !== undefined) {
      taken.add(nearest)
      pairOf.set(e, nearest)
    }
  })
  const restExpected = expected.map((_, e) => e).filter((e) => !pairOf.has(e))
  const restActual = actual.map((_, a) => a).filter((a) => !taken.has(a))
  if (restExpected.length * restActual.length <= FUZZY_PAIRS) {
    for (const e of restExpected) {
      const wanted = key(expected[e]!).slice(0, FUZZY_KEY_LENGTH)
      let best: { a: number; score: number; distance: number } | undefined
      for (const a of restActual) {
        if (taken.has(a)) continue
        const score = similarity(wanted, key(actual[a]!).slice(0, FUZZY_KEY_LENGTH))
        const distance = Math.abs(lineOf(actual[a]!) - lineOf(expected[e]!))
        if (score >= FUZZY_MINIMUM && (!best || score > best.score || (score === best.score && distance < best.distance)))
          best = { a, score, distance }
      }
      if (best) {
        taken.add(best.a)
        pairOf.set(e, best.a)
      }
    }
  }
  return {
    pairs: [...pairOf].sort((x, y) => x[0] - y[0]),
    removed: expected.map((_, e) => e).filter((e) => !pairOf.has(e)),
    added: actual.map((_, a) => a).filter((a) => !taken.has(a)),
  }
}

function nearestBy(candidates: number[], distance: (index: number) => number): number | undefined {
  let best: number | undefined
  for (const candidate of candidates) if (best === undefined || distance(candidate) < distance(best)) best = candidate
  return best
}

/** Every difference between two reports (parsed JSON), in document order within each part. */
export function diffReports(expected: unknown, actual: unknown): Change[] {
  if (!isObject(expected) || !isObject(actual))
    return sameJson(expected, actual) ? [] : [{ kind: 'changed', path: '(root)', expected, actual, line: 0 }]
  const matchings = new Map<ListName, { matching: Matching; ids: Map<string, unknown> }>()
  for (const name of Object.keys(LISTS) as ListName[]) {
    const before = itemsOf(expected[name])
    const after = itemsOf(actual[name])
    if (!before || !after) continue
    const matching = matchItems(before, after, LISTS[name].key)
    const idField = ID_FIELD[name]
    const ids = new Map<string, unknown>()
    if (idField) for (const [e, a] of matching.pairs) ids.set(JSON.stringify(before[e]![idField]), after[a]![idField])
    matchings.set(name, { matching, ids })
  }
  const translate = (list: ListName, value: unknown): unknown => {
    const ids = matchings.get(list)?.ids
    if (!ids) return value
    if (Array.isArray(value)) return value.map((id) => translate(list, id))
    const key = JSON.stringify(value)
    return ids.has(key) ? ids.get(key) : value
  }

  const changes: Change[] = []
  for (const key of unionKeys(expected, actual)) {
    const found = matchings.get(key as ListName)
    if (!found) {
      changes.push(...diffValues(expected[key], actual[key], key))
      continue
    }
    const rule = LISTS[key as ListName]
    const before = itemsOf(expected[key])!
    const after = itemsOf(actual[key])!
    const part: Change[] = []
    for (const [e, a] of found.matching.pairs) {
      const was = before[e]!
      const now = after[a]!
      for (const field of unionKeys(was, now)) {
        const list = rule.references[field]
        const expectedValue = list ? translate(list, was[field]) : was[field]
        if (!sameJson(expectedValue, now[field]))
          part.push({ kind: 'changed', path: `${key}[${e}].${field}`, expected: was[field], actual: now[field], line: lineOf(now) })
      }
    }
    for (const e of found.matching.removed)
      part.push({ kind: 'removed', path: `${key}[${e}]`, label: rule.label(before[e]!), line: lineOf(before[e]!) })
    for (const a of found.matching.added)
      part.push({ kind: 'added', path: `${key}[${a}]`, label: rule.label(after[a]!), line: lineOf(after[a]!) })
    changes.push(...foldShifts(key, part).sort((x, y) => x.line - y.line))
  }
  return changes
}

/** Fewer than this many items moved by the same number of lines are listed one by one. */
const FOLD_SHIFTS = 3

/** Items of one list whose only change is their line, all by the same amount, as one change. */
function foldShifts(list: string, part: Change[]): Change[] {
  const itemOf = (change: Change) => change.path.slice(0, change.path.indexOf(']') + 1)
  const changesOf = new Map<string, Change[]>()
  for (const change of part)
    if (change.kind === 'changed') changesOf.set(itemOf(change), [...(changesOf.get(itemOf(change)) ?? []), change])
  const byDelta = new Map<number, Change[]>()
  for (const [, changes] of changesOf) {
    const only = changes[0]!
    if (changes.length !== 1 || !only.path.endsWith('].line') || typeof only.expected !== 'number' || typeof only.actual !== 'number')
      continue
    const delta = only.actual - only.expected
    byDelta.set(delta, [...(byDelta.get(delta) ?? []), only])
  }
  const folded = new Set<Change>()
  const shifts: Change[] = []
  for (const [delta, changes] of byDelta) {
    if (changes.length < FOLD_SHIFTS) continue
    for (const change of changes) folded.add(change)
    const lines = changes.map((change) => change.expected as number)
    shifts.push({
      kind: 'shifted',
      path: list,
      expected: delta,
      label: `${changes.length} items from line ${Math.min(...lines)} to ${Math.max(...lines)}`,
      line: changes[0]!.line,
    })
  }
  return [...part.filter((change) => !folded.has(change)), ...shifts]
}

function diffValues(expected: unknown, actual: unknown, path: string): Change[] {
  if (isObject(expected) && isObject(actual))
    return unionKeys(expected, actual).flatMap((key) => diffValues(expected[key], actual[key], `${path}.${key}`))
  return sameJson(expected, actual) ? [] : [{ kind: 'changed', path, expected, actual, line: 0 }]
}

/** One change as a line: `sections[3].title: "A" → "B"`, `+ sections[4] "New" (line 80)`. */
export function formatChange(change: Change): string {
  if (change.kind === 'changed') {
    // Two long texts that differ late are shown from a little before their first difference.
    const from =
      typeof change.expected === 'string' && typeof change.actual === 'string'
        ? Math.max(0, commonPrefix(change.expected, change.actual) - 20)
        : 0
    return `${change.path}: ${show(change.expected, from)} → ${show(change.actual, from)}`
  }
  if (change.kind === 'shifted')
    return `${change.path}: ${change.label} moved ${Number(change.expected) > 0 ? '+' : ''}${String(change.expected)} lines`
  const where = change.line > 0 ? ` (line ${change.line})` : ''
  return `${change.kind === 'added' ? '+' : '-'} ${change.path} ${change.label ?? ''}${where}`
}

const isObject = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value)
const itemsOf = (value: unknown): Item[] | null => (Array.isArray(value) && value.every(isObject) ? value : null)
const lineOf = (item: Item): number => (typeof item.line === 'number' ? item.line : 0)
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

function unionKeys(a: Item, b: Item): string[] {
  return [...Object.keys(a), ...Object.keys(b).filter((key) => !Object.hasOwn(a, key))]
}

const LONGEST = 80

function quote(value: unknown): string {
  return JSON.stringify(shorten(collapseSpace(text(value))))
}

function show(value: unknown, from = 0): string {
  if (value === undefined) return '(absent)'
  if (typeof value === 'string') return from > 0 ? `…${quote(value.slice(from))}` : quote(value)
  return shorten(JSON.stringify(value))
}

function shorten(value: string): string {
  return value.length > LONGEST ? `${value.slice(0, LONGEST - 1)}…` : value
}

function commonPrefix(a: string, b: string): number {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return length
}

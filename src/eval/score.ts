// Score one report against its gold annotations. Pure: (gold, report) → counts of true positives,
// false positives and false negatives per field and per matching mode, so any extraction (a
// broken detector, an older version) can be scored the same way.
import type { Report } from '../schema/report.js'
import type { Gold, GoldList } from './gold.js'
import { alignInOrder, MODES, type Mode, sameValue, valueText } from './match.js'

export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Counts per row (`speakers.organization`, `sections`, `sections.tree`, …) and mode. */
export type CaseCounts = Record<string, Record<Mode, Counts>>

/** Every row a score can have, in the order they are printed. A list's own row counts its items. */
export const ROWS = [
  'metadata.title', 'metadata.documentType', 'metadata.organization', 'metadata.date',
  'metadata.event.name', 'metadata.event.date', 'metadata.event.location', 'metadata.sourceUrl',
  'contents', 'contents.title', 'contents.level', 'contents.number', 'contents.page',
  'sections', 'sections.title', 'sections.level', 'sections.parent', 'sections.kind', 'sections.tree',
  'speakers', 'speakers.name', 'speakers.position', 'speakers.department', 'speakers.organization', 'speakers.section',
] as const

/** Rows that count items or repeat other rows, left out of the all-fields total. */
export const SUMMARY_ROWS = new Set<string>(['contents', 'sections', 'speakers', 'sections.tree'])

type Values = Record<string, unknown>

/** Which fields (beyond the key) each list scores, and which hold a reference that may be null as a fact. */
const LIST_FIELDS: Record<GoldList, { key: string; fields: string[]; nullIsFact: string[] }> = {
  contents: { key: 'title', fields: ['title', 'level', 'number', 'page'], nullIsFact: [] },
  sections: { key: 'title', fields: ['title', 'level', 'parent', 'kind'], nullIsFact: ['parent'] },
  speakers: { key: 'name', fields: ['name', 'position', 'department', 'organization', 'section'], nullIsFact: ['section'] },
}

export function evaluate(gold: Gold, report: Report): CaseCounts {
  const counts: CaseCounts = {}
  const add = (row: string, mode: Mode, field: keyof Counts) => {
    counts[row] ??= { strict: { tp: 0, fp: 0, fn: 0 }, soft: { tp: 0, fp: 0, fn: 0 } }
    counts[row]![mode][field]++
  }
  // One gold fact against what was found: a wrong value is both a miss and a false find.
  const score = (row: string, mode: Mode, wanted: unknown, found: unknown, nullIsFact = false) => {
    if (nullIsFact) {
      // null is a fact here (a top-level section has no parent); undefined means nothing was found.
      const right = found !== undefined && (wanted === null || found === null ? wanted === found : sameValue(wanted, found, mode))
      add(row, mode, right ? 'tp' : 'fn')
      if (!right && found !== undefined && found !== null) add(row, mode, 'fp')
      return
    }
    const empty = (value: unknown) => valueText(value) === ''
    if (empty(wanted)) {
      if (!empty(found)) add(row, mode, 'fp')
      return
    }
    if (sameValue(wanted, found, mode)) add(row, mode, 'tp')
    else {
      add(row, mode, 'fn')
      if (!empty(found)) add(row, mode, 'fp')
    }
  }

  if (gold.metadata) {
    const { event, ...top } = gold.metadata
    for (const mode of MODES) {
      for (const [field, wanted] of Object.entries(top)) score(`metadata.${field}`, mode, wanted, report.metadata[field as keyof typeof top])
      for (const [field, wanted] of Object.entries(event ?? {})) score(`metadata.event.${field}`, mode, wanted, report.metadata.event[field as keyof NonNullable<typeof event>])
    }
  }

  const titleOf = (id: string | null) => (id === null ? null : (report.sections.find((section) => section.section_id === id)?.title ?? null))
  const found: Record<GoldList, Values[]> = {
    contents: report.contents.map(({ title, level, number, page }) => ({ title, level, number, page })),
    sections: report.sections.map(({ title, level, parent_id, kind }) => ({ title, level, parent: titleOf(parent_id), kind })),
    speakers: report.speakers.map(({ name, position, department, organization, section_id }) => ({ name, position, department, organization, section: titleOf(section_id) })),
  }
  for (const list of ['contents', 'sections', 'speakers'] as const) {
    const wantedItems = gold[list] as Values[] | undefined
    if (!wantedItems) continue
    const complete = !(gold.partial ?? []).includes(list)
    const { key, fields, nullIsFact } = LIST_FIELDS[list]
    const identity = (item: Values) => (list === 'speakers' && valueText(item.name) === '' ? `| ${valueText(item.organization)} | ${valueText(item.position)}` : item[key])
    for (const mode of MODES) {
      const items = found[list]
      const pairs = alignInOrder(wantedItems.length, items.length, (g, f) => sameValue(identity(wantedItems[g]!), identity(items[f]!), mode))
      const pairOf = new Map(pairs)
      const paired = new Set(pairs.map(([, f]) => f))
      for (let g = 0; g < wantedItems.length; g++) add(list, mode, pairOf.has(g) ? 'tp' : 'fn')
      if (complete) for (let f = 0; f < items.length; f++) if (!paired.has(f)) add(list, mode, 'fp')
      for (const field of fields) {
        const isFact = nullIsFact.includes(field)
        for (let g = 0; g < wantedItems.length; g++) {
          const wanted = wantedItems[g]![field]
          if (wanted === undefined) continue
          const f = pairOf.get(g)
          score(`${list}.${field}`, mode, wanted, f === undefined ? undefined : items[f]![field], isFact)
        }
        // What was found beyond the gold list is a false find for every field it fills (an empty list
        // says the report has no such items at all).
        if (complete && (wantedItems.length === 0 || wantedItems.some((item) => item[field] !== undefined))) {
          for (let f = 0; f < items.length; f++) if (!paired.has(f) && valueText(items[f]![field]) !== '') add(`${list}.${field}`, mode, 'fp')
        }
      }
      if (list === 'sections') {
        // Tree agreement: a gold section counts when it was found with its level and its parent right.
        for (let g = 0; g < wantedItems.length; g++) {
          const wanted = wantedItems[g]!
          if (wanted.level === undefined || wanted.parent === undefined) continue
          const f = pairOf.get(g)
          const parent = f === undefined ? undefined : items[f]!.parent
          const right = f !== undefined && items[f]!.level === wanted.level && (wanted.parent === null || parent === null ? wanted.parent === parent : sameValue(wanted.parent, parent, mode))
          add('sections.tree', mode, right ? 'tp' : 'fn')
          if (f !== undefined && !right) add('sections.tree', mode, 'fp')
        }
        if (complete) for (let f = 0; f < items.length; f++) if (!paired.has(f)) add('sections.tree', mode, 'fp')
      }
    }
  }
  return counts
}

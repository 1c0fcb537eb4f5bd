// Score one report against its gold annotations. Pure: (gold, report) → counts of true positives,
// false positives and false negatives per field and per matching mode, so any extraction (a
// broken detector, an older version) can be scored the same way.
import type { Report } from '../schema/report.js'
import type { Gold, GoldList } from './gold.js'
import { alignInOrder, alternatives, MODES, type Mode, sameValue, valueText } from './match.js'

export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Counts per row (`speakers.organization`, `sections`, `sections.tree`, …) and mode. */
export type CaseCounts = Record<string, Record<Mode, Counts>>

/** Every row a score can have, in the order they are printed. A list's own row counts its items. */
export const ROWS = [
  'metadata.title',
  'metadata.documentType',
  'metadata.organization',
  'metadata.date',
  'metadata.event.name',
  'metadata.event.date',
  'metadata.event.location',
  'metadata.sourceUrl',
  'contents',
  'contents.title',
  'contents.level',
  'contents.number',
  'contents.page',
  'sections',
  'sections.title',
  'sections.number',
  'sections.level',
  'sections.parent',
  'sections.kind',
  'sections.tree',
  'speakers',
  'speakers.name',
  'speakers.label',
  'speakers.honorific',
  'speakers.given_name',
  'speakers.family_name',
  'speakers.position',
  'speakers.department',
  'speakers.organization',
  'speakers.section',
  'persons',
  'persons.turns',
  'persons.label',
  'persons.honorific',
  'persons.position',
  'persons.organization',
  'notSpeakers',
] as const

/** Rows that count items or repeat other rows, left out of the all-fields total. */
export const SUMMARY_ROWS = new Set<string>(['contents', 'sections', 'speakers', 'persons', 'sections.tree', 'notSpeakers'])

type Values = Record<string, unknown>
type Add = (row: string, mode: Mode, field: keyof Counts) => void

/** Which fields (beyond the key) each list scores, and which hold a reference that may be null as a fact. */
const LIST_FIELDS: Record<GoldList, { fields: string[]; nullIsFact: string[] }> = {
  contents: { fields: ['title', 'level', 'number', 'page'], nullIsFact: [] },
  sections: { fields: ['title', 'number', 'level', 'parent', 'kind'], nullIsFact: ['parent'] },
  speakers: {
    fields: ['name', 'label', 'honorific', 'given_name', 'family_name', 'position', 'department', 'organization', 'section'],
    nullIsFact: ['section'],
  },
  persons: { fields: ['turns', 'label', 'honorific', 'position', 'organization'], nullIsFact: [] },
}

const empty = (value: unknown) => valueText(value) === ''

/** Whether a found value is the gold value, where null is a fact (a top-level section has no parent). */
function rightFact(wanted: unknown, found: unknown, mode: Mode): boolean {
  if (found === undefined) return false
  return alternatives(wanted).some((one) => (one === null || found === null ? one === found : sameValue(one, found, mode)))
}

/** One gold fact against what was found: a wrong value is both a miss and a false find. */
function scoreFact(add: Add, row: string, mode: Mode, wanted: unknown, found: unknown, nullIsFact: boolean): void {
  if (nullIsFact) {
    const right = rightFact(wanted, found, mode)
    add(row, mode, right ? 'tp' : 'fn')
    if (!right && found !== undefined && found !== null) add(row, mode, 'fp')
    return
  }
  if (alternatives(wanted).every(empty)) {
    if (!empty(found)) add(row, mode, 'fp')
    return
  }
  if (sameValue(wanted, found, mode)) add(row, mode, 'tp')
  else {
    add(row, mode, 'fn')
    if (!empty(found)) add(row, mode, 'fp')
  }
}

export function evaluate(gold: Gold, report: Report): CaseCounts {
  const counts: CaseCounts = {}
  const add: Add = (row, mode, field) => {
    counts[row] ??= { strict: { tp: 0, fp: 0, fn: 0 }, soft: { tp: 0, fp: 0, fn: 0 } }
    counts[row][mode][field]++
  }
  if (gold.metadata) scoreMetadata(add, gold.metadata, report)
  const found = foundItems(report)
  for (const list of GOLD_LISTS) {
    const wantedItems = gold[list] as Values[] | undefined
    if (wantedItems) scoreList(add, list, wantedItems, found[list], !(gold.partial ?? []).includes(list))
  }
  if (gold.notSpeakers) scoreRefusals(add, gold.notSpeakers, found.speakers)
  return counts
}

const GOLD_LISTS = ['contents', 'sections', 'speakers', 'persons'] as const

function scoreMetadata(add: Add, metadata: NonNullable<Gold['metadata']>, report: Report): void {
  const { event, ...top } = metadata
  for (const mode of MODES) {
    for (const [field, wanted] of Object.entries(top)) {
      scoreFact(add, `metadata.${field}`, mode, wanted, report.metadata[field as keyof typeof top], false)
    }
    for (const [field, wanted] of Object.entries(event ?? {})) {
      scoreFact(add, `metadata.event.${field}`, mode, wanted, report.metadata.event[field as keyof NonNullable<typeof event>], false)
    }
  }
}

/** A field the report's schema may not have yet (`label`, `honorific`): undefined when absent. */
const fieldOf = (item: object, field: string): unknown => (item as Record<string, unknown>)[field]

/** What the report gives for each gold list, as gold-shaped values. */
function foundItems(report: Report): Record<GoldList, Values[]> {
  const titles = new Map(report.sections.map((section) => [section.section_id, section.title]))
  const titleOf = (id: string | null) => (id === null ? null : (titles.get(id) ?? null))
  const speakers = report.speakers.map((speaker) => ({
    name: speaker.name,
    label: fieldOf(speaker, 'label'),
    honorific: fieldOf(speaker, 'honorific'),
    given_name: speaker.given_name,
    family_name: speaker.family_name,
    position: speaker.position,
    department: speaker.department,
    organization: speaker.organization,
    section: titleOf(speaker.section_id),
  }))
  return {
    contents: report.contents.map(({ title, level, number, page }) => ({ title, level, number, page })),
    sections: report.sections.map(({ title, number, level, parent_id, kind }) => ({
      title,
      number,
      level,
      parent: titleOf(parent_id),
      kind,
    })),
    speakers,
    persons: personsOf(report, speakers),
  }
}

/** Distinct speakers (one per person_id) in the order of their first turn, with their turn counts. */
function personsOf(report: Report, speakers: Values[]): Values[] {
  const byPerson = new Map<string, Values[]>()
  report.speakers.forEach((speaker, index) => {
    const turns = byPerson.get(speaker.person_id) ?? []
    turns.push(speakers[index]!)
    byPerson.set(speaker.person_id, turns)
  })
  const firstGiven = (turns: Values[], field: string) => turns.map((turn) => turn[field]).find((value) => !empty(value)) ?? ''
  return [...byPerson.values()].map((turns) => ({
    name: turns[0]!.name,
    turns: turns.length,
    label: firstGiven(turns, 'label'),
    honorific: firstGiven(turns, 'honorific'),
    position: firstGiven(turns, 'position'),
    organization: firstGiven(turns, 'organization'),
  }))
}

/**
 * What a list item is matched by: its title or name; a speaker without a name by organisation and position.
 * A gold value's alternatives stay alternatives: a name that may be empty (`anyOf: ["Ana Silva", ""]`) is matched
 * by the name or, when empty, by organisation and position, each of which may be `anyOf` too.
 */
function identityOf(list: GoldList, item: Values): unknown {
  if (list === 'contents' || list === 'sections') return item.title
  const names = alternatives(item.name)
  if (!names.some(empty)) return item.name
  const keys = alternatives(item.organization).flatMap((organization) =>
    alternatives(item.position).map((position) => `| ${valueText(organization)} | ${valueText(position)}`),
  )
  const identities = [...names.filter((name) => !empty(name)), ...keys]
  return identities.length === 1 ? identities[0] : { anyOf: identities }
}

/** Pairs of gold and found items: in reading order, except persons, who are matched by name in any order. */
function pairItems(list: GoldList, wanted: Values[], found: Values[], mode: Mode): Array<[number, number]> {
  const same = (g: number, f: number) => sameValue(identityOf(list, wanted[g]!), identityOf(list, found[f]!), mode)
  if (list !== 'persons') return alignInOrder(wanted.length, found.length, same)
  const taken = new Set<number>()
  const pairs: Array<[number, number]> = []
  for (let g = 0; g < wanted.length; g++) {
    const f = found.findIndex((_, index) => !taken.has(index) && same(g, index))
    if (f >= 0) {
      taken.add(f)
      pairs.push([g, f])
    }
  }
  return pairs
}

function scoreList(add: Add, list: GoldList, wanted: Values[], found: Values[], complete: boolean): void {
  const { fields, nullIsFact } = LIST_FIELDS[list]
  for (const mode of MODES) {
    const pairs = pairItems(list, wanted, found, mode)
    const pairOf = new Map(pairs)
    const paired = new Set(pairs.map(([, f]) => f))
    const unpaired = found.filter((_, f) => !paired.has(f))
    for (let g = 0; g < wanted.length; g++) add(list, mode, pairOf.has(g) ? 'tp' : 'fn')
    if (complete) for (const _ of unpaired) add(list, mode, 'fp')
    for (const field of fields) {
      for (let g = 0; g < wanted.length; g++) {
        const value = wanted[g]![field]
        if (value === undefined) continue
        const f = pairOf.get(g)
        scoreFact(add, `${list}.${field}`, mode, value, f === undefined ? undefined : found[f]![field], nullIsFact.includes(field))
      }
      // What was found beyond the gold list is a false find for every field it fills (an empty list
      // says the report has no such items at all).
      if (complete && (wanted.length === 0 || wanted.some((item) => item[field] !== undefined))) {
        for (const item of unpaired) if (!empty(item[field])) add(`${list}.${field}`, mode, 'fp')
      }
    }
    if (list === 'sections') scoreTree(add, mode, wanted, found, pairOf, complete ? unpaired.length : 0)
  }
}

/** Tree agreement: a gold section counts when it was found with its level and its parent right. */
function scoreTree(add: Add, mode: Mode, wanted: Values[], found: Values[], pairOf: Map<number, number>, extra: number): void {
  for (let g = 0; g < wanted.length; g++) {
    const item = wanted[g]!
    if (item.level === undefined || item.parent === undefined) continue
    const f = pairOf.get(g)
    const right = f !== undefined && sameValue(item.level, found[f]!.level, 'strict') && rightFact(item.parent, found[f]!.parent, mode)
    add('sections.tree', mode, right ? 'tp' : 'fn')
    if (f !== undefined && !right) add('sections.tree', mode, 'fp')
  }
  for (let i = 0; i < extra; i++) add('sections.tree', mode, 'fp')
}

/** Each label the gold says is not a speaker: refused (true positive), or read as a speaker (a miss and a false find). */
function scoreRefusals(add: Add, labels: readonly string[], speakers: Values[]): void {
  for (const mode of MODES) {
    for (const label of labels) {
      const taken = speakers.some((speaker) => sameValue(label, speaker.label, mode) || sameValue(label, speaker.name, mode))
      if (!taken) add('notSpeakers', mode, 'tp')
      else {
        add('notSpeakers', mode, 'fn')
        add('notSpeakers', mode, 'fp')
      }
    }
  }
}

// Micro-averaged scores over cases (counts summed, then precision, recall and F1), the `--json`
// result, and the table printed for people, with the change against a baseline result.
import { z } from 'zod'
import { MODES, type Mode } from './match.js'
import { type CaseCounts, type Counts, ROWS, SUMMARY_ROWS } from './score.js'

const Ratio = z.number().min(0).max(1).nullable()
export const Score = z.object({
  tp: z.number().int(),
  fp: z.number().int(),
  fn: z.number().int(),
  precision: Ratio,
  recall: Ratio,
  f1: Ratio,
})
export type Score = z.infer<typeof Score>
const CountsShape = z.object({ tp: z.number().int(), fp: z.number().int(), fn: z.number().int() })

export const EvalResult = z.object({
  cases: z.array(z.string()),
  skipped: z.array(z.object({ case: z.string(), reason: z.string() })),
  /** Per row and mode, micro-averaged over the cases; `all` sums every field row. */
  fields: z.record(z.string(), z.object({ strict: Score, soft: Score })),
  perCase: z.record(z.string(), z.record(z.string(), z.object({ strict: CountsShape, soft: CountsShape }))),
  /** With `--by`: what the cases are grouped by, and each group's cases and fields. */
  by: z.string().optional(),
  groups: z
    .record(z.string(), z.object({ cases: z.array(z.string()), fields: z.record(z.string(), z.object({ strict: Score, soft: Score })) }))
    .optional(),
})
export type EvalResult = z.infer<typeof EvalResult>

export const ALL = 'all'

export function scoreOf(counts: Counts): Score {
  const ratio = (part: number, whole: number) => (whole === 0 ? null : round(part / whole))
  const precision = ratio(counts.tp, counts.tp + counts.fp)
  const recall = ratio(counts.tp, counts.tp + counts.fn)
  const f1 = ratio(2 * counts.tp, 2 * counts.tp + counts.fp + counts.fn)
  return { ...counts, precision, recall, f1 }
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}

/** Sum the rows of the given cases; the `all` row sums every field row (not the item or tree rows). */
export function totals(cases: readonly CaseCounts[], rows: (row: string) => boolean = () => true): Record<string, Record<Mode, Counts>> {
  const sum: Record<string, Record<Mode, Counts>> = {}
  const addTo = (row: string, mode: Mode, counts: Counts) => {
    sum[row] ??= { strict: { tp: 0, fp: 0, fn: 0 }, soft: { tp: 0, fp: 0, fn: 0 } }
    sum[row][mode].tp += counts.tp
    sum[row][mode].fp += counts.fp
    sum[row][mode].fn += counts.fn
  }
  for (const counts of cases) {
    for (const row of ROWS) {
      const found = counts[row]
      if (!found || !rows(row)) continue
      for (const mode of MODES) {
        addTo(row, mode, found[mode])
        if (!SUMMARY_ROWS.has(row)) addTo(ALL, mode, found[mode])
      }
    }
  }
  return sum
}

export function summarize(cases: ReadonlyArray<{ case: string; counts: CaseCounts }>, skipped: EvalResult['skipped']): EvalResult {
  const summed = totals(cases.map((item) => item.counts))
  const fields: EvalResult['fields'] = {}
  for (const row of [...ROWS, ALL]) {
    const counts = summed[row]
    if (counts) fields[row] = { strict: scoreOf(counts.strict), soft: scoreOf(counts.soft) }
  }
  const perCase: EvalResult['perCase'] = {}
  for (const item of cases) {
    perCase[item.case] = {}
    for (const row of ROWS) if (item.counts[row]) perCase[item.case]![row] = item.counts[row]!
  }
  return { cases: cases.map((item) => item.case), skipped: [...skipped], fields, perCase }
}

const percent = (value: number | null) => (value === null ? '–' : (value * 100).toFixed(1))

function delta(now: number | null, before: number | null | undefined): string {
  if (before === undefined) return 'new'
  if (now === null || before === null) return now === before ? '' : now === null ? 'gone' : 'new'
  const points = (now - before) * 100
  return `${points > 0 ? '+' : points < 0 ? '-' : '±'}${Math.abs(points).toFixed(1)}`
}

/** The table GROBID prints: per field, precision, recall and F1 in percent, strict and soft. */
export function formatTable(result: EvalResult, baseline?: EvalResult): string {
  const header = ['field', 'gold', 'strict P', 'R', 'F1', 'soft P', 'R', 'F1']
  if (baseline) header.push('ΔF1 strict', 'ΔF1 soft')
  const rows: string[][] = [header]
  for (const [row, score] of Object.entries(result.fields)) {
    const cells = [row, String(score.soft.tp + score.soft.fn)]
    for (const mode of MODES) cells.push(percent(score[mode].precision), percent(score[mode].recall), percent(score[mode].f1))
    if (baseline) for (const mode of MODES) cells.push(delta(score[mode].f1, baseline.fields[row]?.[mode].f1))
    rows.push(cells)
  }
  if (baseline) {
    for (const row of Object.keys(baseline.fields)) if (!result.fields[row]) rows.push([row, '', '', '', '', '', '', '', 'gone', 'gone'])
  }
  return layout(rows)
}

/** The parts a per-case or per-group table shows: the row it reads and the rows it sums. */
const PARTS: Array<[string, string, (row: string) => boolean]> = [
  ['metadata', ALL, (row) => row.startsWith('metadata.')],
  ['contents', 'contents', (row) => row === 'contents'],
  ['sections', 'sections', (row) => row === 'sections'],
  ['tree', 'sections.tree', (row) => row === 'sections.tree'],
  ['speakers', 'speakers', (row) => row === 'speakers'],
  ['speaker fields', ALL, (row) => row.startsWith('speakers.')],
  ['persons', 'persons', (row) => row === 'persons'],
  [ALL, ALL, () => true],
]

/** Soft F1 of each part, from one case's counts or the sum of several cases' counts. */
function partScores(cases: readonly CaseCounts[]): string[] {
  return PARTS.map(([, read, picks]) => {
    const found = totals(cases, picks)[read]
    return found ? percent(scoreOf(found.soft).f1) : '–'
  })
}

/** Soft F1 per case and part, to see which report a total comes from. */
export function formatPerCase(result: EvalResult): string {
  const rows: string[][] = [['case (soft F1)', ...PARTS.map(([name]) => name)]]
  for (const name of result.cases) rows.push([name, ...partScores([result.perCase[name] ?? {}])])
  return layout(rows)
}

/** The cases grouped by `groupOf` (a form, a language), each group scored as a whole. */
export function groupResults(result: EvalResult, groupOf: (name: string) => string): NonNullable<EvalResult['groups']> {
  const members = new Map<string, string[]>()
  for (const name of result.cases) {
    const group = groupOf(name)
    members.set(group, [...(members.get(group) ?? []), name])
  }
  const groups: NonNullable<EvalResult['groups']> = {}
  for (const group of [...members.keys()].sort()) {
    const names = members.get(group)!
    groups[group] = {
      cases: names,
      fields: summarize(
        names.map((name) => ({ case: name, counts: result.perCase[name] ?? {} })),
        [],
      ).fields,
    }
  }
  return groups
}

/** Soft F1 per group and part, with the number of cases in each group. */
export function formatGroups(result: EvalResult, by: string): string {
  const rows: string[][] = [[`${by} (soft F1)`, 'cases', ...PARTS.map(([name]) => name)]]
  for (const [group, { cases }] of Object.entries(result.groups ?? {})) {
    rows.push([group, String(cases.length), ...partScores(cases.map((name) => result.perCase[name] ?? {}))])
  }
  return layout(rows)
}

/** Left-aligned first column, right-aligned numbers. */
function layout(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)))
  return (
    rows
      .map((row) =>
        row
          .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  )
}

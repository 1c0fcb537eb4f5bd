// The corpus baseline guard: each case's soft and strict F1 of all fields as last committed
// (`corpus/baseline.json`), and the cases of a run that fall more than a point below theirs.
import { z } from 'zod'
import { ALL, type EvalResult, scoreOf, totals } from './summary.js'

/** How far (as a ratio) a case's soft F1 may fall below its baseline before the guard fails. */
const GUARD_TOLERANCE = 0.01

const F1 = z.number().min(0).max(1).nullable()
export const Baseline = z.strictObject({
  description: z.string().optional(),
  cases: z.record(z.string(), z.strictObject({ soft: F1, strict: F1 })),
})
export type Baseline = z.infer<typeof Baseline>

/** Soft and strict F1 of all fields, per case of a result. */
function caseScores(result: EvalResult): Baseline['cases'] {
  const cases: Baseline['cases'] = {}
  for (const name of result.cases) {
    const all = totals([result.perCase[name] ?? {}])[ALL]
    cases[name] = { soft: all ? scoreOf(all.soft).f1 : null, strict: all ? scoreOf(all.strict).f1 : null }
  }
  return cases
}

/** The baseline with this run's cases recorded (other cases kept), keys sorted. */
export function updateBaseline(baseline: Baseline, result: EvalResult): Baseline {
  const merged = { ...baseline.cases, ...caseScores(result) }
  const cases = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((name) => [name, merged[name]!]),
  )
  return { ...(baseline.description === undefined ? {} : { description: baseline.description }), cases }
}

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`)

/** One sentence per case that fell more than the tolerance below its baseline, or that has none. */
export function guardFailures(baseline: Baseline, result: EvalResult): string[] {
  const failures: string[] = []
  for (const [name, now] of Object.entries(caseScores(result))) {
    const before = baseline.cases[name]
    if (!before) {
      failures.push(`${name}: not in the baseline (record it with --update, in a commit that says why)`)
      continue
    }
    const fall = (before.soft ?? 0) - (now.soft ?? 0)
    if (fall > GUARD_TOLERANCE + 1e-9) {
      failures.push(`${name}: soft F1 ${percent(now.soft)} is ${(fall * 100).toFixed(1)} points below the baseline ${percent(before.soft)}`)
    }
  }
  return failures
}

// Score every case of a fixtures folder that has gold annotations: read gold.json, extract the input
// (with the extraction given, so tests can score a broken one), count, and sum over the cases.
import { existsSync, readFileSync } from 'node:fs'
import { ZodError } from 'zod'
import type { FixtureCase } from '../check/cases.js'
import type { Extract } from '../check/check.js'
import { extractReport } from '../pipeline.js'
import { Gold } from './gold.js'
import { type CaseCounts, evaluate } from './score.js'
import { type EvalResult, summarize } from './summary.js'

export interface EvalProblem {
  case: string
  reason: string
}

export function evalCases(
  cases: readonly FixtureCase[],
  extract: Extract = extractReport,
): { result: EvalResult; problems: EvalProblem[] } {
  const scored: Array<{ case: string; counts: CaseCounts }> = []
  const skipped: EvalResult['skipped'] = []
  const problems: EvalProblem[] = []
  for (const fixture of cases) {
    if (!existsSync(fixture.gold)) continue
    if (fixture.input === null || fixture.source === null) {
      skipped.push({ case: fixture.name, reason: `no input.* file beside ${fixture.gold}` })
      continue
    }
    let gold: Gold
    try {
      gold = Gold.parse(JSON.parse(readFileSync(fixture.gold, 'utf8')))
    } catch (error) {
      const issue = error instanceof ZodError ? error.issues[0] : undefined
      const reason = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : (error as Error).message
      problems.push({ case: fixture.name, reason: `${fixture.gold} is not valid gold: ${reason}` })
      continue
    }
    try {
      const report = extract(readFileSync(fixture.input), { id: fixture.name, path: fixture.source })
      scored.push({ case: fixture.name, counts: evaluate(gold, report) })
    } catch (error) {
      problems.push({ case: fixture.name, reason: `${fixture.input} could not be extracted: ${(error as Error).message}` })
    }
  }
  return { result: summarize(scored, skipped), problems }
}

// One fixture case against its expected.json: extract the input exactly as the golden files were
// made (id = case name, path = the input's path relative to the fixtures folder), compare field by
// field, and rewrite when asked.
import { existsSync, readFileSync } from 'node:fs'
import { InputError } from '../decode/decode.js'
import { writeAtomic } from '../emit/atomic.js'
import { reportJson } from '../emit/json.js'
import { type ExtractOptions, extractReport } from '../pipeline.js'
import type { Report } from '../schema/report.js'
import type { FixtureCase } from './cases.js'
import { type Change, diffReports } from './diff.js'

export type Extract = (input: Uint8Array, options: ExtractOptions) => Report

export type CaseOutcome =
  | { case: string; status: 'passed' }
  | { case: string; status: 'failed'; changes: Change[]; problem: string | null }
  | { case: string; status: 'updated'; changes: Change[]; created: boolean }
  | { case: string; status: 'skipped'; reason: string }

export interface CheckOptions {
  update?: boolean
  /** The extraction to check; `extractReport` unless a test injects another. */
  extract?: Extract
}

export async function checkCase(fixture: FixtureCase, options: CheckOptions = {}): Promise<CaseOutcome> {
  const name = fixture.name
  if (fixture.input === null || fixture.source === null)
    return { case: name, status: 'skipped', reason: `no input.* file in ${fixture.dir}` }
  const extract = options.extract ?? extractReport
  let actual: string
  try {
    actual = reportJson(extract(readFileSync(fixture.input), { id: name, path: fixture.source }))
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`
    return { case: name, status: 'failed', changes: [], problem: `${fixture.input} could not be extracted: ${reason}` }
  }
  const rewrite = async (changes: Change[], created: boolean): Promise<CaseOutcome> => {
    await writeAtomic(fixture.expected, actual)
    return { case: name, status: 'updated', changes, created }
  }

  if (!existsSync(fixture.expected)) {
    if (options.update) return rewrite([], true)
    return {
      case: name,
      status: 'failed',
      changes: [],
      problem: `no ${fixture.expected}: create it with \`report-extract check --update --case ${name}\` and review it`,
    }
  }
  const text = readFileSync(fixture.expected, 'utf8')
  if (text === actual) return { case: name, status: 'passed' }
  let expected: unknown
  try {
    expected = JSON.parse(text)
  } catch (error) {
    if (options.update) return rewrite([], false)
    return { case: name, status: 'failed', changes: [], problem: `${fixture.expected} is not valid JSON: ${(error as Error).message}` }
  }
  const changes = diffReports(expected, JSON.parse(actual))
  if (options.update) return rewrite(changes, false)
  const problem = changes.length === 0 ? `${fixture.expected} holds the same data in another layout (rewrite it with --update)` : null
  return { case: name, status: 'failed', changes, problem }
}

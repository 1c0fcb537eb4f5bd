// `report-extract eval [GOLD_DIR]`: score the extraction against the hand-written gold annotations
// (GOLD_DIR/<case>/gold.json): precision, recall and F1 per field, strict and soft, micro-averaged.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type FixtureCase, listCases } from '../../check/cases.js'
import { writeAtomicSync } from '../../emit/atomic.js'
import { Baseline, guardFailures, updateBaseline } from '../../eval/guard.js'
import { evalCases } from '../../eval/run.js'
import { readSourceFields } from '../../eval/source.js'
import { ALL, EvalResult, formatGroups, formatPerCase, formatTable, groupResults } from '../../eval/summary.js'
import { helpOrUsage, parseOptions, usage, type UsageError } from '../command.js'
import type { Io } from '../main.js'

export type EvalArgs =
  | {
      command: 'eval'
      dir: string
      json: boolean
      minF1: number | undefined
      baseline: string | undefined
      by: GroupBy | undefined
      guard: string | undefined
      update: boolean
      quiet: boolean
    }
  | { command: 'help' }
  | UsageError

const GROUP_BY = ['form', 'language'] as const
type GroupBy = (typeof GROUP_BY)[number]

export const HELP = `Usage: report-extract eval [options] [GOLD_DIR]

Score the extraction of every GOLD_DIR/<case>/input.* (default folder: fixtures) against the facts
written by hand in GOLD_DIR/<case>/gold.json (see gold.schema.json): for each field, precision, recall
and F1, summed over the cases (micro-average), under strict matching (equal after collapsing
whitespace) and soft matching (equal ignoring case and punctuation, or a Levenshtein ratio ≥ 0.9).
The rows contents, sections and speakers count items; sections.tree counts sections found with the
right level and parent; "all" sums every field row. A case with gold.json but no input is skipped.

Options:
      --json           print the result as JSON (for --baseline and for machines)
      --min-f1 X       exit 1 when the soft F1 of all fields is below X (0 to 1)
      --baseline FILE  add the change in F1 against a result saved with --json to the table
      --by KEY         also score the cases grouped by the form or language their source.md gives
                       (KEY: form or language)
      --guard FILE     exit 1 when a case's soft F1 of all fields falls more than 1 point below the
                       one FILE records for it (corpus/baseline.json), or FILE has no score for it
      --update         with --guard: record this run's scores in FILE instead (other cases kept);
                       refused when CI is set
  -q, --quiet          print one summary line instead of the tables
  -h, --help           show this help

Exit status: 0 scored (and at or above --min-f1 and the --guard baseline), 1 below either or a case
could not be scored, 2 usage error.

Examples:
  report-extract eval                                 score fixtures/*/gold.json
  report-extract eval --json > eval-before.json       save a result
  report-extract eval --baseline eval-before.json     what a change to the rules moved
  report-extract eval --min-f1 0.5                    fail a CI step below 50% soft F1
  report-extract eval corpus/dev --by form            scores per converter form
  report-extract eval corpus/dev --guard corpus/baseline.json   no case fell below its baseline
`

export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const parsed = parseOptions(argv, {
    json: { type: 'boolean', default: false },
    'min-f1': { type: 'string' },
    baseline: { type: 'string' },
    by: { type: 'string' },
    guard: { type: 'string' },
    update: { type: 'boolean', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if ('command' in parsed) return parsed
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (positionals.length > 1) return { command: 'usage-error', message: `one gold folder at most, not ${positionals.length}` }
  let minF1: number | undefined
  if (values['min-f1'] !== undefined) {
    minF1 = Number(values['min-f1'])
    if (values['min-f1'].trim() === '' || !Number.isFinite(minF1) || minF1 < 0 || minF1 > 1)
      return { command: 'usage-error', message: `--min-f1 needs a number from 0 to 1, not “${values['min-f1']}”` }
  }
  if (values.baseline !== undefined && values.baseline.trim() === '')
    return { command: 'usage-error', message: '--baseline needs a file name' }
  const by = values.by
  if (by !== undefined && !(GROUP_BY as readonly string[]).includes(by))
    return { command: 'usage-error', message: `--by takes form or language, not “${by}”` }
  if (values.guard !== undefined && values.guard.trim() === '') return { command: 'usage-error', message: '--guard needs a file name' }
  if (values.update && values.guard === undefined)
    return { command: 'usage-error', message: '--update needs --guard FILE (the baseline to record)' }
  return {
    command: 'eval',
    dir: positionals[0] ?? 'fixtures',
    json: values.json,
    minF1,
    baseline: values.baseline,
    by: by as GroupBy | undefined,
    guard: values.guard,
    update: values.update,
    quiet: values.quiet,
  }
}

/** A JSON file parsed by a zod schema, or the first thing wrong with it in one line. */
function readJson<T>(file: string, schema: { parse(value: unknown): T }): T | { problem: string } {
  try {
    return schema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch (error) {
    const issue = (error as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues?.[0]
    return {
      problem: issue ? `${issue.path.map(String).join('.') || 'the file'}: ${issue.message}` : (error as Error).message.split('\n')[0]!,
    }
  }
}

const isProblem = (value: unknown): value is { problem: string } => typeof value === 'object' && value !== null && 'problem' in value

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseEvalArgs(argv)
  const early = helpOrUsage(io, 'eval', HELP, args)
  if (early !== null || args.command !== 'eval') return early ?? 2
  if (args.update && io.env.CI)
    return usage(io, 'eval', '--update is refused when CI is set: record the baseline locally, in a commit that says why')
  let cases: FixtureCase[]
  try {
    cases = listCases(args.dir)
  } catch {
    return usage(io, 'eval', `no gold folder ${args.dir}`)
  }
  const baseline = args.baseline === undefined ? undefined : readJson(args.baseline, EvalResult)
  if (isProblem(baseline)) return usage(io, 'eval', `--baseline ${args.baseline} is not a result saved with --json (${baseline.problem})`)
  const guard = args.guard === undefined ? undefined : readJson(args.guard, Baseline)
  if (isProblem(guard) && !(args.update && guard.problem.startsWith('ENOENT'))) {
    return usage(io, 'eval', `--guard ${args.guard} is not a baseline of per-case scores (${guard.problem})`)
  }

  const { result, problems } = evalCases(cases)
  for (const problem of problems) io.stderr.write(`${problem.case}: error: ${problem.reason}\n`)
  if (result.cases.length === 0) {
    if (problems.length === 0) io.stderr.write(`report-extract eval: no case in ${args.dir} has both an input and a gold.json\n`)
    return 1
  }
  if (args.by !== undefined) {
    const by = args.by
    result.by = by
    result.groups = groupResults(result, (name) => readSourceFields(join(args.dir, name))[by] ?? '(none)')
  }
  printResult(io, result, baseline, args.json, args.quiet)
  let failed = problems.length > 0
  const f1 = result.fields[ALL]?.soft.f1 ?? 0
  if (args.minF1 !== undefined && f1 < args.minF1) {
    io.stderr.write(`report-extract eval: soft F1 of all fields ${(f1 * 100).toFixed(1)}% is below --min-f1 ${args.minF1}\n`)
    failed = true
  }
  if (args.guard !== undefined) failed = applyGuard(io, args.guard, isProblem(guard) ? undefined : guard, result, args.update) || failed
  return failed ? 1 : 0
}

function printResult(io: Io, result: EvalResult, baseline: EvalResult | undefined, json: boolean, quiet: boolean): void {
  if (json) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    return
  }
  if (quiet) {
    const f1 = result.fields[ALL]?.soft.f1
    io.stdout.write(
      `eval: ${result.cases.length} cases, soft F1 of all fields ${f1 === null || f1 === undefined ? '–' : `${(f1 * 100).toFixed(1)}%`}\n`,
    )
    return
  }
  io.stdout.write(`eval: ${result.cases.length} cases (${result.cases.join(', ')})\n`)
  for (const skip of result.skipped) io.stdout.write(`${skip.case}: skipped: ${skip.reason}\n`)
  io.stdout.write(`\n${formatTable(result, baseline)}\n${formatPerCase(result)}`)
  if (result.by !== undefined) io.stdout.write(`\n${formatGroups(result, result.by)}`)
}

/** Check the run against the baseline (or record it with --update); true when the guard fails. */
function applyGuard(io: Io, file: string, guard: Baseline | undefined, result: EvalResult, update: boolean): boolean {
  if (update) {
    writeAtomicSync(file, `${JSON.stringify(updateBaseline(guard ?? { cases: {} }, result), null, 2)}\n`)
    io.stderr.write(`report-extract eval: recorded ${result.cases.length} cases in ${file}\n`)
    return false
  }
  const failures = guardFailures(guard!, result)
  for (const failure of failures) io.stderr.write(`${failure}\n`)
  if (failures.length > 0)
    io.stderr.write(`report-extract eval: ${failures.length} of ${result.cases.length} cases below the baseline ${file}\n`)
  return failures.length > 0
}

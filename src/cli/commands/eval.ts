// `report-extract eval [GOLD_DIR]`: score the extraction against the hand-written gold annotations
// (GOLD_DIR/<case>/gold.json): precision, recall and F1 per field, strict and soft, micro-averaged.
import { readFileSync } from 'node:fs'
import { type FixtureCase, listCases } from '../../check/cases.js'
import { evalCases } from '../../eval/run.js'
import { ALL, EvalResult, formatPerCase, formatTable } from '../../eval/summary.js'
import { helpOrUsage, parseOptions, usage, type UsageError } from '../command.js'
import type { Io } from '../main.js'

export type EvalArgs =
  | { command: 'eval'; dir: string; json: boolean; minF1: number | undefined; baseline: string | undefined }
  | { command: 'help' }
  | UsageError

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
  -h, --help           show this help

Exit status: 0 scored (and at or above --min-f1), 1 below --min-f1 or a case could not be scored,
2 usage error.

Examples:
  report-extract eval                                 score fixtures/*/gold.json
  report-extract eval --json > eval-before.json       save a result
  report-extract eval --baseline eval-before.json     what a change to the rules moved
  report-extract eval --min-f1 0.5                    fail a CI step below 50% soft F1
`

export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const parsed = parseOptions(argv, {
    json: { type: 'boolean', default: false },
    'min-f1': { type: 'string' },
    baseline: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if ('command' in parsed) return parsed
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (positionals.length > 1) return { command: 'usage-error', message: `one gold folder at most, not ${positionals.length}` }
  let minF1: number | undefined
  if (values['min-f1'] !== undefined) {
    minF1 = Number(values['min-f1'])
    if (values['min-f1'].trim() === '' || !Number.isFinite(minF1) || minF1 < 0 || minF1 > 1) return { command: 'usage-error', message: `--min-f1 needs a number from 0 to 1, not “${values['min-f1']}”` }
  }
  if (values.baseline !== undefined && values.baseline.trim() === '') return { command: 'usage-error', message: '--baseline needs a file name' }
  return { command: 'eval', dir: positionals[0] ?? 'fixtures', json: values.json, minF1, baseline: values.baseline }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseEvalArgs(argv)
  const early = helpOrUsage(io, 'eval', HELP, args)
  if (early !== null || args.command !== 'eval') return early ?? 2
  let cases: FixtureCase[]
  try {
    cases = listCases(args.dir)
  } catch {
    return usage(io, 'eval', `no gold folder ${args.dir}`)
  }
  let baseline: EvalResult | undefined
  if (args.baseline !== undefined) {
    try {
      baseline = EvalResult.parse(JSON.parse(readFileSync(args.baseline, 'utf8')))
    } catch (error) {
      const issue = (error as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues?.[0]
      const reason = issue ? `${issue.path.map(String).join('.') || 'the result'}: ${issue.message}` : (error as Error).message.split('\n')[0]
      return usage(io, 'eval', `--baseline ${args.baseline} is not a result saved with --json (${reason})`)
    }
  }

  const { result, problems } = evalCases(cases)
  for (const problem of problems) io.stderr.write(`${problem.case}: error: ${problem.reason}\n`)
  if (result.cases.length === 0) {
    if (problems.length === 0) io.stderr.write(`report-extract eval: no case in ${args.dir} has both an input and a gold.json\n`)
    return 1
  }
  if (args.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
  else {
    io.stdout.write(`eval: ${result.cases.length} cases (${result.cases.join(', ')})\n`)
    for (const skip of result.skipped) io.stdout.write(`${skip.case}: skipped: ${skip.reason}\n`)
    io.stdout.write(`\n${formatTable(result, baseline)}\n${formatPerCase(result)}`)
  }
  const f1 = result.fields[ALL]?.soft.f1 ?? 0
  if (args.minF1 !== undefined && f1 < args.minF1) {
    io.stderr.write(`report-extract eval: soft F1 of all fields ${(f1 * 100).toFixed(1)}% is below --min-f1 ${args.minF1}\n`)
    return 1
  }
  return problems.length > 0 ? 1 : 0
}

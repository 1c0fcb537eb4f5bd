// `report-extract check [FIXTURES_DIR]`: extract every fixture and compare it with its expected.json,
// printing each difference by case and JSON path; `--update` rewrites the expected files instead.
import { listCases, type FixtureCase } from '../../check/cases.js'
import { type CaseOutcome, checkCase } from '../../check/check.js'
import { formatChange } from '../../check/diff.js'
import { helpOrUsage, parseOptions, usage, type UsageError } from '../command.js'
import type { Io } from '../main.js'

export type CheckArgs = { command: 'check'; dir: string; update: boolean; caseName: string | undefined } | { command: 'help' } | UsageError

export const HELP = `Usage: report-extract check [options] [FIXTURES_DIR]

Extract every FIXTURES_DIR/<case>/input.* (default folder: fixtures) with the case name as its id and
compare the result with FIXTURES_DIR/<case>/expected.json, field by field. Items of the contents,
sections, speakers, blocks and diagnostics are matched by title, name or text (the nearest line breaks
ties), so an inserted section shows as one "+" line and the ids it shifts are not reported.
source.path is recorded relative to FIXTURES_DIR (<case>/input.md), so a copy of the folder checks
the same from any working directory. A case folder without an input (gold.json only) is skipped
with a note.

Options:
      --update       rewrite the expected files from the current output (refused when CI is set)
      --case NAME    check only the case NAME
  -h, --help         show this help

Exit status: 0 every case matches (or was updated), 1 some case differs or failed, 2 usage error.

Examples:
  report-extract check                          every case under fixtures/
  report-extract check --case seed-unido        one case
  report-extract check /tmp/fixtures-copy        a copy of the fixtures, from anywhere
  report-extract check --update --case new-one  write new-one/expected.json, then review the diff
`

export function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const parsed = parseOptions(argv, {
    update: { type: 'boolean', default: false },
    case: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if ('command' in parsed) return parsed
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (positionals.length > 1) return { command: 'usage-error', message: `one fixtures folder at most, not ${positionals.length}` }
  if (values.case !== undefined && values.case.trim() === '') return { command: 'usage-error', message: '--case needs a case name' }
  return { command: 'check', dir: positionals[0] ?? 'fixtures', update: values.update, caseName: values.case }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseCheckArgs(argv)
  const early = helpOrUsage(io, 'check', HELP, args)
  if (early !== null || args.command !== 'check') return early ?? 2
  // Golden files are regenerated on purpose, by a person who reviews the diff; never by CI.
  if (args.update && io.env.CI)
    return usage(io, 'check', '--update is refused when CI is set: regenerate expected files locally and review the diff')
  let cases: FixtureCase[]
  try {
    cases = listCases(args.dir)
  } catch {
    return usage(io, 'check', `no fixtures folder ${args.dir}`)
  }
  if (args.caseName !== undefined) {
    cases = cases.filter((fixture) => fixture.name === args.caseName)
    if (cases.length === 0) return usage(io, 'check', `no case ${args.caseName} in ${args.dir}`)
  }

  const outcomes: CaseOutcome[] = []
  for (const fixture of cases) {
    const outcome = await checkCase(fixture, { update: args.update })
    outcomes.push(outcome)
    io.stdout.write(describe(outcome))
  }
  const count = (status: CaseOutcome['status']) => outcomes.filter((outcome) => outcome.status === status)
  const failed = count('failed')
  const checked = outcomes.length - count('skipped').length
  const tally = `${count('passed').length} passed, ${failed.length} failed, ${count('updated').length} updated`
  let summary = `check: ${tally}, ${count('skipped').length} skipped (${args.dir})`
  if (failed.length > 0) summary += `; differing: ${failed.map((outcome) => outcome.case).join(', ')}`
  io.stdout.write(`${summary}\n`)
  if (checked === 0) {
    io.stderr.write(`report-extract check: no case with an input in ${args.dir}: nothing was checked\n`)
    return 1
  }
  return failed.length > 0 ? 1 : 0
}

function describe(outcome: CaseOutcome): string {
  const name = outcome.case
  switch (outcome.status) {
    case 'passed':
      return `${name}: ok\n`
    case 'skipped':
      return `${name}: skipped: ${outcome.reason}\n`
    case 'failed': {
      const lines = outcome.changes.map((change) => `${name}: ${formatChange(change)}\n`)
      if (outcome.problem) lines.push(`${name}: ${outcome.problem}\n`)
      return lines.join('')
    }
    case 'updated': {
      const lines = outcome.changes.map((change) => `${name}: ${formatChange(change)}\n`)
      const what = outcome.created ? 'created' : outcome.changes.length > 0 ? `updated (${outcome.changes.length} changes)` : 'updated'
      return `${lines.join('')}${name}: expected.json ${what}\n`
    }
  }
}

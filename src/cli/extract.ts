// The main job: extract every input, write its JSON, then the corpus tables and the schema, and
// print the diagnostics and a summary. One bad input never stops the others.
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { reporter } from 'vfile-reporter'
import { ZodError } from 'zod'
import { InputError } from '../decode/decode.js'
import { writeAtomic } from '../emit/atomic.js'
import { TABLES, type TableName, tableCsv } from '../emit/csv.js'
import { reportJson, schemaJson } from '../emit/json.js'
import { diagnosticsFile } from '../emit/diagnostics.js'
import { extractReport } from '../pipeline.js'
import { writeReviewPagesOf } from '../review/write.js'
import type { Report } from '../schema/report.js'
import type { ExtractCommand } from './args.js'
import { collectInputs, type Rejected } from './inputs.js'
import type { Io } from './main.js'

export async function runExtract(args: ExtractCommand, io: Io): Promise<number> {
  const started = performance.now()
  const { inputs, rejected } = await collectInputs(args.inputs)
  const failed: Rejected[] = [...rejected]
  const reports: Report[] = []
  await mkdir(args.out, { recursive: true })
  for (const input of inputs) {
    try {
      const report = extractReport(await readFile(input.path), { id: input.id, path: input.path, encoding: args.encoding })
      await writeAtomic(join(args.out, `${report.id}.json`), reportJson(report))
      reports.push(report)
    } catch (error) {
      failed.push({ path: input.path, reason: describe(error) })
    }
  }
  reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const table of Object.keys(TABLES) as TableName[]) await writeAtomic(join(args.out, `${table}.csv`), tableCsv(table, reports))
  await writeAtomic(join(args.out, 'report.schema.json'), schemaJson())
  if (args.html) failed.push(...(await writeReviewPagesOf(args.out, reports, failed, args.encoding)))

  const color = Boolean(io.stderr.isTTY) && !io.env.NO_COLOR
  const files = reports.map((report) => diagnosticsFile(report, args.quiet))
  const printed = reporter(files, { color, quiet: true })
  if (printed) io.stderr.write(`${printed}\n`)
  for (const failure of failed.sort((a, b) => a.path.localeCompare(b.path))) io.stderr.write(`${failure.path}: error: ${failure.reason}\n`)
  const warnings = reports.reduce((sum, report) => sum + report.diagnostics.filter((d) => d.severity === 'warning').length, 0)
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  io.stderr.write(`report-extract: ${reports.length} extracted, ${warnings} warnings, ${failed.length} failed in ${seconds}s → ${args.out}\n`)
  return failed.length > 0 ? 1 : 0
}

function describe(error: unknown): string {
  if (error instanceof InputError) return error.message
  if (error instanceof ZodError) {
    const issue = error.issues[0]
    return `internal error: the extracted report failed validation at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? error.message}`
  }
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return `cannot read: ${error.code} ${error.message.replace(/^[A-Z]+: /, '')}`
  return `internal error: ${error instanceof Error ? error.message : String(error)}`
}

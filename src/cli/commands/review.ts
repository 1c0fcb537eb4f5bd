// `report-extract review`: extract the inputs and write a review page per report, with the source
// beside what was found in it, and an index of the run. No JSON or CSV: that is the main command's job.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { decode } from '../../decode/decode.js'
import { isOurPage } from '../../emit/ownership.js'
import { printable } from '../../emit/printable.js'
import { extractReport } from '../../pipeline.js'
import type { Failure } from '../../emit/html/index-page.js'
import { type Reviewed, writeReviewPages } from '../../emit/html/write.js'
import { DEFAULT_MAX_BYTES, knownEncoding, parseBytes, unknownEncoding } from '../args.js'
import { collectInputs, printSkipped } from '../inputs.js'
import { describe, readInputFile } from '../task.js'
import { helpOrUsage, parseOptions, plural, type UsageError } from '../command.js'
import type { Io } from '../main.js'

export interface ReviewCommand {
  command: 'review'
  inputs: string[]
  out: string
  encoding: string | undefined
  /** Inputs larger are refused, as by the main run. */
  maxBytes: number
  /** Read what symbolic links inside a folder lead to (else they are skipped with a warning). */
  followSymlinks: boolean
}

export type ReviewArgs = ReviewCommand | { command: 'help' } | UsageError

export const REVIEW_HELP = `Usage: report-extract review [options] <file|folder>...

Extract each report and write a review page beside it: <out>/<report_id>.html shows the source with
line numbers and every detected item highlighted (contents entries, section headings, speakers,
remarks, removed boilerplate), the outline, the contents page checked against the body, speaker
cards and diagnostics, each linked to its lines. <out>/index.html lists the run's reports.
The pages are self-contained: open them from disk, no network needed.

Options:
  -o, --out DIR        output folder (default: output)
      --encoding NAME  decode inputs as NAME (latin1, windows-1252, …) instead of UTF-8
      --max-bytes N    refuse inputs larger than N bytes (default: 8 MB; suffixes k, M, G)
      --follow-symlinks  read what symbolic links inside a folder lead to (by default they are skipped, with a warning)
  -h, --help           show this help

Exit status: 0 every input reviewed, 1 some input failed, 2 usage error.

Examples:
  report-extract review input/                 a page per report in input/, in output/
  report-extract review --out review new.md    one report's page, in review/
  report-extract --html input/                 the main run, writing the pages too
`

export function parseReviewArgs(argv: readonly string[]): ReviewArgs {
  const parsed = parseOptions(argv, {
    out: { type: 'string', short: 'o', default: 'output' },
    encoding: { type: 'string' },
    'max-bytes': { type: 'string' },
    'follow-symlinks': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if ('command' in parsed) return parsed
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (positionals.length === 0) return { command: 'usage-error', message: 'no input given: name one or more files or folders', usage: true }
  if (values.out.trim() === '') return { command: 'usage-error', message: '--out needs a folder name' }
  if (values.encoding !== undefined && !knownEncoding(values.encoding))
    return { command: 'usage-error', message: unknownEncoding(values.encoding) }
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseBytes(values['max-bytes'])
  if (maxBytes === null)
    return { command: 'usage-error', message: `--max-bytes needs a size like 5000000, 800k or 50M, not “${values['max-bytes']}”` }
  const { out, encoding } = values
  return { command: 'review', inputs: positionals, out, encoding, maxBytes, followSymlinks: values['follow-symlinks'] }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseReviewArgs(argv)
  const early = helpOrUsage(io, 'review', REVIEW_HELP, args)
  if (early !== null || args.command !== 'review') return early ?? 2
  // The entries of a folder the main run skips (symbolic links, FIFOs, devices), skipped and said the same way.
  const { inputs, rejected, skipped } = await collectInputs(args.inputs, undefined, { followSymlinks: args.followSymlinks })
  printSkipped(io, skipped)
  const failures: Failure[] = [...rejected]
  const reviewed: Reviewed[] = []
  for (const input of inputs) {
    try {
      const bytes = readInputFile(input.path, args.maxBytes)
      if (!Buffer.isBuffer(bytes)) {
        failures.push({ path: input.path, reason: bytes.refused })
        continue
      }
      const report = extractReport(bytes, { id: input.id, path: input.path, encoding: args.encoding })
      reviewed.push({ report, source: decode(bytes, args.encoding).text })
    } catch (error) {
      failures.push({ path: input.path, reason: describe(error) })
    }
  }
  await mkdir(args.out, { recursive: true })
  if (!isOurPage(join(args.out, 'index.html'))) {
    io.stderr.write(
      `report-extract review: ${join(args.out, 'index.html')} was not written by report-extract: ` +
        `refusing to write into ${args.out}; move it away or choose another --out\n`,
    )
    return 1
  }
  const refused = await writeReviewPages(args.out, reviewed, failures)
  failures.push(...refused)
  const pages = reviewed.length - refused.length
  for (const failure of [...failures].sort((a, b) => a.path.localeCompare(b.path)))
    io.stderr.write(`${printable(failure.path)}: error: ${printable(failure.reason)}\n`)
  io.stderr.write(`report-extract review: ${plural(pages, 'page')}, ${failures.length} failed → ${join(args.out, 'index.html')}\n`)
  return failures.length > 0 ? 1 : 0
}

// Command-line arguments to a plain object. Pure: no I/O, never exits; errors come back as data.
import { availableParallelism } from 'node:os'
import { parseOptions, type UsageError } from './command.js'
import { SUBCOMMANDS } from './commands.js'
import { type Formats, formatOptions, stdinCommand, type StdinCommand } from './formats.js'

export interface ExtractCommand {
  command: 'extract'
  inputs: string[]
  out: string
  encoding: string | undefined
  quiet: boolean
  html: boolean
  /** Worker threads; 1 extracts in the main thread. */
  jobs: number
  /** Redo every report, even those the manifest in `out` says are unchanged. */
  force: boolean
  /** A file listing inputs one per line, or `-` for standard input. */
  filesFrom: string | undefined
  /** This run's share of the inputs: index (0-based) and count. */
  shard: { index: number; count: number } | undefined
  maxBytes: number
  excelSafe: boolean
  /** Seconds a report may take; 0 for no limit. */
  timeout: number
  /** Read what symbolic links inside a folder lead to (else they are skipped with a warning). */
  followSymlinks: boolean
  /** The other forms asked for besides JSON and CSV: --parquet, --jsonl, --tei. */
  formats: Formats
}

/**
 * Inputs over this are refused unless --max-bytes says otherwise: prose of this size takes about half
 * of the heap one report may use (pool.ts, WORKER_HEAP_MB) and well under the default --timeout.
 */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024
const DEFAULT_TIMEOUT = 30

export type CliArgs =
  | ExtractCommand
  | StdinCommand
  | { command: 'subcommand'; name: string; argv: string[] }
  | { command: 'help' }
  | { command: 'version' }
  | UsageError

export const HELP = `Usage: report-extract [options] <file|folder>...
       report-extract [--id NAME] [options] -     one report from standard input, its JSON to standard output
       report-extract check [FIXTURES_DIR]       compare extraction with fixtures' expected files
       report-extract eval [GOLD_DIR]            score extraction against hand-written gold facts
       report-extract review [options] <file|folder>...   write review pages only
       report-extract merge --out DIR <folder>...         combine shard outputs into one set of tables
       (each command has its own --help)

Extract the structure of meeting reports (workshop reports, proceedings, transcripts, minutes)
converted to Markdown: contents page, sections, speakers, blocks of text and metadata.
Writes one <report_id>.json per input, corpus tables (contents.csv, sections.csv, speakers.csv,
blocks.csv, diagnostics.csv) and report.schema.json to the output folder.

A folder is read for its .md, .markdown and .txt files and its caption files (.vtt, .srt); a file
named explicitly is read whatever its extension. report_id is the file's base name without its
extension.

Options:
  -o, --out DIR          output folder (default: output)
      --encoding NAME    decode inputs as NAME (latin1, windows-1252, …) instead of UTF-8
  -j, --jobs N           worker threads (default: the number of cores; at most 2× that); same output for any N
      --force            extract every report again, even those unchanged since the last run
      --files-from FILE  read input paths from FILE, one per line (- for standard input)
      --shard I/N        take only share I (0 to N-1) of the reports, picked by a hash of report_id
      --max-bytes N      refuse inputs larger than N bytes (default: 8 MB, which prose extracts in well under
                         the 1 GB of memory each report may use; suffixes k, M, G)
      --timeout SECONDS  abandon a report still being extracted after SECONDS (default: 30; 0 for no limit)
      --follow-symlinks  read what symbolic links inside a folder lead to (by default they are skipped, with a warning)
      --excel-safe       prefix CSV text cells starting with = + - @ tab or CR with ' (for spreadsheets);
                         inputs whose report_id starts so are refused
      --html             also write a review page per report and index.html (see report-extract review --help)
      --parquet          also write the five tables as Parquet (contents.parquet, …): typed columns, nulls
      --jsonl            also write reports.jsonl: every report as one line of JSON, sorted by report_id
      --tei              also write <report_id>.xml per report: TEI (ParlaMint's shape), valid against report-tei.rng
      --id NAME          the id of the report read from standard input (-) (default: stdin)
  -q, --quiet            print only errors and the summary line (no warnings, info or progress)
  -h, --help             show this help
  -v, --version          show the version

Diagnostics go to stderr, one line each, cut to the terminal's width (COLUMNS sets a width when
stderr is a file or a pipe, where they are otherwise whole); diagnostics.csv has every one in full.

Exit status: 0 every input extracted (warnings allowed), 1 some input failed, 2 usage error,
130 stopped by Ctrl-C (SIGINT), 143 stopped by SIGTERM (the reports done are kept).

Examples:
  report-extract input/                        every report in input/ to output/
  cat report.md | report-extract - | jq .speakers
  report-extract --parquet input/              the tables as Parquet too
  report-extract --out data report.md          one report to data/
  report-extract --encoding latin1 old/*.md    reports saved in Latin-1
  find archive -name '*.md' | report-extract --files-from - --shard 0/4 --out part-0
  report-extract merge --out all part-0 part-1 part-2 part-3
`

const EXTRACT_OPTIONS = {
  out: { type: 'string', short: 'o' },
  encoding: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  html: { type: 'boolean', default: false },
  jobs: { type: 'string', short: 'j' },
  force: { type: 'boolean', default: false },
  'files-from': { type: 'string' },
  shard: { type: 'string' },
  'max-bytes': { type: 'string' },
  'excel-safe': { type: 'boolean', default: false },
  timeout: { type: 'string' },
  'follow-symlinks': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
  ...formatOptions,
} as const

export function parseCliArgs(argv: readonly string[]): CliArgs {
  // `report-extract <command> …`: the command parses the rest itself (see commands.ts).
  const [first, ...rest] = argv
  if (first !== undefined && Object.hasOwn(SUBCOMMANDS, first)) return { command: 'subcommand', name: first, argv: rest }
  const parsed = parseOptions(argv, EXTRACT_OPTIONS)
  if ('command' in parsed) return parsed
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (values.version) return { command: 'version' }
  if (positionals.length === 0 && values['files-from'] === undefined)
    return { command: 'usage-error', message: 'no input given: name one or more files or folders', usage: true }
  const out = values.out ?? 'output'
  if (out.trim() === '') return { command: 'usage-error', message: '--out needs a folder name' }
  if (values.encoding !== undefined && !knownEncoding(values.encoding))
    return { command: 'usage-error', message: unknownEncoding(values.encoding) }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1)
    return { command: 'usage-error', message: `--jobs needs a whole number of at least 1, not “${values.jobs}”` }
  let shard: ExtractCommand['shard']
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard)
    shard = match ? { index: Number(match[1]), count: Number(match[2]) } : undefined
    if (!shard || shard.count < 1 || shard.index >= shard.count)
      return { command: 'usage-error', message: `--shard needs I/N with 0 ≤ I < N (like 0/4), not “${values.shard}”` }
  }
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseBytes(values['max-bytes'])
  if (maxBytes === null)
    return { command: 'usage-error', message: `--max-bytes needs a size like 5000000, 800k or 50M, not “${values['max-bytes']}”` }
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT : Number(values.timeout)
  if (values.timeout?.trim() === '' || !Number.isFinite(timeout) || timeout < 0)
    return { command: 'usage-error', message: `--timeout needs a number of seconds (0 for no limit), not “${values.timeout}”` }
  const stdin = stdinCommand(values, positionals, { maxBytes, timeout })
  if (stdin) return stdin
  return {
    command: 'extract',
    inputs: positionals,
    out,
    encoding: values.encoding,
    quiet: values.quiet,
    html: values.html,
    jobs,
    force: values.force,
    filesFrom: values['files-from'],
    shard,
    maxBytes,
    excelSafe: values['excel-safe'],
    timeout,
    followSymlinks: values['follow-symlinks'],
    formats: { parquet: values.parquet, jsonl: values.jsonl, tei: values.tei },
  }
}

/** A size in bytes: digits with an optional k, M or G (powers of 1024). */
export function parseBytes(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim())
  if (!match) return null
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g']
  const bytes = Math.floor(Number(match[1]) * scale)
  return bytes > 0 ? bytes : null
}

/** Whether the WHATWG encoding standard (what TextDecoder decodes) knows this label. */
export function knownEncoding(label: string): boolean {
  try {
    new TextDecoder(label)
    return true
  } catch {
    return false
  }
}

export function unknownEncoding(label: string): string {
  return (
    `--encoding: unknown encoding “${label}” (known: utf-8, latin1, windows-1252, iso-8859-2, utf-16le, utf-16be, shift_jis, ` +
    'gb18030 and the other labels of the WHATWG Encoding Standard)'
  )
}

function defaultJobs(): number {
  return Math.max(1, availableParallelism())
}

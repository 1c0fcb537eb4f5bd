// Command-line arguments to a plain object. Pure: no I/O, never exits; errors come back as data.
import { parseArgs } from 'node:util'
import { SUBCOMMANDS } from './commands.js'

export interface ExtractCommand {
  command: 'extract'
  inputs: string[]
  out: string
  encoding: string | undefined
  quiet: boolean
  html: boolean
}

export type CliArgs =
  | ExtractCommand
  | { command: 'subcommand'; name: string; argv: string[] }
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'usage-error'; message: string }

export const HELP = `Usage: report-extract [options] <file|folder>...

Extract the structure of meeting reports (workshop reports, proceedings, transcripts, minutes)
converted to Markdown: contents page, sections, speakers, blocks of text and metadata.
Writes one <report_id>.json per input, corpus tables (contents.csv, sections.csv, speakers.csv,
blocks.csv, diagnostics.csv) and report.schema.json to the output folder.

A folder is read for its .md, .markdown and .txt files; a file named explicitly is read whatever
its extension. report_id is the file's base name without its extension.

Options:
  -o, --out DIR        output folder (default: output)
      --encoding NAME  decode inputs as NAME (latin1, windows-1252, …) instead of UTF-8
  -q, --quiet          print only warnings and errors, not info diagnostics
      --html           also write a review page per report and index.html (see report-extract review --help)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 every input extracted (warnings allowed), 1 some input failed, 2 usage error.

Examples:
  report-extract input/                        every report in input/ to output/
  report-extract --out data report.md          one report to data/
  report-extract --encoding latin1 old/*.md    reports saved in Latin-1
`

export function parseCliArgs(argv: readonly string[]): CliArgs {
  // `report-extract <command> …`: the command parses the rest itself (see commands.ts).
  const [first, ...rest] = argv
  if (first !== undefined && Object.hasOwn(SUBCOMMANDS, first)) return { command: 'subcommand', name: first, argv: rest }
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o', default: 'output' },
        encoding: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        html: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    })
  } catch (error) {
    return { command: 'usage-error', message: (error as Error).message }
  }
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (values.version) return { command: 'version' }
  if (positionals.length === 0) return { command: 'usage-error', message: 'no input given: name one or more files or folders' }
  if (values.out.trim() === '') return { command: 'usage-error', message: '--out needs a folder name' }
  return { command: 'extract', inputs: positionals, out: values.out, encoding: values.encoding, quiet: values.quiet, html: values.html }
}

// The command line's ways of meeting other tools, as arguments: the forms written besides JSON and CSV
// (--parquet, --jsonl, --tei), and `-`, one report from standard input to standard output. Arguments
// only: what runs them is loaded when it runs (stdin.ts; emit/parquet.ts, jsonl.ts, tei.ts).
import type { UsageError } from './command.js'

/** The forms a run writes besides each report's JSON and the CSV tables. */
export interface Formats {
  /** The five tables as Parquet too: `contents.parquet`, … */
  parquet: boolean
  /** `reports.jsonl`: every report, one line each, sorted by report_id. */
  jsonl: boolean
  /** `<report_id>.xml` per report, TEI, with `report-tei.rng` beside them. */
  tei: boolean
}

/** The options of the forms, for node:util parseArgs; `id` names the report read from standard input. */
export const formatOptions = {
  parquet: { type: 'boolean', default: false },
  jsonl: { type: 'boolean', default: false },
  tei: { type: 'boolean', default: false },
  id: { type: 'string' },
} as const

/** `report-extract -`: read one report from standard input, write its JSON to standard output. */
export interface StdinCommand {
  command: 'stdin'
  id: string
  encoding: string | undefined
  quiet: boolean
  maxBytes: number
  /** Seconds the report may take on its thread; 0 for no limit (--timeout, as for files). */
  timeout: number
}

/** The options of the main command that `-` takes; every other one given with `-` is a usage error. */
const STDIN_TAKES = new Set(['encoding', 'quiet', 'max-bytes', 'timeout', 'id', 'help', 'version'])

/**
 * The stdin command when the inputs are `-`, a usage error when `-` or `--id` is given with what does
 * not go with it, null for a run over files. `values` are parseArgs's (options not given are absent,
 * or false for a flag).
 */
export function stdinCommand(
  values: Readonly<Record<string, unknown>>,
  positionals: readonly string[],
  limits: { maxBytes: number; timeout: number },
): StdinCommand | UsageError | null {
  const stdin = positionals.includes('-')
  if (!stdin) {
    return values.id === undefined
      ? null
      : { command: 'usage-error', message: '--id names the report read from standard input: give - as the input' }
  }
  if (positionals.length > 1 || values['files-from'] !== undefined) {
    return { command: 'usage-error', message: '- (standard input) is read alone: name no other input with it' }
  }
  const extra = Object.keys(values).find((name) => !STDIN_TAKES.has(name) && values[name] !== undefined && values[name] !== false)
  if (extra)
    return {
      command: 'usage-error',
      message: `--${extra} does not go with - : the report read from standard input is written as JSON to standard output`,
    }
  const id = values.id === undefined ? 'stdin' : String(values.id)
  if (id.trim() === '') return { command: 'usage-error', message: '--id needs a name' }
  return { command: 'stdin', id, encoding: values.encoding as string | undefined, quiet: values.quiet === true, ...limits }
}

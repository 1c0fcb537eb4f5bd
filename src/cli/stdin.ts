// `report-extract -`: one report read from standard input, its JSON written to standard output, so
// that `cat report.md | report-extract - | jq` works. Diagnostics go to stderr as in a run over files;
// the exit status is the same: 0 extracted (warnings allowed), 1 the input could not be read.
import { loadPipeline } from '../cached-code.js'
import { formatDiagnostics } from '../emit/diagnostics.js'
import { printable } from '../emit/printable.js'
import { serializeReport } from '../emit/report-file.js'
import type { StdinCommand } from './formats.js'
import type { Io } from './main.js'
import { describe, formatBytes } from './task.js'
import { terminalColumns } from './extract.js'

/** What is read: standard input in the CLI, any stream of bytes in tests. */
export type Input = AsyncIterable<Uint8Array | string>

export async function runStdin(args: StdinCommand, io: Io, input: Input): Promise<number> {
  const fail = (reason: string) => {
    io.stderr.write(`-: error: ${printable(reason)}\n`)
    return 1
  }
  let bytes: Uint8Array | null
  try {
    bytes = await readAtMost(input, args.maxBytes)
  } catch (error) {
    return fail(`cannot read standard input: ${(error as Error).message}`)
  }
  if (bytes === null) return fail(`more than --max-bytes ${formatBytes(args.maxBytes)} (reading stopped there): raise --max-bytes to read it`)
  const { extractReport } = await loadPipeline()
  let report
  try {
    report = extractReport(bytes, { id: args.id, path: '-', encoding: args.encoding })
  } catch (error) {
    return fail(describe(error))
  }
  const columns = terminalColumns(io)
  const printed = formatDiagnostics(report, { quiet: args.quiet, color: Boolean(io.stderr.isTTY) && !io.env.NO_COLOR, columns, fullList: 'the JSON’s diagnostics' })
  if (printed.text) io.stderr.write(`${printed.text}\n`)
  if (printed.cut && !args.quiet) io.stderr.write(`report-extract: messages cut to ${columns} columns; the JSON’s diagnostics have each in full\n`)
  await written(io.stdout, serializeReport(report))
  return 0
}

/** All of `input`, or null once more than `maxBytes` bytes have come (the rest is not read). */
export async function readAtMost(input: Input, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    total += bytes.byteLength
    if (total > maxBytes) return null
    chunks.push(bytes)
  }
  return Buffer.concat(chunks, total)
}

/**
 * Resolves once `text` is handed to the stream. A reader that stopped early (`| head`) closes the pipe:
 * what it did not read is its choice, not a failure of the run (the exit status stays 0).
 */
function written(stream: Io['stdout'], text: string): Promise<void> {
  return new Promise((resolve) => {
    if ('on' in stream && typeof stream.on === 'function') {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error
        resolve()
      })
    }
    const write = stream.write as (text: string, callback?: (error?: Error | null) => void) => boolean
    write.call(stream, text, () => resolve())
  })
}

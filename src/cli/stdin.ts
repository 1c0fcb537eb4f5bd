// `report-extract -`: one report read from standard input, its JSON written to standard output, so
// that `cat report.md | report-extract - | jq` works. Diagnostics go to stderr as in a run over files;
// the exit status is the same: 0 extracted (warnings allowed), 1 the input could not be read or
// extracted. The report is extracted on a thread of its own, with the time budget (--timeout) and
// the heap of a file's (pool.ts): over either, it fails with the same reason as a file would.
import { printable } from '../emit/printable.js'
import type { StdinCommand } from './formats.js'
import type { Io } from './main.js'
import { overTime, THREAD_LIMITS, threadDied } from './pool.js'
import type { StdinOutcome, StdinTask } from './stdin-task.js'
import { formatBytes } from './task.js'
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
  if (bytes === null)
    return fail(`more than --max-bytes ${formatBytes(args.maxBytes)} (reading stopped there): raise --max-bytes to read it`)
  const columns = terminalColumns(io)
  const color = Boolean(io.stderr.isTTY) && !io.env.NO_COLOR
  const outcome = await extractOnThread({ bytes, id: args.id, encoding: args.encoding, quiet: args.quiet, color, columns }, args.timeout)
  if (!outcome.ok) return fail(outcome.reason)
  if (outcome.printed) io.stderr.write(`${outcome.printed}\n`)
  if (outcome.cut && !args.quiet)
    io.stderr.write(`report-extract: messages cut to ${columns} columns; the JSON’s diagnostics have each in full\n`)
  await written(io.stdout, outcome.json)
  return 0
}

/**
 * The task's outcome from a thread of its own, which is ended when it takes more than `timeout`
 * seconds (0: no limit) or dies (out of its heap): then the failure a file of a batch would have.
 */
async function extractOnThread(task: StdinTask, timeout: number): Promise<StdinOutcome> {
  const { Worker } = await import('node:worker_threads')
  const worker = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: THREAD_LIMITS, workerData: { codeCache: true } })
  return new Promise<StdinOutcome>((resolve) => {
    let timer: NodeJS.Timeout | undefined
    const settle = (outcome: StdinOutcome, end: 'close' | 'terminate') => {
      clearTimeout(timer)
      worker.removeAllListeners()
      worker.on('error', () => {})
      // Done, the thread ends once what it printed (NODE_DEBUG) is flushed; else it is ended now.
      if (end === 'close') worker.postMessage(null)
      else void worker.terminate()
      resolve(outcome)
    }
    if (timeout > 0) timer = setTimeout(() => settle({ ok: false, reason: overTime(timeout) }, 'terminate'), timeout * 1000)
    worker.on('message', (outcome: StdinOutcome) => settle(outcome, 'close'))
    worker.on('error', (error: Error & { code?: string }) => settle({ ok: false, reason: threadDied(error) }, 'terminate'))
    worker.on('exit', (code) =>
      settle({ ok: false, reason: `internal error: the extraction thread ended (exit code ${code})` }, 'terminate'),
    )
    worker.postMessage(task)
  })
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

// The report read from standard input (`report-extract -`), extracted on a thread as a file of a batch
// is (pool.ts): the thread's heap is bounded and its time (--timeout), so that no input can take the
// whole process with it. This is the thread's side: extract, serialize, format the diagnostics.
import { loadPipeline } from '../cached-code.js'
import { formatDiagnostics } from '../emit/diagnostics.js'
import { serializeReport } from '../emit/report-file.js'
import { describe } from './task.js'

export interface StdinTask {
  /** The input, read whole on the main thread (bounded by --max-bytes). */
  bytes: Uint8Array
  id: string
  encoding: string | undefined
  quiet: boolean
  color: boolean
  /** Columns to cut printed diagnostics to; null prints them whole. */
  columns: number | null
}

export type StdinOutcome = { ok: true; json: string; printed: string; cut: boolean } | { ok: false; reason: string }

export async function runStdinTask(task: StdinTask): Promise<StdinOutcome> {
  let report
  try {
    const { extractReport } = await loadPipeline()
    report = extractReport(task.bytes, { id: task.id, path: '-', encoding: task.encoding })
  } catch (error) {
    return { ok: false, reason: describe(error) }
  }
  const { quiet, color, columns } = task
  const printed = formatDiagnostics(report, { quiet, color, columns, fullList: 'the JSON’s diagnostics' })
  return { ok: true, json: serializeReport(report), printed: printed.text, cut: printed.cut }
}

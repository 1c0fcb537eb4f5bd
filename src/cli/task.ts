// One report of a batch, start to finish: read (refusing folders and oversized inputs), hash, reuse
// the JSON of an unchanged report or extract it and write its JSON, then hand back its table rows (as
// CSV bytes) and its printed diagnostics. Runs in a worker thread or in the main one; never throws.
// File access is synchronous: a task has its thread to itself, and the small reads and writes cost
// less that way.
import { createHash } from 'node:crypto'
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { loadPipeline } from '../cached-code.js'
import { writeAtomicSync } from '../emit/atomic.js'
import { corpusExtras, type CorpusRows } from '../emit/corpus.js'
import { type ReportCsv, reportCsv } from '../emit/csv.js'
import { formatDiagnostics } from '../emit/diagnostics.js'
import { isOurTei, teiPath } from '../emit/format-files.js'
import { isOurReport } from '../emit/ownership.js'
import { serializeReport } from '../emit/report-file.js'
import type { ManifestEntry } from '../emit/manifest.js'
import type { Report } from '../schema/report.js'
import type { Formats } from './formats.js'

export interface Task {
  index: number
  path: string
  id: string
  out: string
  encoding: string | undefined
  maxBytes: number
  quiet: boolean
  color: boolean
  /** Columns to cut printed diagnostics to (stderr a terminal); null prints them whole. */
  columns: number | null
  /** --excel-safe: formula-like text cells of the tables get a leading `'`. */
  excelSafe: boolean
  /** The manifest's entry for this id from the last run, if any (and if not forced). */
  known: ManifestEntry | null
  /** The forms written besides JSON and CSV (--parquet, --jsonl, --tei). */
  formats: Formats
}

export type Outcome =
  | ({
      index: number
      ok: true
      id: string
      entry: ManifestEntry
      csv: ReportCsv
      printed: string
      cut: boolean
      warnings: number
      unchanged: boolean
    } & Omit<CorpusRows, 'csv'>)
  | { index: number; ok: false; path: string; reason: string }

export async function runTask(task: Task): Promise<Outcome> {
  try {
    const read = readInput(task)
    if ('index' in read) return read
    const { bytes, entry, target } = read
    const previous = reusable(task, entry, target)
    if (previous) return (await writeTei(task, previous)) ?? done(task, previous, entry, true)
    // The parser and the schema are loaded only when a report has to be extracted.
    const { extractReport } = await loadPipeline()
    const report = extractReport(bytes, { id: task.id, path: task.path, encoding: task.encoding })
    // Even an id the manifest lists: the file may since have been replaced by one of the user's own.
    if (!isOurReport(target))
      return failed(task, `${target} exists and was not written by report-extract: move it away or choose another --out`)
    // Someone else's <id>.xml fails the report before its JSON is written.
    const refused = teiRefused(task)
    if (refused) return refused
    writeAtomicSync(target, serializeReport(report))
    await writeTei(task, report)
    return done(task, report, entry, false)
  } catch (error) {
    return failed(task, describe(error))
  }
}

/** The outcome of a task that needs no extraction (its report is unchanged, or its input is refused), or null. */
export function settledWithoutExtraction(task: Task): Outcome | null {
  // Its TEI file is written by the task (runTask), which loads the TEI writer.
  if (task.formats.tei) return null
  try {
    // A pipe or device can be read only once, by the task that extracts it.
    if (!statSync(task.path).isFile()) return null
    const read = readInput(task)
    if ('index' in read) return read
    const previous = reusable(task, read.entry, read.target)
    return previous ? done(task, previous, read.entry, true) : null
  } catch {
    // Whatever went wrong happens again, and is described, when the task runs.
    return null
  }
}

function readInput(task: Task): Outcome | { bytes: Buffer; entry: ManifestEntry; target: string } {
  const bytes = readInputFile(task.path, task.maxBytes)
  if (!Buffer.isBuffer(bytes)) return failed(task, bytes.refused)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return { bytes, entry: { path: task.path, sha256, bytes: bytes.byteLength }, target: join(task.out, `${task.id}.json`) }
}

/**
 * The bytes of an input file, or why it is not read: a folder, or more than `maxBytes` (the main run's
 * and review's --max-bytes). Throws what the file system throws (describe says it).
 */
export function readInputFile(path: string, maxBytes: number): Buffer | { refused: string } {
  const info = statSync(path)
  if (info.isDirectory()) return { refused: 'is a folder, not a file (folders are read one level deep only)' }
  if (info.size > maxBytes)
    return {
      refused: `the file has ${formatBytes(info.size)}, more than --max-bytes ${formatBytes(maxBytes)}: raise --max-bytes to read it`,
    }
  // The size stat gives is 0 for a pipe or device (/dev/zero never ends) and may be stale: the read is bounded too.
  const bytes = readAtMost(path, maxBytes, info.isFile() ? info.size : null)
  return (
    bytes ?? {
      refused: `the file has more than --max-bytes ${formatBytes(maxBytes)} (reading stopped there): raise --max-bytes to read it`,
    }
  )
}

const READ_CHUNK = 64 * 1024

/**
 * The bytes of `path` up to its end, or null once more than `maxBytes` have been read. `expected` is a
 * regular file's size by stat (null for a pipe or device): it is read in one call, one byte over, so
 * a short read shows its end without a second call.
 */
function readAtMost(path: string, maxBytes: number, expected: number | null): Buffer | null {
  const fd = openSync(path, 'r')
  try {
    const chunks: Buffer[] = []
    let total = 0
    let size = expected === null ? READ_CHUNK : expected + 1
    for (;;) {
      const chunk = Buffer.allocUnsafeSlow(Math.min(size, maxBytes + 1 - total))
      const read = readSync(fd, chunk, 0, chunk.length, null)
      if (read > 0) chunks.push(chunk.subarray(0, read))
      total += read
      if (total > maxBytes) return null
      if (read === 0 || (expected !== null && read < chunk.length)) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)
      size = READ_CHUNK
    }
  } finally {
    closeSync(fd)
  }
}

function reusable(task: Task, entry: ManifestEntry, target: string): Report | null {
  return task.known && task.known.sha256 === entry.sha256 && task.known.path === task.path
    ? unchangedReport(target, task, entry.sha256)
    : null
}

/** The failure of a report whose `<id>.xml` is someone else's, when the run writes TEI; else null. */
function teiRefused(task: Task): Outcome | null {
  const path = teiPath(task.out, task.id)
  return task.formats.tei && !isOurTei(path)
    ? failed(task, `${path} exists and was not written by report-extract: move it away or choose another --out`)
    : null
}

/**
 * Write the report's TEI file when the run asks for TEI (an unchanged report's too: an earlier run may
 * not have written it); the failure when a file of that name is someone else's, else null.
 */
async function writeTei(task: Task, report: Report): Promise<Outcome | null> {
  if (!task.formats.tei) return null
  const refused = teiRefused(task)
  if (refused) return refused
  // Loaded only for a run that asks for TEI: the ids of organisations are slugs, whose code loads the lexicons.
  const { teiDocument } = await import('../emit/tei/index.js')
  writeAtomicSync(teiPath(task.out, task.id), teiDocument(report))
  return null
}

function done(task: Task, report: Report, entry: ManifestEntry, unchanged: boolean): Outcome {
  const { text: printed, cut } = formatDiagnostics(report, { quiet: task.quiet, color: task.color, columns: task.columns })
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length
  return {
    index: task.index,
    ok: true,
    id: task.id,
    entry,
    csv: reportCsv(report, task.excelSafe),
    ...corpusExtras(report, task.formats),
    printed,
    cut,
    warnings,
    unchanged,
  }
}

function failed(task: Task, reason: string): Outcome {
  return { index: task.index, ok: false, path: task.path, reason }
}

/** The report file of the last run, when it is still the one for this input. */
function unchangedReport(target: string, task: Task, sha256: string): Report | null {
  try {
    const report = JSON.parse(readFileSync(target, 'utf8')) as Report
    return report.id === task.id && report.source?.sha256 === sha256 && report.source.path === task.path ? report : null
  } catch {
    return null
  }
}

export function describe(error: unknown): string {
  // By name: the pipeline may come from its own script (cached-code.ts), with its own InputError class.
  if (error instanceof Error && error.name === 'InputError') return error.message
  if (isZodError(error)) {
    const issue = error.issues[0]
    const where = issue?.path.join('.') || '(root)'
    return `internal error: the extracted report failed validation at ${where}: ${issue?.message ?? error.message}`
  }
  if (error instanceof Error && 'code' in error && typeof error.code === 'string')
    return `cannot read: ${error.code} ${error.message.replace(/^[A-Z]+: /, '')}`
  if (error instanceof RangeError) return `internal error: ${error.message} (please report this input)`
  return `internal error: ${error instanceof Error ? error.message : String(error)}`
}

function isZodError(error: unknown): error is Error & { issues: Array<{ path: PropertyKey[]; message: string }> } {
  return error instanceof Error && error.name === 'ZodError' && Array.isArray((error as { issues?: unknown }).issues)
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} kB`
  return `${bytes} bytes`
}

// The main job: extract every input (on worker threads), write its JSON, stream the corpus tables in
// report_id order, write the schema and the manifest, and print the diagnostics and a summary. One
// bad input never stops the others; Ctrl-C stops starting new reports and closes the run cleanly.
import { constants } from 'node:fs'
import { access, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sweepTemporaries, writeAtomic } from '../emit/atomic.js'
import { formulaId, formulaRefusal } from '../emit/csv.js'
import { printable } from '../emit/printable.js'
import { type ManifestEntry, readManifest, writeManifest } from '../emit/manifest.js'
import { foreignOutput, removeOurPage, removeOurReport, removeStrayReports } from '../emit/ownership.js'
import { CorpusWriter } from '../emit/corpus.js'
import { foreignFormats, removeStaleFormats, writeTeiSchema } from '../emit/format-files.js'
import type { Report } from '../schema/report.js'
import type { ExtractCommand } from './args.js'
import { buildInfo } from './build-info.js'
import { plural } from './command.js'
import { collectInputs, listedPaths, type Rejected } from './inputs.js'
import type { Io } from './main.js'
import { runInOrder } from './pool.js'
import { Progress } from './progress.js'
import type { Task } from './task.js'

export async function runExtract(args: ExtractCommand, io: Io): Promise<number> {
  try {
    return await extractAll(args, io)
  } catch (error) {
    // A failure of the run itself (the output folder cannot be written, a bug): one line, no trace.
    sweepTemporaries(args.out)
    io.stderr.write(`report-extract: error: ${printable((error as Error).message ?? String(error))}\n`)
    return 1
  }
}

async function extractAll(args: ExtractCommand, io: Io): Promise<number> {
  const started = performance.now()
  const say = (text: string) => io.stderr.write(`report-extract: ${printable(text)}\n`)
  let listed: string[] = []
  if (args.filesFrom !== undefined) {
    try {
      listed = listedPaths(args.filesFrom === '-' ? await readStdin() : await readFile(args.filesFrom, 'utf8'))
    } catch (error) {
      say(`cannot read --files-from ${args.filesFrom}: ${(error as Error).message}`)
      return 2
    }
  }
  if (args.inputs.length === 0 && listed.length === 0) {
    say(`error: --files-from ${args.filesFrom} lists no paths: nothing to do (${args.out} is left as it was)`)
    return 2
  }
  const collected = await collectInputs([...args.inputs, ...listed], args.shard, { followSymlinks: args.followSymlinks })
  const { rejected, skipped } = collected
  // A report_id is a key column, kept as it is so that it names its JSON file: with --excel-safe, an
  // id a spreadsheet would evaluate (a file named `=HYPERLINK(…).md`) is refused instead.
  const inputs = args.excelSafe ? collected.inputs.filter((input) => !(formulaId(input.id) && rejected.push({ path: input.path, reason: formulaRefusal(input.id) }))) : collected.inputs
  if (!args.quiet) for (const skip of skipped) io.stderr.write(`${printable(skip.path)}: warning: ${printable(skip.reason)}\n`)
  inputs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  try {
    await mkdir(args.out, { recursive: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    say(`error: cannot create the output folder ${args.out}: ${code === 'EEXIST' ? 'a file of that name is in the way' : (error as Error).message}`)
    return 1
  }
  try {
    await access(args.out, constants.W_OK)
  } catch {
    say(`error: cannot write into the output folder ${args.out}: permission denied`)
    return 1
  }

  const previous = await readManifest(args.out)
  const manifestPath = join(args.out, '.report-extract-manifest.json')
  const refusal =
    previous.state === 'foreign'
      ? previous.problem
        ? `${manifestPath} ${previous.problem}`
        : `${manifestPath} was not written by report-extract`
      : (foreignOutput(args.out, args.html) ?? (await foreignFormats(args.out, args.formats)))
  if (refusal) {
    say(`${refusal}: refusing to write into ${args.out}; move it away or choose another --out`)
    return 1
  }
  const build = await buildInfo()
  const tool = `${build.version}+${build.code}`
  const options = { encoding: args.encoding ?? null }
  const before = previous.state === 'ours' ? previous.manifest : null
  const reusable = !args.force && before !== null && before.tool === tool && JSON.stringify(before.options) === JSON.stringify(options)
  const color = Boolean(io.stderr.isTTY) && !io.env.NO_COLOR
  const columns = terminalColumns(io)
  const tasks: Task[] = inputs.map((input, index) => ({
    index,
    path: input.path,
    id: input.id,
    out: args.out,
    encoding: args.encoding,
    maxBytes: args.maxBytes,
    quiet: args.quiet,
    color,
    columns,
    excelSafe: args.excelSafe,
    known: reusable ? (before.reports[input.id] ?? null) : null,
    formats: args.formats,
  }))

  const progress = new Progress(io.stderr, tasks.length, Boolean(io.stderr.isTTY) && !args.quiet)
  // Ctrl-C (or a TERM from a job scheduler): abandon the reports under way (their threads end at
  // once), close the run with the reports done, and exit 130 (INT) or 143 (TERM).
  let stopping = false
  let signalled: NodeJS.Signals | null = null
  const abort = new AbortController()
  // From the moment the tables are renamed into place until the manifest is written, the folder's
  // files must change together: a second Ctrl-C then waits for that to finish (a moment).
  let committing = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping && committing) {
      progress.clear()
      say('stopping: the tables are being put in place; the run ends when they are')
      return
    }
    if (stopping) {
      sweepTemporaries(args.out)
      process.exit(exitOnSignal(signalled ?? signal))
    }
    stopping = true
    signalled = signal
    progress.clear()
    say('stopping: abandoning the reports under way and keeping those done (press Ctrl-C again to quit at once, leaving the tables of the last run)')
    abort.abort()
  }
  process.on('SIGINT', stop).on('SIGTERM', stop)
  try {
    return await finishRun()
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop)
  }

  async function finishRun(): Promise<number> {
    const tables = await CorpusWriter.open(args.out, { excelSafe: args.excelSafe, ...args.formats, schema: build.schema })
    const entries: Record<string, ManifestEntry> = {}
    const failed: Rejected[] = [...rejected]
    let warnings = 0
    let unchanged = 0
    let cut = false
    /** Files of an earlier run this run removed: reports whose input is gone, or failed or was not reached; review pages. */
    const removed = { gone: 0, unextracted: 0, stray: 0, pages: 0, formats: 0 }
    let delivered = 0
    try {
      delivered = await runInOrder(
        tasks,
        args.jobs,
        { timeout: args.timeout, signal: abort.signal },
        async (outcome) => {
          if (outcome.ok) {
            await tables.add(outcome)
            entries[outcome.id] = outcome.entry
            warnings += outcome.warnings
            if (outcome.unchanged) unchanged++
            cut ||= outcome.cut
            if (outcome.printed) {
              progress.clear()
              io.stderr.write(`${outcome.printed}\n`)
            }
          } else failed.push({ path: outcome.path, reason: outcome.reason })
          progress.tick()
        },
        () => stopping,
      )
      if (Object.keys(entries).length === 0 && failed.length > 0) {
        // Every input failed (a mistyped path or option, a folder of unreadable files): the folder
        // keeps the last run's outcome rather than becoming an empty one.
        await tables.abort()
        return finish(`nothing extracted: ${args.out} is left as it was`)
      }
      committing = true
      await tables.close()
    } catch (error) {
      await tables.abort()
      throw error
    }
    await writeAtomic(join(args.out, 'report.schema.json'), build.schema)
    if (args.formats.tei) await writeTeiSchema(args.out)
    // Report files of earlier runs that this run did not write again would disagree with the tables.
    const given = new Set(tasks.map((task) => task.id))
    if (before) {
      for (const [id, entry] of Object.entries(before.reports)) {
        if (!Object.hasOwn(entries, id) && (await removeOurReport(args.out, id, entry))) removed[given.has(id) ? 'unextracted' : 'gone']++
      }
    }
    await writeManifest(args.out, { manifest: 'report-extract', tool, options, reports: entries, excelSafe: args.excelSafe })
    // Report files no manifest names: of a run killed before it wrote its manifest, or abandoned in this one.
    removed.stray += await removeStrayReports(args.out, entries)
    // Review pages of an earlier --html run would show what this run may have changed: the pages
    // report-extract wrote go, but for the reports whose pages --html writes again below.
    if (before) for (const id of Object.keys(before.reports)) if ((!args.html || !Object.hasOwn(entries, id)) && (await removeOurPage(join(args.out, `${id}.html`)))) removed.pages++
    if (!args.html && (await removeOurPage(join(args.out, 'index.html')))) removed.pages++
    removed.formats += await removeStaleFormats(args.out, args.formats, [...Object.keys(before?.reports ?? {}), ...Object.keys(entries)], new Set(Object.keys(entries)))
    // Review pages (--html) from the report files just written, read back one by one.
    if (args.html) {
      const { writeReviewPagesOf } = await import('../emit/html/write.js')
      failed.push(...(await writeReviewPagesOf(args.out, await readReports(args.out, Object.keys(entries).sort()), failed, args.encoding)))
    }
    return finish(delivered < tasks.length ? `interrupted: ${delivered} of ${tasks.length} reports done; ${args.out} holds those ${Object.keys(entries).length} reports, complete, and their tables` : null)

    /** Print the failures, a note and the summary line; the exit status. */
    function finish(note: string | null): number {
      sweepTemporaries(args.out)
      progress.clear()
      for (const failure of failed.sort((a, b) => a.path.localeCompare(b.path))) io.stderr.write(`${printable(failure.path)}: error: ${printable(failure.reason)}\n`)
      const extracted = Object.keys(entries).length
      const seconds = ((performance.now() - started) / 1000).toFixed(2)
      if (note) say(note)
      if (cut && !args.quiet) say(`messages cut to ${columns} columns; ${join(args.out, 'diagnostics.csv')} has each in full`)
      const skipped = unchanged > 0 ? ` (${unchanged} unchanged)` : ''
      say(`${extracted} extracted${skipped}, ${plural(warnings, 'warning')}, ${failed.length} failed in ${seconds}s → ${args.out}${removals(removed, args.html)}`)
      if (signalled) return exitOnSignal(signalled)
      return failed.length > 0 || delivered < tasks.length ? 1 : 0
    }
  }
}

/** The exit status of a run stopped by a signal, as a shell reports a process killed by it: 130 for INT, 143 for TERM. */
export function exitOnSignal(signal: NodeJS.Signals): number {
  return 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)
}

/** What a run removed from --out, for its summary line: "; removed 4 reports no longer in the input". */
export function removals(removed: { gone: number; unextracted: number; stray?: number; pages: number; formats?: number }, html: boolean): string {
  const parts = [
    removed.gone > 0 ? `${plural(removed.gone, 'report')} no longer in the input` : '',
    removed.unextracted > 0 ? `${plural(removed.unextracted, 'earlier report')} not extracted this time` : '',
    (removed.stray ?? 0) > 0 ? `${plural(removed.stray ?? 0, 'report file')} no manifest named (of an interrupted run)` : '',
    removed.pages > 0 ? `${plural(removed.pages, 'review page')}${html ? ' of those reports' : ' (no --html this time)'}` : '',
    (removed.formats ?? 0) > 0 ? `${plural(removed.formats!, 'Parquet, JSON lines or TEI file')} of earlier runs` : '',
  ].filter(Boolean)
  return parts.length > 0 ? `; removed ${parts.join(', ')}` : ''
}

/**
 * The width to cut printed diagnostics to: the terminal's when stderr is one, else COLUMNS when set;
 * null (nothing cut) when stderr is a file or a pipe, which is read by tools or in full.
 */
export function terminalColumns(io: Io): number | null {
  if (io.stderr.isTTY) return io.stderr.columns && io.stderr.columns > 0 ? io.stderr.columns : 80
  const columns = Number(io.env.COLUMNS)
  return Number.isInteger(columns) && columns > 0 ? columns : null
}

async function readReports(out: string, ids: readonly string[]): Promise<Report[]> {
  const reports: Report[] = []
  for (const id of ids) reports.push(JSON.parse(await readFile(join(out, `${id}.json`), 'utf8')) as Report)
  return reports
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

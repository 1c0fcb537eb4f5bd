// The main job: extract every input (on worker threads), write its JSON, stream the corpus tables in
// report_id order, write the schema and the manifest, and print the diagnostics and a summary. One
// bad input never stops the others; Ctrl-C stops starting new reports and closes the run cleanly.
import { constants, existsSync } from 'node:fs'
import { access, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sweepTemporaries, writeAtomic } from '../emit/atomic.js'
import { formulaId, formulaRefusal } from '../emit/csv.js'
import { printable } from '../emit/printable.js'
import { MANIFEST_NAME, type Manifest, type ManifestEntry, readManifest, writeManifest } from '../emit/manifest.js'
import { foreignOutput, removeOurPage, removeOurReport, removeStrayReports } from '../emit/ownership.js'
import { CorpusWriter } from '../emit/corpus.js'
import { foreignFormats, removeStaleFormats, writeTeiSchema } from '../emit/format-files.js'
import type { Report } from '../schema/report.js'
import type { ExtractCommand } from './args.js'
import { type BuildInfo, buildInfo } from './build-info.js'
import { plural } from './command.js'
import { collectInputs, type Input, listedPaths, printSkipped, type Rejected } from './inputs.js'
import type { Io } from './main.js'
import { prestart, runInOrder } from './pool.js'
import { Progress } from './progress.js'
import { exitOnSignal, Stopper } from './stop.js'
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

/** What every step of a run reads: its arguments, where it prints, and what was settled before the reports. */
interface Run {
  args: ExtractCommand
  io: Io
  say: (text: string) => void
  started: number
  build: BuildInfo
  /** `<version>+<code hash>`: reports of another build are extracted again. */
  tool: string
  options: { encoding: string | null }
  /** The manifest of the last run into --out, if report-extract wrote it. */
  before: Manifest | null
  tasks: Task[]
  columns: number | null
  rejected: Rejected[]
  progress: Progress
}

/** Files of an earlier run this run removed: reports whose input is gone, or failed or was not reached; review pages. */
interface Removed {
  gone: number
  unextracted: number
  stray: number
  pages: number
  formats: number
}

/** What the run has done so far, for the manifest and the summary line. */
interface Tally {
  entries: Record<string, ManifestEntry>
  failed: Rejected[]
  warnings: number
  unchanged: number
  /** Some printed diagnostic was cut to the terminal's width. */
  cut: boolean
  removed: Removed
  /** How many outcomes were delivered (all tasks', unless stopped). */
  delivered: number
}

/** The run: its inputs, the output folder checked, its tasks planned, then the reports extracted and the run closed. */
async function extractAll(args: ExtractCommand, io: Io): Promise<number> {
  const started = performance.now()
  const say = (text: string) => io.stderr.write(`report-extract: ${printable(text)}\n`)
  const listed = await listedInputs(args, say)
  if (typeof listed === 'number') return listed
  const { inputs, rejected } = await gatherInputs(args, listed, io)
  // Every report to be extracted: the first thread starts now, and loads the extraction code while the
  // output folder is checked and the tables opened (pool.ts).
  if (inputs.length > 0 && (args.force || !existsSync(join(args.out, MANIFEST_NAME)))) prestart(args.jobs, inputs.length)
  const output = await prepareOutput(args, say)
  if ('exit' in output) return output.exit
  const build = await buildInfo()
  const planned = plan(args, io, inputs, output.before, build)
  const progress = new Progress(io.stderr, planned.tasks.length, Boolean(io.stderr.isTTY) && !args.quiet)
  const run: Run = { args, io, say, started, build, before: output.before, rejected, progress, ...planned }
  const stopper = new Stopper(args.out, progress, say)
  stopper.listen()
  try {
    return await finishRun(run, stopper)
  } finally {
    stopper.unlisten()
  }
}

/** The paths --files-from lists (none without it), or the exit status when it cannot be read or lists none. */
async function listedInputs(args: ExtractCommand, say: (text: string) => void): Promise<string[] | number> {
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
  return listed
}

/** The inputs to extract, sorted by id, and those refused; the entries skipped are printed as warnings. */
async function gatherInputs(args: ExtractCommand, listed: readonly string[], io: Io): Promise<{ inputs: Input[]; rejected: Rejected[] }> {
  const collected = await collectInputs([...args.inputs, ...listed], args.shard, { followSymlinks: args.followSymlinks })
  const { rejected, skipped } = collected
  // A report_id is a key column, kept as it is so that it names its JSON file: with --excel-safe, an
  // id a spreadsheet would evaluate (a file named `=HYPERLINK(…).md`) is refused instead.
  const inputs = args.excelSafe
    ? collected.inputs.filter((input) => !(formulaId(input.id) && rejected.push({ path: input.path, reason: formulaRefusal(input.id) })))
    : collected.inputs
  if (!args.quiet) printSkipped(io, skipped)
  inputs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { inputs, rejected }
}

/** --out created and writable, with nothing in it of anyone else's: the last run's manifest, or the exit status. */
async function prepareOutput(args: ExtractCommand, say: (text: string) => void): Promise<{ before: Manifest | null } | { exit: number }> {
  try {
    await mkdir(args.out, { recursive: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    say(
      `error: cannot create the output folder ${args.out}: ` +
        (code === 'EEXIST' ? 'a file of that name is in the way' : (error as Error).message),
    )
    return { exit: 1 }
  }
  try {
    await access(args.out, constants.W_OK)
  } catch {
    say(`error: cannot write into the output folder ${args.out}: permission denied`)
    return { exit: 1 }
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
    return { exit: 1 }
  }
  return { before: previous.state === 'ours' ? previous.manifest : null }
}

/** A task per input; an unchanged report of the last run is reused when the build and options are the same. */
function plan(args: ExtractCommand, io: Io, inputs: readonly Input[], before: Manifest | null, build: BuildInfo) {
  const tool = `${build.version}+${build.code}`
  const options = { encoding: args.encoding ?? null }
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
  return { tool, options, columns, tasks }
}

/** The reports extracted into the tables, which are put in place; then the run's other files, and its summary. */
async function finishRun(run: Run, stopper: Stopper): Promise<number> {
  const { args } = run
  const tables = await CorpusWriter.open(args.out, { excelSafe: args.excelSafe, ...args.formats, schema: run.build.schema })
  const removed = { gone: 0, unextracted: 0, stray: 0, pages: 0, formats: 0 }
  const tally: Tally = { entries: {}, failed: [...run.rejected], warnings: 0, unchanged: 0, cut: false, removed, delivered: 0 }
  try {
    tally.delivered = await extractTasks(run, stopper, tables, tally)
    if (Object.keys(tally.entries).length === 0 && tally.failed.length > 0) {
      // Every input failed (a mistyped path or option, a folder of unreadable files): the folder
      // keeps the last run's outcome rather than becoming an empty one.
      await tables.abort()
      return finish(run, tally, stopper, `nothing extracted: ${args.out} is left as it was`)
    }
    stopper.committing = true
    await tables.close()
  } catch (error) {
    await tables.abort()
    throw error
  }
  await commitRun(run, tally)
  const { length } = run.tasks
  const extracted = Object.keys(tally.entries).length
  const interrupted =
    `interrupted: ${tally.delivered} of ${length} reports done; ` +
    `${args.out} holds those ${extracted} reports, complete, and their tables`
  return finish(run, tally, stopper, tally.delivered < length ? interrupted : null)
}

/** Every task run on the threads, each outcome taken in report_id order: its rows to the tables, its diagnostics printed. */
async function extractTasks(run: Run, stopper: Stopper, tables: CorpusWriter, tally: Tally): Promise<number> {
  const { args, io, progress } = run
  return runInOrder(
    run.tasks,
    args.jobs,
    { timeout: args.timeout, signal: stopper.abort.signal },
    async (outcome) => {
      if (outcome.ok) {
        await tables.add(outcome)
        tally.entries[outcome.id] = outcome.entry
        tally.warnings += outcome.warnings
        if (outcome.unchanged) tally.unchanged++
        tally.cut ||= outcome.cut
        if (outcome.printed) {
          progress.clear()
          io.stderr.write(`${outcome.printed}\n`)
        }
      } else tally.failed.push({ path: outcome.path, reason: outcome.reason })
      progress.tick()
    },
    () => stopper.stopping,
  )
}

/** After the tables: the schema, the manifest, earlier runs' files this run did not write again removed, review pages. */
async function commitRun(run: Run, tally: Tally): Promise<void> {
  const { args, before } = run
  const { entries, removed } = tally
  await writeAtomic(join(args.out, 'report.schema.json'), run.build.schema)
  if (args.formats.tei) await writeTeiSchema(args.out)
  // Report files of earlier runs that this run did not write again would disagree with the tables.
  const given = new Set(run.tasks.map((task) => task.id))
  if (before) {
    for (const [id, entry] of Object.entries(before.reports)) {
      if (!Object.hasOwn(entries, id) && (await removeOurReport(args.out, id, entry))) removed[given.has(id) ? 'unextracted' : 'gone']++
    }
  }
  const { tool, options } = run
  await writeManifest(args.out, { manifest: 'report-extract', tool, options, reports: entries, excelSafe: args.excelSafe })
  // Report files no manifest names: of a run killed before it wrote its manifest, or abandoned in this one.
  removed.stray += await removeStrayReports(args.out, entries)
  // Review pages of an earlier --html run would show what this run may have changed: the pages
  // report-extract wrote go, but for the reports whose pages --html writes again below.
  if (before)
    for (const id of Object.keys(before.reports))
      if ((!args.html || !Object.hasOwn(entries, id)) && (await removeOurPage(join(args.out, `${id}.html`)))) removed.pages++
  if (!args.html && (await removeOurPage(join(args.out, 'index.html')))) removed.pages++
  removed.formats += await removeStaleFormats(
    args.out,
    args.formats,
    [...Object.keys(before?.reports ?? {}), ...Object.keys(entries)],
    new Set(Object.keys(entries)),
  )
  // Review pages (--html) from the report files just written, read back one by one.
  if (args.html) {
    const { writeReviewPagesOf } = await import('../emit/html/write.js')
    tally.failed.push(
      ...(await writeReviewPagesOf(args.out, await readReports(args.out, Object.keys(entries).sort()), tally.failed, args.encoding)),
    )
  }
}

/** Print the failures, a note and the summary line; the exit status. */
function finish(run: Run, tally: Tally, stopper: Stopper, note: string | null): number {
  const { args, io, say, columns } = run
  sweepTemporaries(args.out)
  run.progress.clear()
  for (const failure of tally.failed.sort((a, b) => a.path.localeCompare(b.path)))
    io.stderr.write(`${printable(failure.path)}: error: ${printable(failure.reason)}\n`)
  const extracted = Object.keys(tally.entries).length
  const seconds = ((performance.now() - run.started) / 1000).toFixed(2)
  if (note) say(note)
  if (tally.cut && !args.quiet) say(`messages cut to ${columns} columns; ${join(args.out, 'diagnostics.csv')} has each in full`)
  const skipped = tally.unchanged > 0 ? ` (${tally.unchanged} unchanged)` : ''
  say(
    `${extracted} extracted${skipped}, ${plural(tally.warnings, 'warning')}, ${tally.failed.length} failed ` +
      `in ${seconds}s → ${args.out}${removals(tally.removed, args.html)}`,
  )
  if (stopper.signalled) return exitOnSignal(stopper.signalled)
  return tally.failed.length > 0 || tally.delivered < run.tasks.length ? 1 : 0
}

/** What a run removed from --out, for its summary line: "; removed 4 reports no longer in the input". */
function removals(removed: { gone: number; unextracted: number; stray?: number; pages: number; formats?: number }, html: boolean): string {
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

// `report-extract merge --out DIR FOLDER...`: combine the outputs of several runs (the shards of one
// corpus) into one output folder: their report files, one set of corpus tables in report_id order,
// the schema and a manifest. Like the main run, a merge writes only files of its own: before writing
// anything it refuses a report id found in two folders, folders written with different options, and
// an --out holding a file report-extract did not write. Every file is first written beside its place
// as a temporary file and renamed into place only once all are written, so a failure or Ctrl-C leaves
// --out as it was; reports an earlier run or merge wrote there and this merge did not are removed.
import { mkdir, readFile, rename, rmdir, writeFile } from 'node:fs/promises'
import { realpathSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { sweepTemporaries, temporaryPath, writeAtomic } from '../../emit/atomic.js'
import { CorpusWriter, corpusExtras } from '../../emit/corpus.js'
import { formulaId, formulaRefusal, reportCsv } from '../../emit/csv.js'
import { foreignFormats, isOurTei, removeStaleFormats, teiPath, writeTeiSchema } from '../../emit/format-files.js'
import { type ManifestEntry, MANIFEST_NAME, type ManifestRead, readManifest, writeManifest } from '../../emit/manifest.js'
import { foreignOutput, isOurReport, removeOurReport } from '../../emit/ownership.js'
import { printable } from '../../emit/printable.js'
import { REPORT_JSON_START } from '../../emit/report-file.js'
import type { Report } from '../../schema/report.js'
import { buildInfo } from '../build-info.js'
import { helpOrUsage, parseOptions, plural, type UsageError } from '../command.js'
import { type Formats, formatOptions } from '../formats.js'
import type { Io } from '../main.js'

export const MERGE_HELP = `Usage: report-extract merge --out DIR <folder>...

Combine the output folders of several runs (for instance the shards of --shard I/N) into one:
every <report_id>.json, one set of corpus tables in report_id order, report.schema.json and a
manifest. A report id in two folders, folders written with different options (--encoding) or a
file in DIR that report-extract did not write is an error, and then nothing is written. Reports
an earlier run or merge wrote in DIR that this merge does not bring are removed.

Options:
  -o, --out DIR        the merged output folder (not one of the folders merged)
      --excel-safe     prefix CSV text cells starting with = + - @ tab or CR with '
      --parquet        also write the tables as Parquet (see report-extract --help)
      --jsonl          also write reports.jsonl
      --tei            also write <report_id>.xml per report, TEI, and report-tei.rng
  -h, --help           show this help

Example:
  report-extract merge --out all part-0 part-1 part-2 part-3
`

/**
 * The manifest's `tool` when the folders merged were written by different builds: it never equals a
 * build id (`<version>+<code hash>`), so a later run into the merged folder extracts every report again.
 */
export const MIXED_BUILDS = 'mixed builds: '

export type MergeArgs =
  { command: 'merge'; out: string; folders: string[]; excelSafe: boolean; formats: Formats } | { command: 'help' } | UsageError

export function parseMergeArgs(argv: readonly string[]): MergeArgs {
  const parsed = parseOptions(argv, {
    out: { type: 'string', short: 'o' },
    'excel-safe': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    parquet: formatOptions.parquet,
    jsonl: formatOptions.jsonl,
    tei: formatOptions.tei,
  })
  if ('command' in parsed) return parsed
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (values.out === undefined || values.out.trim() === '') return { command: 'usage-error', message: 'merge needs --out DIR' }
  if (positionals.length === 0) return { command: 'usage-error', message: 'merge needs the output folders to combine' }
  const out = realPath(values.out)
  if (positionals.some((folder) => realPath(folder) === out))
    return { command: 'usage-error', message: '--out must not be one of the folders merged' }
  return {
    command: 'merge',
    out: values.out,
    folders: positionals,
    excelSafe: values['excel-safe'],
    formats: { parquet: values.parquet, jsonl: values.jsonl, tei: values.tei },
  }
}

/** Where a path really leads: symbolic links resolved in its existing part, the rest as given. */
function realPath(path: string): string {
  const absolute = resolve(path)
  try {
    return realpathSync(absolute)
  } catch {
    const parent = dirname(absolute)
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute))
  }
}

/** The builds a manifest's `tool` names: one, or several for a merge of mixed builds. */
function buildsOf(tool: string): string[] {
  return tool.startsWith(MIXED_BUILDS) ? tool.slice(MIXED_BUILDS.length).split(', ') : [tool]
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

class Interrupted extends Error {}

type Merge = Extract<MergeArgs, { command: 'merge' }>

/** Ctrl-C or TERM during a merge: `stopping` from the first signal; `committing` once files are moved into place. */
interface Signals {
  stopping: boolean
  committing: boolean
}

/** Where each report is, from the folders' manifests, and what the manifests say about how they were made. */
interface Sources {
  /** Every report of every folder: where it is and what it was made from. */
  found: Map<string, Array<{ folder: string; entry: ManifestEntry }>>
  builds: Set<string>
  /** The folders written with each set of options (by the options' JSON, keys sorted). */
  optionsOf: Map<string, { options: Record<string, string | null>; folders: string[] }>
  excelSafeOf: Map<string, boolean>
  problems: string[]
}

/** The files of a merge written beside their places, not yet moved in. */
interface Staged {
  tables: CorpusWriter
  written: Array<{ temporary: string; target: string }>
  reports: Record<string, ManifestEntry>
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseMergeArgs(argv)
  const say = (text: string) => io.stderr.write(`report-extract merge: ${printable(text)}\n`)
  const early = helpOrUsage(io, 'merge', MERGE_HELP, args)
  if (early !== null || args.command !== 'merge') return early ?? 2
  const { out } = args
  // Ctrl-C (or a TERM from a job scheduler): stop before the next report and leave --out as it was.
  // Once the files are being moved into place the merge finishes (it takes a moment); a second
  // signal quits at once.
  const signals: Signals = { stopping: false, committing: false }
  const stop = () => {
    if (signals.stopping) {
      sweepTemporaries(out)
      const quit = signals.committing ? `quit at once: ${out} may hold part of this merge; run the merge again` : null
      say(quit ?? `interrupted: nothing merged; ${out} is as it was`)
      process.exit(1)
    }
    signals.stopping = true
  }
  process.on('SIGINT', stop).on('SIGTERM', stop)
  try {
    return await merge(args, io, say, signals)
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop)
  }
}

/** The merge, step by step: the folders read and checked, --out checked, every file staged, then all moved into place. */
async function merge(args: Merge, io: Io, say: (text: string) => void, signals: Signals): Promise<number> {
  const { out } = args
  const started = performance.now()
  const sources = await readSources(args.folders)
  checkSources(args, sources)
  const ids = [...sources.found.keys()].sort(byCodeUnit)
  const previous = await readManifest(out)
  const problems = [...sources.problems, ...(await foreignInOut(args, previous, ids))]
  if (problems.length > 0) {
    for (const problem of problems.sort(byCodeUnit)) io.stderr.write(`error: ${printable(problem)}\n`)
    say('nothing merged')
    return 1
  }
  const { builds } = sources
  if (builds.size > 1)
    say(
      `warning: the folders were written by different builds (${[...builds].sort(byCodeUnit).join(', ')}): ` +
        `a later run into ${out} extracts every report again`,
    )
  if (signals.stopping) {
    say(`interrupted: nothing merged; ${out} is as it was`)
    return 1
  }
  let created: string | undefined
  try {
    created = await mkdir(out, { recursive: true })
  } catch (error) {
    say(`error: cannot create the output folder ${out}: ${(error as Error).message}`)
    return 1
  }
  const staged = await stage(args, sources, ids, signals, say, created)
  if (staged === null) return 1
  signals.committing = true
  const removed = await commit(args, sources, ids, previous, staged, say)
  if (removed === null) return 1
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  const removals = [
    removed.reports > 0 ? `${plural(removed.reports, 'earlier report')} not in these folders` : '',
    removed.formats > 0 ? `${plural(removed.formats, 'Parquet, JSON lines or TEI file')} of earlier runs` : '',
  ].filter(Boolean)
  say(
    `${plural(ids.length, 'report')} from ${plural(args.folders.length, 'folder')} in ${seconds}s → ${out}` +
      (removals.length > 0 ? `; removed ${removals.join(', ')}` : ''),
  )
  return 0
}

/** Every folder's manifest read: its reports, build, options and --excel-safe; a folder without one is a problem. */
async function readSources(folders: readonly string[]): Promise<Sources> {
  const sources: Sources = { found: new Map(), builds: new Set(), optionsOf: new Map(), excelSafeOf: new Map(), problems: [] }
  const { found, optionsOf } = sources
  for (const folder of folders) {
    const read = await readManifest(folder)
    if (read.state !== 'ours') {
      sources.problems.push(
        read.state === 'foreign' && read.problem
          ? `${join(folder, MANIFEST_NAME)} ${read.problem}`
          : `${folder}: no ${MANIFEST_NAME} (not an output folder of report-extract)`,
      )
      continue
    }
    for (const build of buildsOf(read.manifest.tool)) sources.builds.add(build)
    sources.excelSafeOf.set(folder, read.manifest.excelSafe ?? false)
    const options = read.manifest.options
    const key = JSON.stringify(Object.fromEntries(Object.entries(options).sort(([a], [b]) => byCodeUnit(a, b))))
    optionsOf.set(key, { options, folders: [...(optionsOf.get(key)?.folders ?? []), folder] })
    for (const [id, entry] of Object.entries(read.manifest.reports)) found.set(id, [...(found.get(id) ?? []), { folder, entry }])
  }
  return sources
}

/** The folders' problems as one set: mixed --excel-safe, ids a spreadsheet would evaluate, an id in two folders, mixed options. */
function checkSources(args: Merge, sources: Sources): void {
  const { found, optionsOf, problems } = sources
  // Tables made with and without --excel-safe are not one set, and this merge must say which it is.
  for (const [folder, recorded] of sources.excelSafeOf) {
    if (recorded !== args.excelSafe)
      problems.push(
        `${folder} was written ${recorded ? 'with' : 'without'} --excel-safe: ` +
          `merge ${recorded ? 'with' : 'without'} it too (the merged tables would mix both)`,
      )
  }
  if (args.excelSafe) for (const id of found.keys()) if (formulaId(id)) problems.push(formulaRefusal(id))
  for (const [id, places] of found)
    if (places.length > 1) problems.push(`report id “${id}” is in ${places.map((place) => place.folder).join(' and ')}`)
  // Reports decoded with other options are not the same extraction, and the merged manifest could
  // record only one set: a later run with those options would take the others' reports as its own.
  if (optionsOf.size > 1) {
    const groups = [...optionsOf].sort(([a], [b]) => byCodeUnit(a, b)).map(([key, { folders }]) => `${folders.join(', ')} with ${key}`)
    problems.push(`the folders were written with different options (${groups.join('; ')}): run them again with the same options`)
  }
}

/** Nothing of anyone else's in --out is overwritten: its manifest, tables, schema and report files; the problems found. */
async function foreignInOut(args: Merge, previous: ManifestRead, ids: readonly string[]): Promise<string[]> {
  const { out } = args
  const problems: string[] = []
  if (previous.state === 'foreign')
    problems.push(
      `${join(out, MANIFEST_NAME)} ${previous.problem ?? 'was not written by report-extract'}: move it away or choose another --out`,
    )
  const foreign = foreignOutput(out) ?? (await foreignFormats(out, args.formats))
  if (foreign) problems.push(`${foreign}: move it away or choose another --out`)
  for (const id of ids) {
    const target = join(out, `${id}.json`)
    if (!isOurReport(target)) problems.push(`${target} exists and was not written by report-extract: move it away or choose another --out`)
    const tei = teiPath(out, id)
    if (args.formats.tei && !isOurTei(tei))
      problems.push(`${tei} exists and was not written by report-extract: move it away or choose another --out`)
  }
  return problems
}

/**
 * Every file written beside its place first (the report files, TEI, the tables); nothing in --out changes
 * until all are. Null after a failure or a signal, said, with the temporaries removed and --out as it was.
 */
async function stage(
  args: Merge,
  sources: Sources,
  ids: readonly string[],
  signals: Signals,
  say: (text: string) => void,
  created: string | undefined,
): Promise<Staged | null> {
  const { out } = args
  const tables = await CorpusWriter.open(out, { excelSafe: args.excelSafe, ...args.formats, schema: (await buildInfo()).schema })
  const teiDocument = args.formats.tei ? (await import('../../emit/tei/index.js')).teiDocument : null
  const staged: Staged = { tables, written: [], reports: {} }
  try {
    for (const id of ids) {
      if (signals.stopping) throw new Interrupted()
      const { folder, entry } = sources.found.get(id)![0]!
      const { bytes, report } = await readListedReport(folder, id, entry)
      await tables.add({ csv: reportCsv(report, args.excelSafe), ...corpusExtras(report, args.formats) })
      const target = join(out, `${id}.json`)
      const temporary = temporaryPath(target)
      staged.written.push({ temporary, target })
      await writeFile(temporary, bytes)
      if (teiDocument) {
        const tei = { target: teiPath(out, id), temporary: temporaryPath(teiPath(out, id)) }
        staged.written.push(tei)
        await writeFile(tei.temporary, teiDocument(report))
      }
      staged.reports[id] = entry
    }
    if (signals.stopping) throw new Interrupted()
  } catch (error) {
    await tables.abort()
    sweepTemporaries(out)
    await removeIfEmpty(out, created)
    say(
      error instanceof Interrupted
        ? `interrupted: nothing merged; ${out} is as it was`
        : `error: ${(error as Error).message}; nothing merged`,
    )
    return null
  }
  return staged
}

/** A folder's report file, when it is the report its manifest lists (same id, same source); else an error. */
async function readListedReport(folder: string, id: string, entry: ManifestEntry): Promise<{ bytes: Buffer; report: Report }> {
  const source = join(folder, `${id}.json`)
  const bytes = await readFile(source)
  const text = bytes.toString('utf8')
  let report: Report | undefined
  try {
    report = text.startsWith(REPORT_JSON_START) ? (JSON.parse(text) as Report) : undefined
  } catch {
    report = undefined
  }
  if (report?.id !== id || report.source?.sha256 !== entry.sha256)
    throw new Error(`${source} is not the report its folder's manifest lists: run that shard again`)
  return { bytes, report }
}

/**
 * The staged files moved into place, the schema and the manifest written, earlier reports and formats
 * this merge did not bring removed: how many of each, or null after a failure (said).
 */
async function commit(
  args: Merge,
  sources: Sources,
  ids: readonly string[],
  previous: ManifestRead,
  staged: Staged,
  say: (text: string) => void,
): Promise<{ reports: number; formats: number } | null> {
  const { out } = args
  const { builds } = sources
  const tool = builds.size > 1 ? `${MIXED_BUILDS}${[...builds].sort(byCodeUnit).join(', ')}` : ([...builds][0] ?? '')
  const options = [...sources.optionsOf.values()][0]?.options ?? {}
  const removed = { reports: 0, formats: 0 }
  try {
    await staged.tables.close()
    for (const { temporary, target } of staged.written) await rename(temporary, target)
    await writeAtomic(join(out, 'report.schema.json'), (await buildInfo()).schema)
    if (args.formats.tei) await writeTeiSchema(out)
    // Reports an earlier run or merge wrote here and this merge did not would disagree with the tables.
    if (previous.state === 'ours')
      for (const [id, entry] of Object.entries(previous.manifest.reports))
        if (!Object.hasOwn(staged.reports, id) && (await removeOurReport(out, id, entry))) removed.reports++
    await writeManifest(out, { manifest: 'report-extract', tool, options, reports: staged.reports, excelSafe: args.excelSafe })
    const earlier = previous.state === 'ours' ? Object.keys(previous.manifest.reports) : []
    removed.formats = await removeStaleFormats(out, args.formats, [...earlier, ...ids], new Set(ids))
  } catch (error) {
    await staged.tables.abort()
    sweepTemporaries(out)
    say(`error: ${(error as Error).message}`)
    return null
  }
  return removed
}

/** Remove the folders `mkdir` created for `out` (from `out` up to `created`) if nothing is in them. */
async function removeIfEmpty(out: string, created: string | undefined): Promise<void> {
  if (created === undefined) return
  let dir = resolve(out)
  const top = resolve(created)
  try {
    while (dir === top || dir.startsWith(`${top}${sep}`)) {
      await rmdir(dir)
      dir = dirname(dir)
    }
  } catch {
    // Not empty (or not ours to remove): left as it is.
  }
}

// The files of --parquet, --jsonl and --tei under the rules of an output folder (ownership.ts): a run
// overwrites or removes only files of its own, and refuses a folder holding someone else's file under
// one of the names it is asked to write. A run that is not asked for a form removes that form's files
// of an earlier run, so the folder never holds Parquet, JSON lines or TEI older than its reports.
// Told by content: a Parquet file by its footer (report-extract as `created_by`, the table's name in
// its metadata), reports.jsonl and the TEI files by how they begin.
import { closeSync, openSync, readSync, fstatSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAtomic } from './atomic.js'
import { TABLE_NAMES, type TableName } from './csv.js'
import { JSONL_NAME, JSONL_START } from './jsonl.js'
import { TEI_SCHEMA_NAME, TEI_SCHEMA_START, TEI_START } from './tei/files.js'

export interface FormatsAsked {
  parquet: boolean
  jsonl: boolean
  tei: boolean
}

/** A Parquet footer larger than this is not one report-extract wrote (its tables have a few row groups each). */
const MAX_FOOTER = 16 * 1024 * 1024

/**
 * The bytes of a file at `position` (negative: from its end), at most `length`; null when nothing is
 * at `path`, 'other' when something that is not a file is (a folder is nobody's file of ours).
 */
function bytesOf(path: string, position: number, length: number): Buffer | null | 'other' {
  let handle
  try {
    handle = openSync(path, 'r')
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'other'
  }
  try {
    const info = fstatSync(handle)
    if (!info.isFile()) return 'other'
    const start = position < 0 ? Math.max(0, info.size + position) : position
    const bytes = Buffer.alloc(Math.max(0, Math.min(length, info.size - start)))
    const read = readSync(handle, bytes, 0, bytes.length, start)
    return bytes.subarray(0, read)
  } finally {
    closeSync(handle)
  }
}

/** True when there is no file at `path`, or it begins with `start` (or, with `emptyIsOurs`, is empty). */
function startsWith(path: string, start: string, emptyIsOurs = false): boolean {
  const bytes = bytesOf(path, 0, Buffer.byteLength(start))
  if (bytes === 'other') return false
  return bytes === null || bytes.toString('utf8') === start || (emptyIsOurs && bytes.length === 0)
}

/** True when there is no file at `path`, or it is report-extract's Parquet table `table`. */
async function isOurParquet(path: string, table: TableName): Promise<boolean> {
  const tail = bytesOf(path, -8, 8)
  if (tail === null) return true
  if (tail === 'other' || tail.length < 8 || tail.toString('latin1', 4) !== 'PAR1') return false
  const footer = tail.readUInt32LE(0)
  if (footer > MAX_FOOTER) return false
  const { parquetMetadata } = await import('hyparquet')
  try {
    const metadata = parquetMetadata(bytesOf(path, -(footer + 8), footer + 8) as Buffer)
    const { PARQUET_CREATED_BY, PARQUET_TABLE_KEY } = await import('./parquet.js')
    return (
      metadata.created_by === PARQUET_CREATED_BY &&
      metadata.key_value_metadata?.some((pair) => pair.key === PARQUET_TABLE_KEY && pair.value === table) === true
    )
  } catch {
    return false
  }
}

/** True when there is no file at `path`, or it is a reports.jsonl report-extract wrote. */
function isOurJsonl(path: string): boolean {
  return startsWith(path, JSONL_START, true)
}

/** True when there is no file at `path`, or it is a TEI file report-extract wrote. */
export function isOurTei(path: string): boolean {
  return startsWith(path, TEI_START)
}

/** The first file of the forms asked for that report-extract did not write, described for a refusal; null when none. */
export async function foreignFormats(out: string, asked: FormatsAsked): Promise<string | null> {
  const foreign = (path: string) => `${path} was not written by report-extract`
  if (asked.parquet)
    for (const table of TABLE_NAMES)
      if (!(await isOurParquet(join(out, `${table}.parquet`), table))) return foreign(join(out, `${table}.parquet`))
  if (asked.jsonl && !isOurJsonl(join(out, JSONL_NAME))) return foreign(join(out, JSONL_NAME))
  if (asked.tei && !startsWith(join(out, TEI_SCHEMA_NAME), TEI_SCHEMA_START)) return foreign(join(out, TEI_SCHEMA_NAME))
  return null
}

/**
 * Remove the files of report-extract's own that the folder should no longer hold: each form's files
 * when the run did not ask for it, and the TEI files of reports it no longer holds (`ids`: every report
 * an earlier run or this one wrote there; `kept`: those this run wrote). Returns how many were removed.
 */
export async function removeStaleFormats(
  out: string,
  asked: FormatsAsked,
  ids: Iterable<string>,
  kept: ReadonlySet<string>,
): Promise<number> {
  const stale: string[] = []
  if (!asked.parquet)
    for (const table of TABLE_NAMES)
      if (await owned(join(out, `${table}.parquet`), (path) => isOurParquet(path, table))) stale.push(join(out, `${table}.parquet`))
  if (!asked.jsonl && (await owned(join(out, JSONL_NAME), isOurJsonl))) stale.push(join(out, JSONL_NAME))
  if (!asked.tei && (await owned(join(out, TEI_SCHEMA_NAME), (path) => startsWith(path, TEI_SCHEMA_START))))
    stale.push(join(out, TEI_SCHEMA_NAME))
  for (const id of new Set(ids)) {
    const path = teiPath(out, id)
    if ((!asked.tei || !kept.has(id)) && (await owned(path, isOurTei))) stale.push(path)
  }
  for (const path of stale) await rm(path, { force: true })
  return stale.length
}

/** True when a file is at `path` and `ours` says report-extract wrote it. */
async function owned(path: string, ours: (path: string) => boolean | Promise<boolean>): Promise<boolean> {
  const bytes = bytesOf(path, 0, 1)
  return bytes !== null && bytes !== 'other' && (await ours(path))
}

/** Where a report's TEI file is written. */
export function teiPath(out: string, id: string): string {
  return join(out, `${id}.xml`)
}

/** Write report-tei.rng, the schema the TEI files name, beside them. */
export async function writeTeiSchema(out: string): Promise<void> {
  const { TEI_SCHEMA } = await import('./tei/schema.js')
  await writeAtomic(join(out, TEI_SCHEMA_NAME), TEI_SCHEMA)
}

// Which files of an output folder report-extract wrote, told by how each kind begins. A run, a
// merge or a review overwrites or removes only files of its own, and refuses a folder that holds
// someone else's file under one of its names.
import { closeSync, openSync, readSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { TABLE_NAMES, TABLES } from './csv.js'
import { REPORT_JSON_START } from './report-file.js'

/** How the schema file begins, in every version report-extract has written. */
const SCHEMA_START =
  '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "type": "object",\n  "properties": {\n    "schemaVersion": {'
/** Review pages carry this in their head, after a content policy of varying length. */
const PAGE_MARK = '<meta name="generator" content="report-extract">'

/** The first `length` bytes of a file as text; null when there is no file (or it cannot be opened). */
function fileStart(path: string, length: number): string | null {
  let handle
  try {
    handle = openSync(path, 'r')
  } catch {
    return null
  }
  try {
    const start = Buffer.alloc(length)
    const read = readSync(handle, start, 0, length, 0)
    return start.subarray(0, read).toString('utf8')
  } finally {
    closeSync(handle)
  }
}

/** True when there is no file at `path` or it is a report file as report-extract writes them. */
export function isOurReport(path: string): boolean {
  const start = fileStart(path, REPORT_JSON_START.length)
  return start === null || start === REPORT_JSON_START
}

/** True when there is no file at `path` or it is a review page (or index) report-extract wrote. */
export function isOurPage(path: string): boolean {
  const start = fileStart(path, 2048)
  return start === null || (start.startsWith('<!doctype html>') && start.includes(PAGE_MARK))
}

/**
 * The first file among a folder's corpus tables, its schema and (with `pages`) its review index that
 * report-extract did not write, described for a refusal; null when there is none.
 */
export function foreignOutput(out: string, pages = false): string | null {
  for (const table of TABLE_NAMES) {
    const path = join(out, `${table}.csv`)
    const header = `${TABLES[table].join(',')}\r\n`
    const start = fileStart(path, header.length)
    if (start !== null && start !== header) return `${path} was not written by report-extract`
  }
  const schema = join(out, 'report.schema.json')
  const start = fileStart(schema, SCHEMA_START.length)
  if (start !== null && start !== SCHEMA_START) return `${schema} was not written by report-extract`
  const index = join(out, 'index.html')
  if (pages && !isOurPage(index)) return `${index} was not written by report-extract`
  return null
}

/**
 * Remove `<id>.json` from `out` if it is still the report a manifest entry lists (same id and input
 * hash): a report file that an earlier run or merge wrote and the current one did not write again.
 * A file that is gone, or no longer that report, is left alone. True when the file was removed.
 */
export async function removeOurReport(out: string, id: string, entry: { sha256: string }): Promise<boolean> {
  const path = join(out, `${id}.json`)
  try {
    if (fileStart(path, REPORT_JSON_START.length) !== REPORT_JSON_START) return false
    const report = JSON.parse(await readFile(path, 'utf8')) as { id?: string; source?: { sha256?: string } }
    if (report.id !== id || report.source?.sha256 !== entry.sha256) return false
    await rm(path, { force: true })
    return true
  } catch {
    // Gone already, or no longer ours to remove.
    return false
  }
}

/**
 * Remove the report files in `out` that no entry of `kept` names and that are ours by content (how a
 * report file begins, and the id inside it its file name): those of a run killed before its manifest
 * was written, or of reports abandoned mid-run. Anything else is left alone. How many were removed.
 */
export async function removeStrayReports(out: string, kept: Readonly<Record<string, unknown>>): Promise<number> {
  let removed = 0
  for (const name of await readdir(out).catch(() => [] as string[])) {
    if (!name.endsWith('.json') || name === 'report.schema.json') continue
    const id = name.slice(0, -'.json'.length)
    if (Object.hasOwn(kept, id)) continue
    const path = join(out, name)
    try {
      if (fileStart(path, REPORT_JSON_START.length) !== REPORT_JSON_START) continue
      if ((JSON.parse(await readFile(path, 'utf8')) as { id?: unknown }).id !== id) continue
      await rm(path, { force: true })
      removed++
    } catch {
      // Not JSON after all, or gone: not ours to remove.
    }
  }
  return removed
}

/** Remove a review page (or index) if report-extract wrote it; anything else is left alone. True when removed. */
export async function removeOurPage(path: string): Promise<boolean> {
  if (fileStart(path, 1) === null || !isOurPage(path)) return false
  await rm(path, { force: true })
  return true
}

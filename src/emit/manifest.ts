// The manifest of an output folder: which reports report-extract wrote there, from which input
// (path and content hash), with which tool build and options. A re-run skips a report whose entry
// still matches; `merge` reads it to find a folder's reports. Hidden, so it never looks like a report.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import { loadZod, type ZodModule } from '../cached-code.js'
import { writeAtomic } from './atomic.js'

export const MANIFEST_NAME = '.report-extract-manifest.json'

/** The manifest's schemas, made with zod once a manifest is read: a run's start-up loads no schema otherwise. */
function schemas({ z }: ZodModule) {
  const ManifestEntry = z.object({
    path: z.string(),
    sha256: z.string(),
    bytes: z.number().int().nonnegative(),
  })
  const Manifest = z.object({
    manifest: z.literal('report-extract'),
    /** The tool's version and a hash of its code: a new build redoes every report. */
    tool: z.string(),
    /** The options that change a report's JSON. */
    options: z.record(z.string(), z.string().nullable()),
    reports: z.record(z.string().refine(isReportId), ManifestEntry),
    /** Whether the tables were written with --excel-safe (absent: an older build, without). */
    excelSafe: z.boolean().optional(),
  })
  return { ManifestEntry, Manifest }
}
type Schemas = ReturnType<typeof schemas>
export type ManifestEntry = z.infer<Schemas['ManifestEntry']>
export type Manifest = z.infer<Schemas['Manifest']>
let made: Schemas | undefined

/** `foreign`: not a manifest of ours; `problem` says why when it is one with an entry that cannot be used. */
export type ManifestRead = { state: 'none' } | { state: 'ours'; manifest: Manifest } | { state: 'foreign'; problem?: string }

/**
 * Whether `id` can name a report file in an output folder: one file name (no `/` or `\\`, not `.` or
 * `..`, no control character), not hidden. An id read from a manifest is checked before it is joined
 * to a folder: `../site/index` would reach outside it.
 */
export function isReportId(id: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what an id may not hold
  return id !== '' && !id.startsWith('.') && !/[/\\\0-\x1f\x7f]/.test(id)
}

export async function readManifest(dir: string): Promise<ManifestRead> {
  let text: string
  try {
    text = await readFile(join(dir, MANIFEST_NAME), 'utf8')
  } catch {
    return { state: 'none' }
  }
  made ??= schemas(loadZod())
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { state: 'foreign' }
  }
  const parsed = made.Manifest.safeParse(json)
  if (parsed.success) return { state: 'ours', manifest: parsed.data }
  const bad = parsed.error.issues.find((issue) => issue.code === 'invalid_key' && issue.path[0] === 'reports')
  return bad
    ? {
        state: 'foreign',
        problem: `lists “${String(bad.path.at(-1))}”, which is not a report id (a file name without / or \\ or a leading dot)`,
      }
    : { state: 'foreign' }
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  const reports = Object.fromEntries(Object.entries(manifest.reports).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  await writeAtomic(join(dir, MANIFEST_NAME), `${JSON.stringify({ ...manifest, reports }, null, 2)}\n`)
}

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
    reports: z.record(z.string(), ManifestEntry),
  })
  return { ManifestEntry, Manifest }
}
type Schemas = ReturnType<typeof schemas>
export type ManifestEntry = z.infer<Schemas['ManifestEntry']>
export type Manifest = z.infer<Schemas['Manifest']>
let made: Schemas | undefined

export type ManifestRead = { state: 'none' } | { state: 'ours'; manifest: Manifest } | { state: 'foreign' }

export async function readManifest(dir: string): Promise<ManifestRead> {
  let text: string
  try {
    text = await readFile(join(dir, MANIFEST_NAME), 'utf8')
  } catch {
    return { state: 'none' }
  }
  made ??= schemas(loadZod())
  try {
    return { state: 'ours', manifest: made.Manifest.parse(JSON.parse(text)) }
  } catch {
    return { state: 'foreign' }
  }
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  const reports = Object.fromEntries(Object.entries(manifest.reports).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  await writeAtomic(join(dir, MANIFEST_NAME), `${JSON.stringify({ ...manifest, reports }, null, 2)}\n`)
}

// What a run knows about its own build: the version, a hash of the built code and the report JSON
// Schema, all written to dist/build.json by `npm run build` (scripts/bundle.mjs), so that start-up reads
// one small file instead of hashing every module and generating the schema from zod. Without that file
// (the sources run directly, by the tests) the same three are worked out here.
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'

export interface BuildInfo {
  version: string
  /** A hash of the built code: reports extracted by another build are extracted again. */
  code: string
  /** The report JSON Schema, as written to report.schema.json. */
  schema: string
}

let cached: Promise<BuildInfo> | undefined

export function buildInfo(): Promise<BuildInfo> {
  cached ??= readBuildInfo()
  return cached
}

async function readBuildInfo(): Promise<BuildInfo> {
  // dist/cli/build-info.js and the bundle's chunks in dist/bin/ both sit one folder below dist/.
  const root = new URL('../', import.meta.url)
  try {
    return JSON.parse(await readFile(new URL('build.json', root), 'utf8')) as BuildInfo
  } catch {
    const manifest = JSON.parse(await readFile(new URL('../package.json', root), 'utf8')) as { version: string }
    const hash = createHash('sha256')
    const names = (await readdir(root, { recursive: true })).filter((name) => /\.[jt]s$/.test(name)).sort()
    for (const name of names) hash.update(name).update(await readFile(new URL(name, root)))
    const { schemaJson } = await import('../emit/json.js')
    return { version: manifest.version, code: hash.digest('hex').slice(0, 12), schema: schemaJson() }
  }
}

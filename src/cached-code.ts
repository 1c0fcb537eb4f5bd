// Code the bundled command keeps as CommonJS scripts compiled with V8 code caches: zod (`zod.cjs`, for
// the manifest and the report schema) and the extraction pipeline (`pipeline.cjs`: parser, detectors,
// schema). The build writes each script's cache (`*.cache`, scripts/code-cache.mjs) after extracting
// the fixtures, so V8 compiles neither the scripts nor the functions a report runs: most of what
// extracting a single report costs past Node's own start. A cache V8 refuses (another Node version,
// other V8 flags) costs only the compiling it would have saved; worker threads compile without one.
// Away from the bundle (the tsc output, the tests) there are no scripts beside this module, and zod
// and the pipeline are ordinary imports. `NODE_DEBUG=report-extract` names each script loaded and what
// became of its cache.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { debuglog } from 'node:util'
import { Script } from 'node:vm'
import { isMainThread, workerData } from 'node:worker_threads'
import type * as Zod from 'zod'
import type * as Pipeline from './pipeline.js'

export type ZodModule = typeof Zod
export type PipelineModule = typeof Pipeline
type Require = (id: string) => unknown

const debug = debuglog('report-extract')
const nodeRequire = createRequire(import.meta.url)

let zod: ZodModule | undefined
let pipeline: Promise<PipelineModule> | undefined

/** zod, loaded on the first call: from the bundle's `zod.cjs`, or the installed package. */
export function loadZod(): ZodModule {
  zod ??= loadScript<ZodModule>('zod', nodeRequire) ?? (nodeRequire('zod') as ZodModule)
  return zod
}

/** The pipeline module (`extractReport`), loaded on the first call: from the bundle's `pipeline.cjs`, or imported. */
export function loadPipeline(): Promise<PipelineModule> {
  pipeline ??= (async () => loadScript<PipelineModule>('pipeline', requireWithZod) ?? (await import('./pipeline.js')))()
  return pipeline
}

/** What the pipeline script's `require` gives: the one zod of this thread, and Node's modules. */
function requireWithZod(id: string): unknown {
  return id === 'zod' ? loadZod() : nodeRequire(id)
}

/** The exports of `<name>.cjs` beside this module, compiled with `<name>.cache`; null when there is no such script. */
function loadScript<T>(name: string, require: Require): T | null {
  const url = new URL(`./${name}.cjs`, import.meta.url)
  let source: string
  try {
    source = readFileSync(url, 'utf8')
  } catch {
    return null
  }
  let cachedData: Buffer | undefined
  try {
    // A run on several threads sets a heap flag for the whole process (cli/pool.ts), and V8 refuses a
    // cache made under other flags: their threads would read it only to have it refused. The one thread
    // of a one-job run (started with `codeCache`) has the flags the cache was made with.
    cachedData = isMainThread || workerData?.codeCache === true ? readFileSync(new URL(`./${name}.cache`, import.meta.url)) : undefined
  } catch {
    cachedData = undefined
  }
  const { exports, script } = runScript<T>(source, fileURLToPath(url), require, cachedData)
  debug(
    'loaded %s (code cache %s)',
    fileURLToPath(url),
    cachedData === undefined
      ? isMainThread || workerData?.codeCache === true
        ? 'missing'
        : 'not read on a thread'
      : script.cachedDataRejected
        ? 'rejected'
        : 'accepted',
  )
  return exports
}

/**
 * Compile and run a bundled CommonJS script as Node would wrap it, with the given `require`. The build
 * calls this too, to make each code cache from the same wrapped text.
 */
export function runScript<T>(source: string, filename: string, require: Require, cachedData?: Buffer): { exports: T; script: Script } {
  const script = new Script(`(function (exports, require, module, __filename) {${source}\n})`, { filename, cachedData })
  const module = { exports: {} as T }
  ;(script.runInThisContext() as (exports: unknown, require: Require, module: object, filename: string) => void)(
    module.exports,
    require,
    module,
    filename,
  )
  return { exports: module.exports, script }
}

// After the bundle: make the V8 code caches of dist/bin/zod.cjs and dist/bin/pipeline.cjs (see
// src/cached-code.ts). Run in a process of its own with Node's default flags and then the V8 flags a
// report-extract run sets (src/cli/v8-flags.ts), since V8 accepts a cache only under the flags and the V8
// version that made it. The fixtures and input/ are extracted first, so each cache holds the compiled
// code of the functions a report runs, not only the top level of the script.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { runScript } from '../dist/cached-code.js'
import { setRunFlags } from '../dist/cli/v8-flags.js'

setRunFlags()

const bin = new URL('../dist/bin/', import.meta.url)
const root = new URL('../', import.meta.url)
const require = createRequire(bin)
const compile = (name, requireOf) => {
  const url = new URL(`${name}.cjs`, bin)
  return runScript(readFileSync(url, 'utf8'), fileURLToPath(url), requireOf)
}
const zod = compile('zod', require)
const pipeline = compile('pipeline', (id) => (id === 'zod' ? zod.exports : require(id)))

const inputs = [
  ...readdirSync(new URL('fixtures/', root), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(new URL(`fixtures/${entry.name}/`, root))
        .filter((name) => /^input\.(?:md|txt)$/.test(name))
        .map((name) => `fixtures/${entry.name}/${name}`),
    ),
  ...readdirSync(new URL('input/', root))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `input/${name}`),
].sort()
for (const path of inputs) {
  try {
    pipeline.exports.extractReport(readFileSync(new URL(path, root)), { id: 'warm-up', path })
  } catch {
    // An input the pipeline refuses (one that needs its encoding named) still warms what it ran.
  }
}
for (const [name, { script }] of Object.entries({ zod, pipeline })) writeFileSync(new URL(`${name}.cache`, bin), script.createCachedData())

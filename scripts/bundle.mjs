// After `tsc`: bundle the command line (dist/bin/), then write dist/build.json, what a run needs to
// know about its own build without reading every file of it at start-up: the version, a hash of the
// built code (a re-run redoes the reports of another build) and the report JSON Schema.
// Node 20 resolves and compiles an ES module file by file; the unbundled CLI opens about 380 of them
// to extract one report. The bundle is split at the CLI's lazy imports, so `--help` and `--version`
// still load no parser. zod and the extraction code are also written as CommonJS scripts, with the V8
// code caches scripts/code-cache.mjs makes for them (src/cached-code.ts loads them).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const dist = new URL('../dist/', import.meta.url)
// The alternations the modules make as they load (src/lexicon/alternation.ts), made here once, written into the bundle.
await import('../dist/pipeline.js')
const { madeAlternations } = await import('../dist/lexicon/alternation.js')
rmSync(new URL('bin/', dist), { recursive: true, force: true })
const bundled = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild takes Node's `\p{…}` support as unknown (a Node may be built without ICU) and writes every regular
  // expression literal with one as `new RegExp("…")`: evaluated inside a function, that builds the pattern at every
  // call (some 22,000 times over the bench's 60 reports), where a literal's is built once per place. Node 20, the
  // oldest this package runs on, has them, so the literals stay literals.
  supported: { 'regexp-unicode-property-escapes': true },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [englishOnly()],
}
await build({
  ...bundled,
  entryPoints: { cli: 'src/cli.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/bin',
  splitting: true,
  format: 'esm',
})
// zod and the extraction code again, each as one CommonJS script that src/cached-code.ts compiles with
// a V8 code cache (made next, by scripts/code-cache.mjs); the chunks above stay as their fallback.
const script = { ...bundled, format: 'cjs' }
await build({ ...script, stdin: { contents: "export * from 'zod'\n", resolveDir: '.', loader: 'js' }, outfile: 'dist/bin/zod.cjs' })
// Only this script starts with the alternations made (in the chunks, its fallback, each module would import them).
const define = { 'globalThis.REPORT_EXTRACT_ALTERNATIONS': JSON.stringify(madeAlternations()) }
await build({ ...script, entryPoints: ['src/pipeline.ts'], outfile: 'dist/bin/pipeline.cjs', external: ['zod'], define })
execFileSync(process.execPath, [fileURLToPath(new URL('code-cache.mjs', import.meta.url))], { stdio: 'inherit' })

/** zod re-exports its messages in every language (`z.locales`), which would be most of the bundle; its
 * own default, English, is all report-extract uses, so the bundle gets only that one. */
function englishOnly() {
  return {
    name: 'zod-english-only',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /[\\/]zod[\\/]/.test(args.importer)
          ? { path: 'zod-locales', namespace: 'zod-english-only', pluginData: args.resolveDir }
          : undefined,
      )
      build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
        contents: "export { default as en } from '../locales/en.js'\n",
        resolveDir: args.pluginData,
        loader: 'js',
      }))
    },
  }
}

const names = readdirSync(dist, { recursive: true })
  .filter((name) => /\.c?js$/.test(name))
  .sort()
const hash = createHash('sha256')
for (const name of names) hash.update(name).update(readFileSync(new URL(name, dist)))
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const { schemaJson } = await import('../dist/emit/json.js')
writeFileSync(new URL('build.json', dist), `${JSON.stringify({ version, code: hash.digest('hex').slice(0, 12), schema: schemaJson() })}\n`)

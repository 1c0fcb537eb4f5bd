// node bench/compare.mjs [--reports N --rounds R] TREE...: several builds of report-extract timed in one
// run on one corpus (the bench's N varied fixtures, made from this tree's fixtures), each round running
// the floor and then every tree's `dist/bin/cli.js --quiet --force --jobs 1`, in an order rotated by round
// so no build always runs first. Prints, per tree, the median ratio to the floor within the rounds (wall
// and CPU time of all threads) with its range: builds are compared only within one run, under one load.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { writeCorpus } from './corpus.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reports: { type: 'string', default: '60' }, rounds: { type: 'string', default: '3' } },
})
const trees = positionals.map((tree) => resolve(tree))
const work = mkdtempSync(join(tmpdir(), 'report-extract-compare-'))
const corpusDir = join(work, 'corpus')
const PEAK = resolve('bench/peak-rss.mjs')
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Wall time (ms) and CPU time (ms, all threads) of one node process. */
function timed(args) {
  const file = join(work, 'usage')
  const started = performance.now()
  const result = spawnSync(process.execPath, ['--import', PEAK, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PEAK_RSS_FILE: file },
  })
  const ms = performance.now() - started
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}`)
  return { ms, cpu: Number(readFileSync(file, 'utf8').split(' ')[1]) }
}

const bytes = writeCorpus(corpusDir, Number(values.reports))
console.log(`corpus: ${values.reports} reports, ${(bytes / 1e6).toFixed(2)} MB; load average at start: ${loadavg().join(' ')}`)
const runs = trees.map(() => [])
for (let round = 0; round < Number(values.rounds); round++) {
  const floor = timed(['bench/floor.mjs', corpusDir])
  for (let k = 0; k < trees.length; k++) {
    const t = (k + round) % trees.length
    const out = join(work, `out-${t}`)
    const run = timed([join(trees[t], 'dist/bin/cli.js'), '--quiet', '--force', '--jobs', '1', '--out', out, corpusDir])
    runs[t].push({ wall: run.ms / floor.ms, cpu: run.cpu / floor.cpu, ms: run.ms })
  }
  console.log(`round ${round + 1}: floor ${floor.ms.toFixed(0)} ms; ${runs.map((r) => r.at(-1).wall.toFixed(2)).join(' ')}`)
}
const show = (xs) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`
for (const [t, tree] of trees.entries())
  console.log(`${tree}: --jobs 1 / floor ${show(runs[t].map((r) => r.wall))} wall, ${show(runs[t].map((r) => r.cpu))} CPU`)
console.log(`load average at end: ${loadavg().join(' ')}`)
rmSync(work, { recursive: true, force: true })

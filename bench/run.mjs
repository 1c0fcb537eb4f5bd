// npm run bench [-- --reports N --rounds R --rss 500,2000]: the floor (read + remark-parse), our
// extraction with --jobs 1 and 2, the incremental re-run, start-up, pandoc per report when installed,
// parse cost per byte by document size, the GFM table extension, and peak memory by corpus size.
// Every time is the median of R rounds in this one run; a round runs each batch measurement once, and
// every ratio is the median of the ratios taken within a round.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { fixtureTexts, variant, writeCorpus } from './corpus.mjs'

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
    rss: { type: 'string', default: '500,2000' },
  },
})
const N = Number(values.reports)
const ROUNDS = Number(values.rounds)
const RSS_SIZES = values.rss ? values.rss.split(',').map(Number) : []
const CLI = resolve('dist/bin/cli.js')
const PEAK = resolve('bench/peak-rss.mjs')
const work = mkdtempSync(join(tmpdir(), 'report-extract-bench-'))
const corpusDir = join(work, 'corpus')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`)
const mib = (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`

/** Wall time (ms) and peak RSS (bytes) of a node process. */
function timed(args) {
  const rssFile = join(work, 'rss')
  const started = performance.now()
  const result = spawnSync(process.execPath, ['--import', PEAK, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PEAK_RSS_FILE: rssFile },
    maxBuffer: 1024 ** 3,
  })
  const ms = performance.now() - started
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr?.toString().slice(-500)}`)
  const [rss, cpu] = readFileSync(rssFile, 'utf8').split(' ').map(Number)
  return { ms, rss, cpu }
}

/** Wall time (ms) of N node processes started together, until the last one ends. */
async function together(argsList) {
  const started = performance.now()
  await Promise.all(
    argsList.map(
      (args) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, args, { stdio: 'ignore' })
          child.on('error', reject)
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))))
        }),
    ),
  )
  return performance.now() - started
}

/** The median of each figure over the rounds: wall time, CPU time (all threads), and the highest peak RSS. */
function summary(runs) {
  return { ms: median(runs.map((r) => r.ms)), rss: Math.max(...runs.map((r) => r.rss)), cpu: median(runs.map((r) => r.cpu)) }
}

/** A ratio taken within each round, as its median and its range over the rounds. */
function ratio(numerators, denominators, scale = 1) {
  const values = numerators.map((n, i) => (n / denominators[i]) * scale)
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) }
}
const spread = (r, digits = 2) => (r.min === r.max ? '' : ` (rounds ${r.min.toFixed(digits)}–${r.max.toFixed(digits)})`)

const lines = []
const say = (line = '') => {
  lines.push(line)
  console.log(line)
}

say(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${mib(totalmem())} memory (${mib(freemem())} free), ` +
    `Linux ${release()}, Node ${process.version}`,
)
say(
  `load average at start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
)
const bytes = writeCorpus(corpusDir, N)
say(`corpus: ${N} reports, ${(bytes / 1024 ** 2).toFixed(1)} MB, ${ROUNDS} rounds each (medians)`)
say()

const out = join(work, 'out')
// The machine's speed drifts over minutes, so each round runs every measurement once, one after the
// other, and every ratio is taken within a round: a slow spell slows both sides of a ratio alike.
const runs = { floor: [], floorTwo: [], one: [], two: [], again: [] }
for (let i = 0; i < ROUNDS; i++) {
  runs.floor.push(timed(['bench/floor.mjs', corpusDir]))
  runs.floorTwo.push({ ms: await together([0, 1].map((share) => ['bench/floor.mjs', corpusDir, `${share}/2`])) })
  runs.one.push(timed([CLI, '--quiet', '--force', '--jobs', '1', '--out', out, corpusDir]))
  runs.two.push(timed([CLI, '--quiet', '--force', '--jobs', '2', '--out', out, corpusDir]))
  runs.again.push(timed([CLI, '--quiet', '--jobs', '2', '--out', out, corpusDir]))
}
const [floor, floorTwo, one, two, again] = [runs.floor, runs.floorTwo, runs.one, runs.two, runs.again].map(summary)
const wall = (key) => runs[key].map((r) => r.ms)
const cpu = (key) => runs[key].map((r) => r.cpu)
// Start-up: a few hundred milliseconds each, so many rounds, interleaved, to let the medians settle.
// Plain processes, without the preloaded module that reads peak memory: it would add the same
// milliseconds to both sides of the ratio and flatter it.
const wallTime = (args) => {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' })
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`)
  return { ms: performance.now() - started }
}
const startups = { bare: [], single: [], version: [] }
for (let i = 0; i < Math.max(ROUNDS, 21); i++) {
  startups.bare.push(wallTime(['-e', '']))
  startups.single.push(wallTime([CLI, '--quiet', '--force', '--out', join(work, 'single'), join(corpusDir, 'report-00000.md')]))
  startups.version.push(wallTime([CLI, '--version']))
}
const [bare, single, version] = Object.values(startups).map((runs) => ({ ms: median(runs.map((r) => r.ms)) }))

say('| what | wall time | per report | CPU time (all threads) | peak RSS |')
say('| --- | --- | --- | --- | --- |')
const row = (what, r) => say(`| ${what} | ${fmt(r.ms)} | ${fmt(r.ms / N)} | ${fmt(r.cpu)} | ${mib(r.rss)} |`)
row('floor: read + remark-parse (one process)', floor)
say(`| floor on two processes side by side, half the corpus each | ${fmt(floorTwo.ms)} | ${fmt(floorTwo.ms / N)} | | |`)
row('report-extract --jobs 1', one)
row('report-extract --jobs 2', two)
row('report-extract re-run, unchanged (--jobs 2)', again)
let pandocPer = null
try {
  execFileSync('pandoc', ['--version'], { stdio: 'ignore' })
  const sample = readdirSync(corpusDir).sort().slice(0, Math.min(N, 40))
  const started = performance.now()
  for (const name of sample)
    execFileSync('pandoc', ['-f', 'markdown', '-t', 'json', join(corpusDir, name)], { stdio: ['ignore', 'ignore', 'ignore'] })
  pandocPer = (performance.now() - started) / sample.length
  say(
    `| pandoc -f markdown -t json, one process per report (${sample.length} reports) ` +
      `| ${fmt(pandocPer * N)} (estimated) | ${fmt(pandocPer)} | | |`,
  )
} catch {
  say('| pandoc | not installed | | | |')
}
say()
say(
  `start-up (medians of ${startups.bare.length} interleaved rounds): node -e "" ${fmt(bare.ms)}; ` +
    `report-extract --version ${fmt(version.ms)}; ` +
    `one report ${fmt(single.ms)} = ${(single.ms / bare.ms).toFixed(2)}× bare node (target ≤ 3×)`,
)
const oneToFloor = ratio(wall('one'), wall('floor'))
const oneToFloorCpu = ratio(cpu('one'), cpu('floor'))
const twoOverOne = ratio(wall('one'), wall('two'))
const twoCpu = ratio(cpu('two'), cpu('one'))
const floorGain = ratio(wall('floor'), wall('floorTwo'))
const rerun = ratio(wall('again'), wall('two'), 100)
say(`ratios below are medians of the ratio within each round, the range over the rounds in brackets`)
say(
  `ratio --jobs 1 / floor: ${oneToFloor.median.toFixed(2)} wall${spread(oneToFloor)}, ` +
    `${oneToFloorCpu.median.toFixed(2)} CPU time${spread(oneToFloorCpu)} (target ≤ 1.2)`,
)
say(
  `speed-up --jobs 2 over --jobs 1: ${twoOverOne.median.toFixed(2)}× wall${spread(twoOverOne)} (target ≥ 1.6× on 2 cores); ` +
    `CPU time of --jobs 2 / --jobs 1: ${twoCpu.median.toFixed(2)}`,
)
say(
  `speed-up of the floor itself on two processes: ${floorGain.median.toFixed(2)}× wall${spread(floorGain)} ` +
    `(what two cores give the parse alone here)`,
)
say(`unchanged re-run / first run (--jobs 2): ${rerun.median.toFixed(1)}%${spread(rerun, 1)} (target ≤ 10%)`)
if (pandocPer) say(`report-extract --jobs 1 per report / pandoc per report: ${(one.ms / N / pandocPer).toFixed(2)}`)
say()

// Parse cost per byte by document size: our parseMarkdown (in parts past 128 KB) and a whole-file parse.
const { parseMarkdown } = await import(resolve('dist/parse/parse.js'))
const { unified } = await import('unified')
const { default: remarkParse } = await import('remark-parse')
const whole = unified().use(remarkParse)
const texts = fixtureTexts()
const small = texts[0]
const large = Array.from({ length: Math.ceil((5 * 1024 ** 2) / small.length) }, (_, i) => variant(small, i)).join('\n\n')
// Every measurement is made once before the rounds (parsing the small text first and only three
// times left the first measured colder than the rest), then the rounds take them in turn, each round
// starting one further on (a measurement may pay for the garbage of the one before it), and each
// ratio is the median of the ratios within the rounds.
const rotated = (list, by) => list.map((_, i) => list[(i + by) % list.length])
const perByteRuns = {
  oursSmall: [parseMarkdown, small, 50],
  oursLarge: [parseMarkdown, large, 1],
  wholeSmall: [(t) => whole.parse(t), small, 50],
  wholeLarge: [(t) => whole.parse(t), large, 1],
}
for (const [parse, text, times] of Object.values(perByteRuns)) for (let i = 0; i < times; i++) parse(text)
const perByte = Object.fromEntries(Object.keys(perByteRuns).map((name) => [name, []]))
for (let r = 0; r < Math.max(ROUNDS, 4); r++) {
  for (const [name, [parse, text, times]] of rotated(Object.entries(perByteRuns), r)) {
    const started = performance.now()
    for (let i = 0; i < times; i++) parse(text)
    perByte[name].push((performance.now() - started) / times / text.length)
  }
}
const oursGrowth = ratio(perByte.oursLarge, perByte.oursSmall)
const wholeGrowth = ratio(perByte.wholeLarge, perByte.wholeSmall)
say(
  `parse cost per byte, ${(large.length / 1024 ** 2).toFixed(1)} MB document vs ${(small.length / 1024).toFixed(0)} KB: ` +
    `parseMarkdown (in parts) ${oursGrowth.median.toFixed(2)}×${spread(oursGrowth)} (target ≤ 2×); ` +
    `whole-file remark-parse ${wholeGrowth.median.toFixed(2)}×${spread(wholeGrowth)}`,
)

// GFM tables: always on, only for a text with a line that looks like a table row, or as parseMarkdown does.
const { gfmTable } = await import('micromark-extension-gfm-table')
const { gfmTableFromMarkdown } = await import('mdast-util-gfm-table')
const withTables = unified()
  .use(remarkParse)
  .use(function tables() {
    const data = this.data()
    ;(data.micromarkExtensions ??= []).push(gfmTable())
    ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
  })
const TABLE_ROW = /^[^\S\n\r\u2028\u2029]*\|.*\|[^\S\n\r\u2028\u2029]*$/m
const corpusTexts = Array.from({ length: 50 }, (_, i) => variant(texts[i % texts.length], i))
// Each variant first parses every text once (so none runs colder than another), then the rounds
// take the variants in turn, as above: measured one after the other, the first measured was the slowest.
const variants = {
  plain: (t) => whole.parse(t),
  always: (t) => withTables.parse(t),
  whenRow: (t) => (TABLE_ROW.test(t) ? withTables : whole).parse(t),
  // What report-extract does: that, and then only up to the first safe cut after the last table mark (with its parse bounds).
  ours: (t) => parseMarkdown(t),
}
for (const parse of Object.values(variants)) for (const text of corpusTexts) parse(text)
const tableMs = Object.fromEntries(Object.keys(variants).map((name) => [name, []]))
for (let r = 0; r < Math.max(ROUNDS, 8); r++) {
  for (const [name, parse] of rotated(Object.entries(variants), r)) {
    const started = performance.now()
    for (const text of corpusTexts) parse(text)
    tableMs[name].push((performance.now() - started) / corpusTexts.length)
  }
}
const [plainMs, alwaysMs, whenRowMs, oursMs] = Object.values(tableMs).map(median)
const withRow = corpusTexts.filter((t) => TABLE_ROW.test(t)).length
say(
  `GFM table syntax, per report (${corpusTexts.length} reports, ${withRow} with a table row; interleaved rounds): ` +
    `without it ${fmt(plainMs)}, ` +
    `always on ${fmt(alwaysMs)} (${(alwaysMs / plainMs).toFixed(2)}×), ` +
    `only for a text with a table row ${fmt(whenRowMs)} (${(whenRowMs / plainMs).toFixed(2)}×), ` +
    `parseMarkdown (also cut after the last table mark) ${fmt(oursMs)} (${(oursMs / plainMs).toFixed(2)}×)`,
)

// Peak memory by corpus size.
if (RSS_SIZES.length > 0) {
  const peaks = []
  for (const size of RSS_SIZES) {
    const dir = join(work, `rss-${size}`)
    writeCorpus(dir, size)
    // Two fresh runs each, the higher peak kept: one run's peak depends on when collections fall.
    const runs = [0, 1].map((round) => timed([CLI, '--quiet', '--jobs', '2', '--out', join(work, `rss-out-${size}-${round}`), dir]))
    const rss = Math.max(...runs.map((run) => run.rss))
    peaks.push(rss)
    say(
      `peak RSS, ${size} reports, --jobs 2: ${mib(rss)}, the higher of two runs ` +
        `(${runs.map((run) => mib(run.rss)).join(', ')}; ${fmt(median(runs.map((run) => run.ms)))})`,
    )
    rmSync(dir, { recursive: true, force: true })
  }
  if (peaks.length > 1)
    say(
      `peak RSS growth ${RSS_SIZES[0]} → ${RSS_SIZES.at(-1)} reports: ${(((peaks.at(-1) - peaks[0]) / peaks[0]) * 100).toFixed(1)}% ` +
        `(target ≤ +10%, ≤ 250 MiB)`,
    )
}
say(
  `load average at end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
)
rmSync(work, { recursive: true, force: true })

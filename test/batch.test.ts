// Batch runs through the built CLI: the same bytes whatever --jobs, incremental re-runs, shards
// merged back into the single-run output, inputs listed on standard input; and the pure parsers.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseBytes, parseCliArgs } from '../src/cli/args.js'
import { parseMergeArgs } from '../src/cli/commands/merge.js'
import { listedPaths, shardOf } from '../src/cli/inputs.js'
import { threadsFor } from '../src/cli/pool.js'
import { Progress } from '../src/cli/progress.js'
import { excelSafeText } from '../src/emit/csv.js'

const BIN = resolve('dist/bin/cli.js')

function run(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A scratch folder with `count` varied copies of the seed report in inputs/. */
function corpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-batch-'))
  mkdirSync(join(dir, 'inputs'))
  const seed = readFileSync('fixtures/seed-unido/input.md', 'utf8')
  for (let i = 0; i < count; i++)
    writeFileSync(
      join(dir, 'inputs', `report-${String(i).padStart(2, '0')}.md`),
      seed.replace('FIRST WORKSHOP', `WORKSHOP ${i}`).replace('Tianruo WANG', i % 2 ? 'Tianruo WANG' : 'Li CHEN'),
    )
  return dir
}

function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  )
}

describe('batch runs', () => {
  it('writes the same bytes with 1, 2 and 3 jobs', () => {
    const dir = corpus(7)
    for (const jobs of ['1', '2', '3']) {
      const { status, stderr } = run(['--jobs', jobs, '--out', `out-${jobs}`, 'inputs'], dir)
      expect(status).toBe(0)
      // stderr is a pipe here: no progress line, which would redraw itself with a carriage return.
      expect(stderr).not.toContain('\r')
    }
    const one = files(join(dir, 'out-1'))
    expect(Object.keys(one)).toHaveLength(7 + 5 + 2)
    expect(files(join(dir, 'out-2'))).toEqual(one)
    expect(files(join(dir, 'out-3'))).toEqual(one)
  })

  it('skips unchanged reports on a re-run, redoes a changed one, and redoes all with --force', () => {
    const dir = corpus(4)
    expect(run(['--quiet', '--out', 'out', 'inputs'], dir).status).toBe(0)
    const first = files(join(dir, 'out'))
    const again = run(['--quiet', '--out', 'out', 'inputs'], dir)
    expect(again.stderr).toMatch(/report-extract: 4 extracted \(4 unchanged\), 106 warnings, 0 failed in [\d.]+s → out\n$/)
    expect(files(join(dir, 'out'))).toEqual(first)
    writeFileSync(
      join(dir, 'inputs', 'report-01.md'),
      readFileSync(join(dir, 'inputs', 'report-01.md'), 'utf8').replace('Beijing', 'Shanghai'),
    )
    expect(run(['--quiet', '--out', 'out', 'inputs'], dir).stderr).toContain('4 extracted (3 unchanged)')
    expect(readFileSync(join(dir, 'out', 'report-01.json'), 'utf8')).toContain('Shanghai')
    expect(run(['--quiet', '--force', '--out', 'out', 'inputs'], dir).stderr).toContain('report-extract: 4 extracted, ')
    // A report no longer given is removed with its rows, so the tables and the JSON files agree.
    writeFileSync(join(dir, 'inputs', 'report-02.md'), '')
    expect(run(['--quiet', '--out', 'out', 'inputs'], dir).status).toBe(1)
    expect(readdirSync(join(dir, 'out')).filter((name) => name.startsWith('report-0'))).toEqual([
      'report-00.json',
      'report-01.json',
      'report-03.json',
    ])
    expect(readFileSync(join(dir, 'out', 'sections.csv'), 'utf8')).not.toContain('report-02,')
  })

  it('splits a corpus into shards whose merge equals the single run', () => {
    const dir = corpus(9)
    expect(run(['--quiet', '--out', 'single', 'inputs'], dir).status).toBe(0)
    const shares: string[][] = []
    for (let i = 0; i < 3; i++) {
      expect(run(['--quiet', '--shard', `${i}/3`, '--out', `part-${i}`, 'inputs'], dir).status).toBe(0)
      shares.push(readdirSync(join(dir, `part-${i}`)).filter((name) => name.startsWith('report-')))
    }
    expect(shares.flat().sort()).toEqual(readdirSync(join(dir, 'single')).filter((name) => name.startsWith('report-')))
    const merged = run(['merge', '--out', 'merged', 'part-0', 'part-1', 'part-2'], dir)
    expect(merged.stderr).toMatch(/^report-extract merge: 9 reports from 3 folders in [\d.]+s → merged\n$/)
    expect(files(join(dir, 'merged'))).toEqual(files(join(dir, 'single')))
    const twice = run(['merge', '--out', 'twice', 'part-0', 'single'], dir)
    expect(twice.status).toBe(1)
    expect(twice.stderr).toContain(`error: report id “${shares[0]![0]!.replace('.json', '')}” is in part-0 and single\n`)
    expect(readdirSync(dir)).not.toContain('twice')
  })

  it('replaces a thread after REPORT_EXTRACT_THREAD_REPORTS reports, and writes the same bytes', () => {
    const dir = corpus(7)
    expect(run(['--quiet', '--jobs', '1', '--out', 'one', 'inputs'], dir).status).toBe(0)
    const result = spawnSync(process.execPath, [BIN, '--quiet', '--jobs', '2', '--out', 'recycled', 'inputs'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_DEBUG: 'esm', REPORT_EXTRACT_THREAD_REPORTS: '2' },
    })
    expect(result.status).toBe(0)
    // Each thread loads the worker module once: two threads at the start, then one for every two reports.
    const starts = result.stderr.split('\n').filter((line) => /Translating StandardModule .*dist\/bin\/worker\.js/.test(line)).length
    expect(starts).toBeGreaterThanOrEqual(3)
    expect(files(join(dir, 'recycled'))).toEqual(files(join(dir, 'one')))
  })

  it('reads input paths from standard input with --files-from -', () => {
    const dir = corpus(3)
    const { status, stderr } = run(['--quiet', '--files-from', '-', '--out', 'out'], dir, 'inputs/report-02.md\n\ninputs/report-00.md\r\n')
    expect(status).toBe(0)
    expect(stderr).toMatch(/report-extract: 2 extracted, /)
    expect(readdirSync(join(dir, 'out')).filter((name) => name.startsWith('report-'))).toEqual(['report-00.json', 'report-02.json'])
  })
})

describe('start-up', () => {
  // The CLI is a bundle split at its lazy imports (scripts/bundle.mjs), with zod and the pipeline also
  // as scripts compiled with code caches (src/cached-code.ts): what a command loads is the files Node
  // reports under NODE_DEBUG=esm and the scripts report-extract names under NODE_DEBUG=report-extract.
  // A token name of micromark and zod's base class name are string literals that survive minifying, so
  // a file holding either holds the parser or the schema.
  const PARSER_OR_SCHEMA = /codeFencedFenceSequence|"\$ZodType"/
  const debugRun = (args: string[], cwd?: string, bin = BIN) => {
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NODE_DEBUG: 'esm,report-extract' },
    })
    expect(result.status).toBe(0)
    return result.stderr
  }
  const loadedFiles = (args: string[], cwd?: string) => {
    const stderr = debugRun(args, cwd)
    const modules = (stderr.match(/file:\/\/[^\s',]+/g) ?? []).map((url) => fileURLToPath(url))
    const scripts = [...stderr.matchAll(/REPORT-EXTRACT \d+: loaded (\S+)/g)].map((match) => match[1]!)
    return [...new Set([...modules, ...scripts])].sort()
  }

  it('loads no parser, schema or dependency for --version and --help', () => {
    for (const flag of ['--version', '--help']) {
      const files = loadedFiles([flag])
      expect(files.length).toBeGreaterThan(0)
      for (const file of files) {
        expect(file.startsWith(resolve('dist/bin'))).toBe(true)
        expect(readFileSync(file, 'utf8')).not.toMatch(PARSER_OR_SCHEMA)
      }
      expect(files.reduce((bytes, file) => bytes + statSync(file).size, 0)).toBeLessThan(16 * 1024)
    }
  })

  it('starts no thread and loads no parser to re-run an unchanged corpus, and both once a report changed', () => {
    const dir = corpus(3)
    const worker = resolve('dist/bin/worker.js')
    const first = loadedFiles(['--quiet', '--jobs', '2', '--out', 'out', 'inputs'], dir)
    expect(first).toContain(worker)
    const again = loadedFiles(['--quiet', '--jobs', '2', '--out', 'out', 'inputs'], dir)
    expect(again).not.toContain(worker)
    expect(again.filter((file) => /codeFencedFenceSequence/.test(readFileSync(file, 'utf8')))).toEqual([])
    writeFileSync(
      join(dir, 'inputs', 'report-02.md'),
      readFileSync(join(dir, 'inputs', 'report-02.md'), 'utf8').replace('Beijing', 'Shanghai'),
    )
    expect(loadedFiles(['--quiet', '--jobs', '2', '--out', 'out', 'inputs'], dir)).toContain(worker)
    expect(readFileSync(join(dir, 'out', 'report-02.json'), 'utf8')).toContain('Shanghai')
  })

  it('loads the parser and the schema to extract a report, compiled from their code caches', () => {
    const dir = corpus(1)
    const files = loadedFiles(['--quiet', '--out', 'out', 'inputs'], dir)
    expect(
      files.filter((file) => PARSER_OR_SCHEMA.test(readFileSync(file, 'utf8'))).map((file) => file.slice(resolve('dist/bin').length + 1)),
    ).toEqual(['pipeline.cjs', 'zod.cjs'])
    const stderr = debugRun(['--quiet', '--force', '--out', 'out', 'inputs'], dir)
    expect(stderr).toMatch(/loaded \S+pipeline\.cjs \(code cache accepted\)/)
    expect(stderr).toMatch(/loaded \S+zod\.cjs \(code cache accepted\)/)
  })

  it('starts the thread of a forced run ahead, which loads the pipeline once; a run refused then ends without it', () => {
    const dir = corpus(2)
    expect(run(['--quiet', '--out', 'plain', 'inputs'], dir).status).toBe(0)
    // --force: the thread is started before the manifest is read and loads the pipeline at once; its tasks
    // use what it loaded, and the run writes what the first one wrote.
    const stderr = debugRun(['--quiet', '--force', '--jobs', '1', '--out', 'forced', 'inputs'], dir)
    expect(stderr.match(/loaded \S+pipeline\.cjs \(code cache accepted\)/g)).toHaveLength(1)
    expect(files(join(dir, 'forced'))).toEqual(files(join(dir, 'plain')))
    // A folder someone else wrote a manifest into is refused after the thread started: the run ends at once.
    mkdirSync(join(dir, 'foreign'))
    writeFileSync(join(dir, 'foreign', '.report-extract-manifest.json'), 'not ours')
    const refused = spawnSync(process.execPath, [BIN, '--quiet', '--force', '--out', 'foreign', 'inputs'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('refusing to write into foreign')
  })

  it('writes the same bytes when a code cache is refused or missing, or the pipeline script is gone', () => {
    const dir = corpus(3)
    run(['--quiet', '--out', 'expected', 'inputs'], dir)
    // A copy of the built command beside the project's node_modules, its caches spoiled one by one; one
    // job, since only the main thread reads the caches.
    const copy = mkdtempSync(join(resolve('.'), '.test-bin-'))
    try {
      cpSync('dist', join(copy, 'dist'), { recursive: true })
      const bin = join(copy, 'dist', 'bin', 'cli.js')
      writeFileSync(join(copy, 'dist', 'bin', 'pipeline.cache'), 'not a code cache')
      rmSync(join(copy, 'dist', 'bin', 'zod.cache'))
      const spoiled = debugRun(['--quiet', '--jobs', '1', '--out', 'spoiled', 'inputs'], dir, bin)
      expect(spoiled).toMatch(/loaded \S+pipeline\.cjs \(code cache rejected\)/)
      expect(spoiled).toMatch(/loaded \S+zod\.cjs \(code cache missing\)/)
      expect(files(join(dir, 'spoiled'))).toEqual(files(join(dir, 'expected')))
      rmSync(join(copy, 'dist', 'bin', 'pipeline.cjs'))
      const imported = debugRun(['--quiet', '--jobs', '1', '--out', 'imported', 'inputs'], dir, bin)
      expect(imported).not.toMatch(/loaded \S+pipeline\.cjs/)
      expect(files(join(dir, 'imported'))).toEqual(files(join(dir, 'expected')))
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})

describe('batch options', () => {
  it('parses --jobs, --shard, --max-bytes, --files-from, --force and --excel-safe', () => {
    expect(parseCliArgs(['-j', '3', '--shard', '1/4', '--max-bytes', '2M', '--force', '--excel-safe', 'in'])).toMatchObject({
      command: 'extract',
      jobs: 3,
      shard: { index: 1, count: 4 },
      maxBytes: 2 * 1024 * 1024,
      force: true,
      excelSafe: true,
    })
    expect(parseCliArgs(['--files-from', 'list.txt'])).toMatchObject({
      command: 'extract',
      inputs: [],
      filesFrom: 'list.txt',
      maxBytes: 8 * 1024 * 1024,
      timeout: 30,
    })
    expect(parseCliArgs(['--jobs', '0', 'in'])).toMatchObject({ command: 'usage-error' })
    expect(parseCliArgs(['--shard', '4/4', 'in'])).toMatchObject({
      command: 'usage-error',
      message: '--shard needs I/N with 0 ≤ I < N (like 0/4), not “4/4”',
    })
    expect(parseCliArgs(['--max-bytes', 'lots', 'in'])).toMatchObject({ command: 'usage-error' })
    expect(parseBytes('800k')).toBe(800 * 1024)
    expect(parseBytes('1000')).toBe(1000)
  })

  it('starts no more threads than reports, nor than twice the cores, however many --jobs', () => {
    const cores = availableParallelism()
    expect(threadsFor(1000, 329)).toBe(2 * cores)
    expect(threadsFor(1000, 1)).toBe(1)
    expect(threadsFor(1, 329)).toBe(1)
    expect(threadsFor(cores, 329)).toBe(cores)
  })

  it('rejects an unknown --encoding before anything is read', () => {
    expect(parseCliArgs(['--encoding', 'latn1', 'in'])).toEqual({
      command: 'usage-error',
      message: expect.stringMatching(/^--encoding: unknown encoding “latn1”/),
    })
    expect(parseCliArgs(['--encoding', 'windows-1252', 'in'])).toMatchObject({ command: 'extract', encoding: 'windows-1252' })
  })

  it('parses merge arguments, refusing an --out that is one of the folders', () => {
    const none = { parquet: false, jsonl: false, tei: false }
    expect(parseMergeArgs(['--out', 'all', 'a', 'b'])).toEqual({
      command: 'merge',
      out: 'all',
      folders: ['a', 'b'],
      excelSafe: false,
      formats: none,
    })
    expect(parseMergeArgs(['--tei', '--parquet', '--out', 'all', 'a'])).toEqual({
      command: 'merge',
      out: 'all',
      folders: ['a'],
      excelSafe: false,
      formats: { ...none, parquet: true, tei: true },
    })
    expect(parseMergeArgs(['a', 'b'])).toMatchObject({ command: 'usage-error', message: 'merge needs --out DIR' })
    expect(parseMergeArgs(['--out', 'a', 'a', 'b'])).toMatchObject({ command: 'usage-error' })
  })

  it('hashes report ids to shards stably and evenly', () => {
    expect(shardOf('unido-china-industrial-parks-workshop-2018', 4)).toBe(shardOf('unido-china-industrial-parks-workshop-2018', 4))
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 4000; i++) counts[shardOf(`report-${i}`, 4)]!++
    for (const count of counts) expect(count).toBeGreaterThan(900)
    expect(listedPaths('a.md\r\n\n  \nb.md\n')).toEqual(['a.md', 'b.md'])
  })

  it('draws progress only when asked to (stderr a terminal, not --quiet), and wipes it', () => {
    let written = ''
    const stream = { write: (text: string) => (written += text) }
    const silent = new Progress(stream, 10, false)
    silent.tick()
    silent.clear()
    expect(written).toBe('')
    const shown = new Progress(stream, 10, true)
    shown.tick()
    // eslint-disable-next-line no-control-regex -- the progress line starts with the terminal's erase-line sequence
    expect(written).toMatch(/^\r\x1b\[Kreport-extract: 1\/10 reports, [\d.]+\/s, \d+:\d\d left$/)
    shown.clear()
    expect(written.endsWith('\r\x1b[K')).toBe(true)
  })

  it('makes formula-like cells safe for spreadsheets', () => {
    expect(['=1+1', '+1', '-1', '@a', '\tx', '\rx', 'plain', ''].map(excelSafeText)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      "'\rx",
      'plain',
      '',
    ])
  })
})

// Hostile inputs beside good ones, through the built CLI as a user runs it: every bad file is named
// with its reason on one line, the good ones are extracted, the tables agree with the JSON files,
// nothing foreign is touched and no temporary file remains. Then Ctrl-C in the middle of a run.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Report, SCHEMA_VERSION } from '../src/schema/report.js'
import { describe as describeError } from '../src/cli/task.js'

const BIN = resolve('dist/bin/cli.js')
/**
 * The output contract's checker: `OUTPUT_CONTRACT`, else `shared/tools/check-output-contract.py` beside this
 * checkout or a folder above it.
 */
function findContract(): string | null {
  if (process.env.OUTPUT_CONTRACT) return resolve(process.env.OUTPUT_CONTRACT)
  for (let dir = resolve('..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'tools', 'check-output-contract.py')
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) return null
  }
}
const CONTRACT = findContract()
/** Output folders the tests below made, each checked against the output contract by the last test. */
const contractChecks: Array<{ what: string; out: string }> = []

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Report ids of a table's rows (first column), in order, without repeats. */
function tableIds(path: string): string[] {
  const ids: string[] = []
  for (const line of readFileSync(path, 'utf8').split('\r\n').slice(1)) {
    const id = /^([^,"\r\n]+),(?:blk|sec)-\d+,/.exec(line)?.[1]
    if (id && ids.at(-1) !== id) ids.push(id)
  }
  return ids
}

function reportIds(out: string): string[] {
  return readdirSync(out)
    .filter((name) => name.endsWith('.json') && name !== 'report.schema.json' && !name.startsWith('.'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort()
}

function contractProblems(script: string, out: string): string {
  const result = spawnSync('python3', [script, out], { encoding: 'utf8' })
  return result.status === 0 ? '' : `${result.stdout}${result.stderr}`
}

describe('hostile inputs', () => {
  it('names each bad file with its reason, extracts the good ones, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-hostile-'))
    cpSync('test/hostile/inputs', join(dir, 'inputs'), { recursive: true })
    mkdirSync(join(dir, 'out'))
    writeFileSync(join(dir, 'out', 'notes.txt'), 'mine')
    writeFileSync(join(dir, 'out', 'twin.json'), '{"mine": true}\n')
    // A folder's hidden files are not read; named explicitly, .hidden.md would write a hidden .hidden.json.
    const { status, stdout, stderr } = run(['--quiet', '--max-bytes', '16k', '--out', 'out', 'inputs', 'inputs/.hidden.md'], dir)
    expect(status).toBe(1)
    expect(stdout).toBe('')
    const errors = stderr.split('\n').filter((line) => line.includes(': error: '))
    expect(errors).toEqual([
      'inputs/.hidden.md: error: report id “.hidden” starts with a dot (its JSON file would be hidden): rename the file',
      'inputs/empty.md: error: the input is empty (nothing but whitespace)',
      'inputs/folder.md: error: is a folder, not a file (folders are read one level deep only)',
      'inputs/latin1.md: error: the file is not valid UTF-8 (use --encoding latin1, or another encoding, to force a decoding)',
      'inputs/oversize.md: error: the file has 21.1 kB, more than --max-bytes 16 kB: raise --max-bytes to read it',
      'inputs/picture.md: error: the file holds NUL bytes: it is binary, not text',
      'inputs/report.schema.md: error: report id “report.schema” is reserved (its JSON file would be report.schema.json): rename the file',
      'inputs/twin.md: error: report id “twin” is also the id of inputs/twin.txt',
      'inputs/twin.txt: error: report id “twin” is also the id of inputs/twin.md',
      'inputs/whitespace.md: error: the input is empty (nothing but whitespace)',
    ])
    expect(stderr).not.toMatch(/^[ \t]+at /m)
    expect(stderr).toMatch(/report-extract: 4 extracted, 28 warnings, 10 failed in [\d.]+s → out\n$/)

    const out = join(dir, 'out')
    expect(reportIds(out)).toEqual(['formulas', 'good', 'twin', 'utf16-be', 'utf16-le'])
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine')
    expect(readFileSync(join(out, 'twin.json'), 'utf8')).toBe('{"mine": true}\n')
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([])
    // UTF-16 with a byte-order mark is decoded; its speaker is found.
    const le = Report.parse(JSON.parse(readFileSync(join(out, 'utf16-le.json'), 'utf8')))
    expect(le.speakers.map((speaker) => speaker.name)).toEqual(['Ana SILVA'])
    expect(JSON.parse(readFileSync(join(out, 'utf16-be.json'), 'utf8')).blocks[0].text).toBe('=SUM(A1:A9) was quoted in the meeting.')
    // The tables hold the extracted reports, and only those.
    expect(tableIds(join(out, 'blocks.csv'))).toEqual(['formulas', 'good', 'utf16-be', 'utf16-le'])
    contractChecks.push({ what: 'hostile inputs', out })
  })

  it('refuses to overwrite a report file it did not write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-hostile-'))
    mkdirSync(join(dir, 'out'))
    writeFileSync(join(dir, 'out', 'good.json'), '{"mine": true}\n')
    const { status, stderr } = run(['--out', 'out', resolve('test/hostile/inputs/good.md')], dir)
    expect(status).toBe(1)
    expect(stderr).toContain(
      `good.md: error: out/good.json exists and was not written by report-extract: move it away or choose another --out\n`,
    )
    expect(readFileSync(join(dir, 'out', 'good.json'), 'utf8')).toBe('{"mine": true}\n')
  })

  it('prefixes formula-like text cells with --excel-safe, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-hostile-'))
    const inputs = ['formulas.md', 'utf16-be.md'].map((name) => resolve('test/hostile/inputs', name))
    expect(run(['--out', 'plain', ...inputs], dir).status).toBe(0)
    expect(run(['--excel-safe', '--out', 'safe', ...inputs], dir).status).toBe(0)
    const texts = (out: string) =>
      readFileSync(join(dir, out, 'blocks.csv'), 'utf8')
        .split('\r\n')
        .slice(1, -1)
        .map((row) => row.split(',').slice(6).join(','))
    expect(texts('plain')).toEqual([
      '-1 is a bad start.',
      '@user wrote this.',
      'a plus list item',
      '=SUM(A1:A9) was quoted in the meeting.',
    ])
    expect(texts('safe')).toEqual([
      "'-1 is a bad start.",
      "'@user wrote this.",
      'a plus list item',
      "'=SUM(A1:A9) was quoted in the meeting.",
    ])
    // The JSON keeps the data as it is.
    expect(readFileSync(join(dir, 'safe', 'formulas.json'), 'utf8')).toBe(readFileSync(join(dir, 'plain', 'formulas.json'), 'utf8'))
  })

  it('leaves the last run’s folder as it was when a run can extract nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-hostile-'))
    const good = resolve('test/hostile/inputs/good.md')
    expect(run(['--quiet', '--out', 'out', good], dir).status).toBe(0)
    const snapshot = () =>
      Object.fromEntries(
        readdirSync(join(dir, 'out'))
          .sort()
          .map((name) => [name, readFileSync(join(dir, 'out', name), 'utf8')]),
      )
    const before = snapshot()
    expect(Object.keys(before)).toEqual([
      '.report-extract-manifest.json',
      'blocks.csv',
      'contents.csv',
      'diagnostics.csv',
      'good.json',
      'report.schema.json',
      'sections.csv',
      'speakers.csv',
    ])

    // A mistyped option: a usage error before anything is read.
    let result = run(['--quiet', '--encoding', 'latn1', '--out', 'out', good], dir)
    expect([result.status, result.stderr]).toEqual([2, expect.stringContaining('--encoding: unknown encoding “latn1”')])
    // A mistyped path: that input fails, and with nothing extracted the folder stays as it was.
    result = run(['--quiet', '--out', 'out', 'typo/good.md'], dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(
      new RegExp(
        String.raw`^typo\/good\.md: error: no such file or folder` +
          String.raw`\nreport-extract: nothing extracted: out is left as it was` +
          String.raw`\nreport-extract: 0 extracted, 0 warnings, 1 failed in [\d.]+s → out\n$`,
      ),
    )
    // An empty list of inputs.
    writeFileSync(join(dir, 'list.txt'), '\n\n')
    result = run(['--quiet', '--files-from', 'list.txt', '--out', 'out'], dir)
    expect([result.status, result.stderr]).toEqual([
      2,
      'report-extract: error: --files-from list.txt lists no paths: nothing to do (out is left as it was)\n',
    ])
    expect(snapshot()).toEqual(before)

    // One report among them still extracted: the run is the folder's new outcome, the missing one named.
    result = run(['--quiet', '--out', 'out', resolve('test/hostile/inputs/formulas.md'), 'typo/good.md'], dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(
      /report-extract: 1 extracted, 1 warning, 1 failed in [\d.]+s → out; removed 1 report no longer in the input\n$/,
    )
    expect(reportIds(join(dir, 'out'))).toEqual(['formulas'])
  })

  it('keeps no review page a later run made stale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-hostile-'))
    mkdirSync(join(dir, 'in'))
    cpSync(resolve('test/hostile/inputs/good.md'), join(dir, 'in', 'a.md'))
    cpSync(resolve('test/hostile/inputs/formulas.md'), join(dir, 'in', 'b.md'))
    const pages = () =>
      readdirSync(join(dir, 'out'))
        .filter((name) => name.endsWith('.html'))
        .sort()
    expect(run(['--quiet', '--html', '--out', 'out', 'in'], dir).status).toBe(0)
    writeFileSync(join(dir, 'out', 'mine.html'), '<p>my notes</p>\n')
    expect(pages()).toEqual(['a.html', 'b.html', 'index.html', 'mine.html'])
    rmSync(join(dir, 'in', 'b.md'))
    // Each run says in its summary what it removed of the last one.
    const fewer = run(['--quiet', '--html', '--out', 'out', 'in'], dir)
    expect(fewer.status).toBe(0)
    expect(fewer.stderr).toMatch(
      new RegExp(
        String.raw`^report-extract: 1 extracted \(1 unchanged\), 26 warnings, 0 failed in [\d.]+s → out` +
          String.raw`; removed 1 report no longer in the input, 1 review page of those reports\n$`,
      ),
    )
    expect(pages()).toEqual(['a.html', 'index.html', 'mine.html'])
    const plain = run(['--quiet', '--out', 'out', 'in'], dir)
    expect(plain.status).toBe(0)
    expect(plain.stderr).toMatch(
      new RegExp(
        String.raw`^report-extract: 1 extracted \(1 unchanged\), 26 warnings, 0 failed in [\d.]+s → out` +
          String.raw`; removed 2 review pages \(no --html this time\)\n$`,
      ),
    )
    expect(pages()).toEqual(['mine.html'])
    // A report whose input now fails is removed too, and said apart from those no longer given.
    writeFileSync(join(dir, 'in', 'a.md'), '\n')
    cpSync(resolve('test/hostile/inputs/good.md'), join(dir, 'in', 'c.md'))
    const failing = run(['--quiet', '--out', 'out', 'in'], dir)
    expect(failing.status).toBe(1)
    expect(failing.stderr).toMatch(/ → out; removed 1 earlier report not extracted this time\n$/)
    expect(run(['--quiet', '--out', 'out', 'in/c.md'], dir).stderr).toMatch(/ → out$/m)
  })

  it('refuses to overwrite a schema, review index or review page it did not write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-hostile-'))
    const good = resolve('test/hostile/inputs/good.md')
    for (const [name, refusal] of [
      [
        'report.schema.json',
        'report-extract: out/report.schema.json was not written by report-extract: ' +
          'refusing to write into out; move it away or choose another --out\n',
      ],
      [
        'index.html',
        'report-extract: out/index.html was not written by report-extract: ' +
          'refusing to write into out; move it away or choose another --out\n',
      ],
    ] as const) {
      mkdirSync(join(dir, 'out'))
      writeFileSync(join(dir, 'out', name), 'mine\n')
      const { status, stderr } = run(['--html', '--out', 'out', good], dir)
      expect([status, stderr]).toEqual([1, refusal])
      expect(readdirSync(join(dir, 'out'))).toEqual([name])
      expect(readFileSync(join(dir, 'out', name), 'utf8')).toBe('mine\n')
      rmSync(join(dir, 'out'), { recursive: true })
    }
    mkdirSync(join(dir, 'out'))
    writeFileSync(join(dir, 'out', 'good.html'), '<!doctype html>\n<p>my notes</p>\n')
    const { status, stderr } = run(['--html', '--out', 'out', good], dir)
    expect(status).toBe(1)
    expect(stderr).toContain(
      `${good}: error: no review page: out/good.html exists and was not written by report-extract (move it away or choose another --out)\n`,
    )
    expect(readFileSync(join(dir, 'out', 'good.html'), 'utf8')).toBe('<!doctype html>\n<p>my notes</p>\n')
    expect(existsSync(join(dir, 'out', 'good.json'))).toBe(true)
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain('<meta name="generator" content="report-extract">')
    // A page of its own is written again, of course.
    writeFileSync(join(dir, 'out', 'good.html'), readFileSync(join(dir, 'out', 'index.html')))
    expect(run(['--html', '--out', 'out', good], dir).status).toBe(0)
  })

  it('leaves key columns as they are with --excel-safe, so the tables still join the JSON files and it refuses formula-like ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-hostile-'))
    cpSync(resolve('test/hostile/inputs/formulas.md'), join(dir, 'formulas.md'))
    cpSync(resolve('test/hostile/inputs/formulas.md'), join(dir, '@formulas.md'))
    const safe = run(['--excel-safe', '--out', 'safe', 'formulas.md', '@formulas.md'], dir)
    expect(safe.status).toBe(1)
    expect(safe.stderr).toContain('@formulas.md: error: report id “@formulas” starts with "@", which a spreadsheet would evaluate')
    const rows = (table: string) =>
      readFileSync(join(dir, 'safe', table), 'utf8')
        .split('\r\n')
        .slice(1, -1)
    expect(rows('blocks.csv')).toEqual([
      "formulas,blk-1,,,paragraph,3,'-1 is a bad start.",
      "formulas,blk-2,,,paragraph,5,'@user wrote this.",
      'formulas,blk-3,,,list_item,7,a plus list item',
    ])
    expect(rows('diagnostics.csv').map((row) => row.split(',')[0])).toEqual(['formulas'])
    expect(reportIds(join(dir, 'safe'))).toEqual(['formulas'])
    contractChecks.push({ what: '--excel-safe', out: join(dir, 'safe') })
  })

  it('says in one line when the output folder cannot be made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-hostile-'))
    writeFileSync(join(dir, 'taken'), 'a file, not a folder')
    const { status, stderr } = run(['--out', 'taken/out', resolve('test/hostile/inputs/good.md')], dir)
    expect(status).toBe(1)
    expect(stderr).toMatch(/^report-extract: error: cannot create the output folder taken\/out: ENOTDIR[^\n]*\n$/)
    const onFile = run(['--out', 'taken', resolve('test/hostile/inputs/good.md')], dir)
    expect([onFile.status, onFile.stderr]).toEqual([
      1,
      'report-extract: error: cannot create the output folder taken: a file of that name is in the way\n',
    ])
  })

  it('reports an internal validation failure with the zod path', () => {
    const result = Report.safeParse({ schemaVersion: SCHEMA_VERSION, id: 'x', source: { path: '', sha256: 'nope', bytes: 1 } })
    expect(result.success).toBe(false)
    expect(describeError(result.error)).toMatch(/^internal error: the extracted report failed validation at source\.sha256: /)
  })
})

describe('Ctrl-C', () => {
  it('stops a run cleanly: finished reports complete, tables agree, no temporary files, the count said', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-sigint-'))
    mkdirSync(join(dir, 'inputs'))
    const seed = readFileSync('fixtures/seed-unido/input.md', 'utf8')
    const total = 120
    for (let i = 0; i < total; i++)
      writeFileSync(join(dir, 'inputs', `r${String(i).padStart(3, '0')}.md`), seed.replace('FIRST WORKSHOP', `WORKSHOP ${i}`))
    // Not --quiet: each report's warnings are printed when its outcome is delivered (its rows in the
    // tables), which is what the test waits for; files on disk alone do not say a report was delivered.
    const child = spawn(process.execPath, [BIN, '--jobs', '2', '--out', 'out', 'inputs'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    // Wait until two reports are delivered (their warnings printed), then interrupt.
    while (!stderr.includes('inputs/r001.md')) await new Promise((resolve) => setTimeout(resolve, 20))
    child.kill('SIGINT')
    const code = await exited
    const out = join(dir, 'out')
    const done = Number(/interrupted: (\d+) of 120 reports done/.exec(stderr)?.[1])
    expect(code).toBe(130)
    expect(stderr).toContain('stopping: abandoning the reports under way and keeping those done')
    // The reports under way when the signal came are abandoned: those delivered before it are kept.
    expect(done).toBeGreaterThanOrEqual(1)
    expect(done).toBeLessThan(total)
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([])
    const ids = reportIds(out)
    expect(ids).toHaveLength(done)
    for (const id of ids) expect(Report.safeParse(JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8'))).success).toBe(true)
    expect(tableIds(join(out, 'sections.csv'))).toEqual(ids)
    cpSync(out, `${out}-interrupted`, { recursive: true })
    contractChecks.push({ what: 'Ctrl-C', out: `${out}-interrupted` })
    // A second run finishes the job and reuses what was done.
    const again = run(['--quiet', '--out', 'out', 'inputs'], dir)
    expect(again.stderr.split('\n').filter((line) => line.includes('error'))).toEqual([])
    expect(again.status).toBe(0)
    expect(again.stderr).toContain(`${total} extracted (${done} unchanged)`)
  }, 120_000)
})

describe('output contract', () => {
  // Skipped, and counted as skipped, where the checker is not installed (.ci/run says so too).
  it.skipIf(CONTRACT === null)('holds for every output folder above (check-output-contract.py; skipped when it is not found)', () => {
    expect(contractChecks.map((check) => check.what)).toEqual(['hostile inputs', '--excel-safe', 'Ctrl-C'])
    for (const { what, out } of contractChecks) expect(contractProblems(CONTRACT!, out), what).toBe('')
  })
})

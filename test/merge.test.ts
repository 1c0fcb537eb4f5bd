// `report-extract merge` through the built CLI, held to the main run's rules: nothing of anyone else's
// in --out is overwritten, reports of an earlier merge that this one does not bring are removed,
// --out is never one of the folders merged (however it is spelt), folders written with other options
// are refused, a manifest of mixed builds lets no later run reuse its reports, and a failure or
// Ctrl-C leaves --out as it was, without temporary files.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const BIN = resolve('dist/bin/cli.js')
const MANIFEST = '.report-extract-manifest.json'

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Every file of a folder (hidden ones too) with its text. */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  )
}

function reportIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'report.schema.json' && !name.startsWith('.'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort()
}

/** Report ids of a table's rows (first column), in order, without repeats. */
function tableIds(path: string): string[] {
  const ids: string[] = []
  for (const line of readFileSync(path, 'utf8').split('\r\n').slice(1)) {
    const id = /^([^,"\r\n]+),/.exec(line)?.[1]
    if (id && ids.at(-1) !== id) ids.push(id)
  }
  return ids
}

const manifestOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as {
    tool: string
    options: Record<string, string | null>
    reports: Record<string, { sha256: string }>
  }
const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'))

// Six reports in three shards (p0: r1; p1: r0 r2 r4; p2: r3 r5), made once and copied into each test's folder.
let shards: string
const SHARDS = { p0: ['r1'], p1: ['r0', 'r2', 'r4'], p2: ['r3', 'r5'] }

beforeAll(() => {
  shards = mkdtempSync(join(tmpdir(), 'report-extract-merge-shards-'))
  mkdirSync(join(shards, 'inputs'))
  const seed = readFileSync('fixtures/seed-unido/input.md', 'utf8')
  for (let i = 0; i < 6; i++) writeFileSync(join(shards, 'inputs', `r${i}.md`), seed.replace('FIRST WORKSHOP', `WORKSHOP ${i}`))
  for (let i = 0; i < 3; i++)
    expect(run(['--quiet', '--jobs', '1', '--shard', `${i}/3`, '--out', `p${i}`, 'inputs'], shards).status).toBe(0)
  for (const [shard, ids] of Object.entries(SHARDS)) expect(reportIds(join(shards, shard))).toEqual(ids)
}, 60_000)

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-merge-'))
  cpSync(shards, dir, { recursive: true })
  return dir
}

describe('merge', () => {
  it('refuses an --out holding a file it did not write, before writing anything', () => {
    const dir = scratch()
    for (const [name, text] of [
      ['r1.json', '{"mine": true}\n'],
      ['contents.csv', 'my,own,table\r\n'],
      ['report.schema.json', '{"title": "my schema"}\n'],
      [MANIFEST, '{"mine": true}\n'],
    ] as const) {
      const out = join(dir, `out-${name}`)
      mkdirSync(out)
      writeFileSync(join(out, name), text)
      const { status, stderr } = run(['merge', '--out', `out-${name}`, 'p0', 'p1', 'p2'], dir)
      expect([status, stderr]).toEqual([
        1,
        `error: out-${name}/${name} ${name === 'r1.json' ? 'exists and ' : ''}was not written by report-extract: ` +
          'move it away or choose another --out\nreport-extract merge: nothing merged\n',
      ])
      expect(files(out)).toEqual({ [name]: text })
    }
  })

  it('removes the reports of an earlier merge that it does not bring, and only those of its own', () => {
    const dir = scratch()
    expect(run(['merge', '--out', 'mm', 'p0', 'p1'], dir).status).toBe(0)
    expect(reportIds(join(dir, 'mm'))).toEqual(['r0', 'r1', 'r2', 'r4'])
    // r2.json replaced by a file of the user's is no longer report-extract's to remove; notes.txt never was.
    const edited = '{"mine": true}\n'
    writeFileSync(join(dir, 'mm', 'r2.json'), edited)
    writeFileSync(join(dir, 'mm', 'notes.txt'), 'mine\n')
    // r0.json from another input (its hash not the manifest's) is not the report listed either.
    const other = readFileSync(join(dir, 'mm', 'r0.json'), 'utf8').replace(/"sha256": "[0-9a-f]+"/, `"sha256": "${'1'.repeat(64)}"`)
    writeFileSync(join(dir, 'mm', 'r0.json'), other)
    const { status, stderr } = run(['merge', '--out', 'mm', 'p2'], dir)
    expect(status).toBe(0)
    expect(stderr).toMatch(
      /^report-extract merge: 2 reports from 1 folder in [\d.]+s → mm; removed 2 earlier reports not in these folders\n$/,
    )
    expect(reportIds(join(dir, 'mm'))).toEqual(['r0', 'r2', 'r3', 'r5'])
    expect(readFileSync(join(dir, 'mm', 'r0.json'), 'utf8')).toBe(other)
    expect(readFileSync(join(dir, 'mm', 'r2.json'), 'utf8')).toBe(edited)
    expect(readFileSync(join(dir, 'mm', 'notes.txt'), 'utf8')).toBe('mine\n')
    expect(Object.keys(manifestOf(join(dir, 'mm')).reports)).toEqual(['r3', 'r5'])
    expect(tableIds(join(dir, 'mm', 'sections.csv'))).toEqual(['r3', 'r5'])
    expect(readFileSync(join(dir, 'mm', 'r3.json'), 'utf8')).toBe(readFileSync(join(dir, 'p2', 'r3.json'), 'utf8'))
  })

  it('refuses an --out that leads to one of the folders merged, through a symbolic link too', () => {
    const dir = scratch()
    symlinkSync('p0', join(dir, 'link'))
    const before = files(join(dir, 'p0'))
    for (const out of ['link', 'link/../p1', `${dir}/./p1`]) {
      const { status, stderr } = run(['merge', '--out', out, 'p0', 'p1'], dir)
      expect([status, stderr]).toEqual([
        2,
        "report-extract merge: --out must not be one of the folders merged\nTry 'report-extract merge --help'.\n",
      ])
    }
    expect(files(join(dir, 'p0'))).toEqual(before)
  })

  it('refuses folders written with different options, naming them', () => {
    const dir = scratch()
    expect(run(['--quiet', '--encoding', 'latin1', '--out', 'q', 'inputs/r3.md'], dir).status).toBe(0)
    const { status, stderr } = run(['merge', '--out', 'mixed', 'p0', 'q', 'p1'], dir)
    expect([status, stderr]).toEqual([
      1,
      'error: the folders were written with different options (q with {"encoding":"latin1"}; p0, p1 with {"encoding":null})' +
        ': run them again with the same options\nreport-extract merge: nothing merged\n',
    ])
    expect(existsSync(join(dir, 'mixed'))).toBe(false)
  })

  it('merges the folders of different builds so that no later run reuses their reports', () => {
    const dir = scratch()
    const manifest = manifestOf(join(dir, 'p1'))
    const other = '0.0.1+000000000000'
    writeFileSync(join(dir, 'p1', MANIFEST), JSON.stringify({ ...manifest, tool: other }, null, 2))
    const merged = run(['merge', '--out', 'all', 'p0', 'p1', 'p2'], dir)
    expect(merged.status).toBe(0)
    expect(merged.stderr).toContain(
      `report-extract merge: warning: the folders were written by different builds (${other}, ${manifest.tool}): ` +
        `a later run into all extracts every report again\n`,
    )
    expect(manifestOf(join(dir, 'all')).tool).toBe(`mixed builds: ${other}, ${manifest.tool}`)
    // Merged again, a manifest of mixed builds lists each build once.
    expect(run(['merge', '--out', 'again', 'all'], dir).status).toBe(0)
    expect(manifestOf(join(dir, 'again')).tool).toBe(`mixed builds: ${other}, ${manifest.tool}`)
    const rerun = run(['--quiet', '--out', 'all', 'inputs'], dir)
    expect(rerun.status).toBe(0)
    expect(rerun.stderr).toMatch(/report-extract: 6 extracted, \d+ warnings, 0 failed in /)
    expect(manifestOf(join(dir, 'all')).tool).toBe(manifest.tool)
  })

  it('leaves --out as it was when a folder holds a report other than its manifest lists', () => {
    const dir = scratch()
    // r5 comes last: every other report is already on its way when it is found wrong.
    writeFileSync(
      join(dir, 'p2', 'r5.json'),
      readFileSync(join(dir, 'p2', 'r5.json'), 'utf8').replace(/"sha256": "[0-9a-f]+"/, `"sha256": "${'0'.repeat(64)}"`),
    )
    const fresh = run(['merge', '--out', 'new/all', 'p0', 'p1', 'p2'], dir)
    expect([fresh.status, fresh.stderr]).toEqual([
      1,
      "report-extract merge: error: p2/r5.json is not the report its folder's manifest lists: run that shard again; nothing merged\n",
    ])
    expect(existsSync(join(dir, 'new'))).toBe(false)
    expect(run(['merge', '--out', 'mm', 'p0'], dir).status).toBe(0)
    const before = files(join(dir, 'mm'))
    expect(run(['merge', '--out', 'mm', 'p1', 'p2'], dir).status).toBe(1)
    expect(files(join(dir, 'mm'))).toEqual(before)
  })

  it('counts in the singular and the plural', () => {
    const dir = scratch()
    expect(run(['merge', '--out', 'one', 'p0'], dir).stderr).toMatch(/^report-extract merge: 1 report from 1 folder in [\d.]+s → one\n$/)
    expect(run(['merge', '--out', 'two', 'p0', 'p2'], dir).stderr).toMatch(
      /^report-extract merge: 3 reports from 2 folders in [\d.]+s → two\n$/,
    )
  })

  it('stops on Ctrl-C: exit 1, --out as it was, no temporary file', async () => {
    const dir = scratch()
    // Many reports, made from one: each a copy of r1 under another id, listed in a manifest.
    const manifest = manifestOf(join(dir, 'p0'))
    const text = readFileSync(join(dir, 'p0', 'r1.json'), 'utf8')
    const total = 1500
    const reports: Record<string, unknown> = {}
    mkdirSync(join(dir, 'big'))
    for (let i = 0; i < total; i++) {
      const id = `x${String(i).padStart(4, '0')}`
      writeFileSync(join(dir, 'big', `${id}.json`), text.replace('"id": "r1"', `"id": "${id}"`))
      reports[id] = manifest.reports.r1
    }
    writeFileSync(join(dir, 'big', MANIFEST), JSON.stringify({ ...manifest, reports }, null, 2))
    expect(run(['merge', '--out', 'out', 'p2'], dir).status).toBe(0)
    const before = files(join(dir, 'out'))
    const child = spawn(process.execPath, [BIN, 'merge', '--out', 'out', 'big'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    let running = true
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => ((running = false), resolve(code))))
    // Wait until the merge is writing its reports (as temporary files or in place), then interrupt.
    const writing = () => readdirSync(join(dir, 'out')).filter((name) => /^\.?x\d{4}\.json/.test(name)).length
    while (running && writing() < 20) await new Promise((resolve) => setTimeout(resolve, 5))
    child.kill('SIGINT')
    expect(await exited).toBe(1)
    expect(stderr).toBe('report-extract merge: interrupted: nothing merged; out is as it was\n')
    expect(temporaries(join(dir, 'out'))).toEqual([])
    expect(files(join(dir, 'out'))).toEqual(before)
    // Run again, the merge is whole.
    expect(run(['merge', '--out', 'out', 'big'], dir).status).toBe(0)
    expect(reportIds(join(dir, 'out'))).toHaveLength(total)
    expect(tableIds(join(dir, 'out', 'sections.csv'))).toHaveLength(total)
  }, 60_000)
})

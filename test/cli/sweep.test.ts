// The sweep after a crash: temporary files of a process that is gone (killed mid-write) are removed by
// the next run into the folder; those of a run still writing, and a user's own files, stay.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sweepTemporaries, temporaryPid } from '../../src/emit/atomic.js'

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return Number(child.stdout)
}

describe('the sweep of temporary files', () => {
  it('reads the process id from our temporary names only', () => {
    expect(temporaryPid('.blocks.csv.4242.0a1b2c3d.tmp')).toBe(4242)
    expect(temporaryPid('.a.b.json.7.ffffffff.tmp')).toBe(7)
    expect(temporaryPid('.4242.0a1b2c3d.tmp')).toBe(null)
    expect(temporaryPid('blocks.csv.4242.0a1b2c3d.tmp')).toBe(null)
    expect(temporaryPid('.notes.4242.0A1B2C3D.tmp')).toBe(null)
    expect(temporaryPid('.notes.tmp')).toBe(null)
  })

  it('removes a killed run’s temporaries, keeps a live run’s and the user’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-sweep-'))
    const dead = `.blocks.csv.${deadPid()}.0a1b2c3d.tmp`
    const live = `.blocks.csv.${process.ppid}.0a1b2c3d.tmp`
    const own = `.a.json.${process.pid}.12345678.tmp`
    for (const name of [dead, live, own, 'notes.tmp', '.notes.tmp']) writeFileSync(join(dir, name), 'x')
    expect(sweepTemporaries(dir)).toBe(2)
    expect(readdirSync(dir).sort()).toEqual([live, '.notes.tmp', 'notes.tmp'].sort())
  })

  it('is done by the next run into the folder (a run killed by kill -9 left a table half-written)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-sweep-'))
    writeFileSync(join(dir, 'a.md'), '# A\n\nText.\n')
    const dead = join(dir, 'out', `.blocks.csv.${deadPid()}.0a1b2c3d.tmp`)
    spawnSync('mkdir', [join(dir, 'out')])
    writeFileSync(dead, 'x'.repeat(1000))
    const result = spawnSync(process.execPath, [resolve('dist/bin/cli.js'), '-q', '--out', 'out', 'a.md'], { cwd: dir, encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(existsSync(dead)).toBe(false)
  })
})

describe('report files no manifest names', () => {
  it('are removed by the next run when ours by content (a run killed before its manifest), never a user’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-stray-'))
    mkdirSync(join(dir, 'in'))
    writeFileSync(join(dir, 'in', 'a.md'), '# A\n\nText.\n')
    const bin = resolve('dist/bin/cli.js')
    expect(spawnSync(process.execPath, [bin, '-q', '--out', 'out', 'in'], { cwd: dir }).status).toBe(0)
    // What a killed run leaves: complete report files of ids that no table or manifest names.
    const report = readFileSync(join(dir, 'out', 'a.json'), 'utf8')
    for (const id of ['b', 'c']) writeFileSync(join(dir, 'out', `${id}.json`), report.replace('"id": "a"', `"id": "${id}"`))
    writeFileSync(join(dir, 'out', 'mine.json'), '{"id": "mine"}\n')
    writeFileSync(join(dir, 'out', 'd.json'), report)
    const result = spawnSync(process.execPath, [bin, '-q', '--out', 'out', 'in'], { cwd: dir, encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('removed 2 report files no manifest named (of an interrupted run)')
    // d.json is a report of a, not of d: not ours to remove under that name.
    expect(
      readdirSync(join(dir, 'out'))
        .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
        .sort(),
    ).toEqual(['a.json', 'd.json', 'mine.json', 'report.schema.json'])
  })
})

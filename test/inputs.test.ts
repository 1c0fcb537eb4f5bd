// Which files a run reads: a --files-from list.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listedPaths } from '../src/cli/inputs.js'

const BIN = resolve('dist/bin/cli.js')
const SEED = resolve('fixtures/seed-unido/input.md')

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, '--quiet', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, errors: result.stderr.split('\n').filter((line) => line.includes(': error: ')), summary: result.stderr.trim().split('\n').at(-1) }
}

/** A scratch folder with t/h2.md and t/other.md. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-'))
  mkdirSync(join(dir, 't'))
  copyFileSync(SEED, join(dir, 't', 'h2.md'))
  writeFileSync(join(dir, 't', 'other.md'), '# Other minutes\n\nThe chair opened the meeting.\n')
  return dir
}

const reports = (out: string) => readdirSync(out).filter((name) => name.endsWith('.json') && !name.startsWith('.') && name !== 'report.schema.json').sort()

describe('--files-from', () => {
  it('drops a byte-order mark at the start of the list', () => {
    expect(listedPaths('\uFEFFt/h2.md\r\nt/other.md\n\n')).toEqual(['t/h2.md', 't/other.md'])
    // Only at the start: elsewhere it is part of a name, as written.
    expect(listedPaths('a.md\n\uFEFFb.md')).toEqual(['a.md', '\uFEFFb.md'])
  })

  it('reads the files a list saved with a byte-order mark names', () => {
    const dir = scratch()
    writeFileSync(join(dir, 'list.txt'), '\uFEFFt/h2.md\r\nt/other.md\r\n')
    const { status, errors } = run(['--out', 'out', '--files-from', 'list.txt'], dir)
    expect(errors).toEqual([])
    expect(status).toBe(0)
    expect(reports(join(dir, 'out'))).toEqual(['h2.json', 'other.json'])
  })
})

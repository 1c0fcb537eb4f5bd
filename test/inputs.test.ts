// Which files a run reads: a --files-from list, and a file named more than once.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectInputs, listedPaths } from '../src/cli/inputs.js'

const BIN = resolve('dist/bin/cli.js')
const SEED = resolve('fixtures/seed-unido/input.md')

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, '--quiet', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return {
    status: result.status,
    errors: result.stderr.split('\n').filter((line) => line.includes(': error: ')),
    summary: result.stderr.trim().split('\n').at(-1),
  }
}

/** A scratch folder with t/h2.md and t/other.md. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-'))
  mkdirSync(join(dir, 't'))
  copyFileSync(SEED, join(dir, 't', 'h2.md'))
  writeFileSync(join(dir, 't', 'other.md'), '# Other minutes\n\nThe chair opened the meeting.\n')
  return dir
}

const reports = (out: string) =>
  readdirSync(out)
    .filter((name) => name.endsWith('.json') && !name.startsWith('.') && name !== 'report.schema.json')
    .sort()

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

describe('a file named twice', () => {
  it('is one input, under the first path that names it', async () => {
    const dir = scratch()
    const t = join(dir, 't')
    expect(await collectInputs([t, join(t, 'h2.md')])).toEqual({
      inputs: [
        { path: join(t, 'h2.md'), id: 'h2' },
        { path: join(t, 'other.md'), id: 'other' },
      ],
      rejected: [],
      skipped: [],
    })
    expect(await collectInputs([join(t, 'h2.md'), `${dir}/./t/h2.md`, `${t}/../t/h2.md`])).toEqual({
      inputs: [{ path: join(t, 'h2.md'), id: 'h2' }],
      rejected: [],
      skipped: [],
    })
    // A symbolic link of the same name in another folder is the same file too.
    mkdirSync(join(dir, 'links'))
    symlinkSync(join(t, 'h2.md'), join(dir, 'links', 'h2.md'))
    expect(await collectInputs([join(dir, 'links', 'h2.md'), join(t, 'h2.md')])).toEqual({
      inputs: [{ path: join(dir, 'links', 'h2.md'), id: 'h2' }],
      rejected: [],
      skipped: [],
    })
  })

  it('still refuses two different files with the same report id, each once', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'h2.txt'), 'Another report.\n')
    const h2 = join(dir, 't', 'h2.md')
    const txt = join(dir, 'h2.txt')
    expect(await collectInputs([h2, txt, h2])).toEqual({
      inputs: [],
      rejected: [
        { path: h2, reason: `report id “h2” is also the id of ${txt}` },
        { path: txt, reason: `report id “h2” is also the id of ${h2}` },
      ],
      skipped: [],
    })
  })

  it('is extracted once by the CLI: folder and file, two spellings, twice in --files-from', () => {
    const dir = scratch()
    writeFileSync(join(dir, 'list.txt'), 't/h2.md\nt/h2.md\n./t/other.md\n')
    for (const args of [
      ['t', 't/h2.md'],
      ['t/h2.md', './t/h2.md', 't/other.md'],
      ['--files-from', 'list.txt', 't/other.md'],
    ]) {
      const out = `out-${args.length}-${args[0]!.replace(/\W/g, '')}`
      const { status, errors, summary } = run(['--out', out, ...args], dir)
      expect(errors).toEqual([])
      expect(status).toBe(0)
      expect(summary).toMatch(/^report-extract: 2 extracted, /)
      expect(reports(join(dir, out))).toEqual(['h2.json', 'other.json'])
    }
  })
})

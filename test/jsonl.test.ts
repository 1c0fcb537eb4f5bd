// --jsonl through the built CLI: reports.jsonl holds every report of the run, one line each in
// report_id order, each line the report's JSON file; and the output folder's rules for it (someone
// else's reports.jsonl is never overwritten, ours is removed by a run not asked for it, merge writes
// the same file as one run).
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const BIN = resolve('dist/bin/cli.js')
const IDS = ['council', 'transcript', 'unido']

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A scratch folder with three inputs, named so that their ids sort otherwise than their files' sizes. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-jsonl-'))
  mkdirSync(join(dir, 'input'))
  cpSync('fixtures/seed-unido/input.md', join(dir, 'input', 'unido.md'))
  cpSync('fixtures/transcript-turns/input.md', join(dir, 'input', 'transcript.md'))
  cpSync('fixtures/roman-pages-and-absent-fields/input.md', join(dir, 'input', 'council.md'))
  return dir
}

describe('--jsonl', () => {
  it('writes reports.jsonl: one report per line, sorted by id, each its JSON file; removed by a run without --jsonl', () => {
    const dir = scratch()
    expect(run(['--jsonl', '-q', '--out', 'out', 'input'], dir).status).toBe(0)
    const text = readFileSync(join(dir, 'out', 'reports.jsonl'), 'utf8')
    const lines = text.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(IDS)
    for (const [i, id] of IDS.entries()) {
      const file = readFileSync(join(dir, 'out', `${id}.json`), 'utf8')
      // The same report, the same keys in the same order: the file without its indentation.
      expect(lines[i]).toBe(JSON.stringify(JSON.parse(file)))
    }
    expect(text).not.toContain('\r')
    const plain = run(['-q', '--out', 'out', 'input'], dir)
    expect(plain.stderr).toMatch(/; removed 1 Parquet, JSON lines or TEI file of earlier runs\n$/)
    expect(existsSync(join(dir, 'out', 'reports.jsonl'))).toBe(false)
  })

  it('refuses a folder whose reports.jsonl someone else wrote, and leaves it alone without --jsonl', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'out'))
    writeFileSync(join(dir, 'out', 'reports.jsonl'), '{"mine": 1}\n')
    const refused = run(['--jsonl', '-q', '--out', 'out', 'input'], dir)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toBe(
      'report-extract: out/reports.jsonl was not written by report-extract: ' +
        'refusing to write into out; move it away or choose another --out\n',
    )
    expect(run(['-q', '--out', 'out', 'input'], dir).status).toBe(0)
    expect(readFileSync(join(dir, 'out', 'reports.jsonl'), 'utf8')).toBe('{"mine": 1}\n')
  })

  it('merge --jsonl writes the file one run over all the inputs writes: each report file compacted, in id order', () => {
    const dir = scratch()
    for (const shard of ['0/2', '1/2']) expect(run(['-q', '--shard', shard, '--out', `part-${shard[0]}`, 'input'], dir).status).toBe(0)
    // Each shard holds some of the reports, not all: the merge brings both halves together.
    expect(readdirSync(join(dir, 'part-0')).filter((name) => IDS.includes(name.replace(/\.json$/, ''))).length).toBeLessThan(IDS.length)
    expect(run(['merge', '--jsonl', '--out', 'merged', 'part-0', 'part-1'], dir).status).toBe(0)
    const compacted = IDS.map((id) => `${JSON.stringify(JSON.parse(readFileSync(join(dir, 'merged', `${id}.json`), 'utf8')))}\n`).join('')
    expect(readFileSync(join(dir, 'merged', 'reports.jsonl'), 'utf8')).toBe(compacted)
  })
})

// --max-bytes on inputs whose size stat cannot tell: devices and pipes are read with a bound.
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const BIN = resolve('dist/bin/cli.js')
const SEED = resolve('fixtures/seed-unido/input.md')

// A guard against a hang (an unbounded read never ends): the run is killed, and its status is then null.
const GUARD = { timeout: 60_000, killSignal: 'SIGKILL' as const }

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...GUARD })
  return { status: result.status, stderr: result.stderr }
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-'))
  copyFileSync(SEED, join(dir, 'seed.md'))
  return dir
}

/** A FIFO at `dir/name` that a shell writes `text` into once a reader opens it. */
function fifo(dir: string, name: string, text: string): string {
  const path = join(dir, name)
  if (spawnSync('mkfifo', [path]).status !== 0) throw new Error('mkfifo failed')
  spawn('sh', ['-c', `printf '%s' "$0" > "$1"`, text, path], { stdio: 'ignore' })
  return name
}

describe('--max-bytes on devices and pipes', () => {
  it('stops reading /dev/zero past --max-bytes, fails it by name and extracts the other input', () => {
    const dir = scratch()
    const { status, stderr } = run(['--jobs', '1', '--quiet', '--max-bytes', '16k', '--out', 'out', '/dev/zero', 'seed.md'], dir)
    expect(status).toBe(1)
    expect(stderr).toContain(
      '/dev/zero: error: the file has more than --max-bytes 16 kB (reading stopped there): raise --max-bytes to read it\n',
    )
    expect(stderr).toMatch(/report-extract: 1 extracted, \d+ warnings, 1 failed in /)
    expect(
      readdirSync(join(dir, 'out'))
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).toEqual(['.report-extract-manifest.json', 'report.schema.json', 'seed.json'])
  })

  it('reads a small FIFO, and refuses one that holds more than --max-bytes', () => {
    const dir = scratch()
    const text = '# Minutes of the meeting\n\nThe chair opened the meeting.\n'
    expect(run(['--jobs', '1', '--quiet', '--out', 'out', fifo(dir, 'pipe.md', text)], dir).status).toBe(0)
    const report = JSON.parse(readFileSync(join(dir, 'out', 'pipe.json'), 'utf8'))
    expect(report.source.bytes).toBe(text.length)
    expect(report.blocks.map((block: { text: string }) => block.text)).toEqual(['The chair opened the meeting.'])

    const { status, stderr } = run(['--jobs', '1', '--quiet', '--max-bytes', '20', '--out', 'out2', fifo(dir, 'big.md', text)], dir)
    expect(status).toBe(1)
    expect(stderr).toContain(
      'big.md: error: the file has more than --max-bytes 20 bytes (reading stopped there): raise --max-bytes to read it\n',
    )
  })

  it('reads a FIFO once on a re-run with threads: its new text is extracted', () => {
    const dir = scratch()
    const args = ['--jobs', '2', '--quiet', '--out', 'out', 'seed.md', 'pipe.md']
    fifo(dir, 'pipe.md', '# Minutes\n\nFirst text.\n')
    expect(run(args, dir).status).toBe(0)
    // The same FIFO written again: the manifest knows pipe.md from the first run.
    spawn('sh', ['-c', `printf '# Minutes\\n\\nSecond text.\\n' > pipe.md`], { cwd: dir, stdio: 'ignore' })
    expect(run(args, dir).status).toBe(0)
    const report = JSON.parse(readFileSync(join(dir, 'out', 'pipe.json'), 'utf8'))
    expect(report.blocks.map((block: { text: string }) => block.text)).toEqual(['Second text.'])
  })
})

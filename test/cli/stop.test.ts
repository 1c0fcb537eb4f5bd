// Runs that can be stopped: a report over its time budget (--timeout) or its memory fails alone, the
// others go on; SIGTERM and Ctrl-C end a run within a second even mid-report, keeping the reports done.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, cli, scratch } from './helpers.js'

/** A folder with good.md (quick) and slow.md (one-word list items: several seconds and much memory). */
function inputs(items = 40_000): string {
  const dir = scratch()
  mkdirSync(join(dir, 'in'))
  writeFileSync(join(dir, 'in', 'good.md'), readFileSync('fixtures/seed-unido/input.md'))
  writeFileSync(join(dir, 'in', 'slow.md'), '- a\n'.repeat(items))
  return dir
}

const temporaries = (out: string) => readdirSync(out).filter((name) => name.endsWith('.tmp'))

describe('--timeout', () => {
  it('abandons a report that takes longer, with its reason; the others are extracted; nothing half-written', () => {
    const dir = inputs()
    const run = cli(['-q', '--timeout', '4', '-o', 'o', 'in'], dir)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('in/slow.md: error: extraction took longer than 4 s (--timeout)')
    expect(existsSync(join(dir, 'o', 'good.json'))).toBe(true)
    expect(existsSync(join(dir, 'o', 'slow.json'))).toBe(false)
    expect(temporaries(join(dir, 'o'))).toEqual([])
  })

  it('is a number of seconds, 0 for none', () => {
    expect(cli(['--timeout', 'soon', 'x.md'], scratch()).stderr).toContain(
      '--timeout needs a number of seconds (0 for no limit), not “soon”',
    )
    expect(cli(['--timeout', '-1', 'x.md'], scratch()).status).toBe(2)
  })
})

describe('the memory of one report', () => {
  it('is bounded: a report over it fails alone with a clear reason (not the whole run, exit 134)', () => {
    const dir = inputs(16_000)
    const run = cli(['-q', '--timeout', '0', '-o', 'o', 'in'], dir, { REPORT_EXTRACT_HEAP_MB: '48' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('in/slow.md: error: the report needs more than the 48 MB of memory one report may use')
    expect(existsSync(join(dir, 'o', 'good.json'))).toBe(true)
  })
})

describe('signals', () => {
  /** Start a run with one job on the slow input, signal it once it is extracting, and time its end. */
  async function signalled(signal: NodeJS.Signals) {
    const dir = inputs()
    const child = spawn(process.execPath, [BIN, '-q', '--jobs', '1', '--timeout', '0', '-o', 'o', 'in'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    // good.md is done first (ids in order): its report is written before slow.md starts.
    while (!existsSync(join(dir, 'o', 'good.json'))) await new Promise((resolve) => setTimeout(resolve, 20))
    await new Promise((resolve) => setTimeout(resolve, 300))
    const sent = performance.now()
    child.kill(signal)
    const code = await exited
    return { dir, code, stderr, ms: performance.now() - sent }
  }

  it('SIGTERM ends a run mid-report within a second: exit 143, the reports done kept, no temporaries', async () => {
    const { dir, code, stderr, ms } = await signalled('SIGTERM')
    expect(code).toBe(143)
    expect(ms).toBeLessThan(1_000)
    expect(stderr).toContain('interrupted: 1 of 2 reports done')
    expect(readFileSync(join(dir, 'o', 'sections.csv'), 'utf8')).toContain('good')
    expect(existsSync(join(dir, 'o', 'slow.json'))).toBe(false)
    expect(temporaries(join(dir, 'o'))).toEqual([])
  }, 60_000)

  it('Ctrl-C (SIGINT) the same: exit 130', async () => {
    const { code, ms } = await signalled('SIGINT')
    expect(code).toBe(130)
    expect(ms).toBeLessThan(1_000)
  }, 60_000)
})

// `report-extract -` under the limits of a file (issue 23): the report read from standard input is
// extracted on a thread with the same time budget (--timeout) and heap, fails with the same reason a
// file of a batch does, and a SIGTERM ends it mid-report.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli/args.js'
import { BIN, cli, scratch } from './helpers.js'

/** One-word list items: seconds of extraction and much memory (as test/cli/stop.test.ts's slow.md). */
const slow = (items: number) => '- a\n'.repeat(items)

function piped(args: string[], input: string, env: Record<string, string> = {}) {
  const options = { input, encoding: 'utf8' as const, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 }
  const result = spawnSync(process.execPath, [BIN, ...args], options)
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('- (standard input) with --timeout', () => {
  it('abandons a report that takes longer: exit 1, the reason a file gets, nothing on stdout', () => {
    const run = piped(['-', '--timeout', '1'], slow(40_000))
    expect(run).toEqual({ status: 1, stdout: '', stderr: '-: error: extraction took longer than 1 s (--timeout)\n' })
    // The same input as a file of a run: the same reason, after its path.
    const dir = scratch()
    mkdirSync(join(dir, 'in'))
    writeFileSync(join(dir, 'in', 'slow.md'), slow(40_000))
    const file = cli(['-q', '--timeout', '1', '-o', 'o', 'in'], dir)
    expect(file.status).toBe(1)
    expect(file.stderr).toContain('in/slow.md: error: extraction took longer than 1 s (--timeout)\n')
  })

  it('extracts a report within the budget as it does with no budget', () => {
    const seed = readFileSync('fixtures/seed-unido/input.md')
    const bounded = piped(['-', '-q', '--timeout', '30'], seed.toString('utf8'))
    const unbounded = piped(['-', '-q', '--timeout', '0'], seed.toString('utf8'))
    expect(bounded.status).toBe(0)
    expect(bounded.stdout).toBe(unbounded.stdout)
    expect(JSON.parse(bounded.stdout).id).toBe('stdin')
  })

  it('is parsed with - (default 30 s, 0 for none) and refused when it is not a number', () => {
    expect(parseCliArgs(['-'])).toMatchObject({ command: 'stdin', timeout: 30 })
    expect(parseCliArgs(['-', '--timeout', '0'])).toMatchObject({ command: 'stdin', timeout: 0 })
    expect(parseCliArgs(['--timeout', '2.5', '-'])).toMatchObject({ command: 'stdin', timeout: 2.5 })
    const message = '--timeout needs a number of seconds (0 for no limit), not “soon”'
    expect(parseCliArgs(['-', '--timeout', 'soon'])).toEqual({ command: 'usage-error', message })
  })
})

describe('- (standard input) and the memory of one report', () => {
  it('fails a report over the heap with the reason a file gets, not the whole process dying (exit 134)', () => {
    const run = piped(['-', '--timeout', '0'], slow(16_000), { REPORT_EXTRACT_HEAP_MB: '48' })
    const reason = 'the report needs more than the 48 MB of memory one report may use (its input is too large or too repetitive to extract)'
    expect(run).toEqual({ status: 1, stdout: '', stderr: `-: error: ${reason}\n` })
  })
})

describe('- (standard input) and signals', () => {
  it('SIGTERM ends it mid-report within a second (the main thread is free to hear it)', async () => {
    const child = spawn(process.execPath, [BIN, '-', '-q', '--timeout', '0'], { env: { ...process.env, NO_COLOR: '1' } })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    child.stdin.end(slow(40_000))
    // Long enough to be reading and extracting (the report takes seconds), far short of its end.
    await new Promise((resolve) => setTimeout(resolve, 700))
    const sent = performance.now()
    child.kill('SIGTERM')
    expect(await exited).toBe('SIGTERM')
    expect(performance.now() - sent).toBeLessThan(1_000)
    expect(stdout).toBe('')
  }, 60_000)
})

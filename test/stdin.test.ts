// `report-extract -`, as a user meets it in a pipe: the built binary with its standard input given,
// the report's JSON on standard output, diagnostics on stderr, the exit status of a run over files.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../src/cli/args.js'
import { readAtMost } from '../src/cli/stdin.js'

const BIN = resolve('dist/bin/cli.js')
const SEED = resolve('fixtures/seed-unido/input.md')

function run(args: string[], input: string | Buffer, cwd = tmpdir()) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', COLUMNS: undefined },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('report-extract - (standard input)', () => {
  it('writes the report’s JSON to stdout: the JSON file a run over the same file writes, but for id and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-stdin-'))
    const piped = run(['-', '--id', 'input'], readFileSync(SEED), dir)
    expect(piped.status).toBe(0)
    expect(readdirSync(dir)).toEqual([])
    const fromFile = run(['--out', 'out', SEED], '', dir)
    expect(fromFile.status).toBe(0)
    const written = readFileSync(join(dir, 'out', 'input.json'), 'utf8')
    expect(piped.stdout).toBe(written.replace(`"path": ${JSON.stringify(SEED)}`, '"path": "-"'))
    expect(JSON.parse(piped.stdout).source.path).toBe('-')
  })

  it('names the report stdin by default and prints the diagnostics on stderr, whole, the count row naming the JSON', () => {
    const { status, stdout, stderr } = run(['-'], readFileSync(SEED))
    expect(status).toBe(0)
    expect(JSON.parse(stdout).id).toBe('stdin')
    expect(stderr).toMatch(/^-\n39:1 {3}warning {2}contents-title-differs {6}Contents entry “Dejene TEZERA/)
    expect(stderr).toContain('… and 23 more contents entries after the cut (the JSON’s diagnostics)\n')
    expect(stderr).toMatch(/\n28 messages \(⚠ 26 warnings\)\n$/)
    expect(run(['-', '-q'], readFileSync(SEED)).stderr).toBe('')
  })

  it('cuts the diagnostics to COLUMNS and says where each is in full', () => {
    const { stderr } = spawnSync(process.execPath, [BIN, '-'], {
      input: readFileSync(SEED),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' },
    })
    expect(
      stderr
        .split('\n')
        .filter((line) => /^\d+:\d+ /.test(line))
        .every((line) => line.length <= 80),
    ).toBe(true)
    expect(stderr).toMatch(/report-extract: messages cut to 80 columns; the JSON’s diagnostics have each in full\n$/)
  })

  it('fails an unreadable input with exit 1 and its reason, writing nothing to stdout', () => {
    expect(run(['-'], '  \n')).toEqual({ status: 1, stdout: '', stderr: '-: error: the input is empty (nothing but whitespace)\n' })
    expect(run(['-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toEqual({
      status: 1,
      stdout: '',
      stderr: '-: error: the file holds NUL bytes: it is binary, not text\n',
    })
    expect(run(['-', '--max-bytes', '1k'], readFileSync(SEED))).toEqual({
      status: 1,
      stdout: '',
      stderr: '-: error: more than --max-bytes 1 kB (reading stopped there): raise --max-bytes to read it\n',
    })
    expect(
      JSON.parse(run(['-', '--encoding', 'latin1'], Buffer.from('# Compte rendu\n\nLa r\u00e9union.\n', 'latin1')).stdout).blocks[0].text,
    ).toBe('La réunion.')
  })

  it('stops quietly when the reader closes the pipe early (| head)', () => {
    const result = spawnSync(
      'bash',
      ['-c', `node ${JSON.stringify(BIN)} - -q < ${JSON.stringify(SEED)} | head -c 20; echo " status \${PIPESTATUS[0]}"`],
      { encoding: 'utf8' },
    )
    expect(result.stdout).toBe('{\n  "schemaVersion": status 0\n')
    expect(result.stderr).toBe('')
  })
})

describe('the arguments of -', () => {
  it('takes --id, --encoding, --quiet and --max-bytes', () => {
    const defaults = { command: 'stdin', id: 'stdin', encoding: undefined, quiet: false, maxBytes: 8 * 1024 * 1024, timeout: 30 }
    expect(parseCliArgs(['-'])).toEqual(defaults)
    expect(parseCliArgs(['--id', 'minutes', '-q', '--encoding', 'latin1', '--max-bytes', '2M', '-'])).toEqual({
      command: 'stdin',
      id: 'minutes',
      encoding: 'latin1',
      quiet: true,
      maxBytes: 2 * 1024 * 1024,
      timeout: 30,
    })
  })

  it('refuses what does not go with it, and --id without it', () => {
    const message = (argv: string[]) => (parseCliArgs(argv) as { message?: string }).message
    expect(message(['-', '--out', 'x'])).toBe(
      '--out does not go with - : the report read from standard input is written as JSON to standard output',
    )
    expect(message(['-', '--html'])).toBe(
      '--html does not go with - : the report read from standard input is written as JSON to standard output',
    )
    expect(message(['-', '-j', '2'])).toBe(
      '--jobs does not go with - : the report read from standard input is written as JSON to standard output',
    )
    expect(message(['-', 'input'])).toBe('- (standard input) is read alone: name no other input with it')
    expect(message(['-', '--files-from', 'list'])).toBe('- (standard input) is read alone: name no other input with it')
    expect(message(['--id', 'x', 'input'])).toBe('--id names the report read from standard input: give - as the input')
    expect(message(['-', '--id', ' '])).toBe('--id needs a name')
    expect(message(['-', '--encoding', 'klingon'])).toMatch(/^--encoding: unknown encoding “klingon”/)
  })

  it('reads at most --max-bytes', async () => {
    expect(await readAtMost(Readable.from([Buffer.from('ab'), 'cd']), 4)).toEqual(Buffer.from('abcd'))
    expect(await readAtMost(Readable.from([Buffer.from('ab'), 'cde']), 4)).toBeNull()
  })
})

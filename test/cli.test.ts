// The CLI as a user meets it: the built binary, spawned with NO_COLOR=1, in a scratch folder.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const BIN = resolve('dist/bin/cli.js')
const SEED = resolve('fixtures/seed-unido/input.md')

function run(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', COLUMNS: undefined, ...env },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-'))
  mkdirSync(join(dir, 'input'))
  copyFileSync(SEED, join(dir, 'input', 'seed.md'))
  return dir
}

describe('report-extract CLI', () => {
  it('extracts a folder: JSON per report, five corpus tables, the schema, diagnostics on stderr', () => {
    const dir = scratch()
    const { status, stderr, stdout } = run(['input'], dir)
    expect(status).toBe(0)
    expect(stdout).toBe('')
    expect(readdirSync(join(dir, 'output')).sort()).toEqual([
      '.report-extract-manifest.json',
      'blocks.csv',
      'contents.csv',
      'diagnostics.csv',
      'report.schema.json',
      'sections.csv',
      'seed.json',
      'speakers.csv',
    ])
    expect(stderr).toContain('input/seed.md\n39:1')
    // stderr is a pipe: every reason whole, for whoever reads the file.
    const first = JSON.parse(readFileSync(join(dir, 'output', 'seed.json'), 'utf8')).diagnostics[0].message
    expect(stderr).toContain(`\n39:1   warning  contents-title-differs      ${first}\n`)
    expect(stderr).toMatch(/report-extract: 1 extracted, 26 warnings, 0 failed in [\d.]+s → output\n$/)
    const report = JSON.parse(readFileSync(join(dir, 'output', 'seed.json'), 'utf8'))
    expect(Object.keys(report)).toEqual([
      'schemaVersion',
      'id',
      'source',
      'metadata',
      'contents',
      'sections',
      'speakers',
      'blocks',
      'diagnostics',
    ])
    expect(report.id).toBe('seed')
    expect(report.source.path).toBe('input/seed.md')
    const contents = readFileSync(join(dir, 'output', 'contents.csv'), 'utf8').split('\r\n')
    expect(contents[0]).toBe('report_id,index,level,number,title,page,section_id')
    expect(contents[5]).toBe(
      'seed,5,2,,"Dejene TEZERA, Director, Department of Agri-business, United Nations Industrial Development Organisation",5,sec-6',
    )
    expect(contents).toHaveLength(32 + 2)
    const speakers = readFileSync(join(dir, 'output', 'speakers.csv'), 'utf8').split('\r\n')
    expect(speakers[0]).toBe(
      'report_id,speaker_id,person_id,section_id,name,given_name,family_name,position,department,organization,line,paragraphs,words,label',
    )
    expect(speakers[4]).toMatch(
      new RegExp(
        String.raw`^seed,spk-4,jie-zhao,sec-9,Jie ZHAO,Jie,ZHAO,Industrial Development Officer,` +
          String.raw`"Department of Programmes, Partnerships and Field Integration",UNIDO,125,5,\d+,Jie ZHAO$`,
      ),
    )
  })

  it('prints only errors and the summary line with --quiet', () => {
    const dir = scratch()
    writeFileSync(join(dir, 'input', 'empty.md'), '\n')
    const { status, stderr } = run(['--quiet', 'input'], dir)
    expect(status).toBe(1)
    expect(stderr).toMatch(
      new RegExp(
        String.raw`^input\/empty\.md: error: the input is empty \(nothing but whitespace\)` +
          String.raw`\nreport-extract: 1 extracted, 26 warnings, 1 failed in [\d.]+s → output\n$`,
      ),
    )
    expect(run(['-q', '--out', 'again', 'input/seed.md'], dir).stderr).toMatch(
      /^report-extract: 1 extracted, 26 warnings, 0 failed in [\d.]+s → again\n$/,
    )
  })

  it('cuts diagnostics to COLUMNS when set (as to a terminal’s width), and says where each is in full', () => {
    const dir = scratch()
    const { status, stderr } = run(['input'], dir, { COLUMNS: '70' })
    expect(status).toBe(0)
    const rows = stderr.split('\n').filter((line) => /^\d+:\d+ /.test(line))
    expect(rows).toHaveLength(5)
    for (const row of rows) expect([...row].length).toBeLessThanOrEqual(70)
    expect(rows[0]).toBe('39:1   warning  contents-title-differs      Contents entry “Dejene TE…')
    expect(stderr).toContain('\n                … and 23 more contents entries after the cut (diagnos…\n')
    expect(stderr).toContain('\nreport-extract: messages cut to 70 columns; output/diagnostics.csv has each in full\n')
    expect(readFileSync(join(dir, 'output', 'diagnostics.csv'), 'utf8')).toContain(
      'differs from its section’s title “' +
        'Dejene TEZERA, Director, Department of Agribusiness, United Nations Industrial Development Organisation”',
    )
  })

  it('writes byte-identical files on every run', () => {
    const dir = scratch()
    expect(run(['--out', 'a', 'input'], dir).status).toBe(0)
    expect(run(['--out', 'b', 'input'], dir).status).toBe(0)
    for (const name of readdirSync(join(dir, 'a'))) expect(readFileSync(join(dir, 'b', name))).toEqual(readFileSync(join(dir, 'a', name)))
  })

  it('reports each bad input by name and reason, keeps going, and exits 1', () => {
    const dir = scratch()
    writeFileSync(join(dir, 'input', 'empty.md'), '  \n\n')
    writeFileSync(join(dir, 'input', 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))
    writeFileSync(join(dir, 'input', 'latin.md'), Buffer.from('Caf\xe9 minutes\n', 'latin1'))
    writeFileSync(join(dir, 'input', 'notes.pdf'), 'not read: wrong extension')
    const { status, stderr } = run(['input', 'missing.md'], dir)
    expect(status).toBe(1)
    expect(stderr).toContain('input/binary.md: error: the file holds NUL bytes: it is binary, not text\n')
    expect(stderr).toContain('input/empty.md: error: the input is empty (nothing but whitespace)\n')
    expect(stderr).toContain('input/latin.md: error: the file is not valid UTF-8 (use --encoding latin1')
    expect(stderr).toContain('missing.md: error: no such file or folder\n')
    expect(stderr).not.toContain('notes.pdf')
    expect(stderr).toMatch(/1 extracted, 26 warnings, 4 failed/)
    expect(
      readdirSync(join(dir, 'output'))
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).toEqual(['.report-extract-manifest.json', 'report.schema.json', 'seed.json'])
    // The tables hold the good report only.
    const ids = new Set(
      readFileSync(join(dir, 'output', 'blocks.csv'), 'utf8')
        .split('\r\n')
        .slice(1, -1)
        .map((row) => row.split(',')[0]),
    )
    expect([...ids]).toEqual(['seed'])
  })

  it('decodes with --encoding when asked', () => {
    const dir = scratch()
    writeFileSync(join(dir, 'latin.md'), Buffer.from('# Relat\xf3rio\n\nCaf\xe9 com a dire\xe7\xe3o.\n', 'latin1'))
    const { status } = run(['--encoding', 'latin1', 'latin.md'], dir)
    expect(status).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'output', 'latin.json'), 'utf8')).blocks[0].text).toBe('Café com a direção.')
  })

  it('reads a folder’s caption files (.vtt, .srt) as reports, and leaves its other files alone', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'calls'))
    const cue = (n: number, comma: string, words: string) => `${n}\n00:00:0${n}${comma}000 --> 00:00:0${n}${comma}900\n${words}\n`
    const monday = [
      'Anna Berg: Welcome, everyone.',
      'Karl Lund: Thank you, Anna.',
      'Anna Berg: The budget first.',
      'Karl Lund: It is ready.',
    ]
    writeFileSync(join(dir, 'calls', 'monday.vtt'), `WEBVTT\n\n${monday.map((words, i) => cue(i + 1, '.', words)).join('\n')}`)
    const tuesday = ['Anna Berg: Good morning.', 'Karl Lund: Morning, Anna.', 'Anna Berg: Shall we start?']
    writeFileSync(join(dir, 'calls', 'tuesday.srt'), tuesday.map((words, i) => cue(i + 1, ',', words)).join('\n'))
    writeFileSync(join(dir, 'calls', 'attendees.csv'), 'name\nAnna Berg\n')
    const { status } = run(['-q', '-o', 'out', 'calls'], dir)
    expect(status).toBe(0)
    const reports = readdirSync(join(dir, 'out')).filter((name) => /^[a-z]+\.json$/.test(name) && name !== 'report.json')
    expect(reports.sort()).toEqual(['monday.json', 'tuesday.json'])
    const read = (id: string) => JSON.parse(readFileSync(join(dir, 'out', `${id}.json`), 'utf8'))
    expect(read('monday').speakers.map((turn: { name: string }) => turn.name)).toEqual(['Anna Berg', 'Karl Lund', 'Anna Berg', 'Karl Lund'])
    expect(read('monday').blocks.map((block: { text: string }) => block.text)).toEqual([
      'Welcome, everyone.',
      'Thank you, Anna.',
      'The budget first.',
      'It is ready.',
    ])
    expect(read('tuesday').speakers.map((turn: { name: string }) => turn.name)).toEqual(['Anna Berg', 'Karl Lund', 'Anna Berg'])
  })

  it('refuses two inputs with one report id, and leaves files it did not write alone', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'other'))
    copyFileSync(SEED, join(dir, 'other', 'seed.markdown'))
    mkdirSync(join(dir, 'output'))
    writeFileSync(join(dir, 'output', 'notes.txt'), 'mine')
    const { status, stderr } = run(['input', 'other'], dir)
    expect(status).toBe(1)
    expect(stderr).toContain('input/seed.md: error: report id “seed” is also the id of other/seed.markdown\n')
    expect(stderr).toContain('other/seed.markdown: error: report id “seed” is also the id of input/seed.md\n')
    expect(readFileSync(join(dir, 'output', 'notes.txt'), 'utf8')).toBe('mine')
    expect(readdirSync(join(dir, 'output')).some((name) => name.endsWith('.tmp'))).toBe(false)
  })

  it('exits 2 on usage errors, naming an unknown option with the nearest known one, and prints help and version', () => {
    const dir = scratch()
    const help = run(['--help'], dir)
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: report-extract \[options\] <file\|folder>\.\.\./)
    const synopsis = help.stdout.slice(0, help.stdout.indexOf('\n\n') + 1)
    expect(synopsis.split('\n')).toHaveLength(8)
    const usage = (message: string) => ({
      status: 2,
      stdout: '',
      stderr: `report-extract: ${message}\n${synopsis}Try 'report-extract --help'.\n`,
    })
    expect(run([], dir)).toEqual(usage('no input given: name one or more files or folders'))
    expect(run(['--jbos', '2', 'input'], dir)).toEqual(usage('unknown option --jbos (did you mean --jobs?)'))
    expect(run(['--quite', 'input'], dir)).toEqual(usage('unknown option --quite (did you mean --quiet?)'))
    expect(run(['--bogus', 'input'], dir)).toEqual(usage('unknown option --bogus'))
    expect(run(['-x', 'input'], dir)).toEqual(usage('unknown option -x'))
    expect(run(['input', '--out'], dir)).toEqual(usage('option --out needs a value'))
    expect(run(['--force=yes', 'input'], dir)).toEqual(usage('option --force takes no value'))
    expect(readdirSync(dir)).toEqual(['input'])
    // A command's own options, and its own synopsis.
    expect(run(['check', '--updat'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'report-extract check: unknown option --updat (did you mean --update?)\n' +
        "Usage: report-extract check [options] [FIXTURES_DIR]\nTry 'report-extract check --help'.\n",
    })
    const version = run(['--version'], dir)
    expect(version.stdout).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`)
  })
})

// `check`: field-level differences between a fixture's expected.json and today's extraction.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listCases } from '../src/check/cases.js'
import { checkCase } from '../src/check/check.js'
import { diffReports, formatChange, matchItems } from '../src/check/diff.js'
import { extractReport } from '../src/index.js'

const BIN = resolve('dist/bin/cli.js')
const plain = (value: unknown) => JSON.parse(JSON.stringify(value))

/** A scratch fixtures folder holding a copy of the seed case, as `fixtures/seed-unido`. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-check-'))
  cpSync('fixtures/seed-unido', join(dir, 'fixtures', 'seed-unido'), { recursive: true })
  return dir
}

function run(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: undefined, ...env },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The parts of a golden report these tests edit. */
type Expected = { speakers: { organization: string | null }[]; sections: unknown[] }

function editExpected(dir: string, edit: (report: Expected) => void) {
  const path = join(dir, 'fixtures', 'seed-unido', 'expected.json')
  const report = JSON.parse(readFileSync(path, 'utf8'))
  edit(report)
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
}

describe('diffReports', () => {
  const markdown = '# Report\n\n## One\n\nText one.\n\n**A bold line of five words**\n\nText two.\n\n## Two\n\nText three.\n'
  const without = plain(extractReport(markdown, { detectors: { headings: { maxStyledWords: 3 } } }))
  const withIt = plain(extractReport(markdown))

  it('shows an inserted section as one addition; the ids it shifts are not changes', () => {
    expect(without.sections.map((s: { section_id: string }) => s.section_id)).toEqual(['sec-1', 'sec-2'])
    expect(withIt.sections.map((s: { section_id: string }) => s.section_id)).toEqual(['sec-1', 'sec-2', 'sec-3'])
    expect(diffReports(without, withIt).map(formatChange)).toEqual([
      '+ sections[1] "A bold line of five words" (line 7)',
      '- blocks[1] "A bold line of five words" (line 7)',
      // "Text two" now belongs to the new section: a real change. "Text three" (sec-2 → sec-3) is not one.
      'blocks[2].section_id: "sec-1" → "sec-2"',
    ])
  })

  it('names the case-independent path, the expected and the actual value', () => {
    const report = plain(
      extractReport(readFileSync('fixtures/seed-unido/input.md'), { id: 'seed-unido', path: 'fixtures/seed-unido/input.md' }),
    )
    const expected = structuredClone(report)
    expected.speakers[0].organization = 'Commerce'
    expected.metadata.event.location = 'Shanghai, China'
    expect(diffReports(expected, report).map(formatChange)).toEqual([
      'metadata.event.location: "Shanghai, China" → "Beijing, China"',
      'speakers[0].organization: "Commerce" → "Ministry of Commerce"',
    ])
    expect(diffReports(report, structuredClone(report))).toEqual([])
  })

  it('folds items that only moved by the same number of lines (an edited input) into one line per list', () => {
    const body = '## A\n\nx\n\n## B\n\ny\n\n## C\n\nz\n'
    const changes = diffReports(plain(extractReport(body)), plain(extractReport(`Intro.\n\n${body}`))).map(formatChange)
    expect(changes.slice(2)).toEqual([
      'sections: 3 items from line 1 to 9 moved +2 lines',
      '+ blocks[0] "Intro." (line 1)',
      'blocks: 3 items from line 3 to 11 moved +2 lines',
    ])
    expect(changes[1]).toBe('source.bytes: 26 → 34')
  })

  it('pairs repeated items by the nearest line, and unlike ones by likeness', () => {
    const turn = (name: string, line: number) => ({ name, line })
    const key = (item: Record<string, unknown>) => String(item.name)
    // The chair speaks three times; a new turn before the second one is the one addition.
    const matching = matchItems(
      [turn('Chair', 10), turn('Chair', 30), turn('Chair', 50)],
      [turn('Chair', 10), turn('Chair', 20), turn('Chair', 30), turn('Chair', 50)],
      key,
    )
    expect(matching).toEqual({
      pairs: [
        [0, 0],
        [1, 2],
        [2, 3],
      ],
      removed: [],
      added: [1],
    })
    expect(matchItems([turn('Tianruo WANG', 5)], [turn('Tianruo WANGG', 5), turn('Someone Else', 5)], key)).toEqual({
      pairs: [[0, 0]],
      removed: [],
      added: [1],
    })
  })
})

describe('checkCase', () => {
  it('catches a changed expectation and names it; --update rewrites it; then the case passes', async () => {
    const dir = scratch()
    editExpected(dir, (report) => {
      report.speakers[2].organization = 'Chinese Academy'
    })
    const [fixture] = listCases(join(dir, 'fixtures'))
    // The scratch copy's input path is absolute; source.path is recorded relative to its fixtures folder.
    expect(fixture).toMatchObject({ input: join(dir, 'fixtures', 'seed-unido', 'input.md'), source: 'seed-unido/input.md' })
    const failed = await checkCase(fixture!)
    expect(failed.status).toBe('failed')
    expect(failed.status === 'failed' && failed.changes.map(formatChange)).toEqual([
      'speakers[2].organization: "Chinese Academy" → "Chinese Academy of International Trade and Economic Cooperation"',
    ])
    const updated = await checkCase(fixture!, { update: true })
    expect(updated).toMatchObject({ status: 'updated', created: false })
    expect(await checkCase(fixture!)).toEqual({ case: 'seed-unido', status: 'passed' })
    expect(readFileSync(join(dir, 'fixtures', 'seed-unido', 'expected.json'), 'utf8')).toBe(
      readFileSync('fixtures/seed-unido/expected.json', 'utf8'),
    )
  })
})

describe('report-extract check (the built CLI)', () => {
  it('passes on the project fixtures', () => {
    const { status, stdout } = run(['check'], resolve('.'))
    expect(status).toBe(0)
    expect(stdout).toContain('seed-unido: ok\n')
    expect(stdout).toContain('un80-briefing: ok\n')
    expect(stdout).toMatch(/^check: \d+ passed, 0 failed, 0 updated, \d+ skipped \(fixtures\)$/m)
  })

  it('passes on a copy of the fixtures in another folder, run from another working directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-check-'))
    cpSync('fixtures', join(dir, 'f'), { recursive: true })
    mkdirSync(join(dir, 'elsewhere'))
    const cases = listCases('fixtures').filter((fixture) => fixture.input !== null).length
    const copy = run(['check', join(dir, 'f')], join(dir, 'elsewhere'))
    expect(copy.stdout).toMatch(new RegExp(`^check: ${cases} passed, 0 failed, 0 updated, 0 skipped \\(${join(dir, 'f')}\\)$`, 'm'))
    expect(copy.status).toBe(0)
    // The project's own folder, named from a subfolder of the project.
    expect(run(['check', '..'], resolve('fixtures', 'seed-unido'))).toMatchObject({
      status: 0,
      stdout: expect.stringContaining(`check: ${cases} passed, 0 failed`),
    })

    // A changed expectation in the copy still fails, naming the case and the values.
    const expected = join(dir, 'f', 'monan-minutes-2024', 'expected.json')
    writeFileSync(expected, readFileSync(expected, 'utf8').replace('"title": "Ata da', '"title": "Acta da'))
    const failed = run(['check', '--case', 'monan-minutes-2024', join(dir, 'f')], join(dir, 'elsewhere'))
    expect(failed.status).toBe(1)
    expect(failed.stdout).toMatch(/^monan-minutes-2024: metadata\.title: "Acta da .*" → "Ata da .*"$/m)
    expect(failed.stdout).toMatch(/^check: 0 passed, 1 failed, 0 updated, 0 skipped \(.*\); differing: monan-minutes-2024$/m)
    rmSync(dir, { recursive: true })
  })

  it('exits 1 naming the differing case and field, passes after --update, and refuses --update under CI', () => {
    const dir = scratch()
    editExpected(dir, (report) => {
      report.speakers[0].organization = 'Commerce'
      report.sections.splice(2, 1)
    })
    const failed = run(['check'], dir)
    expect(failed.status).toBe(1)
    expect(failed.stdout).toContain('seed-unido: + sections[2] "EXECUTIVE SUMMARY" (line 74)\n')
    expect(failed.stdout).toContain('seed-unido: speakers[0].organization: "Commerce" → "Ministry of Commerce"\n')
    expect(failed.stdout).toMatch(/check: 0 passed, 1 failed, 0 updated, 0 skipped \(fixtures\); differing: seed-unido\n$/)

    const refused = run(['check', '--update'], dir, { CI: 'true' })
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/--update is refused when CI is set/)

    const updated = run(['check', '--update'], dir)
    expect(updated.status).toBe(0)
    expect(updated.stdout).toMatch(/seed-unido: expected.json updated \(2 changes\)\n/)
    expect(updated.stdout).toMatch(/check: 0 passed, 0 failed, 1 updated, 0 skipped/)
    expect(run(['check'], dir)).toMatchObject({
      status: 0,
      stdout: 'seed-unido: ok\ncheck: 1 passed, 0 failed, 0 updated, 0 skipped (fixtures)\n',
    })
  })

  it('fails, without crashing, a case with an input and no expected.json, and runs one case with --case', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'fixtures', 'new-one'))
    writeFileSync(join(dir, 'fixtures', 'new-one', 'input.md'), '# Minutes\n\n## Item 1\n\nAgreed.\n')
    mkdirSync(join(dir, 'fixtures', 'gold-only'))
    writeFileSync(join(dir, 'fixtures', 'gold-only', 'gold.json'), '{}\n')
    const { status, stdout } = run(['check', '--case', 'new-one'], dir)
    expect(status).toBe(1)
    expect(stdout).toBe(
      'new-one: no fixtures/new-one/expected.json: create it with `report-extract check --update --case new-one` and review it\n' +
        'check: 0 passed, 1 failed, 0 updated, 0 skipped (fixtures); differing: new-one\n',
    )
    expect(run(['check', '--update', '--case', 'new-one'], dir).stdout).toContain('new-one: expected.json created\n')
    expect(JSON.parse(readFileSync(join(dir, 'fixtures', 'new-one', 'expected.json'), 'utf8')).sections[0].title).toBe('Item 1')
    const all = run(['check'], dir)
    expect(all.stdout).toContain('gold-only: skipped: no input.* file in fixtures/gold-only\n')
    expect(all.stdout).toMatch(/check: 2 passed, 0 failed, 0 updated, 1 skipped \(fixtures\)\n$/)
    rmSync(dir, { recursive: true })
  })

  it('exits 2 on usage errors', () => {
    const dir = scratch()
    expect(run(['check', '--case', 'nope'], dir)).toMatchObject({
      status: 2,
      stderr: "report-extract check: no case nope in fixtures\nTry 'report-extract check --help'.\n",
    })
    expect(run(['check', 'missing'], dir).status).toBe(2)
    expect(run(['check', '--bogus'], dir).status).toBe(2)
    expect(run(['check', 'a', 'b'], dir).status).toBe(2)
    expect(run(['check', '--help'], dir).stdout).toMatch(/^Usage: report-extract check \[options\] \[FIXTURES_DIR\]/)
  })
})

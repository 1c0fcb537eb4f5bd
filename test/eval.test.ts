// `eval`: precision, recall and F1 per field against hand-written gold, strict and soft.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listCases } from '../src/check/cases.js'
import { Gold, goldSchemaJson } from '../src/eval/gold.js'
import { alignInOrder, sameValue } from '../src/eval/match.js'
import { evalCases } from '../src/eval/run.js'
import { evaluate } from '../src/eval/score.js'
import { EvalResult, formatTable, summarize } from '../src/eval/summary.js'
import { extractReport, type Report } from '../src/index.js'

const BIN = resolve('dist/bin/cli.js')
const SEED = 'fixtures/seed-unido/input.md'
const seedGold = Gold.parse(JSON.parse(readFileSync('fixtures/seed-unido/gold.json', 'utf8')))
const seed = (options = {}) => extractReport(readFileSync(SEED), { id: 'seed-unido', path: SEED, ...options })

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A report with only the given speakers and sections, for hand-counted scores. */
function reportWith(parts: Partial<Report>): Report {
  return { ...extractReport('Text.\n'), ...parts }
}

const speaker = (fields: Partial<Report['speakers'][number]>): Report['speakers'][number] => ({
  speaker_id: 'spk-1',
  person_id: 'p',
  section_id: null,
  name: '',
  given_name: '',
  family_name: '',
  position: '',
  department: '',
  organization: '',
  line: 1,
  paragraphs: 0,
  words: 0,
  remarks: [],
  ...fields,
})

describe('matching values', () => {
  it('strict: equal after collapsing whitespace; soft: case and punctuation aside, or a Levenshtein ratio ≥ 0.9', () => {
    expect(sameValue('Ministry  of\nCommerce', 'Ministry of Commerce', 'strict')).toBe(true)
    expect(sameValue('WORKSHOP REPORT', 'Workshop Report', 'strict')).toBe(false)
    expect(sameValue('WORKSHOP REPORT', 'Workshop Report', 'soft')).toBe(true)
    expect(sameValue('Department of Agri-business', 'Department of Agribusiness', 'soft')).toBe(true)
    expect(sameValue('Internationally Accepted Framework', 'Internationaly Accepted Framework', 'soft')).toBe(true)
    expect(sameValue('Ministry of Commerce', 'Commerce', 'soft')).toBe(false)
    expect(sameValue(3, '3', 'strict')).toBe(true)
  })

  it('aligns repeated items in reading order', () => {
    const gold = ['Chair', 'A', 'Chair', 'B', 'Chair']
    const found = ['Chair', 'B', 'Chair']
    expect(alignInOrder(gold.length, found.length, (g, f) => gold[g] === found[f])).toEqual([
      [0, 0],
      [3, 1],
      [4, 2],
    ])
  })
})

describe('evaluate', () => {
  it('scores the seed extraction 100% on every field it has gold for', () => {
    const result = summarize([{ case: 'seed-unido', counts: evaluate(seedGold, seed()) }], [])
    for (const [row, score] of Object.entries(result.fields)) expect([row, score.strict.f1, score.soft.f1]).toEqual([row, 1, 1])
    expect(result.fields.contents!.strict).toMatchObject({ tp: 32, fp: 0, fn: 0 })
    expect(result.fields['speakers.organization']!.strict).toMatchObject({ tp: 4, fp: 0, fn: 0 })
    // Wei ZHANG's empty department is no fact to find: three departments count.
    expect(result.fields['speakers.department']!.strict).toMatchObject({ tp: 3, fp: 0, fn: 0 })
    expect(result.fields['sections.tree']!.strict).toMatchObject({ tp: 9, fp: 0, fn: 0 })
  })

  it('a broken contents detector lowers contents recall, and leaves the speakers alone', () => {
    const good = evaluate(seedGold, seed())
    const broken = evaluate(seedGold, seed({ detectors: { contents: { headings: ['no such heading'], minimumRun: 1000 } } }))
    expect(good.contents!.soft).toEqual({ tp: 32, fp: 0, fn: 0 })
    expect(broken.contents!.soft).toEqual({ tp: 0, fp: 0, fn: 32 })
    expect(broken['contents.page']!.soft).toEqual({ tp: 0, fp: 0, fn: 32 })
    expect(broken['speakers.name']).toEqual(good['speakers.name'])
    expect(broken['speakers.organization']).toEqual(good['speakers.organization'])
  })

  it('a broken event detector lowers the event fields only', () => {
    const good = evaluate(seedGold, seed())
    const broken = evaluate(seedGold, seed({ detectors: { event: { verbs: 'no such verb' } } }))
    for (const field of ['metadata.event.name', 'metadata.event.date', 'metadata.event.location']) {
      expect(good[field]!.strict).toEqual({ tp: 1, fp: 0, fn: 0 })
      // Without the event's sentence, the name falls back to the meeting the title names (not the gold's).
      expect(broken[field]!.strict).toEqual({ tp: 0, fp: field === 'metadata.event.name' ? 1 : 0, fn: 1 })
    }
    expect(broken['metadata.title']).toEqual(good['metadata.title'])
    expect(broken.contents).toEqual(good.contents)
  })

  it('counts a wrong value as a miss and a false find, an extra item as false finds, and skips fields the gold leaves out', () => {
    const gold = Gold.parse({
      speakers: [
        { name: 'Ana SILVA', organization: 'Ministry of Commerce' },
        { name: '', position: 'Representative', organization: 'China' },
      ],
    })
    const report = reportWith({
      speakers: [
        speaker({ name: 'Ana SILVA', organization: 'Commerce', position: 'Director' }),
        speaker({ name: 'China', position: 'Representative' }),
      ],
    })
    const counts = evaluate(gold, report)
    expect(counts.speakers!.strict).toEqual({ tp: 1, fp: 1, fn: 1 })
    expect(counts['speakers.name']!.strict).toEqual({ tp: 1, fp: 1, fn: 0 })
    expect(counts['speakers.organization']!.strict).toEqual({ tp: 0, fp: 1, fn: 2 })
    expect(counts['speakers.position']!.strict).toEqual({ tp: 0, fp: 1, fn: 1 })
    expect(counts['speakers.department']).toBeUndefined()
    expect(counts['metadata.title']).toBeUndefined()
    // A list named partial does not count what was found beyond it.
    expect(evaluate({ ...gold, partial: ['speakers'] }, report).speakers!.strict).toEqual({ tp: 1, fp: 0, fn: 1 })
  })

  it('pairs a speaker without a name by organisation and position, each of which may have alternatives', () => {
    const gold = Gold.parse({
      speakers: [
        { name: '', position: 'Delegate', organization: { anyOf: ['United States', 'US'] } },
        { name: { anyOf: ['Ana Silva', ''] }, position: 'Chair', organization: 'Brazil' },
        { name: { anyOf: ['Bo Lind', ''] }, position: 'Chair', organization: 'Sweden' },
      ],
    })
    const report = reportWith({
      speakers: [
        speaker({ position: 'Delegate', organization: 'US' }),
        speaker({ position: 'Chair', organization: 'Brazil' }),
        speaker({ name: 'Bo Lind', position: 'Chair', organization: 'Sweden' }),
        speaker({ position: 'Delegate', organization: 'Canada' }),
      ],
    })
    const counts = evaluate(gold, report)
    expect(counts.speakers!.strict).toEqual({ tp: 3, fp: 1, fn: 0 })
    expect(counts['speakers.organization']!.strict).toEqual({ tp: 3, fp: 1, fn: 0 })
  })

  it('counts a section in the tree only with its level and its parent right', () => {
    const gold = Gold.parse({
      sections: [
        { title: 'Part', level: 1, parent: null },
        { title: 'Item', level: 2, parent: 'Part' },
      ],
    })
    const section = (section_id: string, title: string, level: number, parent_id: string | null) => ({
      section_id,
      parent_id,
      level,
      number: null,
      title,
      kind: 'section' as const,
      page: null,
      line: 1,
    })
    const flat = evaluate(gold, reportWith({ sections: [section('sec-1', 'PART', 1, null), section('sec-2', 'Item', 1, null)] }))
    expect(flat.sections!.strict).toEqual({ tp: 1, fp: 1, fn: 1 })
    expect(flat.sections!.soft).toEqual({ tp: 2, fp: 0, fn: 0 })
    expect(flat['sections.tree']!.soft).toEqual({ tp: 1, fp: 1, fn: 1 })
    const nested = evaluate(gold, reportWith({ sections: [section('sec-1', 'Part', 1, null), section('sec-2', 'Item', 2, 'sec-1')] }))
    expect(nested['sections.tree']!.strict).toEqual({ tp: 2, fp: 0, fn: 0 })
  })

  it('micro-averages: counts are summed over cases before the ratios', () => {
    const result = summarize(
      [
        { case: 'a', counts: { 'speakers.name': { strict: { tp: 9, fp: 1, fn: 0 }, soft: { tp: 9, fp: 1, fn: 0 } } } },
        { case: 'b', counts: { 'speakers.name': { strict: { tp: 0, fp: 0, fn: 10 }, soft: { tp: 1, fp: 0, fn: 9 } } } },
      ],
      [],
    )
    expect(result.fields['speakers.name']!.strict).toEqual({ tp: 9, fp: 1, fn: 10, precision: 0.9, recall: 0.4737, f1: 0.6207 })
    expect(result.fields.all!.soft).toMatchObject({ tp: 10, fp: 1, fn: 9 })
    const table = formatTable(result, {
      ...result,
      fields: {
        'speakers.name': result.fields['speakers.name']!,
        all: { ...result.fields.all!, soft: { ...result.fields.all!.soft, f1: 0.5 } },
      },
    })
    expect(table.split('\n')[0]).toMatch(/^field\s+gold\s+strict P\s+R\s+F1\s+soft P\s+R\s+F1\s+ΔF1 strict\s+ΔF1 soft$/)
    expect(table).toMatch(/^all\s+19\s+90\.0\s+47\.4\s+62\.1\s+90\.9\s+52\.6\s+66\.7\s+±0\.0\s+\+16\.7$/m)
  })

  it('scores an injected extraction: any function from input to report', () => {
    const cases = listCases('fixtures').filter((fixture) => fixture.name === 'seed-unido')
    const withoutSpeakers = evalCases(cases, (input, options) => ({ ...extractReport(input, options), speakers: [] }))
    expect(withoutSpeakers.result.fields.speakers!.soft).toMatchObject({ tp: 0, fn: 4, recall: 0 })
    expect(evalCases(cases).result.fields.speakers!.soft).toMatchObject({ tp: 4, fn: 0, recall: 1 })
  })
})

describe('gold files', () => {
  it('gold.schema.json is what the zod schema generates (run `npm run schema` after changing it)', () => {
    expect(readFileSync('gold.schema.json', 'utf8')).toBe(goldSchemaJson())
  })

  it('every fixtures/*/gold.json is valid gold, and the seed renditions share the seed’s facts', () => {
    const golds = readdirSync('fixtures', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .filter((name) => readdirSync(join('fixtures', name)).includes('gold.json'))
    expect(golds.length).toBeGreaterThanOrEqual(5)
    for (const name of golds)
      expect(() => Gold.parse(JSON.parse(readFileSync(join('fixtures', name, 'gold.json'), 'utf8'))), name).not.toThrow()
    const { description: _seed, ...facts } = seedGold
    for (const rendition of ['seed-pandoc', 'seed-docling']) {
      const { description: _rendition, ...theirs } = Gold.parse(JSON.parse(readFileSync(join('fixtures', rendition, 'gold.json'), 'utf8')))
      expect(theirs).toEqual(facts)
    }
  })

  it('rejects a misspelt field rather than ignoring it', () => {
    expect(() => Gold.parse({ speakers: [{ name: 'A B', organisation: 'X' }] })).toThrow(/organisation/)
  })
})

describe('report-extract eval (the built CLI)', () => {
  function scratch(): string {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-eval-'))
    cpSync('fixtures/seed-unido', join(dir, 'fixtures', 'seed-unido'), { recursive: true })
    cpSync('fixtures/seed-pandoc', join(dir, 'fixtures', 'seed-pandoc'), {
      recursive: true,
      filter: (path) => !/input\.|expected\.json/.test(path),
    })
    return dir
  }

  it('prints the table, skips a case without input by name, and writes --json', () => {
    const dir = scratch()
    const { status, stdout } = run(['eval'], dir)
    expect(status).toBe(0)
    expect(stdout).toContain('eval: 1 cases (seed-unido)\nseed-pandoc: skipped: no input.* file beside fixtures/seed-pandoc/gold.json\n')
    expect(stdout).toMatch(/^speakers\.organization\s+4\s+100\.0\s+100\.0\s+100\.0\s+100\.0\s+100\.0\s+100\.0$/m)
    const json = EvalResult.parse(JSON.parse(run(['eval', '--json'], dir).stdout))
    expect(json.cases).toEqual(['seed-unido'])
    expect(json.fields.all!.soft.f1).toBe(1)
  })

  it('shows the change against a --baseline, and exits 1 below --min-f1', () => {
    const dir = scratch()
    writeFileSync(join(dir, 'before.json'), run(['eval', '--json'], dir).stdout)
    // The gold now says something else about one speaker: the score falls, and --baseline says by how much.
    const path = join(dir, 'fixtures', 'seed-unido', 'gold.json')
    const gold = JSON.parse(readFileSync(path, 'utf8'))
    gold.speakers[0].organization = 'Ministry of Foreign Affairs'
    writeFileSync(path, JSON.stringify(gold))
    const { status, stdout } = run(['eval', '--baseline', 'before.json'], dir)
    expect(status).toBe(0)
    expect(stdout).toMatch(/^speakers\.organization\s+4\s+75\.0\s+75\.0\s+75\.0\s+75\.0\s+75\.0\s+75\.0\s+-25\.0\s+-25\.0$/m)
    expect(stdout).toMatch(/^speakers\.name\s+4(\s+100\.0){6}\s+±0\.0\s+±0\.0$/m)
    const below = run(['eval', '--min-f1', '0.999'], dir)
    expect(below.status).toBe(1)
    expect(below.stderr).toMatch(/soft F1 of all fields 99\.\d% is below --min-f1 0\.999/)
    expect(run(['eval', '--min-f1', '0.9'], dir).status).toBe(0)
  })

  it('exits 1 naming a case whose gold is not valid, and scores the others', () => {
    const dir = scratch()
    cpSync('fixtures/seed-unido/input.md', join(dir, 'fixtures', 'typo', 'input.md'))
    writeFileSync(join(dir, 'fixtures', 'typo', 'gold.json'), '{"speakers": [{"name": "A B", "organisation": "X"}]}')
    const { status, stdout, stderr } = run(['eval'], dir)
    expect(status).toBe(1)
    expect(stderr).toBe('typo: error: fixtures/typo/gold.json is not valid gold: speakers.0: Unrecognized key: "organisation"\n')
    expect(stdout).toContain('eval: 1 cases (seed-unido)\n')
  })

  it('exits 2 on usage errors', () => {
    const dir = scratch()
    expect(run(['eval', '--min-f1', '2'], dir).status).toBe(2)
    expect(run(['eval', '--min-f1', 'high'], dir).stderr).toMatch(/--min-f1 needs a number from 0 to 1/)
    expect(run(['eval', '--baseline', 'missing.json'], dir).status).toBe(2)
    writeFileSync(join(dir, 'empty.json'), '{}\n')
    expect(run(['eval', '--baseline', 'empty.json'], dir).stderr).toMatch(
      new RegExp(
        String.raw`^report-extract eval: --baseline empty\.json is not a result saved with --json` +
          String.raw` \(cases: Invalid input: expected array, received undefined\)\n`,
      ),
    )
    expect(run(['eval', 'nowhere'], dir).status).toBe(2)
    expect(run(['eval', '--help'], dir).stdout).toMatch(/^Usage: report-extract eval \[options\] \[GOLD_DIR\]/)
  })
})

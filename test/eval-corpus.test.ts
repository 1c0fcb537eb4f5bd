// `eval` on a corpus: alternatives in gold, distinct persons with turn counts, labels that must not be
// speakers, scores grouped by the form or language of source.md, and the per-case baseline guard.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Gold } from '../src/eval/gold.js'
import { guardFailures } from '../src/eval/guard.js'
import { evaluate } from '../src/eval/score.js'
import { CaseSource, sourceFields } from '../src/eval/source.js'
import { EvalResult, groupResults, summarize } from '../src/eval/summary.js'
import { extractReport, type Report } from '../src/index.js'

const BIN = resolve('dist/bin/cli.js')

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const reportWith = (parts: Partial<Report>): Report => ({ ...extractReport('Text.\n'), ...parts })
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

describe('gold alternatives', () => {
  it('matches any of the values anyOf gives, and none other', () => {
    const gold = Gold.parse({
      metadata: { title: { anyOf: ['Annual Report', 'Annual Report 2019: Growth'] }, date: { anyOf: ['2019-03', null] } },
    })
    const score = (title: string | null, date: string | null) => {
      const report = reportWith({})
      return evaluate(gold, { ...report, metadata: { ...report.metadata, title, date } })
    }
    expect(score('Annual Report 2019: Growth', null)['metadata.title']!.strict).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(score('Annual Report', '2019-03')['metadata.date']!.strict).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(score('Growth', '2019-04')['metadata.title']!.strict).toEqual({ tp: 0, fp: 1, fn: 1 })
    expect(score('Growth', '2019-04')['metadata.date']!.strict).toEqual({ tp: 0, fp: 1, fn: 1 })
    expect(() => Gold.parse({ metadata: { title: { anyOf: ['only one'] } } })).toThrow()
  })

  it('pairs a speaker whose name has alternatives, and a section whose parent may be either', () => {
    const gold = Gold.parse({ speakers: [{ name: { anyOf: ['Karin Nilsson', 'K. Nilsson'] }, label: 'MS. NILSSON', honorific: 'Ms.' }] })
    const counts = evaluate(gold, reportWith({ speakers: [speaker({ name: 'K. Nilsson' })] }))
    expect(counts.speakers!.strict).toEqual({ tp: 1, fp: 0, fn: 0 })
    // The report has no label or honorific today: both are misses, not errors.
    expect(counts['speakers.label']!.strict).toEqual({ tp: 0, fp: 0, fn: 1 })
    expect(counts['speakers.honorific']!.strict).toEqual({ tp: 0, fp: 0, fn: 1 })
    const labelled = evaluate(
      gold,
      reportWith({
        speakers: [{ ...speaker({ name: 'Karin Nilsson' }), label: 'MS. NILSSON', honorific: 'Ms.' } as Report['speakers'][number]],
      }),
    )
    expect(labelled['speakers.label']!.strict).toEqual({ tp: 1, fp: 0, fn: 0 })
  })
})

describe('persons and refusals', () => {
  const turns = [
    speaker({ person_id: 'p1', name: 'Anna Berg', organization: 'Nordic Institute' }),
    speaker({ person_id: 'p2', name: 'Karl Lund' }),
    speaker({ person_id: 'p1', name: 'Anna Berg' }),
    speaker({ person_id: 'p3', name: 'Action' }),
  ]

  it('scores each distinct person once, in any order, with their number of turns', () => {
    const gold = Gold.parse({
      persons: [
        { name: 'Karl Lund', turns: 1 },
        { name: 'Anna Berg', turns: 3, organization: 'Nordic Institute' },
        { name: 'Lena Dahl', turns: 2 },
      ],
    })
    const counts = evaluate(gold, reportWith({ speakers: turns }))
    expect(counts.persons!.strict).toEqual({ tp: 2, fp: 1, fn: 1 })
    // Karl's 1 is right; Anna's 2 for 3 is a miss and a false find; Lena is missed; `Action` is found beyond the list.
    expect(counts['persons.turns']!.strict).toEqual({ tp: 1, fp: 2, fn: 2 })
    expect(counts['persons.organization']!.strict).toEqual({ tp: 1, fp: 0, fn: 0 })
  })

  it('counts a label the gold refuses as a miss and a false find when it was read as a speaker', () => {
    const counts = evaluate(Gold.parse({ notSpeakers: ['Action', 'Present', 'RESOLUTION'] }), reportWith({ speakers: turns }))
    expect(counts.notSpeakers!.strict).toEqual({ tp: 2, fp: 1, fn: 1 })
  })

  it('leaves refusals and the person count out of the all-fields total', () => {
    const counts = evaluate(Gold.parse({ persons: [{ name: 'Karl Lund' }], notSpeakers: ['Action'] }), reportWith({ speakers: turns }))
    expect(summarize([{ case: 'a', counts }], []).fields.all).toBeUndefined()
  })
})

describe('source.md', () => {
  const text =
    'repository: w3c/example\npath: minutes/2019-03-12.md\ncommit: ' +
    'a'.repeat(40) +
    '\nlanguage: en\nform: markdown\nlicence: W3C Document License\nconverter: none\nPublisher: W3C\n\nrepository: not read\n'

  it('reads the key: value lines up to the first blank line, keys lowercased', () => {
    expect(sourceFields(text)).toMatchObject({ repository: 'w3c/example', form: 'markdown', publisher: 'W3C' })
    expect(sourceFields(text).repository).toBe('w3c/example')
    expect(CaseSource.parse(sourceFields(text)).language).toBe('en')
    expect(() => CaseSource.parse({ ...sourceFields(text), form: 'pdf' })).toThrow()
    expect(() => CaseSource.parse({ ...sourceFields(text), commit: 'abc' })).toThrow(/40 hexadecimal/)
  })

  it('groups cases and scores each group as a whole', () => {
    const counts = (tp: number, fn: number) => ({ 'speakers.name': { strict: { tp, fp: 0, fn }, soft: { tp, fp: 0, fn } } })
    const result = summarize(
      [
        { case: 'a', counts: counts(1, 1) },
        { case: 'b', counts: counts(3, 0) },
        { case: 'c', counts: counts(0, 4) },
      ],
      [],
    )
    const groups = groupResults(result, (name) => (name === 'c' ? 'pdftotext-raw' : 'markdown'))
    expect(Object.keys(groups)).toEqual(['markdown', 'pdftotext-raw'])
    expect(groups.markdown!.cases).toEqual(['a', 'b'])
    expect(groups.markdown!.fields.all!.soft).toMatchObject({ tp: 4, fn: 1, recall: 0.8 })
    expect(groups['pdftotext-raw']!.fields.all!.soft.recall).toBe(0)
  })
})

describe('the baseline guard', () => {
  const result = (f1: Record<string, [number, number]>) =>
    summarize(
      Object.entries(f1).map(([name, [tp, fn]]) => ({
        case: name,
        counts: { 'metadata.title': { strict: { tp, fp: 0, fn }, soft: { tp, fp: 0, fn } } },
      })),
      [],
    )

  it('fails a case more than one point below its baseline, or missing from it', () => {
    const baseline = { cases: { a: { soft: 0.5, strict: 0.5 }, b: { soft: 0.905, strict: 0.9 } } }
    // a: 2 of 4 (F1 0.667) is above; b: 89 of 100 → F1 0.9418, above 0.905; c has no baseline.
    expect(guardFailures(baseline, result({ a: [2, 2], b: [89, 11], c: [1, 0] }))).toEqual([
      'c: not in the baseline (record it with --update, in a commit that says why)',
    ])
    // b: 80 of 100 → F1 0.8889, 1.6 points below 0.905.
    expect(guardFailures(baseline, result({ a: [1, 1], b: [80, 20] }))).toEqual(['b: soft F1 88.9% is 1.6 points below the baseline 90.5%'])
    // Exactly one point below is allowed.
    expect(guardFailures({ cases: { a: { soft: 0.6767, strict: 0 } } }, result({ a: [1, 1] }))).toEqual([])
  })
})

describe('report-extract eval --by and --guard (the built CLI)', () => {
  function scratch(): string {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-corpus-'))
    cpSync('fixtures/seed-unido', join(dir, 'dev', 'seed-unido'), { recursive: true })
    cpSync('fixtures/un80-briefing', join(dir, 'dev', 'un80-briefing'), { recursive: true })
    writeFileSync(join(dir, 'dev', 'seed-unido', 'source.md'), 'language: en\nform: marker\n')
    writeFileSync(join(dir, 'dev', 'un80-briefing', 'source.md'), 'language: en\nform: markdown\n')
    return dir
  }

  it('prints a table per form, and the groups in --json', () => {
    const dir = scratch()
    const { status, stdout } = run(['eval', 'dev', '--by', 'form'], dir)
    expect(status).toBe(0)
    expect(stdout).toMatch(/^form \(soft F1\)\s+cases\s+metadata/m)
    expect(stdout).toMatch(/^marker\s+1\s+100\.0\s+100\.0/m)
    expect(stdout).toMatch(/^markdown\s+1\s+100\.0\s+–/m)
    const json = EvalResult.parse(JSON.parse(run(['eval', 'dev', '--by', 'language', '--json'], dir).stdout))
    expect(json.by).toBe('language')
    expect(json.groups!.en!.cases).toEqual(['seed-unido', 'un80-briefing'])
    expect(run(['eval', 'dev', '--by', 'publisher'], dir).status).toBe(2)
  })

  it('records a baseline with --update, passes it, and fails when a case falls below it', () => {
    const dir = scratch()
    expect(run(['eval', 'dev', '--guard', 'baseline.json'], dir).status).toBe(2)
    const recorded = run(['eval', 'dev', '--guard', 'baseline.json', '--update'], dir)
    expect(recorded.status).toBe(0)
    expect(recorded.stderr).toBe('report-extract eval: recorded 2 cases in baseline.json\n')
    const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'))
    expect(Object.keys(baseline.cases)).toEqual(['seed-unido', 'un80-briefing'])
    expect(baseline.cases['seed-unido']).toEqual({ soft: 1, strict: 1 })
    expect(run(['eval', 'dev', '--guard', 'baseline.json'], dir).status).toBe(0)
    // The seed's gold now names other speakers: its score falls, and the guard names the case.
    const gold = join(dir, 'dev', 'seed-unido', 'gold.json')
    const facts = JSON.parse(readFileSync(gold, 'utf8'))
    for (const item of facts.speakers) item.organization = 'Somewhere Else'
    writeFileSync(gold, JSON.stringify(facts))
    const fallen = run(['eval', 'dev', '--guard', 'baseline.json'], dir)
    expect(fallen.status).toBe(1)
    expect(fallen.stderr).toMatch(
      new RegExp(
        String.raw`^seed-unido: soft F1 \d+\.\d% is \d+\.\d points below the baseline 100\.0%` +
          String.raw`\nreport-extract eval: 1 of 2 cases below the baseline baseline\.json\n$`,
      ),
    )
    const refused = spawnSync(process.execPath, [BIN, 'eval', 'dev', '--guard', 'baseline.json', '--update'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    })
    expect(refused.status).toBe(2)
  })
})

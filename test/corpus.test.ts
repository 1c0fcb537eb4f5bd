// The corpus of real documents (corpus/README.md): every case has one input, a valid gold.json and a
// source.md that says where the document comes from; together they meet the corpus's promises.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listCases } from '../src/check/cases.js'
import { Gold } from '../src/eval/gold.js'
import { CaseSource, readSourceFields } from '../src/eval/source.js'

const SPLITS = ['dev', 'test'] as const
const RESERVED = [
  /^nodejs\/TSC$/i,
  /^w3c\/wot$/i,
  /^nysenate\/OpenLegislation$/i,
  /^intarchboard\//i,
  /^w3c\/smartagents-workshop$/i,
  /^Maps4HTML\//i,
  /^ess-community\//i,
  /^audreyt\/transcript$/i,
  /^regardscitoyens\//i,
  /^Jadaju\//i,
]

const cases = SPLITS.flatMap((split) => listCases(join('corpus', split)).map((item) => ({ ...item, split })))
const sources = new Map(cases.map((item) => [item.name, readSourceFields(item.dir)]))

describe.each(cases.map((item) => [`${item.split}/${item.name}`, item] as const))('corpus case %s', (_, item) => {
  it('has one input, a source.md with its provenance and a gold.json of the gold schema', () => {
    expect(readdirSync(item.dir).filter((file) => /^input\.(?:md|txt)$/.test(file))).toHaveLength(1)
    const source = CaseSource.parse(sources.get(item.name))
    expect(RESERVED.some((pattern) => pattern.test(source.repository))).toBe(false)
    expect(() => Gold.parse(JSON.parse(readFileSync(item.gold, 'utf8')))).not.toThrow()
  })

  it('keeps the original it was converted from byte for byte, when it keeps one', () => {
    const originals = readdirSync(item.dir).filter((file) => file.startsWith('original.'))
    const sha256 = sources.get(item.name)!.sha256
    for (const file of originals) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(item.dir, file)))
          .digest('hex'),
      ).toBe(sha256)
    }
    if (sources.get(item.name)!.converter === 'none' && sha256 !== undefined) {
      expect(createHash('sha256').update(readFileSync(item.input!)).digest('hex')).toBe(sha256)
    }
  })
})

describe('the corpus as a whole', () => {
  const count = (values: Array<string | undefined>) => {
    const counts = new Map<string, number>()
    for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1)
    return counts
  }
  const all = [...sources.values()]

  it('has 40 or more cases from 15 or more publishers (a repository family once)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
    const families = new Set(all.map((source) => (source.publisher ?? source.repository!.split('/')[0]!).toLowerCase()))
    expect(families.size).toBeGreaterThanOrEqual(15)
  })

  it('has 6 or more forms and 3 or more languages with enough cases each', () => {
    expect([...count(all.map((source) => source.form)).values()].filter((n) => n >= 4).length).toBeGreaterThanOrEqual(6)
    expect([...count(all.map((source) => source.language)).values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(3)
  })

  // A language one dev case added after the draw brings (`test/` stays as drawn) cannot be in both splits yet:
  // every form, and every language of two or more cases, is in the test split.
  it('has a test split of 15 or more cases in which every form and every language of two or more cases appears', () => {
    const test = cases.filter((item) => item.split === 'test').map((item) => sources.get(item.name)!)
    expect(test.length).toBeGreaterThanOrEqual(15)
    expect(new Set(test.map((source) => source.form))).toEqual(new Set(all.map((source) => source.form)))
    const languages = [...count(all.map((source) => source.language))].filter(([, n]) => n >= 2).map(([language]) => language)
    for (const language of languages) expect(test.map((source) => source.language)).toContain(language)
  })

  it('stays under 25 MB', () => {
    const size = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce(
        (sum, entry) => sum + (entry.isDirectory() ? size(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
        0,
      )
    expect(size('corpus')).toBeLessThan(25 * 1024 * 1024)
  })
})

describe('the failure classes seen on test', () => {
  const classes = JSON.parse(readFileSync('corpus/failure-classes.json', 'utf8')) as Array<{
    class: string
    rows: string[]
    forms?: string[]
    devCases: string[]
  }>
  const dev = new Set(cases.filter((item) => item.split === 'dev').map((item) => item.name))

  it('are each worked on through dev cases, never test ones', () => {
    expect(classes.length).toBeGreaterThan(0)
    for (const item of classes) {
      expect(item.devCases.length, item.class).toBeGreaterThan(0)
      expect(
        item.devCases.filter((name) => !dev.has(name)),
        item.class,
      ).toEqual([])
    }
  })
})

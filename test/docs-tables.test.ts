// The docs' tables of what the code knows cannot drift from it (scripts/docs-tables.mjs): the
// generated ones must be what the code's lists make now, and the dialect catalogue must say what its
// fixtures' reports note, with a row for every dialect the code can name.
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHECKED, staleTables, tableRows } from '../scripts/docs-tables.mjs'
import { listCases } from '../src/check/cases.js'
import { HELP } from '../src/cli/args.js'
import { DIALECT_NAMES } from '../src/dialect/types.js'
import { TABLES } from '../src/emit/csv.js'
import { extractReport } from '../src/index.js'

const data = { help: HELP, tables: TABLES }

describe('the docs’ tables', () => {
  it('that are generated are what the code’s lists make now (npm run docs rewrites them)', () => {
    expect(staleTables('.', data)).toEqual([])
  })

  it('that are generated are found stale when the code’s list changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'report-extract-docs-'))
    cpSync('README.md', join(root, 'README.md'))
    cpSync('docs', join(root, 'docs'), { recursive: true })
    const tables = { ...TABLES, extra: ['report_id', 'added_column'] }
    expect(staleTables(root, { ...data, tables })).toEqual([
      { name: 'csv-columns', file: 'README.md', problem: 'differs from the code: run npm run docs' },
    ])
    expect(staleTables(root, { ...data, tables }, { write: true })).toHaveLength(1)
    expect(staleTables(root, { ...data, tables })).toEqual([])
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('| `extra.csv` | `report_id,added_column` |')
  })

  it('of dialects says what each fixture’s report notes, for every dialect the code can name', () => {
    const rows = tableRows(readFileSync(CHECKED.dialects.file, 'utf8'), 'dialects')!
    expect(rows.length).toBeGreaterThanOrEqual(DIALECT_NAMES.length)
    const cases = new Map(listCases('fixtures').map((fixture) => [fixture.name, fixture]))
    for (const [dialect, , , fixtures, noted] of rows) {
      const names = [...fixtures!.matchAll(/`([\w-]+)`/g)].map((match) => match[1]!)
      expect(names.length, dialect).toBeGreaterThan(0)
      const notes = new Set<string>()
      for (const name of names) {
        const fixture = cases.get(name)
        expect(fixture?.input, `${dialect}: fixture ${name}`).toBeTruthy()
        const report = extractReport(readFileSync(fixture!.input!), { id: name })
        for (const d of report.diagnostics) if (d.code === 'dialect-detected' || d.code === 'decode-notes') notes.add(d.message)
      }
      expect(noted, dialect).toBe(notes.size === 0 ? '—' : [...notes].sort().join('; '))
    }
    const noted = rows.map((row) => row[4]!).join('; ')
    for (const name of DIALECT_NAMES) expect(noted, name).toMatch(new RegExp(`Read as (?:\\w+ \\+ )*${name}\\b`))
  })
})

describe('the README and the docs', () => {
  const docs = readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name))

  it('make a first read of the README: under 250 lines, with the two set-up commands, linking every docs file', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(readme.split('\n').length).toBeLessThan(250)
    expect(readme).toMatch(/^npm install\b/m)
    expect(readme).toMatch(/^npm test\b/m)
    expect(readme).toContain('npm run test:all')
    expect(readme).toMatch(/npm link|npx report-extract/)
    for (const doc of docs) expect(readme, doc).toContain(`](${doc})`)
  })

  it('link only to files that exist', () => {
    for (const file of ['README.md', 'BENCHMARKS.md', ...docs]) {
      const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(?:https?:|#|mailto:)/.test(target!)) continue
        const path = join(dirname(file), target!.split('#')[0]!)
        expect(readdirSync(dirname(path)), `${file} links to ${target}`).toContain(path.split('/').pop())
      }
    }
  })
})

// --parquet through the built CLI, read back as a data user would: with DuckDB (@duckdb/node-api) and
// with a second Parquet reader (hyparquet). Column types, nulls, the CSVs' rows in the CSVs' order, a
// join of speakers to sections and blocks, row groups for a large run, and the output folder's rules
// (nothing of anyone else's overwritten, nothing stale left).
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { parquetMetadata, parquetReadObjects } from 'hyparquet'
import { beforeAll, describe, expect, it } from 'vitest'

const BIN = resolve('dist/bin/cli.js')
const TABLES = ['contents', 'sections', 'speakers', 'blocks', 'diagnostics'] as const

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A scratch folder with inputs: the seed, the transcript, and the fixture of roman pages and absent fields. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-parquet-'))
  mkdirSync(join(dir, 'input'))
  cpSync('fixtures/seed-unido/input.md', join(dir, 'input', 'unido.md'))
  cpSync('fixtures/transcript-turns/input.md', join(dir, 'input', 'transcript.md'))
  cpSync('fixtures/roman-pages-and-absent-fields/input.md', join(dir, 'input', 'council.md'))
  return dir
}

let dir: string
let out: string
let duck: Awaited<ReturnType<DuckDBInstance['connect']>>

async function rows(sql: string): Promise<Array<Record<string, unknown>>> {
  return (await duck.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, unknown>>
}

beforeAll(async () => {
  dir = scratch()
  out = join(dir, 'out')
  const result = run(['--parquet', '-q', '--out', 'out', 'input'], dir)
  expect(result.status).toBe(0)
  duck = await (await DuckDBInstance.create(':memory:')).connect()
})

describe('--parquet', () => {
  it('writes the five tables beside the CSVs', () => {
    const names = readdirSync(out).filter((name) => name.endsWith('.parquet'))
    expect(names.sort()).toEqual(TABLES.map((table) => `${table}.parquet`).sort())
  })

  it('types the columns: INT32 integers, UTF-8 strings, OPTIONAL where a value may be absent', async () => {
    const schema = async (table: string) =>
      (
        await rows(
          `SELECT name, type, converted_type, repetition_type FROM parquet_schema('${join(out, `${table}.parquet`)}') ` +
            `WHERE type IS NOT NULL`,
        )
      ).map((row) => `${row.name} ${row.type}${row.converted_type ? `/${row.converted_type}` : ''} ${row.repetition_type}`)
    expect(await schema('contents')).toEqual([
      'report_id BYTE_ARRAY/UTF8 REQUIRED',
      'index INT32 REQUIRED',
      'level INT32 REQUIRED',
      'number BYTE_ARRAY/UTF8 OPTIONAL',
      'title BYTE_ARRAY/UTF8 REQUIRED',
      'page BYTE_ARRAY/UTF8 OPTIONAL',
      'section_id BYTE_ARRAY/UTF8 OPTIONAL',
    ])
    expect(await schema('speakers')).toEqual([
      'report_id BYTE_ARRAY/UTF8 REQUIRED',
      'speaker_id BYTE_ARRAY/UTF8 REQUIRED',
      'person_id BYTE_ARRAY/UTF8 REQUIRED',
      'section_id BYTE_ARRAY/UTF8 OPTIONAL',
      'name BYTE_ARRAY/UTF8 OPTIONAL',
      'given_name BYTE_ARRAY/UTF8 OPTIONAL',
      'family_name BYTE_ARRAY/UTF8 OPTIONAL',
      'position BYTE_ARRAY/UTF8 OPTIONAL',
      'department BYTE_ARRAY/UTF8 OPTIONAL',
      'organization BYTE_ARRAY/UTF8 OPTIONAL',
      'line INT32 REQUIRED',
      'paragraphs INT32 REQUIRED',
      'words INT32 REQUIRED',
      'label BYTE_ARRAY/UTF8 REQUIRED',
    ])
    expect(await schema('diagnostics')).toEqual([
      'report_id BYTE_ARRAY/UTF8 REQUIRED',
      'severity BYTE_ARRAY/UTF8 REQUIRED',
      'code BYTE_ARRAY/UTF8 REQUIRED',
      'line INT32 REQUIRED',
      'column INT32 REQUIRED',
      'message BYTE_ARRAY/UTF8 REQUIRED',
    ])
  })

  it('keeps pages and numbers as printed, and absent values as nulls, not empty strings', async () => {
    const contents = await rows(
      `SELECT number, title, page FROM '${join(out, 'contents.parquet')}' WHERE report_id = 'council' ORDER BY index`,
    )
    expect(contents).toEqual([
      { number: null, title: 'Foreword', page: 'vii' },
      { number: '1', title: 'Opening', page: '1' },
      { number: '2.10', title: 'Budget', page: '12' },
    ])
    const speakers = await rows(
      `SELECT name, position, department, organization FROM '${join(out, 'speakers.parquet')}' WHERE report_id = 'council'`,
    )
    expect(speakers).toEqual([
      { name: 'Maria GOMEZ', position: 'Chair', department: null, organization: 'Finance Committee' },
      { name: 'John SMITH', position: null, department: null, organization: null },
    ])
    // A delegation speaking as a whole has no name: null, where the JSON has an empty string.
    const delegations = await rows(
      `SELECT count(*) AS n FROM '${join(out, 'speakers.parquet')}' ` +
        `WHERE report_id = 'transcript' AND name IS NULL AND organization IS NOT NULL`,
    )
    expect(delegations).toEqual([{ n: '3' }])
    expect(await rows(`SELECT count(*) AS n FROM '${join(out, 'blocks.parquet')}' WHERE section_id = '' OR speaker_id = ''`)).toEqual([
      { n: '0' },
    ])
    expect(
      await rows(`SELECT count(*) AS n FROM '${join(out, 'sections.parquet')}' WHERE page = '' OR number = '' OR parent_id = ''`),
    ).toEqual([{ n: '0' }])
  })

  it('holds the CSVs’ rows in the CSVs’ order, and the JSON files’ counts', async () => {
    for (const table of TABLES) {
      const fromParquet = await rows(`SELECT COLUMNS(*)::VARCHAR FROM '${join(out, `${table}.parquet`)}'`)
      const fromCsv = await rows(`SELECT * FROM read_csv('${join(out, `${table}.csv`)}', all_varchar = true, header = true)`)
      // The CSVs write an absent value as an empty field, which DuckDB reads as null: both sides alike.
      const plain = (list: Array<Record<string, unknown>>) => list.map((row) => Object.values(row).map((value) => value ?? ''))
      expect(plain(fromParquet), table).toEqual(plain(fromCsv))
      const items = ['council', 'transcript', 'unido'].reduce(
        (sum, id) => sum + JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8'))[table].length,
        0,
      )
      expect(fromParquet.length, table).toBe(items)
    }
    // In the file's order (DuckDB keeps a plain scan's order; DISTINCT would not): each report's rows together, by id.
    const ids = (await rows(`SELECT report_id FROM '${join(out, 'blocks.parquet')}'`)).map((row) => row.report_id)
    expect(ids.filter((id, i) => id !== ids[i - 1])).toEqual(['council', 'transcript', 'unido'])
  })

  it('joins: each speaker’s section title, and as many blocks as the speaker’s paragraphs', async () => {
    const joined = await rows(`
      SELECT s.report_id, s.speaker_id, s.name, sec.title AS section, s.paragraphs, count(b.block_id) AS blocks
      FROM '${join(out, 'speakers.parquet')}' s
      JOIN '${join(out, 'sections.parquet')}' sec ON sec.report_id = s.report_id AND sec.section_id = s.section_id
      LEFT JOIN '${join(out, 'blocks.parquet')}' b ON b.report_id = s.report_id AND b.speaker_id = s.speaker_id
      GROUP BY s.report_id, s.speaker_id, s.name, sec.title, s.paragraphs, s.line ORDER BY s.report_id, s.line`)
    expect(joined.filter((row) => row.report_id === 'council')).toEqual([
      { report_id: 'council', speaker_id: 'spk-1', name: 'Maria GOMEZ', section: 'Opening', paragraphs: 3, blocks: '3' },
      { report_id: 'council', speaker_id: 'spk-2', name: 'John SMITH', section: 'Budget', paragraphs: 2, blocks: '2' },
    ])
    expect(joined.filter((row) => row.report_id === 'transcript')).toHaveLength(10)
    expect(joined.every((row) => String(row.paragraphs) === row.blocks)).toBe(true)
  })

  it('reads the same with a second reader (hyparquet), which names report-extract as the writer', async () => {
    const bytes = readFileSync(join(out, 'sections.parquet'))
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    const metadata = parquetMetadata(file)
    expect(metadata.created_by).toBe('report-extract')
    expect(metadata.key_value_metadata).toEqual([{ key: 'report-extract.table', value: 'sections' }])
    const read = await parquetReadObjects({ file })
    const council = read.filter((row) => row.report_id === 'council')
    expect(council.map((row) => [row.section_id, row.parent_id, row.level, row.number, row.page])).toEqual([
      ['sec-1', null, 1, null, 'vii'],
      ['sec-2', null, 1, '1', '1'],
      ['sec-3', 'sec-2', 2, '2.10', '12'],
    ])
    expect(read).toEqual(await rows(`SELECT * FROM '${join(out, 'sections.parquet')}'`))
  })

  it('is streamed a row group at a time, and gives the same rows and bytes whatever the group size or threads', async () => {
    const small = run(['--parquet', '-q', '--jobs', '2', '--out', 'small', 'input'], dir, { REPORT_EXTRACT_PARQUET_GROUP_ROWS: '7' })
    expect(small.status).toBe(0)
    const groups = await rows(`SELECT count(DISTINCT row_group_id) AS n FROM parquet_metadata('${join(dir, 'small', 'blocks.parquet')}')`)
    const blocks = Number((await rows(`SELECT count(*) AS n FROM '${join(out, 'blocks.parquet')}'`))[0]!.n)
    expect(Number(groups[0]!.n)).toBe(Math.ceil(blocks / 7))
    for (const table of TABLES) {
      expect(await rows(`SELECT * FROM '${join(dir, 'small', `${table}.parquet`)}'`), table).toEqual(
        await rows(`SELECT * FROM '${join(out, `${table}.parquet`)}'`),
      )
    }
    const again = run(['--parquet', '-q', '--jobs', '2', '--force', '--out', 'again', 'input'], dir)
    expect(again.status).toBe(0)
    for (const table of TABLES)
      expect(readFileSync(join(dir, 'again', `${table}.parquet`)).equals(readFileSync(join(out, `${table}.parquet`))), table).toBe(true)
  })
})

describe('the output folder’s rules for the new files', () => {
  it('removes its own Parquet when a run does not ask for it, and leaves anyone else’s', () => {
    const folder = scratch()
    expect(run(['--parquet', '-q', '--out', 'out', 'input'], folder).status).toBe(0)
    writeFileSync(join(folder, 'out', 'mine.parquet'), 'PAR1 mine PAR1')
    const plain = run(['-q', '--out', 'out', 'input'], folder)
    expect(plain.status).toBe(0)
    expect(plain.stderr).toMatch(/; removed 5 Parquet[^;]* files of earlier runs\n$/)
    expect(readdirSync(join(folder, 'out')).filter((name) => name.endsWith('.parquet'))).toEqual(['mine.parquet'])
  })

  it('refuses a folder whose contents.parquet someone else wrote, and changes nothing', () => {
    const folder = scratch()
    mkdirSync(join(folder, 'out'))
    writeFileSync(join(folder, 'out', 'contents.parquet'), 'not a table of ours')
    const refused = run(['--parquet', '-q', '--out', 'out', 'input'], folder)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toBe(
      `report-extract: out/contents.parquet was not written by report-extract: ` +
        `refusing to write into out; move it away or choose another --out\n`,
    )
    expect(readdirSync(join(folder, 'out'))).toEqual(['contents.parquet'])
    // Without --parquet the file is not one of the run's: it is left alone, and the run goes on.
    expect(run(['-q', '--out', 'out', 'input'], folder).status).toBe(0)
    expect(readFileSync(join(folder, 'out', 'contents.parquet'), 'utf8')).toBe('not a table of ours')
    // Another table of ours under a table's name is not that table.
    expect(run(['--parquet', '-q', '--out', 'parts', 'input'], folder).status).toBe(0)
    cpSync(join(folder, 'parts', 'sections.parquet'), join(folder, 'parts', 'blocks.parquet'))
    expect(run(['--parquet', '-q', '--out', 'parts', 'input'], folder).stderr).toContain(
      'parts/blocks.parquet was not written by report-extract',
    )
  })

  it('merge writes the same Parquet as one run over all the inputs', () => {
    const folder = scratch()
    for (const shard of ['0/2', '1/2']) expect(run(['-q', '--shard', shard, '--out', `part-${shard[0]}`, 'input'], folder).status).toBe(0)
    const merged = run(['merge', '--parquet', '--out', 'merged', 'part-0', 'part-1'], folder)
    expect(merged.status).toBe(0)
    for (const name of TABLES.map((table) => `${table}.parquet`)) {
      expect(readFileSync(join(folder, 'merged', name)).equals(readFileSync(join(out, name))), name).toBe(true)
    }
    expect(run(['merge', '--out', 'merged', 'part-0', 'part-1'], folder).stderr).toMatch(
      /; removed 5 Parquet[^;]* files of earlier runs\n$/,
    )
    expect(existsSync(join(folder, 'merged', 'blocks.parquet'))).toBe(false)
  })
})

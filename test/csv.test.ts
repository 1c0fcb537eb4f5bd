import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportCsv, TABLE_NAMES, tableCsv } from '../src/emit/csv.js'
import { TableWriter } from '../src/emit/tables.js'
import { extractReport } from '../src/index.js'

describe('corpus tables', () => {
  it('quotes commas, quotes and line breaks per RFC 4180, and leaves nulls empty', () => {
    const report = extractReport('Intro.\n\n## Part "one", first\n\n```\na,b\nc\n```\n', { id: 'r1' })
    expect(tableCsv('sections', [report])).toBe(
      'report_id,section_id,parent_id,level,number,title,kind,page,line\r\nr1,sec-1,,1,,"Part ""one"", first",section,,3\r\n',
    )
    expect(tableCsv('blocks', [report])).toBe(
      'report_id,block_id,section_id,speaker_id,kind,line,text\r\nr1,blk-1,,,paragraph,1,Intro.\r\nr1,blk-2,sec-1,,code,5,"a,b\nc"\r\n',
    )
  })

  it('writes an interjection as a block of kind interjection that no speaker says', () => {
    const report = extractReport('Dr. Weber (SPD): Wir stimmen zu.\n\n(Beifall bei der SPD)\n\n(Abg. Meier [CDU]: Endlich!)\n', {
      id: 'r1',
    })
    expect(tableCsv('blocks', [report]).split('\r\n').slice(1, 4)).toEqual([
      'r1,blk-1,,spk-1,paragraph,1,Wir stimmen zu.',
      'r1,blk-2,,,interjection,3,(Beifall bei der SPD)',
      'r1,blk-3,,,interjection,5,(Abg. Meier [CDU]: Endlich!)',
    ])
  })

  it('writes rows for every report given, in order, under one header', () => {
    const a = extractReport('# A\n\n## One\n\nx\n', { id: 'a' })
    const b = extractReport('# B\n\n## Two\n\ny\n', { id: 'b' })
    expect(
      tableCsv('sections', [a, b])
        .split('\r\n')
        .map((row) => row.split(',').slice(0, 2).join(',')),
    ).toEqual(['report_id,section_id', 'a,sec-1', 'b,sec-1', ''])
  })
})

describe('one report as CSV bytes', () => {
  it('encodes each table as UTF-8, header excluded, as views of one buffer', () => {
    const report = extractReport('# Ünïcödé\n\n## 中文, "quoted"\n\nÉté à Zürich.\n\n## Zwei\n\nx\n', { id: 'r1' })
    const csv = reportCsv(report, false)
    const decoder = new TextDecoder()
    for (const table of TABLE_NAMES) expect(decoder.decode(csv[table])).toBe(tableCsv(table, [report]).replace(/^[^\r]*\r\n/, ''))
    expect(decoder.decode(csv.sections)).toContain('"中文, ""quoted"""')
    expect(decoder.decode(csv.blocks)).toContain('Été à Zürich.')
    // One buffer: a worker thread moves it, and with it every table, to the main thread.
    expect(new Set(TABLE_NAMES.map((table) => csv[table].buffer)).size).toBe(1)
    expect(TABLE_NAMES.reduce((sum, table) => sum + csv[table].byteLength, 0)).toBe(csv.contents.buffer.byteLength)
  })
})

describe('corpus tables as streams', () => {
  it('writes the same bytes as the whole-table function, for reports larger than the stream buffers', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `## Part ${i}\n\n${'A sentence, with "quotes". '.repeat(20 + (i % 7))}\n`).join('\n')
    const reports = ['a', 'b', 'c'].map((id) => extractReport(`# ${id}\n\n${long}`, { id }))
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-tables-'))
    const writer = new TableWriter(dir, false)
    for (const report of reports) await writer.add(reportCsv(report, false))
    await writer.close()
    expect(readFileSync(join(dir, 'blocks.csv'), 'utf8').length).toBeGreaterThan(3 * 64 * 1024)
    for (const table of TABLE_NAMES) expect(readFileSync(join(dir, `${table}.csv`), 'utf8')).toBe(tableCsv(table, reports))
  })
})

describe('corpus tables that cannot be written', () => {
  it('reject with the file system error, on add or close, instead of crashing the process', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'report-extract-tables-')), 'gone')
    const writer = new TableWriter(dir, false)
    const report = extractReport('# A\n\n## One\n\nx\n', { id: 'a' })
    const outcome = (async () => {
      await writer.add(reportCsv(report, false))
      await writer.close()
    })()
    await expect(outcome).rejects.toThrow(/ENOENT/)
    await writer.abort()
  })
})

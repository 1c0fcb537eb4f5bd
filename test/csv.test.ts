import { describe, expect, it } from 'vitest'
import { tableCsv } from '../src/emit/csv.js'
import { extractReport } from '../src/index.js'

describe('corpus tables', () => {
  it('quotes commas, quotes and line breaks per RFC 4180, and leaves nulls empty', () => {
    const report = extractReport('Intro.\n\n## Part "one", first\n\n```\na,b\nc\n```\n', { id: 'r1' })
    expect(tableCsv('sections', [report])).toBe('report_id,section_id,parent_id,level,number,title,kind,page,line\r\nr1,sec-1,,1,,"Part ""one"", first",section,,3\r\n')
    expect(tableCsv('blocks', [report])).toBe('report_id,block_id,section_id,speaker_id,kind,line,text\r\nr1,blk-1,,,paragraph,1,Intro.\r\nr1,blk-2,sec-1,,code,5,"a,b\nc"\r\n')
  })

  it('writes rows for every report given, in order, under one header', () => {
    const a = extractReport('# A\n\n## One\n\nx\n', { id: 'a' })
    const b = extractReport('# B\n\n## Two\n\ny\n', { id: 'b' })
    expect(tableCsv('sections', [a, b]).split('\r\n').map((row) => row.split(',').slice(0, 2).join(','))).toEqual(['report_id,section_id', 'a,sec-1', 'b,sec-1', ''])
  })
})

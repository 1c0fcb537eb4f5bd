import { describe, expect, it } from 'vitest'
import { parseEntry } from '../../src/detect/contents-lines.js'
import { detect } from '../helpers.js'

// The contents detector's forms and codes are its examples (src/detect/contents.ts, run by test/examples.test.ts).
describe('contents lines', () => {
  it('parses leaders of every kind and keeps roman page numbers as written', () => {
    expect(parseEntry('ACKNOWLEDGEMENT.....\t3')).toEqual({ title: 'ACKNOWLEDGEMENT', number: null, page: 3 })
    expect(parseEntry('OPENING SESSION .....\t5')).toEqual({ title: 'OPENING SESSION', number: null, page: 5 })
    expect(parseEntry('Foreword . . . . . . vii')).toEqual({ title: 'Foreword', number: null, page: 'vii' })
    expect(parseEntry('Annex …… 22')).toEqual({ title: 'Annex', number: null, page: 22 })
    expect(parseEntry('3.1.2. Data sources ________ 14')).toEqual({ title: 'Data sources', number: '3.1.2', page: 14 })
    expect(parseEntry('Introduction            12')).toEqual({ title: 'Introduction', number: null, page: 12 })
    expect(parseEntry('The 2030 Agenda for Sustainable Development')).toBeNull()
    expect(parseEntry('..... 4')).toBeNull()
  })

  it('takes a line longer than MAX_ENTRY_LENGTH for prose, at once, however it ends', { timeout: 60_000 }, () => {
    expect(parseEntry(`${'Title '.repeat(80)}..... 3`)).toEqual({ title: 'Title '.repeat(80).trim(), number: null, page: 3 })
    expect(parseEntry(`${'Title '.repeat(90)}..... 3`)).toBeNull()
    // Each of these backtracked for minutes before the cap.
    expect(parseEntry(`Title ${'. '.repeat(100_000)}z`)).toBeNull()
    expect(parseEntry(`T${'\t '.repeat(100_000)}z`)).toBeNull()
    const { found } = detect(`# Contents\n\nIntroduction ..... 1\nLeaders ${'. '.repeat(100_000)}z\nMethods ..... 2\n`)
    expect(found.contents.entries.map((e) => [e.title, e.page])).toEqual([
      ['Introduction', 1],
      [`Leaders ${'. '.repeat(100_000).trim()} z Methods`, 2],
    ])
  })

  it('takes its heading away from the headings detector, even as the document’s first line', () => {
    const { found } = detect('# Contents\n\nINTRODUCTION.....\t1\n\n## INTRODUCTION\n\nText.\n')
    expect(found.contents.entries.map((entry) => entry.title)).toEqual(['INTRODUCTION'])
    expect(found.headings.headings.map((heading) => heading.title)).toEqual(['INTRODUCTION'])
    expect(found.cover.title).toBeNull()
  })
})

describe('where a contents entry is reported', () => {
  it('at its own line’s first column, not at the column where its wrapped title began (found by test/slow/property)', async () => {
    const { extractReport } = await import('../../src/index.js')
    // The entry `- 2. the` is read from an empty bullet set in twelve spaces and the short line under it.
    const text = 'Contents\n\r\n- Introduction.....0\r\n            - \r\n   2) the\r\n# Contents\r\n\rIntroduction.....0'
    const report = extractReport(text)
    const entry = report.diagnostics.find((d) => d.code === 'contents-no-section' && d.message.includes('2. the'))
    expect(entry).toMatchObject({ line: 5, column: 4 })
  })
})

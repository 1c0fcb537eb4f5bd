import { describe, expect, it } from 'vitest'
import { parseEntry } from '../../src/detect/contents-lines.js'
import { detect } from '../helpers.js'

describe('contents detector', () => {
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

  it('finds the page after its heading and levels ALL-CAPS entries above the rest', () => {
    const { found } = detect('# Contents\n\nINTRODUCTION.....\t1\nBackground.....\t2\nMETHODS.....\t3\n\n## INTRODUCTION\n\nText.\n')
    expect(found.contents.entries.map((e) => [e.title, e.level, e.page, e.line])).toEqual([
      ['INTRODUCTION', 1, 1, 3],
      ['Background', 2, 2, 4],
      ['METHODS', 1, 3, 5],
    ])
    // The contents heading is not left for the heading detector.
    expect(found.headings.headings.map((h) => h.title)).toEqual(['INTRODUCTION'])
  })

  it('takes levels from numbering when entries are numbered', () => {
    const { found } = detect('Table of Contents\n\n1. Scope .......... 1\n1.1 Terms .......... 2\n1.1.1 Notes .......... 2\n2. Results .......... 5\n')
    expect(found.contents.entries.map((e) => [e.number, e.title, e.level])).toEqual([
      ['1', 'Scope', 1],
      ['1.1', 'Terms', 2],
      ['1.1.1', 'Notes', 3],
      ['2', 'Results', 1],
    ])
  })

  it('joins a title wrapped over two lines and finds a page without a heading', () => {
    const { found } = detect('Intro text here.\n\nFirst part .......... 1\nA long title that wraps\nonto a second line .......... 2\nLast part .......... 3\n')
    expect(found.contents.entries.map((e) => e.title)).toEqual(['First part', 'A long title that wraps onto a second line', 'Last part'])
  })

  it('takes a line longer than MAX_ENTRY_LENGTH for prose, at once, however it ends', { timeout: 60_000 }, () => {
    expect(parseEntry(`${'Title '.repeat(80)}..... 3`)).toEqual({ title: 'Title '.repeat(80).trim(), number: null, page: 3 })
    expect(parseEntry(`${'Title '.repeat(90)}..... 3`)).toBeNull()
    // Each of these backtracked for minutes before the cap.
    expect(parseEntry(`Title ${'. '.repeat(100_000)}z`)).toBeNull()
    expect(parseEntry(`T${'\t '.repeat(100_000)}z`)).toBeNull()
    const { found } = detect(`# Contents\n\nIntroduction ..... 1\nLeaders ${'. '.repeat(100_000)}z\nMethods ..... 2\n`)
    expect(found.contents.entries.map((e) => [e.title, e.page])).toEqual([['Introduction', 1], [`Leaders ${'. '.repeat(100_000).trim()} z Methods`, 2]])
  })

  it('finds nothing in a report without a contents page', () => {
    const { found } = detect('# Title\n\nSome text with a number 12.\n')
    expect(found.contents.entries).toEqual([])
    expect(found.contents.startLine).toBeNull()
  })
})

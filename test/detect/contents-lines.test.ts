import type { Paragraph, Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { leadersOnly, linkEntry, parseEntry, spacedRun, splitRunTogether, tableEntries } from '../../src/detect/contents-lines.js'
import { parseMarkdown } from '../../src/parse/parse.js'

function tableOf(markdown: string): Table {
  const node = parseMarkdown(markdown).children[0]
  if (node?.type !== 'table') throw new Error(`not a table: ${node?.type}`)
  return node
}

const entriesOf = (markdown: string) => tableEntries(tableOf(markdown)).map((e) => [e.number, e.title, e.page, e.line])

describe('contents table rows without a page', () => {
  it('wait for the next row with a page, which takes their titles and is followed by a fresh entry', () => {
    const table = [
      '| ACKNOWLEDGEMENT ..... | 3 |',
      '|---|---|',
      '| 2. Dejene TEZERA, Director, Department of Agri- | |',
      '| business, United Nations | y |',
      '| Industrial Development Organisation ..... | 5 |',
      '| PRESENTATION OF PROJECT | 6 |',
      '| Closing | |',
      '| remarks ..... 7 | |',
      '| Annex | 8 |',
    ].join('\n')
    expect(entriesOf(`${table}\n`)).toEqual([
      [null, 'ACKNOWLEDGEMENT', 3, 1],
      ['2', 'Dejene TEZERA, Director, Department of Agri-business, United Nations Industrial Development Organisation', 5, 5],
      [null, 'PRESENTATION OF PROJECT', 6, 6],
      // A row with its page inside the title cell (no page cell) takes the rows before it too.
      [null, 'Closing remarks', 7, 8],
      [null, 'Annex', 8, 9],
    ])
  })

  it('give no entry when no row has a page', () => {
    expect(entriesOf(`|a|b|\n|-|-|\n${'|x|y|\n'.repeat(2_000)}`)).toEqual([])
  })

  it('of a long table all join the first row with a page, however many they are', () => {
    const rows = 2_000
    const entries = entriesOf(`|a|b|\n|-|-|\n${'|x|y|\n'.repeat(rows)}| end | 5 |\n| Next ..... | 6 |\n`)
    expect(entries).toHaveLength(2)
    expect(entries[0]).toEqual([null, `a ${'x '.repeat(rows)}end`, 5, rows + 3])
    expect(entries[1]).toEqual([null, 'Next', 6, rows + 4])
  })

  it('mend a chain of line-break hyphens split over rows as joining them one by one did', () => {
    expect(entriesOf('| a- |\n|---|\n| b- |\n| c ..... 5 |\n')).toEqual([[null, 'a-b-c', 5, 4]])
    expect(entriesOf('| a- | y |\n|---|---|\n| b- | y |\n| c | 5 |\n')).toEqual([[null, 'a-b-c', 5, 4]])
  })
})

describe('contents lines, one rule at a time', () => {
  const spaced = (...texts: string[]) => [...spacedRun(texts.map((text) => ({ text })))].map(([at, e]) => [at, e.title, e.page])

  it('spacedRun: one space before a page, in a run of three entries whose pages never fall; leader lines count', () => {
    expect(spaced('Introduction 3', 'Methods 5', 'Results 5')).toEqual([
      [0, 'Introduction', 3],
      [1, 'Methods', 5],
      [2, 'Results', 5],
    ])
    // Leader lines count towards the run and are parseEntry's; a title wrapped over two lines is passed over.
    expect(spaced('Introduction ..... 3', 'Background of the', 'study and the', 'methods 5', 'Results ..... 9')).toEqual([
      [3, 'methods', 5],
    ])
    expect(spaced('Introduction 3', 'Methods 5')).toEqual([])
  })

  it('spacedRun: a page that falls ends the run and takes the one-space page before it; three lines without a page end it', () => {
    expect(spaced('Introduction 3', 'Methods 5', 'Results 9', 'Annex 12', 'Votes for 40', 'Votes against 3')).toEqual([
      [0, 'Introduction', 3],
      [1, 'Methods', 5],
      [2, 'Results', 9],
      [3, 'Annex', 12],
    ])
    expect(spaced('Introduction 3', 'a', 'b', 'c', 'Methods 5', 'Results 9')).toEqual([])
    expect(spaced('Votes for 12', 'Votes against 3', 'Abstentions 1')).toEqual([])
  })

  it('spacedRun: the page is one to three figures after exactly one space, after a title with a letter', () => {
    expect(spaced('Budget 2019', 'Outlook 2020', 'Plan 2021')).toEqual([])
    // A line without a letter before its figures, or with four figures, is no entry (a wrapped title's line).
    expect(spaced('Introduction 3', '2019 7', 'Methods 5', 'Annex 1000', 'Results 9')).toEqual([
      [0, 'Introduction', 3],
      [2, 'Methods', 5],
      [4, 'Results', 9],
    ])
    // Two spaces or a tab are parseEntry's gap: those lines are no one-space entries.
    expect(spaced('Introduction  3', 'Methods\t5', 'Results 9')).toEqual([[2, 'Results', 9]])
    expect(spaced('Introduction 3', 'Methods 5', 'Results 999')).toEqual([
      [0, 'Introduction', 3],
      [1, 'Methods', 5],
      [2, 'Results', 999],
    ])
  })

  const table = (rows: string) => tableEntries(tableOf(rows)).map((e) => [e.title, e.page])

  it('parseEntry: a parliamentary index points at a page and its column, an annex page starred', () => {
    expect(parseEntry('Dr. Vogel SPD 2213 B')).toEqual({ title: 'Dr. Vogel SPD', number: null, page: 2213 })
    expect(parseEntry('Dr. Stoltenberg, Bundesminister BMF 2215 B, 2217 A')).toEqual({
      title: 'Dr. Stoltenberg, Bundesminister BMF',
      number: null,
      page: 2215,
    })
    expect(parseEntry('Liste der entschuldigten Abgeordneten 2219* A')).toEqual({
      title: 'Liste der entschuldigten Abgeordneten',
      number: null,
      page: 2219,
    })
  })

  it('parseEntry: a line of 500 characters may be an entry, one of 501 is prose; escapes are undone', () => {
    expect(parseEntry(`${'T'.repeat(492)} ..... 3`)).toEqual({ title: 'T'.repeat(492), number: null, page: 3 })
    expect(parseEntry(`${'T'.repeat(493)} ..... 3`)).toBeNull()
    expect(parseEntry('Data \\- sources \\*new\\* ..... 3')).toEqual({ title: 'Data - sources *new*', number: null, page: 3 })
    expect(parseEntry('Title .... . . 7')).toEqual({ title: 'Title', number: null, page: 7 })
  })

  it('leadersOnly: leaders and a page alone, the page a number or roman numerals as written', () => {
    expect(leadersOnly('  ……… 12 ')).toBe(12)
    expect(leadersOnly('. . . . vii')).toBe('vii')
    expect(leadersOnly(`${'.'.repeat(496)} 12`)).toBe(12)
    expect(leadersOnly(`${'.'.repeat(498)} 12`)).toBeNull()
    expect(leadersOnly('……… 12 more')).toBeNull()
  })

  it('splitRunTogether: two entries or more that tile the whole line', () => {
    expect(splitRunTogether('Intro ….. 3 Methods ….. 4')).toEqual([
      { title: 'Intro', number: null, page: 3 },
      { title: 'Methods', number: null, page: 4 },
    ])
    expect(splitRunTogether('Intro ….. 3 Methods ….. 4 and then some')).toBeNull()
    expect(splitRunTogether('Intro ….. 3 ….. 4')).toBeNull()
    expect(splitRunTogether('Intro 3 Methods 4')).toBeNull()
    expect(splitRunTogether('Intro\t3\tMethods\t4')).toEqual([
      { title: 'Intro', number: null, page: 3 },
      { title: 'Methods', number: null, page: 4 },
    ])
  })

  it('linkEntry: one link to an anchor, perhaps a page after leaders; nothing else', () => {
    const paragraph = (md: string) => parseMarkdown(md).children[0] as Paragraph
    expect(linkEntry(paragraph('[Annex](#annex) ….. iv'))).toEqual({ title: 'Annex', number: null, page: 'iv', anchor: 'annex' })
    expect(linkEntry(paragraph('[Annex](#annex) page'))).toBeNull()
    expect(linkEntry(paragraph('[Annex](#annex) 3 [More](#more)'))).toBeNull()
    expect(linkEntry(paragraph('[1234](#numbers)'))).toBeNull()
    expect(linkEntry(paragraph('[Caf%C3%A9](#caf%C3%A9)'))).toEqual({ title: 'Caf%C3%A9', number: null, page: null, anchor: 'café' })
    expect(linkEntry(paragraph('Text [Annex](#annex)'))).toBeNull()
  })

  it('tableEntries: the page in the last cell, leaders around it or after the title dropped', () => {
    expect(table('| Intro | . 7 . |\n|---|---|\n| Methods ….. | iv |\n')).toEqual([
      ['Intro', 7],
      ['Methods', 'iv'],
    ])
    expect(table('| Intro ..... 3 |\n|---|\n| Methods ..... 4 |\n')).toEqual([
      ['Intro', 3],
      ['Methods', 4],
    ])
    expect(table('| 2019 | 5 |\n|---|---|\n| .... | |\n| Results | 12a |\n| continued | 8 |\n')).toEqual([['Results continued', 8]])
    expect(table('| A | B | 3 |\n|---|---|---|\n')).toEqual([['A B', 3]])
  })
})

import type { Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { tableEntries } from '../../src/detect/contents-lines.js'
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

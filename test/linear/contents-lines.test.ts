// The contents-line scanners against the patterns they replaced (the oracles, on short lines where
// they are quick): the same entries on every line over the characters that matter, and linear time
// on the long runs of leaders and spaces where the patterns were quadratic.
import fc from 'fast-check'
import type { Paragraph, Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { leadersOnly, linkEntry, parseEntry, splitRunTogether, splitStream, tableEntries } from '../../src/detect/contents-lines.js'
import { alternation, lexicon } from '../../src/lexicon/index.js'
import { collapseSpace } from '../../src/text/normalize.js'
import { entryNumber } from '../../src/text/numbering.js'

// The patterns and helpers as they were (with main's page words and column entries), for the oracle.
const LEADER = '(?:[.…·_]\\s*){2,}'
const PAGE = `(\\d{1,4}|[ivxlcdm]{1,7}|${alternation(lexicon.pageWords)})`
const ENTRY = new RegExp(`^(?<title>.*?\\S)\\s*(?:${LEADER}|\\t+\\s*|\\s{2,})(?<page>${PAGE.slice(1, -1)})\\s*$`, 'i')
// eslint-disable-next-line regexp/no-super-linear-backtracking -- the old pattern is the oracle, on short texts
const ENTRY_COLUMN = new RegExp(`^(?<title>.*?\\S)\\s*(?:${LEADER})?\\s(?<page>\\d{1,5}) ?[A-D](?:, ?\\d{1,5} ?[A-D]){0,5}\\s*$`)
const RUN_TOGETHER = new RegExp(`(.+?)(?:\\s*${LEADER}\\s*|\\s{2,}|\\t+)${PAGE}(?=\\s|$)`, 'giuy')
const LEADERS_ONLY = new RegExp(`^\\s*${LEADER}\\s*${PAGE}\\s*$`, 'i')
function oldEntryOf(rawTitle: string, pageText: string) {
  // eslint-disable-next-line regexp/no-super-linear-move -- the old pattern is the oracle, on short texts
  const title = collapseSpace(rawTitle.replace(/[.…·_\s]+$/, ''))
  if (!/\p{L}/u.test(title)) return null
  return { ...entryNumber(title), page: /^\d+$/.test(pageText) ? Number(pageText) : collapseSpace(pageText) }
}
function oldParseEntry(text: string) {
  const clean = text.replace(/\\([.\-_*])/g, '$1')
  const match = ENTRY.exec(clean) ?? ENTRY_COLUMN.exec(clean)
  return match?.groups ? oldEntryOf(match.groups.title!, match.groups.page!) : null
}
function oldLeadersOnly(text: string) {
  const match = LEADERS_ONLY.exec(text)
  return match ? (/^\d+$/.test(match[1]!) ? Number(match[1]) : match[1]!) : null
}
function oldSplitRunTogether(text: string) {
  if (!/[.…·_]\s*[.…·_]|\s\s|\t/u.test(text)) return null
  const entries = []
  let consumed = 0
  for (const match of text.matchAll(RUN_TOGETHER)) {
    const entry = oldEntryOf(match[1]!, match[2]!)
    if (!entry) return null
    entries.push(entry)
    consumed = match.index + match[0].length
  }
  return entries.length >= 2 && text.slice(consumed).trim() === '' ? entries : null
}
function oldSplitStream(lines: Array<{ text: string; line: number }>) {
  if (lines.length < 2) return null
  const starts: number[] = []
  let text = ''
  for (const line of lines) {
    starts.push(text.length)
    text += `${line.text.trim()} `
  }
  if (!/[.…·_]\s*[.…·_]|\s\s|\t/u.test(text)) return null
  const entries = []
  let consumed = 0
  let at = 0
  for (const match of text.matchAll(RUN_TOGETHER)) {
    const entry = oldEntryOf(match[1]!, match[2]!)
    if (!entry) return null
    consumed = match.index + match[0].length
    while (at + 1 < starts.length && starts[at + 1]! < consumed) at++
    entries.push({ ...entry, anchor: null, line: lines[at]!.line })
  }
  return entries.length >= lines.length && text.slice(consumed).trim() === '' ? entries : null
}
function oldCellStrip(cells: string[]) {
  // eslint-disable-next-line regexp/no-super-linear-move -- the old pattern is the oracle, on short texts
  const pageCell = cells.length > 1 ? cells.at(-1)!.replace(/^[\s.…·_]+|[\s.…·_]+$/g, '') : ''
  /* eslint-disable regexp/no-super-linear-move, regexp/no-super-linear-backtracking, regexp/optimal-quantifier-concatenation --
     the old pattern is the oracle, on short texts */
  const title = cells
    .slice(0, cells.length > 1 ? -1 : undefined)
    .join(' ')
    .replace(new RegExp(`\\s*${LEADER}\\s*$`), '')
  /* eslint-enable regexp/no-super-linear-move, regexp/no-super-linear-backtracking, regexp/optimal-quantifier-concatenation */
  return { pageCell, title }
}

const pieces = [
  'a',
  'Bé',
  'x',
  'i',
  'V',
  '1',
  '23',
  '12345',
  '.',
  '…',
  '·',
  '_',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\\.',
  '-',
  '3.1 ',
  ':',
  'B',
  ', ',
  'Cover',
  'back cover',
  'Inside',
  'couverture',
  'c',
]
const line = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''))

function table(rows: string[][]): Table {
  return {
    type: 'table',
    children: rows.map((cells) => ({
      type: 'tableRow',
      children: cells.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })),
    })),
  }
}

describe('contents lines read by scanners', () => {
  it('read an entry, a leaders-only line and a run-together page as the patterns did', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(parseEntry(text)).toEqual(oldParseEntry(text))
        expect(leadersOnly(text)).toEqual(oldLeadersOnly(text))
        expect(splitRunTogether(text)).toEqual(oldSplitRunTogether(text))
      }),
      { numRuns: 30_000 },
    )
  })

  it('read a run-together stream of lines as the pattern did', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 4 }), (texts) => {
        const lines = texts.map((text, i) => ({ text, line: i + 1 }))
        expect(splitStream(lines)).toEqual(oldSplitStream(lines))
      }),
      { numRuns: 10_000 },
    )
    expect(parseEntry('Notes ..... Inside back cover')).toEqual({ title: 'Notes', number: null, page: 'Inside back cover' })
    expect(parseEntry('Dr. Adenauer (CDU) 3 B')).toEqual({ title: 'Dr. Adenauer (CDU)', number: null, page: 3 })
  })

  it('strip a contents table’s leaders as the patterns did', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), (cells) => {
        const { pageCell, title } = oldCellStrip(cells.map(collapseSpace))
        const entries = tableEntries(table([cells]))
        const pageless = !/^(?:\d{1,4}|[ivxlcdm]{1,7})$/i.test(pageCell)
        // A row with a page gives an entry titled as the old strip left it (when that title has a letter).
        // eslint-disable-next-line regexp/no-super-linear-move -- the old pattern is the oracle, on short texts
        if (!pageless && /\p{L}/u.test(title.replace(/[.…·_\s]+$/, '')))
          expect(entries.map((entry) => entry.page)).toEqual([oldEntryOf(title, pageCell)!.page])
      }),
      { numRuns: 5_000 },
    )
    expect(tableEntries(table([['Introduction ....', '. 3 .']]))).toEqual([
      { title: 'Introduction', number: null, page: 3, anchor: null, line: 1 },
    ])
  })

  it('read the examples of each shape', () => {
    expect(parseEntry('3.1 Title ........ 12')).toEqual({ title: 'Title', number: '3.1', page: 12 })
    expect(parseEntry('Preface\t\tiv')).toEqual({ title: 'Preface', number: null, page: 'iv' })
    expect(parseEntry('Two spaces are not enough 12')).toBe(null)
    expect(leadersOnly('……… 5')).toBe(5)
    expect(splitRunTogether('ONE ….. 3 TWO ….. 4')).toEqual([
      { title: 'ONE', number: null, page: 3 },
      { title: 'TWO', number: null, page: 4 },
    ])
  })

  it('take time linear in the line: 20,000 leaders, a title of 100 kB of dots, a cell of dots', () => {
    const started = performance.now()
    for (let i = 0; i < 20; i++) expect(splitRunTogether(`Title ${'.'.repeat(19_990)}`)).toBe(null)
    expect(splitRunTogether(`${'. '.repeat(9_990)}a 1 b 2`)).toBe(null)
    expect(tableEntries(table([[`${'.'.repeat(100_000)}y`, `${'.'.repeat(100_000)}y`]]))).toEqual([])
    expect(tableEntries(table([[`Title${' .'.repeat(50_000)}`, '7']]))).toEqual([
      { title: 'Title', number: null, page: 7, anchor: null, line: 1 },
    ])
    const link: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'link', url: '#a', children: [{ type: 'text', value: `${'.'.repeat(100_000)}y` }] }],
    }
    expect(linkEntry(link)).toEqual({ title: `${'.'.repeat(100_000)}y`, number: null, page: null, anchor: 'a' })
    expect(performance.now() - started).toBeLessThan(1500)
  })
})

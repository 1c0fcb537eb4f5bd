// The levels of a contents page's entries and where its list stops (src/detect/contents-levels.ts), one rule at a time:
// each page below is built so that only the rule under test can give its levels.
import { describe, expect, it } from 'vitest'
import { assignLevels, countedNumbers, type RawEntry, uniqueRun } from '../../src/detect/contents-levels.js'

type Extra = Partial<Omit<RawEntry, 'title'>>

const entry = (title: string, extra: Extra = {}, at = 0): RawEntry => ({
  title,
  number: null,
  page: 1,
  anchor: null,
  line: at + 1,
  column: 0,
  listDepth: 0,
  ...extra,
})

const page = (...rows: Array<[string, Extra?]>): RawEntry[] => rows.map(([title, extra], at) => entry(title, extra, at))

const levels = (raw: RawEntry[]) => assignLevels(raw).map((e) => [e.title, e.level])

describe('assignLevels', () => {
  it('takes a nested list its depth, an entry outside lists at the top, and drops the line-reading fields', () => {
    const raw = page(
      ['Opening', { listDepth: 1, bulleted: true }],
      ['Welcome', { listDepth: 2, centred: false, titleLine: 2, scheme: '1.' }],
      ['Agenda', { listDepth: 3, column: 8 }],
      ['Annex', { listDepth: 0, column: 4 }],
    )
    expect(levels(raw)).toEqual([
      ['Opening', 1],
      ['Welcome', 2],
      ['Agenda', 3],
      ['Annex', 1],
    ])
    const [second] = assignLevels(raw).slice(1)
    expect(second).toEqual({ title: 'Welcome', number: null, page: 1, anchor: null, line: 2, column: 0, level: 2 })
  })

  it('sets the entries under a centred label one below what their columns give; before any label, their columns alone', () => {
    const raw = page(
      ['Foreword', { column: 0 }],
      ['WITNESSES', { column: 20, centred: true, page: null }],
      ['Alan Greenspan, Chairman', { column: 0 }],
      ['Prepared statement', { column: 1 }],
      ['Answers to questions', { column: 2 }],
    )
    expect(levels(raw)).toEqual([
      ['Foreword', 1],
      ['WITNESSES', 1],
      ['Alan Greenspan, Chairman', 2],
      ['Prepared statement', 2],
      ['Answers to questions', 3],
    ])
  })

  it('leaves the entries under a centred label their columns: the label’s column, and the order they come in, are no level', () => {
    const raw = page(
      ['WITNESSES', { column: 8, centred: true, page: null }],
      ['Statement', { column: 4 }],
      ['Chairman', { column: 0 }],
      ['Answers', { column: 12 }],
    )
    expect(levels(raw).map(([, level]) => level)).toEqual([1, 3, 2, 4])
    const jitter = page(['PANEL', { column: 10, centred: true, page: null }], ['Anna', { column: 1 }], ['Ben', { column: 2 }])
    expect(levels(jitter).map(([, level]) => level)).toEqual([1, 2, 2])
  })

  it('nests numbers of several styles by style on a page without indentation (I. over A.), an annex left to the other rules', () => {
    const raw = page(
      ['Introduction', { number: 'I' }],
      ['Scope', { number: 'A' }],
      ['Terms', { number: 'B' }],
      ['Findings', { number: 'II' }],
      ['Tables', { number: '1', scheme: 'annex' }],
    )
    expect(levels(raw)).toEqual([
      ['Introduction', 1],
      ['Scope', 2],
      ['Terms', 2],
      ['Findings', 1],
      ['Tables', 1],
    ])
  })

  it('reads the indentation before the numbers’ styles where the page has both', () => {
    const raw = page(
      ['Intro', { number: 'I' }],
      ['Scope', { number: 'A' }],
      ['Terms', { number: 'B', column: 4 }],
      ['End', { number: 'II' }],
    )
    expect(levels(raw).map(([, level]) => level)).toEqual([1, 1, 2, 1])
  })

  it('counts as dotted only a number of figures and stops throughout (12, 1.12), not 2a or A.1', () => {
    const under = (number: string) => levels(page(['Keynotes', { number }], ['Anna Berg (Oslo)', { column: 2 }]))
    expect(under('12')).toEqual([
      ['Keynotes', 1],
      ['Anna Berg (Oslo)', 2],
    ])
    expect(under('1.12')).toEqual([
      ['Keynotes', 2],
      ['Anna Berg (Oslo)', 3],
    ])
    expect(under('A.1').map(([, level]) => level)).toEqual([1, 1])
    expect(under('1.2a').map(([, level]) => level)).toEqual([1, 1])
  })

  it('gives a dotted number its depth, and an unnumbered entry set in under a numbered one the level below it', () => {
    expect(
      levels(
        page(['Talks', { number: '1' }], ['Keynotes', { number: '1.1' }], ['Panels', { number: '1.1.2' }], ['Close', { number: '2' }]),
      ),
    ).toEqual([
      ['Talks', 1],
      ['Keynotes', 2],
      ['Panels', 3],
      ['Close', 1],
    ])
    expect(levels(page(['Keynotes', { number: '1.2' }], ['Anna Berg (Oslo)', { column: 2 }]))).toEqual([
      ['Keynotes', 2],
      ['Anna Berg (Oslo)', 3],
    ])
    // At the numbered entry's column it is not under it; a number that is not dotted (`A`) sets no entry over the next.
    expect(levels(page(['Keynotes', { number: '1.2' }], ['Anna Berg (Oslo)', { column: 0 }]))).toEqual([
      ['Keynotes', 2],
      ['Anna Berg (Oslo)', 1],
    ])
    expect(levels(page(['Keynotes', { number: 'A' }], ['Anna Berg (Oslo)', { column: 2 }]))).toEqual([
      ['Keynotes', 1],
      ['Anna Berg (Oslo)', 1],
    ])
  })

  it('puts bulleted entries under the unbulleted group line above them', () => {
    const raw = page(
      ['Economía', { page: null }],
      ['Micro y mesoeconomía', { bulleted: true, page: 51 }],
      ['Macroeconomía', { bulleted: true, page: 60 }],
      ['Salud', { page: 70 }],
    )
    expect(levels(raw)).toEqual([
      ['Economía', 1],
      ['Micro y mesoeconomía', 2],
      ['Macroeconomía', 2],
      ['Salud', 1],
    ])
    // A group line is one without a page: with its page it is an entry like the bulleted ones.
    const paged = page(['Economía', { page: 50 }], ['Micro y mesoeconomía', { bulleted: true }], ['Salud', { bulleted: true }])
    expect(levels(paged).map(([, level]) => level)).toEqual([1, 1, 1])
    // A last line without a page and nothing under it groups nothing.
    expect(levels(page(['Introduction'], ['Notes', { page: null }])).map(([, level]) => level)).toEqual([1, 1])
  })

  it('reads two to four columns as levels, a column within two of another the same in plain text', () => {
    const raw = page(['Part one', { column: 0 }], ['Chapter', { column: 4 }], ['Section', { column: 9 }], ['Jitter', { column: 2 }])
    expect(levels(raw).map(([, level]) => level)).toEqual([1, 2, 3, 1])
    // In a list, two spaces more is a level down.
    const listed = page(
      ['WebRTC', { column: 0, listDepth: 1 }],
      ['Signaling', { column: 2, listDepth: 1 }],
      ['Media', { column: 0, listDepth: 1 }],
    )
    expect(levels(listed).map(([, level]) => level)).toEqual([1, 2, 1])
    // Two spaces more on a page of list entries and plain lines is the jitter of plain text.
    const mixed = page(['WebRTC', { column: 0, listDepth: 1 }], ['Signaling', { column: 2 }], ['Media', { column: 0, listDepth: 1 }])
    expect(levels(mixed).map(([, level]) => level)).toEqual([1, 1, 1])
    const plain = page(['WebRTC', { column: 0 }], ['Signaling', { column: 3 }], ['Media', { column: 0 }])
    expect(levels(plain).map(([, level]) => level)).toEqual([1, 2, 1])
  })

  it('reads no levels from columns on a page of two entries, of one column, of five, or whose first entry is set in', () => {
    expect(levels(page(['One', { column: 0 }], ['Two', { column: 6 }])).map(([, level]) => level)).toEqual([1, 1])
    expect(levels(page(['One', { column: 4 }], ['Two', { column: 4 }], ['Three', { column: 5 }])).map(([, l]) => l)).toEqual([1, 1, 1])
    const five = page(['A', { column: 0 }], ['B', { column: 4 }], ['C', { column: 8 }], ['D', { column: 12 }], ['E', { column: 16 }])
    expect(levels(five).map(([, level]) => level)).toEqual([1, 1, 1, 1, 1])
    const four = page(['A', { column: 0 }], ['B', { column: 4 }], ['C', { column: 8 }], ['D', { column: 12 }])
    expect(levels(four).map(([, level]) => level)).toEqual([1, 2, 3, 4])
    const setIn = page(['A', { column: 3 }], ['B', { column: 0 }], ['C', { column: 6 }])
    expect(levels(setIn).map(([, level]) => level)).toEqual([1, 1, 1])
    const slightlyIn = page(['A', { column: 2 }], ['B', { column: 0 }], ['C', { column: 6 }])
    expect(levels(slightlyIn).map(([, level]) => level)).toEqual([1, 1, 2])
  })

  it('sets ALL-CAPS entries over the rest when nothing else gives levels, and all at the top when all are in capitals', () => {
    expect(levels(page(['INTRODUCTION'], ['Background'], ['METHODS'])).map(([, level]) => level)).toEqual([1, 2, 1])
    expect(levels(page(['INTRODUCTION'], ['METHODS'])).map(([, level]) => level)).toEqual([1, 1])
    expect(levels(page(['Introduction'], ['Methods'])).map(([, level]) => level)).toEqual([1, 1])
  })
})

describe('assignLevels: speakers listed under their items', () => {
  it('a name with its group in brackets is a level below the item before it', () => {
    expect(
      levels(page(['Wahl des Präsidenten'], ['Dr. Adenauer (CDU)'], ['Herr de la Fuente (PP)'], ['Annex'], ['Reimann (KPD)'])),
    ).toEqual([
      ['Wahl des Präsidenten', 1],
      ['Dr. Adenauer (CDU)', 2],
      ['Herr de la Fuente (PP)', 2],
      ['Annex', 1],
      ['Reimann (KPD)', 2],
    ])
  })

  it('refuses a page of one speaker, of one item, one that opens with a speaker, or titles that are no names', () => {
    const flat = (raw: RawEntry[]) => assignLevels(raw).every((e) => e.level === 1)
    expect(flat(page(['Opening'], ['Dr. Adenauer (CDU)'], ['Annex']))).toBe(true)
    expect(flat(page(['Opening'], ['Dr. Adenauer (CDU)'], ['Reimann (KPD)']))).toBe(true)
    expect(flat(page(['Dr. Adenauer (CDU)'], ['Opening'], ['Reimann (KPD)'], ['Böhm (SPD)'], ['Annex']))).toBe(true)
    // Words in lower case, an organisation's word, six words, nothing in brackets, two brackets.
    const items = ['Report of the Board (Item 4)', 'Harbour Authority (HA)', 'Anna Maria Berg Lund Novak Sand (SPD)', 'Dr. Adenauer CDU']
    for (const title of [...items, 'Reimann (KPD) (Bonn)']) expect(flat(page(['Opening'], ['Böhm (SPD)'], [title], ['Annex']))).toBe(true)
    expect(flat(page(['Opening'], ['Böhm (SPD)'], ['Anna Maria Berg Lund (SPD)'], ['Annex']))).toBe(false)
  })

  it('gives way to numbering and to indentation', () => {
    expect(levels(page(['Opening', { number: '1' }], ['Dr. Adenauer (CDU)'], ['Reimann (KPD)'], ['Votes', { number: '2' }]))).toEqual([
      ['Opening', 1],
      ['Dr. Adenauer (CDU)', 1],
      ['Reimann (KPD)', 1],
      ['Votes', 1],
    ])
  })
})

describe('countedNumbers', () => {
  it('takes the figures that count up from 1 as the entries’ numbers', () => {
    const raw = page(['1 Invited Talks'], ['Anna Berg'], ['2 Contributed Talks'], ['Index', { number: '3' }])
    expect(countedNumbers(raw).map((e) => [e.number, e.title])).toEqual([
      ['1', 'Invited Talks'],
      [null, 'Anna Berg'],
      ['2', 'Contributed Talks'],
      ['3', 'Index'],
    ])
    const ten = countedNumbers(Array.from({ length: 10 }, (_, k) => entry(`${k + 1} Session`, {}, k)))
    expect(ten.map((e) => [e.number, e.title]).slice(8)).toEqual([
      ['9', 'Session'],
      ['10', 'Session'],
    ])
    expect(countedNumbers(page(['9 Intro'], ['10 Body'])).map((e) => e.title)).toEqual(['9 Intro', '10 Body'])
  })

  it('leaves a title that opens with a figure alone, or with figures that do not count from 1 one after another', () => {
    const numbered = page(['1 Invited Talks'], ['2 Contributed Talks'], ['3 Questions for the Board', { number: 'A' }])
    expect(countedNumbers(numbered).map((e) => [e.number, e.title])[2]).toEqual(['A', '3 Questions for the Board'])
    const single = page(['1 Introduction'], ['Methods'])
    expect(countedNumbers(single)).toEqual(single)
    const year = page(['2020 Budget'], ['2021 Budget'])
    expect(countedNumbers(year)).toEqual(year)
    const late = page(['2 Questions for the Board'], ['3 Answers'])
    expect(countedNumbers(late)).toEqual(late)
    const skipping = page(['1 Opening'], ['3 Closing'])
    expect(countedNumbers(skipping)).toEqual(skipping)
    const lower = page(['1 opening'], ['2 closing'])
    expect(countedNumbers(lower)).toEqual(lower)
    const inside = page(['Room 1 Opening'], ['Room 2 Closing'])
    expect(countedNumbers(inside)).toEqual(inside)
    const noSpace = page(['1Opening'], ['2Closing'])
    expect(countedNumbers(noSpace)).toEqual(noSpace)
    expect(countedNumbers(single)).not.toBe(single)
  })
})

describe('uniqueRun', () => {
  it('stops where the body’s first heading repeats an entry’s title without its page', () => {
    const raw = page(['Opening', { page: 1 }], ['Reports', { page: 2 }], ['OPENING', { page: null }], ['Reports', { page: 2 }])
    expect(uniqueRun(raw).map((e) => e.title)).toEqual(['Opening', 'Reports'])
    const body = page(['Opening', { page: 1 }], ['Reports', { page: 2 }], ['OPENING', { page: null }], ['Agenda', { page: null }])
    expect(uniqueRun(body).map((e) => e.title)).toEqual(['Opening', 'Reports'])
    // A title repeated before any entry with that title had its page is not the body.
    const grouped = page(['Talks', { page: null }], ['Talks', { page: null }], ['Close', { page: 3 }])
    expect(uniqueRun(grouped).map((e) => e.title)).toEqual(['Talks', 'Talks', 'Close'])
  })

  it('stops where a second copy repeats two entries in a row, in the same order', () => {
    const raw = page(['A', { page: 1 }], ['B', { page: 2 }], ['C', { page: 3 }], ['A', { page: 1 }], ['B', { page: 2 }], ['D', { page: 4 }])
    expect(uniqueRun(raw).map((e) => e.title)).toEqual(['A', 'B', 'C'])
    // One entry repeated, or a pair reversed, is not a copy; nor is a run of one title overlapping itself.
    const again = page(['A', { page: 1 }], ['B', { page: 2 }], ['C', { page: 3 }], ['B', { page: 4 }], ['A', { page: 5 }])
    expect(uniqueRun(again)).toEqual(again)
    const same = page(['Break', { page: 1 }], ['Break', { page: 2 }], ['Break', { page: 3 }])
    expect(uniqueRun(same)).toEqual(same)
    expect(uniqueRun(same)).not.toBe(same)
    // A fourth repeats the first pair two entries on: the copy starts there.
    expect(uniqueRun([...same, entry('Break', { page: 4 }, 3)]).map((e) => e.page)).toEqual([1, 2])
  })
})

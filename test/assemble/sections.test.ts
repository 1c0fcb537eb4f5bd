// The body's hierarchy: levels from the contents page, numbering, calibrated depths or styled lines, in
// that order; parents by level.
import { describe, expect, it } from 'vitest'
import { assignLevels, assignParents, type SectionStart } from '../../src/assemble/sections.js'

const start = (over: Partial<SectionStart>): SectionStart => ({
  title: 't',
  number: null,
  depth: null,
  contentsLevel: null,
  line: 1,
  ...over,
})

describe('assignLevels', () => {
  it('reads a number of several digits per part: "12.3" is at level 2', () => {
    expect(assignLevels([start({ number: '12.3' }), start({ number: '10' })])).toEqual([2, 1])
  })

  it('ranks depths no contents entry calibrates from the shallowest, whatever order they come in', () => {
    expect(assignLevels([start({ depth: 3 }), start({ depth: 1 }), start({ depth: 2 })])).toEqual([3, 1, 2])
  })

  it('calibrates no level from a depth that headings of several levels share about equally (docling’s flat `##`)', () => {
    const flat = [
      start({ depth: 2, title: 'Notice' }),
      start({ depth: 2, number: '1', contentsLevel: 1 }),
      start({ depth: 2, number: '1.1', contentsLevel: 2 }),
      start({ depth: 2, number: '2', contentsLevel: 1 }),
      start({ depth: 2, number: '2.1', contentsLevel: 2 }),
    ]
    expect(assignLevels(flat)).toEqual([1, 1, 2, 1, 2])
    // Two in three of one level still calibrate it: the unmatched heading takes that level.
    const mostly = [start({ depth: 2, title: 'Notice' }), ...[2, 2, 1].map((level) => start({ depth: 2, contentsLevel: level }))]
    expect(assignLevels(mostly)).toEqual([2, 2, 2, 1])
  })

  it('puts an uncalibrated depth one below the nearest shallower calibrated one, not the shallowest', () => {
    const starts = [start({ depth: 1, contentsLevel: 1 }), start({ depth: 3, contentsLevel: 2 }), start({ depth: 5 })]
    expect(assignLevels(starts)).toEqual([1, 2, 3])
  })

  it('puts a `##` part no heading stands over at the top though a closing `#` comes later (minutes titled by their H1)', () => {
    // `## Attendees`, `### Item` under it, `## New Business`, then `# Next Meeting`: the H1 title itself is no section.
    const starts = [start({ depth: 2 }), start({ depth: 3 }), start({ depth: 2 }), start({ depth: 1 })]
    expect(assignLevels(starts)).toEqual([1, 2, 1, 1])
    // Two depths below the shallowest, a heading keeps its depth's level (a dropped `# PLENARY` over `###` countries).
    expect(assignLevels([start({ depth: 3 }), start({ depth: 3 }), start({ depth: 1 })])).toEqual([2, 2, 1])
  })

  it('takes the contents page’s level first, then the number’s depth', () => {
    expect(
      assignLevels([start({ contentsLevel: 2, number: '1', depth: 1 }), start({ number: '3.1.2', depth: 1 }), start({ number: '4' })]),
    ).toEqual([2, 3, 1])
  })

  it('puts unnumbered back matter at the top level, whatever the depth or styled line before it; numbered or listed, as usual', () => {
    const starts = [
      start({ number: '9.2', depth: 2 }),
      start({ title: 'Authors’ Addresses', depth: 3 }),
      start({ title: 'References:' }),
      start({ title: 'References', number: '10.1' }),
      start({ title: 'Acknowledgements', contentsLevel: 2 }),
    ]
    expect(assignLevels(starts)).toEqual([2, 1, 1, 2, 2])
  })

  it('reads digits and dots, or an annex’s letter and dots ("A.1" at level 2); "IV" and "A" go by depth, under their parent', () => {
    expect(
      assignLevels([
        start({ number: 'A.1', depth: 2 }),
        start({ number: 'IV', depth: 3 }),
        start({ number: '2.x', depth: 2 }),
        start({ number: 'A', depth: 3 }),
      ]),
    ).toEqual([2, 3, 1, 2])
  })

  it('without a contents page, skips no level: a depth under a shallower one is one level below it', () => {
    const starts = [
      start({ depth: 2 }),
      start({ depth: 4 }),
      start({ depth: 3 }),
      start({ depth: 4 }),
      start({ depth: 2 }),
      start({ depth: 4 }),
    ]
    expect(assignLevels(starts)).toEqual([1, 2, 2, 3, 1, 2])
    // Under a numbered heading, one level below the number's: `### Notes` under `## 2.1 Scope`.
    expect(assignLevels([start({ number: '2.1', depth: 2 }), start({ depth: 3 }), start({ number: '2.2', depth: 2 })])).toEqual([2, 3, 2])
    // A styled line (no depth) between them is passed over: the `####` is under the `##` before it.
    expect(assignLevels([start({ depth: 2 }), start({ depth: 3 }), start({ depth: null }), start({ depth: 4 })])).toEqual([1, 2, 3, 3])
  })

  it('nests the numbering’s styles where the depths are one: a style under the one before it when that one goes on after it', () => {
    const numbers = ['I', 'A', 'B', '1', '2', 'C', 'II', 'A', 'a', 'b']
    expect(assignLevels(numbers.map((number) => start({ number, depth: 2 })))).toEqual([1, 2, 2, 3, 3, 2, 1, 2, 3, 3])
    // A style whose first number comes right under the last heading opens a list there, though nothing goes on after it.
    expect(assignLevels(['1', '2', 'a', 'b'].map((number) => start({ number })))).toEqual([1, 1, 2, 2])
  })

  it('keeps a style that never gives way back after another heading a sibling sequence (appendices after the numbered body)', () => {
    const starts = [
      start({ number: '1' }),
      start({ number: '2' }),
      start({ title: 'References' }),
      start({ number: 'A' }),
      start({ number: 'B' }),
    ]
    expect(assignLevels(starts)).toEqual([1, 1, 1, 1, 1])
  })

  it('keeps an annex’s number out of the body’s styles, and puts an annex’s word alone at the top level', () => {
    const numbers = ['1', 'A', '2', 'a', 'b', '3']
    const starts = numbers.map((number, i) => start({ number, ...(i === 1 ? { annex: true as const } : {}) }))
    expect(assignLevels(starts)).toEqual([1, 1, 1, 2, 2, 1])
    expect(assignLevels([start({ number: '2.1', depth: 3 }), start({ title: 'Appendix:', depth: 3 })])).toEqual([2, 1])
  })

  it('leaves the numbering’s styles to the depths when the depths differ, one style numbers all, or a number is dotted', () => {
    expect(assignLevels([start({ number: 'I', depth: 2 }), start({ number: 'A', depth: 3 }), start({ number: 'II', depth: 2 })])).toEqual([
      1, 2, 1,
    ])
    expect(assignLevels([start({ number: 'I', depth: 2 }), start({ number: 'II', depth: 2 })])).toEqual([1, 1])
    expect(assignLevels([start({ number: '1' }), start({ number: '1.1' }), start({ number: 'a' }), start({ number: '2' })])).toEqual([
      1, 2, 2, 1,
    ])
  })

  it('calibrates a depth by the contents level most of its matched headings have, the lower on a tie', () => {
    const starts = [
      start({ depth: 2, contentsLevel: 1 }),
      start({ depth: 2, contentsLevel: 1 }),
      start({ depth: 2, contentsLevel: 2 }),
      start({ depth: 3, contentsLevel: 3 }),
      start({ depth: 3, contentsLevel: 2 }),
      start({ depth: 2 }),
      start({ depth: 3 }),
    ]
    expect(assignLevels(starts).slice(5)).toEqual([1, 2])
  })

  it('places an uncalibrated depth under the nearest shallower calibrated one, else above the nearest deeper', () => {
    // Calibrated: depth 5 → 4 and depth 3 → 2 (given in that order); depth 1 → 1 too.
    const calibrated = [start({ depth: 5, contentsLevel: 4 }), start({ depth: 3, contentsLevel: 2 }), start({ depth: 1, contentsLevel: 1 })]
    expect(assignLevels([...calibrated, start({ depth: 4 }), start({ depth: 6 }), start({ depth: 2 })]).slice(3)).toEqual([3, 5, 2])
    const deeperOnly = [start({ depth: 5, contentsLevel: 4 }), start({ depth: 3, contentsLevel: 3 })]
    expect(assignLevels([...deeperOnly, start({ depth: 2 })]).slice(2)).toEqual([2])
  })

  it('without any calibration, ranks depths among those the document uses', () => {
    expect(assignLevels([start({ depth: 2 }), start({ depth: 4 }), start({ depth: 6 }), start({ depth: 4 })])).toEqual([1, 2, 3, 2])
  })

  it('puts a styled line under the heading before it, and beside a styled line before it', () => {
    expect(assignLevels([start({}), start({})])).toEqual([1, 1])
    expect(assignLevels([start({ depth: 1 }), start({}), start({}), start({ depth: 1 }), start({})])).toEqual([1, 2, 2, 1, 2])
    expect(assignLevels([start({ contentsLevel: 2 }), start({})])).toEqual([2, 3])
  })

  it('keeps levels between 1 and 9', () => {
    expect(assignLevels([start({ number: '1.2.3.4.5.6.7.8.9.10' }), start({ depth: 3, contentsLevel: 1 }), start({ depth: 1 })])).toEqual([
      9, 1, 1,
    ])
  })
})

describe('assignParents', () => {
  it('gives each section the nearest earlier one of a lower level', () => {
    expect(assignParents([1, 2, 2, 3, 1, 3, 2])).toEqual([null, 0, 0, 2, null, 4, 4])
    expect(assignParents([2, 1, 2])).toEqual([null, null, 1])
    expect(assignParents([])).toEqual([])
  })
})

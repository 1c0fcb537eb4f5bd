import { describe, expect, it } from 'vitest'
import { splitNumber, withNumber } from '../../src/text/numbering.js'

// The headings detector's forms and refusals are its examples (src/detect/headings.ts, run by test/examples.test.ts).
describe('section numbers', () => {
  it('split a section number from its title, but not a year', () => {
    expect(splitNumber('3.1.2. Data sources')).toEqual({ number: '3.1.2', title: 'Data sources' })
    expect(splitNumber('1. Chen Lu (Ant Group)')).toEqual({ number: '1', title: 'Chen Lu (Ant Group)' })
    expect(splitNumber('Annex 2. Budget')).toEqual({ number: '2', title: 'Budget', annex: true })
    expect(splitNumber('Appendix A: Participants')).toEqual({ number: 'A', title: 'Participants', annex: true })
    expect(splitNumber('Annex on budgets')).toEqual({ number: null, title: 'Annex on budgets' })
    expect(splitNumber('A.1 Terms')).toEqual({ number: 'A.1', title: 'Terms' })
    expect(splitNumber('2030 Agenda')).toEqual({ number: null, title: '2030 Agenda' })
  })

  it('split a number closed by a parenthesis, set off by a dash, or counted the Chinese way; not a time or a label', () => {
    expect(splitNumber('b) Budget')).toEqual({ number: 'b', title: 'Budget' })
    expect(splitNumber('(iv) Costs')).toEqual({ number: 'iv', title: 'Costs' })
    expect(splitNumber('3.1. – Methods')).toEqual({ number: '3.1', title: 'Methods' })
    expect(splitNumber('B – Costs')).toEqual({ number: 'B', title: 'Costs' })
    expect(splitNumber('十二、其他事项')).toEqual({ number: '十二', title: '其他事项' })
    expect(splitNumber('(3) 结论')).toEqual({ number: '3', title: '结论' })
    expect(splitNumber('12 - 14 March 2024')).toEqual({ number: null, title: '12 - 14 March 2024' })
    expect(splitNumber('B: Yes')).toEqual({ number: null, title: 'B: Yes' })
    expect(splitNumber('1000 - Opening')).toEqual({ number: null, title: '1000 - Opening' })
    expect(splitNumber('a. Background')).toEqual({ number: 'a', title: 'Background' })
    expect(splitNumber('iv. Costs')).toEqual({ number: 'iv', title: 'Costs' })
    expect(splitNumber('e.g. a heading')).toEqual({ number: null, title: 'e.g. a heading' })
    expect(splitNumber('1.Introduction')).toEqual({ number: '1', title: 'Introduction' })
    expect(splitNumber('3.1Methods')).toEqual({ number: '3.1', title: 'Methods' })
    expect(splitNumber('2.4GHz radios')).toEqual({ number: null, title: '2.4GHz radios' })
  })

  it('read the same in a contents entry', () => {
    expect(withNumber('12. March 2020')).toEqual({ number: '12', title: 'March 2020' })
  })
})

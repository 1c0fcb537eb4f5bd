import { describe, expect, it } from 'vitest'
import { splitNumber, withNumber } from '../../src/text/numbering.js'

// The headings detector's forms and refusals are its examples (src/detect/headings.ts, run by test/examples.test.ts).
describe('section numbers', () => {
  it('split a section number from its title, but not a year', () => {
    expect(splitNumber('3.1.2. Data sources')).toEqual({ number: '3.1.2', title: 'Data sources' })
    expect(splitNumber('1. Chen Lu (Ant Group)')).toEqual({ number: '1', title: 'Chen Lu (Ant Group)' })
    expect(splitNumber('Annex 2. Budget')).toEqual({ number: '2', title: 'Budget' })
    expect(splitNumber('A.1 Terms')).toEqual({ number: 'A.1', title: 'Terms' })
    expect(splitNumber('2030 Agenda')).toEqual({ number: null, title: '2030 Agenda' })
  })

  it('read the same in a contents entry', () => {
    expect(withNumber('12. March 2020')).toEqual({ number: '12', title: 'March 2020' })
  })
})

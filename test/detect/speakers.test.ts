import { describe, expect, it } from 'vitest'
import { splitName } from '../../src/text/names.js'

// The speakers detector's forms and refusals are its examples (src/detect/speakers.ts, run by test/examples.test.ts).
describe('names', () => {
  it('splits names by the CAPITALISED surname convention, else the last word with its particles', () => {
    expect(splitName('Tianruo WANG')).toEqual({ given_name: 'Tianruo', family_name: 'WANG' })
    expect(splitName('LI Yong')).toEqual({ given_name: 'Yong', family_name: 'LI' })
    expect(splitName('Carolyn Schwalger')).toEqual({ given_name: 'Carolyn', family_name: 'Schwalger' })
    expect(splitName('Pedro Leite da Silva Dias')).toEqual({ given_name: 'Pedro Leite da Silva', family_name: 'Dias' })
    expect(splitName('Ronald van Buss')).toEqual({ given_name: 'Ronald', family_name: 'van Buss' })
  })
})

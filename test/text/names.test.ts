// A name split into given and family name: what a middle initial belongs to.
import { describe, expect, it } from 'vitest'
import { splitName } from '../../src/text/names.js'

describe('splitName', () => {
  it('leaves a middle initial out of the given name', () => {
    expect(splitName('Richard C. Shelby')).toEqual({ given_name: 'Richard', family_name: 'Shelby' })
    expect(splitName('Marisa Armanino Williams')).toEqual({ given_name: 'Marisa Armanino', family_name: 'Williams' })
  })

  it('keeps initials that are all the given name there is', () => {
    expect(splitName('J. R. Smith')).toEqual({ given_name: 'J. R.', family_name: 'Smith' })
    expect(splitName('J. Smith')).toEqual({ given_name: 'J.', family_name: 'Smith' })
  })
})

describe('splitName of one word', () => {
  it('reads a word alone as a given name, in capitals as a surname', () => {
    expect(splitName('Lena', true)).toEqual({ given_name: 'Lena', family_name: '' })
    expect(splitName('LINDQVIST', true)).toEqual({ given_name: '', family_name: 'LINDQVIST' })
  })

  it('reads the word a title or honorific went with as the surname', () => {
    expect(splitName('Weber')).toEqual({ given_name: '', family_name: 'Weber' })
  })
})

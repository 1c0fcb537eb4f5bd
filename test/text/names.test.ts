// A name split into given and family name: what a middle initial belongs to.
import { describe, expect, it } from 'vitest'
import { splitName } from '../../src/text/names.js'

describe('splitName', () => {
  it('leaves a middle initial out of the given name', () => {
    expect(splitName('Richard C. Shelby')).toEqual({ given_name: 'Richard', family_name: 'Shelby' })
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

describe('splitName across conventions', () => {
  it('reads three plain words as a given name and two surnames, the Spanish and Portuguese way', () => {
    expect(splitName('Carlos López Quintanilla')).toEqual({ given_name: 'Carlos', family_name: 'López Quintanilla' })
    expect(splitName('Kim Hamilton Duffy')).toEqual({ given_name: 'Kim', family_name: 'Hamilton Duffy' })
  })

  it('keeps a known second given name with the first (secondGivenNames)', () => {
    expect(splitName('Josep Lluís Sala')).toEqual({ given_name: 'Josep Lluís', family_name: 'Sala' })
    expect(splitName('José María Martín Blázquez')).toEqual({ given_name: 'José María', family_name: 'Martín Blázquez' })
  })

  it('leaves four words without a second given name, particles and initials to the older rules', () => {
    expect(splitName('Pedro Leite da Silva Dias')).toEqual({ given_name: 'Pedro Leite da Silva', family_name: 'Dias' })
    expect(splitName('Jan van der Berg')).toEqual({ given_name: 'Jan', family_name: 'van der Berg' })
    expect(splitName('Anna Maria Berg Lund Holm')).toEqual({ given_name: 'Anna Maria Berg Lund', family_name: 'Holm' })
  })

  it('takes the surname in capitals, first or last', () => {
    expect(splitName('DUPONT Jean')).toEqual({ given_name: 'Jean', family_name: 'DUPONT' })
    expect(splitName('Marie-Claire DE LA FONTAINE')).toEqual({ given_name: 'Marie-Claire', family_name: 'DE LA FONTAINE' })
  })

  it('gives a generation suffix to the family name (nameSuffixes)', () => {
    expect(splitName('John Smith, Jr.')).toEqual({ given_name: 'John', family_name: 'Smith Jr.' })
    expect(splitName('Robert Smith III')).toEqual({ given_name: 'Robert', family_name: 'Smith III' })
    expect(splitName('Francisco Quixaba Filho')).toEqual({ given_name: 'Francisco', family_name: 'Quixaba Filho' })
  })
})

describe('splitName of a name that says its surname first', () => {
  it('reads a name opening with a lowercase particle as all surname (nameParticles)', () => {
    expect(splitName('van Löwis')).toEqual({ given_name: '', family_name: 'van Löwis' })
    expect(splitName('de la Fuente', true)).toEqual({ given_name: '', family_name: 'de la Fuente' })
    expect(splitName('Van Morrison')).toEqual({ given_name: 'Van', family_name: 'Morrison' })
  })

  it('reads capitalised particles opening a name as a surname when two open it (a name in capitals title-cased)', () => {
    expect(splitName('Van Den Berg')).toEqual({ given_name: '', family_name: 'Van Den Berg' })
    expect(splitName('De La Cruz')).toEqual({ given_name: '', family_name: 'De La Cruz' })
  })

  it('reads a name inverted with a comma as surname, then given names', () => {
    expect(splitName('Smith, John')).toEqual({ given_name: 'John', family_name: 'Smith' })
    expect(splitName('van der Berg, Pieter Jan')).toEqual({ given_name: 'Pieter Jan', family_name: 'van der Berg' })
    expect(splitName('SMITH, John')).toEqual({ given_name: 'John', family_name: 'SMITH' })
  })

  it('refuses a comma before a suffix or a word in capitals', () => {
    expect(splitName('Smith, Jr.')).toEqual({ given_name: 'Smith,', family_name: 'Jr.' })
    expect(splitName('Smith, ACME')).not.toEqual({ given_name: 'ACME', family_name: 'Smith' })
  })
})

describe('splitName of a name with a title before it', () => {
  it('leaves the title out of the given name (honorifics)', () => {
    expect(splitName('Dr. Jane Smith')).toEqual({ given_name: 'Jane', family_name: 'Smith' })
    expect(splitName('Sen. Richard C. Shelby')).toEqual({ given_name: 'Richard', family_name: 'Shelby' })
  })

  it('leaves an office before two name words or more out (positions), not before one', () => {
    expect(splitName('Professor Anna Berg')).toEqual({ given_name: 'Anna', family_name: 'Berg' })
    expect(splitName('Dean Smith')).toEqual({ given_name: 'Dean', family_name: 'Smith' })
  })

  it('reads one word after a title as the surname, even alone', () => {
    expect(splitName('Senator Shelby', true)).toEqual({ given_name: '', family_name: 'Shelby' })
  })

  it('keeps a title that is also an initial (the Spanish D., the French M.)', () => {
    expect(splitName('D. Rohr')).toEqual({ given_name: 'D.', family_name: 'Rohr' })
    expect(splitName('M. Schulz')).toEqual({ given_name: 'M.', family_name: 'Schulz' })
  })
})

describe('splitName of a Korean name in Hangul', () => {
  it('takes the first syllable as the family name, or the first two of a double surname (hangulDoubleSurnames)', () => {
    expect(splitName('김민수')).toEqual({ given_name: '민수', family_name: '김' })
    expect(splitName('김민수', true)).toEqual({ given_name: '민수', family_name: '김' })
    expect(splitName('남궁민수')).toEqual({ given_name: '민수', family_name: '남궁' })
  })
})

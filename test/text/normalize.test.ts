import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  closeSpreadHan,
  collapseSpace,
  countWords,
  foldInclusive,
  joinSmallCaps,
  MAX_COMPARED,
  similarity,
} from '../../src/text/normalize.js'

describe('countWords', () => {
  const byRegex = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0
  // Letters, digits and joiners of every kind, including astral ones (𝔸, 𝟙), and plain separators.
  const pieces = ['a', 'Z', 'é', 'ß', '中', '٣', '𝔸', '𝟙', "'", '’', '.', '-', ' ', '\u00a0', ',', '“', '\n', '—', '😀']

  it('counts what the word pattern matches, for any mix of letters, digits, joiners and separators', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(countWords(text)).toBe(byRegex(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('stops counting one past the limit', () => {
    expect(countWords("Director-General's opening remarks, 2018.")).toBe(4)
    expect(countWords(". -'a 'b")).toBe(2)
    expect(countWords('one two three four five', 2)).toBe(3)
    expect(countWords('one two', 2)).toBe(2)
  })
})

describe('collapseSpace', () => {
  // The definition: every run of whitespace (\s and the zero-width space) becomes one space.
  const byRuns = (text: string) => text.replace(/[\s\u200b]+/g, ' ').trim()
  const spaces = [
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\v',
    '\f',
    '\u00a0',
    '\u1680',
    '\u2002',
    '\u200a',
    '\u200b',
    '\u2028',
    '\u2029',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
  ]
  const others = ['a', 'Z', 'é', '中', '-', '.', ',', '𝔸']

  it('turns every run of whitespace of any kind into one space', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...spaces, ...others), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        // No hyphen before a space: this property is about spaces alone.
        fc.pre(!/-[\s\u200b]/.test(text))
        expect(collapseSpace(text)).toBe(byRuns(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('mends a hyphen a line break left, and keeps a suspended one', () => {
    expect(collapseSpace('  Agri-\n business\u00a0\u00a0parks ')).toBe('Agri-business parks')
    expect(collapseSpace('pre- and\tpost-war')).toBe('pre- and post-war')
  })
})

describe('similarity', () => {
  it('is 1 − edit distance / longer length', () => {
    expect(similarity('agribusiness', 'agribusiness')).toBe(1)
    expect(similarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7)
    expect(similarity('', 'abc')).toBe(0)
  })

  it('compares long strings on their first MAX_COMPARED characters, so two 1 MB titles cost no more than short ones', () => {
    const long = 'a'.repeat(1_000_000)
    expect(similarity(long, `${long}b`)).toBe(1)
    expect(similarity(`${'x'.repeat(MAX_COMPARED / 2)}${long}`, long)).toBe(0.5)
  })
})

describe('closeSpreadHan', () => {
  it('closes up a Chinese word spread by spaces, and leaves words of two characters and more apart', () => {
    expect(closeSpreadHan('時 間')).toBe('時間')
    expect(closeSpreadHan('主　　席')).toBe('主席')
    expect(closeSpreadHan('報 告 事 項')).toBe('報告事項')
    expect(closeSpreadHan('黃定和 張建榮')).toBe('黃定和 張建榮')
    expect(closeSpreadHan('A B')).toBe('A B')
  })
})

describe('joinSmallCaps', () => {
  it.each([
    ['T HE 2015 W HOLE -C ELL M ODELING S UMMER S CHOOL', 'THE 2015 WHOLE-CELL MODELING SUMMER SCHOOL'],
    ['T OWARD AN SBML- ENCODED WHOLE - CELL MODEL', 'TOWARD AN SBML-ENCODED WHOLE-CELL MODEL'],
    ['I NTRODUCTION', 'INTRODUCTION'],
    ['A N EW P LAN', 'A NEW PLAN'],
    ["' T HE P LAN'", "' THE PLAN'"],
    ["'T HE P LAN'", "'THE PLAN'"],
  ])('mends a line in small capitals: %s', (text, expected) => {
    expect(joinSmallCaps(text)).toBe(expected)
  })

  it.each([
    "THE FEDERAL RESERVE'S SECOND REPORT",
    'A NEW PLAN FOR THE PARK',
    'SESSION A - DATA',
    'IEEE TRANSACTIONS',
    'I. Introduction',
    'Anna B erg',
  ])('leaves other lines as they are: %s', (text) => {
    expect(joinSmallCaps(text)).toBe(text)
  })
})

describe('foldInclusive', () => {
  it('folds French inclusive endings to the plural or singular the lexicons list', () => {
    expect(foldInclusive('présent.es')).toBe('présents')
    expect(foldInclusive('excusé·e·s')).toBe('excusés')
    expect(foldInclusive('participant(e)s')).toBe('participants')
    expect(foldInclusive('absent.e')).toBe('absent')
    expect(foldInclusive('membres présent.es')).toBe('membres présents')
  })

  it('leaves words without such an ending, and a stop that ends a sentence, as they are', () => {
    expect(foldInclusive('présents')).toBe('présents')
    expect(foldInclusive('m. le maire')).toBe('m. le maire')
    expect(foldInclusive('présents.')).toBe('présents.')
  })
})

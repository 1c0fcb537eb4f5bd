import { describe, expect, it } from 'vitest'
import { MAX_COMPARED, similarity } from '../../src/text/normalize.js'

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

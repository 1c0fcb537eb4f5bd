import { describe, expect, it } from 'vitest'
import { factoredAlternation, madeAlternations } from '../../src/lexicon/alternation.js'

describe('factoredAlternation', () => {
  it('shares the beginning of words alike, in the order given', () => {
    expect(factoredAlternation(['chairman', 'chair', 'chef'])).toBe('ch(?:air(?:man|)|ef)')
  })

  it('groups words by code point, never splitting a surrogate pair', () => {
    // Two emoji share their high surrogate: a pattern grouping on it would be no pattern under the u flag.
    expect(factoredAlternation(['😀a', '😁b'])).toBe('😀a|😁b')
    expect(factoredAlternation(['😀a', '😀b'])).toBe('😀(?:a|b)')
    expect(new RegExp(`^(?:${factoredAlternation(['😀a', '😁b'])})$`, 'u').test('😁b')).toBe(true)
  })

  it('keeps a list flat where a character folds unlike its lowercase', () => {
    expect(factoredAlternation(['ſa', 'ſb'])).toBe('ſa|ſb')
  })

  it('makes each list once, and keeps it for the bundle', () => {
    const words = ['vorsitzender', 'vorsitzende', 'vorstand']
    const made = factoredAlternation(words)
    expect(made).toBe('vors(?:itzende(?:r|)|tand)')
    expect(factoredAlternation([...words])).toBe(made)
    expect(madeAlternations()).toContainEqual([JSON.stringify(words), made])
  })
})

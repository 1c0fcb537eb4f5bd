// The report stage's truncation rule in linear time: a last paragraph that ends in a long word no
// longer costs the square of its length.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHAT_LINE } from '../../src/assemble/checks.js'
import { extractReport } from '../../src/pipeline.js'

const codes = (text: string) => extractReport(text).diagnostics.map((diagnostic) => diagnostic.code)

describe('report-truncated in linear time', () => {
  it('reads the last word of a 300 kB paragraph once', () => {
    const started = performance.now()
    // Eight words, then one of 300,000 letters: cut off mid-sentence.
    expect(codes(`## Notes\n\nOne two three four five six seven eight ${'w'.repeat(300_000)}\n`)).toContain('report-truncated')
    // An address ending the body is not a cut sentence.
    expect(codes(`## Notes\n\nOne two three four five six seven eight https://example.org/${'w'.repeat(300_000)}\n`)).not.toContain(
      'report-truncated',
    )
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('still takes a chat line for a turn, not a cut sentence', () => {
    expect(codes('## Chat\n\n10:42 - Ana Lima: one two three four five six seven eight nine\n')).not.toContain('report-truncated')
    expect(codes('## Chat\n\n[10:42] From Ana Lima to Everyone: one two three four five six seven eight\n')).not.toContain(
      'report-truncated',
    )
  })
})

describe('a chat line', () => {
  // The time part of CHAT_LINE as it was (its name part is unchanged): the oracle on short lines.
  const OLD = /^\[?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\]?\s*(?:[-–—]\s*)?[^:.!?]{1,60}:\s/u
  const time = (value: string) => value.startsWith('[') || /^\d/.test(value)

  it('is read after a time as the pattern with \\s*(?:[-–—]\\s*)? given back did', () => {
    const pieces = ['10:42', '[9.05]', ']', ' ', '\t', '-', '—', ':', ': ', '.', 'Ana', 'a'.repeat(25), 'x']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const value = parts.join('')
        if (time(value)) expect(CHAT_LINE.test(value)).toBe(OLD.test(value))
      }),
      { numRuns: 30_000 },
    )
    expect(CHAT_LINE.test('10:42 : hello')).toBe(true)
    expect(CHAT_LINE.test('10:42: hello')).toBe(false)
    expect(CHAT_LINE.test(`10:42 ${'a'.repeat(61)}: hello`)).toBe(false)
  })

  it('takes linear time on a long run of spaces after the time', () => {
    const started = performance.now()
    expect(CHAT_LINE.test(`0:00–${'\t'.repeat(300_000)}..`)).toBe(false)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

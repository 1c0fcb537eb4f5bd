// The report stage's truncation rule in linear time: a last paragraph that ends in a long word no
// longer costs the square of its length.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/pipeline.js'

const codes = (text: string) => extractReport(text).diagnostics.map((diagnostic) => diagnostic.code)

describe('report-truncated in linear time', () => {
  it('reads the last word of a 300 kB paragraph once', () => {
    const started = performance.now()
    // Eight words, then one of 300,000 letters: cut off mid-sentence.
    expect(codes(`## Notes\n\nOne two three four five six seven eight ${'w'.repeat(300_000)}\n`)).toContain('report-truncated')
    // An address ending the body is not a cut sentence.
    expect(codes(`## Notes\n\nOne two three four five six seven eight https://example.org/${'w'.repeat(300_000)}\n`)).not.toContain('report-truncated')
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('still takes a chat line for a turn, not a cut sentence', () => {
    expect(codes('## Chat\n\n10:42 - Ana Lima: one two three four five six seven eight nine\n')).not.toContain('report-truncated')
    expect(codes('## Chat\n\n[10:42] From Ana Lima to Everyone: one two three four five six seven eight\n')).not.toContain('report-truncated')
  })
})

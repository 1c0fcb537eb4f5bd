// The dialect stage in linear time on long runs of spaces: a plain-text line's trailing spaces, a
// page number after a wide gap, and an admonition opener with a long gap.
import { describe, expect, it } from 'vitest'
import { rewrite } from '../../src/dialect/rewrite.js'
import { readPlainText } from '../../src/dialect/plaintext.js'
import { extractReport } from '../../src/pipeline.js'

describe('dialect stage in linear time', () => {
  it('reads a .txt whose line is 300 kB of spaces before a letter', () => {
    const started = performance.now()
    const report = extractReport(`Title\n\n${' '.repeat(300_000)}x\n`, { path: 'a.txt' })
    expect(report.blocks.map((block) => block.text)).toEqual(['Title', 'x'])
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('finds the page number after a wide gap, and no other', () => {
    const page = (footer: string) => readPlainText(`Body text one.\n${footer}\n\fBody text two.\n${footer.replace('7', '8')}\n`).pages
    expect(page('Report of the meeting      7')).toEqual([
      { line: 1, page: 7 },
      { line: 3, page: 8 },
    ])
    expect(page('Report of the meeting  7')).toEqual([])
    const started = performance.now()
    expect(page(`Report${' '.repeat(100_000)}12345`)).toEqual([])
    expect(page(`Report${' '.repeat(100_000)}x7`)).toEqual([])
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('reads an admonition opener with a 100 kB gap, and refuses one that does not end as one', () => {
    expect(rewrite('!!! note "Venue"\n    Rome\n').dialect.asides).toEqual([{ kind: 'note', title: 'Venue', startLine: 1, endLine: 2 }])
    const started = performance.now()
    expect(rewrite(`!!!${' '.repeat(100_000)}note${' '.repeat(100_000)}"Venue"${' '.repeat(100_000)}\n`).dialect.asides).toHaveLength(1)
    expect(rewrite(`!!!${' '.repeat(100_000)}x!\n`).dialect.asides).toEqual([])
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

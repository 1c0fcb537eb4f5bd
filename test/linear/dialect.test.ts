// The dialect stage in linear time on long runs of spaces: a plain-text line's trailing spaces, a
// running footer's page number and shape, and an admonition opener with a long gap.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rewrite } from '../../src/dialect/rewrite.js'
import { readPlainText } from '../../src/dialect/plaintext.js'
import { edgeNumber, withoutEdgeNumbers } from '../../src/dialect/plaintext-pages.js'
import { extractReport } from '../../src/pipeline.js'

describe('dialect stage in linear time', () => {
  it('reads a .txt whose line is 300 kB of spaces before a letter', () => {
    const started = performance.now()
    const report = extractReport(`Title\n\n${' '.repeat(300_000)}x\n`, { path: 'a.txt' })
    expect(report.blocks.map((block) => block.text)).toEqual(['Title', 'x'])
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('finds the printed page of a running footer, after a wide gap or a narrow one', () => {
    const page = (footer: string) => readPlainText(`Body text one.\n${footer}\n\fBody text two.\n${footer.replace('7', '8')}\n`).pages
    const both = [
      { line: 1, page: 7 },
      { line: 3, page: 8 },
    ]
    expect(page('Report of the meeting      7')).toEqual(both)
    expect(page('Report of the meeting  7')).toEqual(both)
    const started = performance.now()
    expect(page(`Report${' '.repeat(100_000)}12345`)).toEqual([])
    expect(page(`Report${' '.repeat(100_000)}x7`)).toEqual(both)
    expect(page(`7${' '.repeat(100_000)}Report${' '.repeat(100_000)}x`)).toEqual(both)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('reads a running line’s page number and shape as the patterns did', () => {
    // eslint-disable-next-line regexp/no-super-linear-move -- the old pattern is the oracle, on short texts
    const edge = /^(\d{1,4})\s+\D|\D\s+(\d{1,4})$/
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1', '23', '12345', ' ', '  ', '\t', 'a', 'B', '-', '\u00a0'), { maxLength: 10 }), (parts) => {
        const text = parts.join('')
        const match = edge.exec(text)
        expect(edgeNumber(text)).toBe(match ? (match[1] ?? match[2]!) : null)
        // eslint-disable-next-line regexp/no-super-linear-move -- the old pattern is the oracle, on short texts
        expect(withoutEdgeNumbers(text)).toBe(text.replace(/^\d{1,4}\s+(?=\D)|(?<=\D)\s+\d{1,4}$/g, ''))
      }),
      { numRuns: 20_000 },
    )
  })

  it('reads an admonition opener with a 100 kB gap, and refuses one that does not end as one', () => {
    expect(rewrite('!!! note "Venue"\n    Rome\n').dialect.asides).toEqual([{ kind: 'note', title: 'Venue', startLine: 1, endLine: 2 }])
    const started = performance.now()
    expect(rewrite(`!!!${' '.repeat(100_000)}note${' '.repeat(100_000)}"Venue"${' '.repeat(100_000)}\n`).dialect.asides).toHaveLength(1)
    expect(rewrite(`!!!${' '.repeat(100_000)}x!\n`).dialect.asides).toEqual([])
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

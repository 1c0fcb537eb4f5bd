// Patterns rewritten for linear time outside the detectors: the code spans coloured in printed
// diagnostics (against the pattern they replaced) and the fence a long text is cut around.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codeSpans } from '../../src/emit/diagnostics.js'
import { splitPoints } from '../../src/parse/split.js'
import { slug } from '../../src/text/normalize.js'
import { endGroup } from '../../src/text/scan.js'

const colours = { cyan: '<', reset: '>' }
// eslint-disable-next-line regexp/no-super-linear-move -- the old pattern is the oracle, on short texts
const old = (reason: string) => reason.replace(/(`+)[^`]*\1/g, (span) => `<${span}>`)

describe('patterns in linear time', () => {
  it('colours code spans as the pattern did', () => {
    expect(codeSpans('use `--jobs 2` or ``a`b`` `x', colours)).toBe('use <`--jobs 2`> or <``>a<`b`><` `>x')
    fc.assert(
      fc.property(fc.array(fc.constantFrom('`', '``', '```', 'a', ' ', 'b c'), { maxLength: 14 }), (parts) => {
        const reason = parts.join('')
        expect(codeSpans(reason, colours)).toBe(old(reason))
      }),
      { numRuns: 20_000 },
    )
    const started = performance.now()
    expect(codeSpans('`'.repeat(200_001), colours)).toBe(`<${'`'.repeat(200_000)}>\``)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('finds no cut in a text whose fence line is 100 kB of backticks before a carriage return', () => {
    const started = performance.now()
    const text = `# A\n\n${'x\n'.repeat(100)}\n${'`'.repeat(100_000)}\rx\n\n# B\n\ntext\n`
    expect(splitPoints(text, 10)).toEqual([text.indexOf('# B')])
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('finds the group that ends a text as the pattern did, and looks back no further than its bound', () => {
    // The old patterns, kept as the oracle.
    const oldParen = /[(（]([^()（）]{1,80})[)）]$/
    const oldQuote = /[“"«„]([^“”"«»„]{1,30})[”"»“]$/
    const read = (match: RegExpExecArray | null) => (match ? { open: match.index, inner: match[1] } : null)
    fc.assert(
      fc.property(fc.array(fc.constantFrom('(', ')', '（', '）', '"', '“', '”', '«', '»', 'a', ' ', 'bc'), { maxLength: 16 }), (parts) => {
        const text = parts.join('')
        expect(endGroup(text, '(（', ')）', '()（）', 80)).toEqual(read(oldParen.exec(text)))
        expect(endGroup(text, '“"«„', '”"»“', '“”"«»„', 30)).toEqual(read(oldQuote.exec(text)))
      }),
      { numRuns: 20_000 },
    )
    expect(endGroup(`Ann Lee (${'x'.repeat(81)})`, '(', ')', '()', 80)).toBeNull()
    expect(endGroup('Ann Lee (Nordic Institute)', '(', ')', '()', 80)).toEqual({ open: 8, inner: 'Nordic Institute' })
    const started = performance.now()
    expect(endGroup(`${'('.repeat(200_000)}x)`, '(', ')', '()', 200_000)).toEqual({ open: 199_999, inner: 'x' })
    expect(endGroup(`${'a'.repeat(200_000)})`, '(', ')', '()', 200_000)).toBeNull()
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('slugs without leading or trailing hyphens', () => {
    expect(slug(' -- Tianruo WANG -- ')).toBe('tianruo-wang')
    expect(slug('---')).toBe('')
  })
})

// Pathological but valid input: each case is generated here, run through `extractReport`, and checked
// on its values. The timeouts are generous; they catch a hang or a quadratic blow-up, not speed.
// The cases of many megabytes or 100,000 items are in test/slow/pathological.test.ts (npm run test:all).
import { describe, expect, it } from 'vitest'
import { extractReport } from '../src/index.js'
import { boundNesting, MAX_NESTING } from '../src/parse/nesting.js'

const SLOW = { timeout: 120_000 }

describe('stacked headings', () => {
  it('reads 2,000 top-level headings that differ only by their number, opening a report, as its title and no sections', SLOW, () => {
    // Headings alike but for a number are also what a log of dated meetings repeats (`# Notulen 11 februari 2020`):
    // only a title of one heading opens such a log; a run of them stays the title, and the test is run once, not per heading.
    const report = extractReport(`${Array.from({ length: 2_000 }, (_, i) => `# Part ${i + 1}`).join('\n')}\n`)
    expect(report.metadata.title).toBe(Array.from({ length: 2_000 }, (_, i) => `Part ${i + 1}`).join(' '))
    expect(report.sections).toEqual([])
  })
})

describe('deep nesting', () => {
  it('reads the innermost text of 20,000 nested block quotes as one quote block', SLOW, () => {
    const report = extractReport(`${'> '.repeat(20_000)}innermost text\n`)
    expect(report.blocks.map((block) => [block.kind, block.text, block.line])).toEqual([['quote', 'innermost text', 1]])
    // Nothing but one quote: no headings, contents or speakers, which the report also says.
    expect(report.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['parse-nesting-flattened', 1],
      ['report-no-structure', 1],
    ])
  })

  it('reads 2,000 lines, each quoted one level deeper: a quote per level up to the bound, then one for the rest', SLOW, () => {
    const text = `${Array.from({ length: 2_000 }, (_, i) => `${'>'.repeat(i + 1)} line ${i + 1}`).join('\n')}\n`
    const report = extractReport(text)
    expect(report.blocks).toHaveLength(MAX_NESTING)
    expect(report.blocks.every((block) => block.kind === 'quote')).toBe(true)
    expect(report.blocks.slice(0, 3).map((block) => [block.text, block.line])).toEqual([
      ['line 1', 1],
      ['line 2', 2],
      ['line 3', 3],
    ])
    const rest = report.blocks.at(-1)!
    expect(rest.line).toBe(MAX_NESTING)
    expect(rest.text.split(' ').filter((word) => word === 'line')).toHaveLength(2_000 - MAX_NESTING + 1)
    expect(rest.text.endsWith('line 2000')).toBe(true)
  })

  it('keeps every item of a list nested 500 deep by indentation, and of `- - - …` 10,000 deep', SLOW, () => {
    const indented = extractReport(`${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`)
    expect(indented.blocks.map((block) => block.text)).toEqual(Array.from({ length: 500 }, (_, i) => `item ${i}`))
    expect(indented.blocks.every((block) => block.kind === 'list_item')).toBe(true)
    const compact = extractReport(`${'- '.repeat(10_000)}deep item\n`)
    expect(compact.blocks.map((block) => [block.kind, block.text])).toEqual([['list_item', 'deep item']])
  })

  it('leaves lines within the bound untouched and cuts only the excess markers', () => {
    const normal = '> > quote\n- a\n  - b\n      code\n1. one\n'
    expect(boundNesting(normal)).toEqual({ text: normal, lines: [] })
    const deep = `intro\n${'> '.repeat(MAX_NESTING + 5)}text`
    expect(boundNesting(deep)).toEqual({ text: `intro\n${'> '.repeat(MAX_NESTING)}text`, lines: [2] })
    expect(boundNesting(`${' '.repeat(1_000)}- x`).text).toBe(`${' '.repeat(128)}- x`)
  })
})

describe('emphasis storms', () => {
  it('reads `*a **b ` repeated 50,000 times as one paragraph of literal text', SLOW, () => {
    const storm = '*a **b '.repeat(50_000)
    const report = extractReport(`${storm}\n`)
    expect(report.blocks.map((block) => [block.kind, block.text])).toEqual([['paragraph', storm.trim()]])
    // It ends without a full stop, so it also reads as cut short.
    expect(report.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['parse-emphasis-literal', 1],
      ['report-no-structure', 1],
      ['report-truncated', 1],
    ])
  })

  it('reads 20,000 nested emphasis openers and closers, and 20,000 stars around a word, literally', SLOW, () => {
    const nested = `${'*a _b '.repeat(20_000)}c${'_ d* '.repeat(20_000)}`.trim()
    expect(extractReport(`Before.\n\n${nested}\n`).blocks.map((block) => block.text)).toEqual(['Before.', nested])
    const stars = `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`
    expect(extractReport(`Before.\n\n${stars}\n`).blocks.map((block) => block.text)).toEqual(['Before.', stars])
  })

  it('still reads ordinary emphasis in the same document', () => {
    const report = extractReport(`**A Heading**\n\n${'*a **b '.repeat(1_000)}\n\nSome *emphasis* and **strong** text.\n`)
    expect(report.sections.map((section) => section.title)).toEqual(['A Heading'])
    expect(report.blocks.at(-1)!.text).toBe('Some emphasis and strong text.')
  })
})

describe('long paragraphs', () => {
  it('reads the event after 50,000 "held in" clauses with no date in one paragraph', SLOW, () => {
    const text =
      `The Forum ${'was held in Paris and '.repeat(50_000)}` +
      `ended. The Workshop on Parks, held in Beijing, China, on 17 April 2018, opened.\n`
    expect(extractReport(text).metadata.event).toEqual({ name: 'Workshop on Parks', date: '2018-04-17', location: 'Beijing, China' })
  })
})

describe('brackets, escapes and code spans that open nothing', () => {
  const timed = (text: string) => {
    const started = performance.now()
    const report = extractReport(text)
    return { report, ms: performance.now() - started }
  }

  it('reads `a[b]` repeated to 160 kB in a second or two, literally, and says so (it took 43 s)', SLOW, () => {
    const { report, ms } = timed(`${'a[b]'.repeat(40_000)}\n`)
    expect(report.blocks.map((block) => block.text)).toEqual(['a[b]'.repeat(40_000)])
    expect(report.diagnostics.map((d) => [d.code, d.line])).toContainEqual(['parse-inline-literal', 1])
    expect(ms).toBeLessThan(5_000)
  })

  it('reads `[a](b ` repeated to 120 kB, and 20,000 `[` then 20,000 `]`, in a second or two (10 s and 2.5 s)', SLOW, () => {
    const links = timed(`${'[a](b '.repeat(20_000)}\n`)
    expect(links.report.blocks[0]!.text).toBe('[a](b '.repeat(20_000).trimEnd())
    expect(links.ms).toBeLessThan(5_000)
    const brackets = timed(`${'['.repeat(20_000)}${']'.repeat(20_000)}\n`)
    expect(brackets.report.blocks[0]!.text).toBe(`${'['.repeat(20_000)}${']'.repeat(20_000)}`)
    expect(brackets.ms).toBeLessThan(5_000)
  })

  it('still reads the links, escapes and code of a long paragraph that has no storm', () => {
    const report = extractReport(`## Notes\n\n${'See [the site](https://example.org/) \\*here\\* and `code` &amp; more. '.repeat(500)}\n`)
    expect(report.diagnostics.map((d) => d.code)).not.toContain('parse-inline-literal')
    expect(report.blocks[0]!.text.startsWith('See the site *here* and code & more.')).toBe(true)
  })
})

// Pathological but valid input: each case is generated here, run through `extractReport`, and checked
// on its values. The timeouts are generous; they catch a hang or a quadratic blow-up, not speed.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../src/index.js'
import { boundNesting, MAX_NESTING } from '../src/parse/nesting.js'

const SLOW = { timeout: 120_000 }

describe('deep nesting', () => {
  it('reads the innermost text of 20,000 nested block quotes as one quote block', SLOW, () => {
    const report = extractReport(`${'> '.repeat(20_000)}innermost text\n`)
    expect(report.blocks.map((block) => [block.kind, block.text, block.line])).toEqual([['quote', 'innermost text', 1]])
    // Nothing but one quote: no headings, contents or speakers, which the report also says.
    expect(report.diagnostics.map((d) => [d.code, d.line])).toEqual([['parse-nesting-flattened', 1], ['report-no-structure', 1]])
  })

  it('reads 2,000 lines, each quoted one level deeper: a quote per level up to the bound, then one for the rest', SLOW, () => {
    const text = `${Array.from({ length: 2_000 }, (_, i) => `${'>'.repeat(i + 1)} line ${i + 1}`).join('\n')}\n`
    const report = extractReport(text)
    expect(report.blocks).toHaveLength(MAX_NESTING)
    expect(report.blocks.every((block) => block.kind === 'quote')).toBe(true)
    expect(report.blocks.slice(0, 3).map((block) => [block.text, block.line])).toEqual([['line 1', 1], ['line 2', 2], ['line 3', 3]])
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

describe('many headings', () => {
  it('reads 50,000 top-level headings that open a report without contents as its title', SLOW, () => {
    const report = extractReport(`${Array.from({ length: 50_000 }, (_, i) => `# Part ${i + 1}`).join('\n')}\n`)
    expect(report.metadata.title).toBe(Array.from({ length: 50_000 }, (_, i) => `Part ${i + 1}`).join(' '))
    expect(report.sections).toEqual([])
  })

  it('makes 100,000 headings into 100,000 sections, each with its text', SLOW, () => {
    const report = extractReport(`${Array.from({ length: 100_000 }, (_, i) => `## Heading ${i + 1}\nText ${i + 1}.`).join('\n')}\n`)
    expect(report.sections).toHaveLength(100_000)
    expect(report.blocks).toHaveLength(100_000)
    expect(report.sections.at(-1)).toMatchObject({ section_id: 'sec-100000', title: 'Heading 100000', level: 1, line: 199_999 })
    expect(report.blocks.at(-1)).toMatchObject({ section_id: 'sec-100000', text: 'Text 100000.', line: 200_000 })
  })
})

describe('long contents pages', () => {
  it('reads a 50,000-line contents page as 50,000 entries', SLOW, () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `${i + 1}. Section ${i + 1} ........ ${Math.floor(i / 20) + 1}`)
    const report = extractReport(`# Contents\n\n${lines.join('\n')}\n\n# Section 1\n\nText.\n`)
    expect(report.contents).toHaveLength(50_000)
    expect(report.contents[0]).toMatchObject({ index: 1, number: '1', title: 'Section 1', page: 1, line: 3, section_id: 'sec-1' })
    expect(report.contents.at(-1)).toMatchObject({ index: 50_000, number: '50000', title: 'Section 50000', page: 2500, line: 50_002, section_id: null })
    expect(report.diagnostics.filter((d) => d.code === 'contents-no-section')).toHaveLength(49_999)
  })

  it('joins a title wrapped over 50,000 lines into the entry that carries the page', SLOW, () => {
    const report = extractReport(`# Contents\n\nFirst ..... 1\n${'wrapped words\n'.repeat(50_000)}Last ..... 2\n`)
    expect(report.contents.map((entry) => [entry.title.length, entry.page, entry.line])).toEqual([
      [5, 1, 3],
      ['wrapped words '.length * 50_000 + 'Last'.length, 2, 50_004],
    ])
  })
})

describe('contents against many headings', () => {
  it('links 20,000 entries to 20,000 headings: the same titles, close ones, and none for the missing', SLOW, () => {
    const n = 20_000
    // Every third entry has no heading, every third heading has a typo (close enough to link), the rest are the same.
    const contents = Array.from({ length: n }, (_, i) => `${i % 3 === 0 ? `Annex ${i + 1}: tables and figures` : `Topic number ${i + 1}`} ..... ${Math.floor(i / 10) + 1}`)
    const body = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `# Unlisted ${i + 1}` : i % 3 === 1 ? `# Topic numbr ${i + 1}` : `# Topic number ${i + 1}`))
    const report = extractReport(`# Contents\n\n${contents.join('\n')}\n\n${body.join('\n\n')}\n`)
    expect(report.contents).toHaveLength(n)
    expect(report.sections).toHaveLength(n)
    const titleOf = new Map(report.sections.map((section) => [section.section_id, section.title]))
    const linked = report.contents.map((entry) => (entry.section_id === null ? null : titleOf.get(entry.section_id)))
    expect(linked.slice(0, 6)).toEqual([null, 'Topic numbr 2', 'Topic number 3', null, 'Topic numbr 5', 'Topic number 6'])
    expect(linked.filter((title) => title === null)).toHaveLength(Math.ceil(n / 3))
    expect(linked.at(-1)).toBe(`Topic numbr ${n}`)
  })
})

describe('long paragraphs', () => {
  it('reads a 10 MB paragraph of 160,000 lines as one block', SLOW, () => {
    const line = 'The delegates discussed the agenda of the industrial parks'
    const text = `## Notes\n\n${Array.from({ length: 160_000 }, (_, i) => `${line} ${i + 1}`).join('\n')}.\n`
    expect(text.length).toBeGreaterThan(10_000_000)
    const report = extractReport(text)
    expect(report.blocks).toHaveLength(1)
    expect(report.blocks[0]!.text.length).toBe(text.length - '## Notes\n\n'.length - 1)
    expect(report.blocks[0]!.text.endsWith(`${line} 160000.`)).toBe(true)
    expect(report.sections.map((section) => section.title)).toEqual(['Notes'])
  })

  it('reads a 10 MB single line as one block', SLOW, () => {
    const text = `${'word, '.repeat(1_700_000)}end.\n`
    expect(text.length).toBeGreaterThan(10_000_000)
    const report = extractReport(text)
    expect(report.blocks.map((block) => block.text.length)).toEqual([text.length - 1])
    // One line of text: no structure, which the report says, and nothing else.
    expect(report.diagnostics.map((d) => d.code)).toEqual(['report-no-structure'])
  })

  it('reads the event after 50,000 "held in" clauses with no date in one paragraph', SLOW, () => {
    const text = `The Forum ${'was held in Paris and '.repeat(50_000)}ended. The Workshop on Parks, held in Beijing, China, on 17 April 2018, opened.\n`
    expect(extractReport(text).metadata.event).toEqual({ name: 'Workshop on Parks', date: '2018-04-17', location: 'Beijing, China' })
  })
})

describe('long runs of styled lines', () => {
  it('reads 20,000 italic lines in a row as 20,000 headings, and 10,000 bold speaker lines as 10,000 speakers', SLOW, () => {
    const italic = extractReport(`${Array.from({ length: 20_000 }, (_, i) => `*Line ${i + 1}*`).join('\n\n')}\n`)
    expect(italic.sections).toHaveLength(20_000)
    expect(italic.sections.at(-1)!.title).toBe('Line 20000')
    const bold = extractReport(`${Array.from({ length: 10_000 }, (_, i) => `**Li WANG, Director ${i + 1}**\n\nRemarks ${i + 1}.`).join('\n\n')}\n`)
    expect(bold.speakers).toHaveLength(10_000)
    expect(bold.speakers.at(-1)).toMatchObject({ name: 'Li WANG', position: 'Director 10000', line: 39_997, remarks: ['blk-10000'] })
  })
})

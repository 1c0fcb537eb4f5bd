// Pathological but valid input at scale (tens of thousands of headings, entries and lines, 10 MB
// paragraphs): each case is generated here, run through `extractReport`, and checked on its values.
// They take a minute together, so they run with `npm run test:all`, not `npm test`; the timeouts are
// generous: they catch a hang or a quadratic blow-up, not speed.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/index.js'

const SLOW = { timeout: 120_000 }

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
    expect(report.contents.at(-1)).toMatchObject({
      index: 50_000,
      number: '50000',
      title: 'Section 50000',
      page: 2500,
      line: 50_002,
      section_id: null,
    })
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
    const contents = Array.from(
      { length: n },
      (_, i) => `${i % 3 === 0 ? `Annex ${i + 1}: tables and figures` : `Topic number ${i + 1}`} ..... ${Math.floor(i / 10) + 1}`,
    )
    const body = Array.from({ length: n }, (_, i) =>
      i % 3 === 0 ? `# Unlisted ${i + 1}` : i % 3 === 1 ? `# Topic numbr ${i + 1}` : `# Topic number ${i + 1}`,
    )
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
})

describe('long runs of styled lines', () => {
  it('reads 20,000 italic lines in a row as 20,000 headings, and 10,000 bold speaker lines as 10,000 speakers', SLOW, () => {
    const italic = extractReport(`${Array.from({ length: 20_000 }, (_, i) => `*Line ${i + 1}*`).join('\n\n')}\n`)
    expect(italic.sections).toHaveLength(20_000)
    expect(italic.sections.at(-1)!.title).toBe('Line 20000')
    const bold = extractReport(
      `${Array.from({ length: 10_000 }, (_, i) => `**Li WANG, Director ${i + 1}**\n\nRemarks ${i + 1}.`).join('\n\n')}\n`,
    )
    expect(bold.speakers).toHaveLength(10_000)
    expect(bold.speakers.at(-1)).toMatchObject({ name: 'Li WANG', position: 'Director 10000', line: 39_997, remarks: ['blk-10000'] })
  })
})

describe('a megabyte of brackets (issue 23)', () => {
  it('reads `[` × 500,000 then `]` × 500,000 (832 s before the bound) and `[a](b ` to 1 MB (108 s) literally', SLOW, () => {
    const brackets = extractReport(`${'['.repeat(500_000)}${']'.repeat(500_000)}\n`)
    expect(brackets.blocks[0]!.text).toHaveLength(1_000_000)
    expect(brackets.diagnostics.map((d) => d.code)).toContain('parse-inline-literal')
    const links = extractReport(`${'[a](b '.repeat(175_000)}\n`)
    expect(links.blocks[0]!.text).toHaveLength(6 * 175_000 - 1)
  })
})

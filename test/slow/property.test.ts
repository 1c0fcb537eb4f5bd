// Property-based tests: random report-like documents never crash the extractor (which validates each report),
// place everything inside the input, link only to ids that exist, and give the same output every time.
// `npm run fuzz` runs many more cases (FUZZ_RUNS, FUZZ_SEED); a failure prints the seed and counterexample.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reportJson } from '../../src/emit/json.js'
import { extractReport, InputError, type Report } from '../../src/index.js'
import { document } from '../arbitraries.js'

const RUNS = Number(process.env.FUZZ_RUNS) || 1000
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined
const TIMEOUT = Math.max(60_000, RUNS * 60)

/** The input's lines as the extractor numbers them: BOM dropped, CRLF, CR and LF each end a line. */
function linesOf(input: string): string[] {
  return input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
}

type Outcome = { report: Report; json: string } | { error: unknown }

function run(input: string | Uint8Array): Outcome {
  try {
    const report = extractReport(input, { id: 'fuzz', path: 'fuzz.md' })
    return { report, json: reportJson(report) }
  } catch (error) {
    return { error }
  }
}

/** Every position the report gives, with what it belongs to. */
function positions(report: Report): Array<{ what: string; line: number; column: number | null }> {
  return [
    ...report.contents.map((entry) => ({ what: `contents ${entry.index}`, line: entry.line, column: null })),
    ...report.sections.map((section) => ({ what: section.section_id, line: section.line, column: null })),
    ...report.speakers.map((speaker) => ({ what: speaker.speaker_id, line: speaker.line, column: null })),
    ...report.blocks.map((block) => ({ what: block.block_id, line: block.line, column: null })),
    ...report.diagnostics.flatMap((diagnostic) => [
      { what: diagnostic.code, line: diagnostic.line, column: diagnostic.column },
      ...(diagnostic.cause ? [{ what: `${diagnostic.code} cause`, line: diagnostic.cause.line, column: diagnostic.cause.column }] : []),
    ]),
  ]
}

function checkIds(report: Report): void {
  const sections = new Set(report.sections.map((section) => section.section_id))
  const speakers = new Set(report.speakers.map((speaker) => speaker.speaker_id))
  const blocks = new Map(report.blocks.map((block) => [block.block_id, block]))
  expect(sections.size).toBe(report.sections.length)
  expect(speakers.size).toBe(report.speakers.length)
  expect(blocks.size).toBe(report.blocks.length)
  for (const entry of report.contents) if (entry.section_id !== null) expect(sections).toContain(entry.section_id)
  report.sections.forEach((section, i) => {
    if (section.parent_id === null) return
    // A parent comes before its child and has a lower level.
    const parent = report.sections.findIndex((other) => other.section_id === section.parent_id)
    expect(parent).toBeGreaterThanOrEqual(0)
    expect(parent).toBeLessThan(i)
    expect(report.sections[parent]!.level).toBeLessThan(section.level)
  })
  for (const speaker of report.speakers) {
    if (speaker.section_id !== null) expect(sections).toContain(speaker.section_id)
    expect(speaker.paragraphs).toBe(speaker.remarks.length)
    for (const id of speaker.remarks) expect(blocks.get(id)?.speaker_id).toBe(speaker.speaker_id)
  }
  for (const block of report.blocks) {
    if (block.section_id !== null) expect(sections).toContain(block.section_id)
    if (block.speaker_id !== null) expect(speakers).toContain(block.speaker_id)
  }
}

function checkDocument(text: string, asBytes: boolean): void {
  const input = asBytes ? new TextEncoder().encode(text) : text
  const first = run(input)
  if ('error' in first) {
    // The only refusals a text can earn: nothing but whitespace, or (as bytes) NUL bytes.
    expect(first.error).toBeInstanceOf(InputError)
    const reason = (first.error as Error).message
    if (asBytes && text.includes('\0')) expect(reason).toMatch(/NUL bytes/)
    else {
      expect(text.replace(/^\uFEFF/, '').trim()).toBe('')
      expect(reason).toMatch(/empty/)
    }
    return
  }
  const { report, json } = first

  const lines = linesOf(asBytes ? new TextDecoder().decode(input as Uint8Array) : text)
  for (const place of positions(report)) {
    expect(place.line, `${place.what} line`).toBeGreaterThanOrEqual(1)
    expect(place.line, `${place.what} line`).toBeLessThanOrEqual(lines.length)
    if (place.column !== null) expect(place.column, `${place.what} column`).toBeLessThanOrEqual(lines[place.line - 1]!.length + 1)
  }
  checkIds(report)

  const second = run(input)
  expect('error' in second).toBe(false)
  if ('error' in second) return
  expect(second.report).toEqual(report)
  expect(second.json).toBe(json)
}

describe('random report-like documents', () => {
  it(`never crash, stay inside the input, link existing ids and are deterministic (${RUNS} runs)`, { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(document, fc.boolean(), (text, asBytes) => checkDocument(text, asBytes)),
      { numRuns: RUNS, seed: SEED, verbose: 1 },
    )
  })

  it('refuse whitespace-only input with that reason', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\uFEFF') }), (text) => {
        expect(() => extractReport(text)).toThrow(InputError)
        expect(() => extractReport(text)).toThrow(/empty/)
      }),
      { numRuns: 200 },
    )
  })
})

// Every rendition of the seed, whichever converter's dialect it is written in, yields the same
// contents, sections, speakers and metadata as the original (pages may be richer where marked).
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractReport, type Report } from '../src/index.js'

function load(name: string): Report {
  const file = readdirSync(`fixtures/${name}`).find((entry) => entry.startsWith('input.'))!
  return extractReport(readFileSync(`fixtures/${name}/${file}`), { id: name, path: `fixtures/${name}/${file}` })
}

/** The report as a reader compares it: titles instead of ids, no positions. */
function view(report: Report) {
  const title = (id: string | null) => (id === null ? null : report.sections.find((section) => section.section_id === id)!.title)
  return {
    metadata: report.metadata,
    contents: report.contents.map((entry) => ({
      level: entry.level,
      number: entry.number,
      title: entry.title,
      page: entry.page,
      section: title(entry.section_id),
    })),
    sections: report.sections.map((section) => ({
      level: section.level,
      kind: section.kind,
      title: section.title,
      parent: title(section.parent_id),
      page: section.page,
    })),
    speakers: report.speakers.map((speaker) => ({
      ...speaker,
      speaker_id: undefined,
      section_id: undefined,
      line: undefined,
      remarks: undefined,
      section: title(speaker.section_id),
    })),
    blocks: report.blocks.map((block) => ({ kind: block.kind, text: block.text, section: title(block.section_id) })),
  }
}

const seed = view(load('seed-unido'))
const dialects: Record<string, string> = {
  'seed-pandoc': 'Read as pandoc Markdown',
  'seed-docling': 'Read as docling Markdown',
  'seed-marker': 'Read as marker Markdown',
  'seed-word': 'Read as pandoc + word Markdown',
  'seed-plaintext': 'Read as plaintext',
  'seed-windows': 'Decoded UTF-8 with a byte-order mark; CRLF line ends',
  'seed-utf16le': 'Decoded UTF-16LE with a byte-order mark',
  'seed-utf16be': 'Decoded UTF-16BE with a byte-order mark',
}

describe('renditions of the seed in every dialect', () => {
  for (const [name, message] of Object.entries(dialects)) {
    it(`${name}: same report as the original`, () => {
      const report = load(name)
      const rendition = view(report)
      expect(rendition.metadata).toEqual(seed.metadata)
      expect(rendition.contents).toEqual(seed.contents)
      // A dialect that marks pages may know a section's page where the seed's contents page does not.
      expect(rendition.sections).toEqual(
        seed.sections.map((section, i) => (section.page === null ? { ...section, page: rendition.sections[i]?.page } : section)),
      )
      expect(rendition.speakers).toEqual(seed.speakers)
      expect(rendition.blocks).toEqual(seed.blocks)
      expect(
        report.diagnostics.filter((d) => d.severity === 'info' && /^(?:dialect|decode)-/.test(d.code)).map((d) => d.message),
      ).toContain(message)
    })
  }

  it('seed-marker: blocks carry the printed page from the page marks', () => {
    const report = load('seed-marker')
    const zhao = report.speakers.find((speaker) => speaker.name === 'Jie ZHAO')!
    const pages = report.blocks.filter((block) => block.speaker_id === zhao.speaker_id).map((block) => block.page)
    expect(pages).toEqual([6, 6, 6, 7, 7])
    expect(report.blocks[1]).toMatchObject({ page: 3 })
  })

  it('seed-plaintext: running headers and footers are not content, printed pages are kept', () => {
    const report = load('seed-plaintext')
    expect(report.blocks.some((block) => /Workshop Report\s+Page|UNIDO-China Joint Study on Industrial Parks$/.test(block.text))).toBe(
      false,
    )
    expect(report.blocks.find((block) => block.text.startsWith('Collaboration between China'))!.page).toBe(5)
  })
})

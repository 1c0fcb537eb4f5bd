// The first report, checked by hand against the source: every value here was read off the seed.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../src/index.js'

const SEED = 'fixtures/seed-unido/input.md'
const report = extractReport(readFileSync(SEED), { id: 'seed-unido', path: SEED })

describe('seed: UNIDO workshop report', () => {
  it('reads the metadata from the cover and the prose', () => {
    expect(report.metadata).toEqual({
      title: 'FIRST WORKSHOP OF UNIDO-CHINA JOINT STUDY ON INDUSTRIAL PARKS',
      documentType: 'Workshop Report',
      organization: 'United Nations Industrial Development Organization',
      date: '2018-04',
      event: { name: 'Workshop of UNIDO-China Joint Study on Industrial Parks', date: '2018-04-17', location: 'Beijing, China' },
      sourceUrl: 'https://www.yunbaogao.cn/report/index/report?reportId=5_23159',
    })
  })

  it('reads all 32 contents entries with clean titles, pages and levels', () => {
    expect(report.contents).toHaveLength(32)
    expect(report.contents[0]).toMatchObject({ index: 1, title: 'ACKNOWLEDGEMENT', page: 3, level: 1, number: null })
    expect(report.contents[2]).toMatchObject({ title: 'OPENING SESSION', page: 5, level: 1 })
    expect(report.contents[3]).toMatchObject({
      title: 'Tianruo WANG, Director, Department of International Trade and Economic Affairs, Ministry of Commerce',
      page: 5,
      level: 2,
    })
    expect(report.contents[12]).toMatchObject({ title: 'Customs Special Surveillance Area Development', page: 10, level: 2 })
    expect(report.contents[31]).toMatchObject({ index: 32, title: 'Contacts', page: 23, level: 2 })
    const levelOne = report.contents.filter((entry) => entry.level === 1).map((entry) => entry.title)
    expect(levelOne).toEqual([
      'ACKNOWLEDGEMENT',
      'EXECUTIVE SUMMARY',
      'OPENING SESSION',
      'PRESENTATION OF PROJECT',
      'KNOWLEDGE SHARING BY GOVERNMENT REPRESENTATIVES OF CHINA',
      'KNOWLEDGE SHARING BY FINANCIAL INSTITUTIONS OF CHINA',
      'KNOWLEDGE SHARING BY BUSINESS SECTOR OF CHINA',
      'KNOWLEDGE SHARING BY DEVELOPMENT INSTITUTIONS',
      'CONCLUSIONS',
      'ANNEX',
    ])
    for (const entry of report.contents) expect(entry.title).not.toMatch(/\.{2,}|\t|\d$/)
  })

  it('links 8 of the 32 entries to body sections, Agri-business to Agribusiness included', () => {
    const linked = report.contents.filter((entry) => entry.section_id !== null)
    expect(linked.map((entry) => entry.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    const section = (id: string | null) => report.sections.find((s) => s.section_id === id)
    expect(section(report.contents[4]!.section_id)?.title).toBe(
      'Dejene TEZERA, Director, Department of Agribusiness, United Nations Industrial Development Organisation',
    )
    for (const entry of linked.slice(3, 6)) expect(section(entry.section_id)?.kind).toBe('speech')
  })

  it('normalizes the section hierarchy whatever the converter depths', () => {
    const outline = report.sections.map((s) => [
      s.title.split(',')[0],
      s.level,
      s.kind,
      s.parent_id && report.sections.find((p) => p.section_id === s.parent_id)!.title,
    ])
    expect(outline).toEqual([
      ['Disclaimer', 1, 'section', null],
      ['ACKNOWLEDGEMENT', 1, 'section', null],
      ['EXECUTIVE SUMMARY', 1, 'section', null],
      ['OPENING SESSION', 1, 'section', null],
      ['Tianruo WANG', 2, 'speech', 'OPENING SESSION'],
      ['Dejene TEZERA', 2, 'speech', 'OPENING SESSION'],
      ['Wei ZHANG', 2, 'speech', 'OPENING SESSION'],
      ['PRESENTATION OF PROJECT', 1, 'section', null],
      ['UNIDO Guiding Framework for Industrial Parks', 2, 'section', 'PRESENTATION OF PROJECT'],
    ])
    // Neither the cover, the title page, nor the contents heading is a section.
    expect(report.sections.map((s) => s.title)).not.toContain('Contents')
    expect(report.sections.map((s) => s.title)).not.toContain('WORKSHOP REPORT')
  })

  it('reads both speaker forms with name parts, position, department and organisation', () => {
    const rows = report.speakers.map(({ name, given_name, family_name, position, department, organization, paragraphs }) => [
      name,
      given_name,
      family_name,
      position,
      department,
      organization,
      paragraphs,
    ])
    expect(rows).toEqual([
      ['Tianruo WANG', 'Tianruo', 'WANG', 'Director', 'Department of International Trade and Economic Affairs', 'Ministry of Commerce', 1],
      [
        'Dejene TEZERA',
        'Dejene',
        'TEZERA',
        'Director',
        'Department of Agribusiness',
        'United Nations Industrial Development Organisation',
        1,
      ],
      ['Wei ZHANG', 'Wei', 'ZHANG', 'Vice President', '', 'Chinese Academy of International Trade and Economic Cooperation', 1],
      [
        'Jie ZHAO',
        'Jie',
        'ZHAO',
        'Industrial Development Officer',
        'Department of Programmes, Partnerships and Field Integration',
        'UNIDO',
        5,
      ],
    ])
    const sectionTitle = (id: string | null) => report.sections.find((s) => s.section_id === id)?.title
    expect(sectionTitle(report.speakers[0]!.section_id)).toMatch(/^Tianruo WANG/)
    expect(sectionTitle(report.speakers[3]!.section_id)).toBe('UNIDO Guiding Framework for Industrial Parks')
  })

  it('keeps every paragraph and list item of the body in order, with section and speaker', () => {
    expect(report.blocks).toHaveLength(23)
    expect(report.blocks.filter((b) => b.kind === 'list_item')).toHaveLength(7)
    expect(report.blocks[0]!.text).toMatch(/^This document has been produced without formal United Nations editing/)
    const zhao = report.speakers[3]!
    const remarks = report.blocks.filter((b) => b.speaker_id === zhao.speaker_id)
    expect(remarks.map((b) => b.line)).toEqual([137, 139, 141, 143, 145])
    expect(zhao.remarks).toEqual(remarks.map((b) => b.block_id))
    expect(report.blocks.at(-1)!.text).toBe("This Guiding Framework is of course not based only on UNIDO's")
    // The download-site notice and its link are not content.
    expect(report.blocks.some((b) => /预览|yunbaogao/.test(b.text))).toBe(false)
  })

  it('reports what looked wrong, positioned and coded', () => {
    const codes = report.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)
    expect(codes.filter((c) => c.endsWith('contents-no-section'))).toHaveLength(24)
    expect(codes).toContain('39:1 warning contents-title-differs')
    expect(report.diagnostics.find((d) => d.code === 'contents-title-differs')!.cause).toEqual({ line: 109, column: 1 })
    const truncated = report.diagnostics.find((d) => d.code.includes('truncated'))!
    expect(truncated).toMatchObject({ severity: 'warning', line: 145 })
    expect(truncated.message).toMatch(/mid-sentence/)
    expect(truncated.message).toMatch(/last 24 of 32 contents entries/)
    expect(codes).toContain('147:1 info boilerplate-notice-removed')
  })

  it('records its source by path, hash and size', () => {
    expect(report.source.path).toBe(SEED)
    expect(report.source.bytes).toBe(readFileSync(SEED).byteLength)
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/)
  })
})

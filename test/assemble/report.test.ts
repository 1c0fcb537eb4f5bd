// Assembly as a report shows it: printed pages from page marks, the report's date from the event, and
// speaker lines of every form that open sections when the contents page lists them.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/pipeline.js'

/** marker's separator for the PDF's page `n` (counted from 0). */
const page = (n: number) => `{${n}}------------------------------------------------`

describe('printed pages from page marks', () => {
  it('shift the marks by the offset most linked sections agree on', () => {
    const text = [
      page(0),
      '# Contents',
      'A ..... 1\nB ..... 2\nC ..... 9',
      page(2),
      '# A',
      'Text a.',
      page(3),
      '# B',
      'Text b.',
      page(4),
      '# C',
      'Text c.',
      page(5),
      'Text d.',
    ].join('\n\n')
    const report = extractReport(`${text}\n`)
    expect(report.sections.map((section) => [section.title, section.page])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 9],
    ])
    expect(report.blocks.map((block) => [block.text, block.page])).toEqual([
      ['Text a.', 1],
      ['Text b.', 2],
      ['Text c.', 3],
      ['Text d.', 4],
    ])
  })

  it('take the smaller offset on a tie, count no roman page, and give no page before page 1', () => {
    const text = [
      page(0),
      '# Contents',
      'Foreword ..... ii\nA ..... 1\nC ..... 5',
      page(1),
      '# Foreword',
      'Words.',
      page(2),
      '# A',
      'Text a.',
      page(3),
      '# C',
      'Text c.',
      page(4),
      'Text d.',
    ].join('\n\n')
    const report = extractReport(`${text}\n`)
    // A says 1 on the third PDF page (offset -2), C 5 on the fourth (+1): +1 is nearer 0.
    expect(report.blocks.map((block) => [block.text, block.page])).toEqual([
      ['Words.', 3],
      ['Text a.', 4],
      ['Text c.', 5],
      ['Text d.', 6],
    ])
    expect(report.sections.map((section) => [section.title, section.page])).toEqual([
      ['Foreword', 'ii'],
      ['A', 1],
      ['C', 5],
    ])
    const front = extractReport(
      [page(0), '# Contents', 'Foreword ..... ii\nIntro ..... 1', page(1), '# Foreword', 'Words.', page(2), '# Intro', 'Text.'].join(
        '\n\n',
      ) + '\n',
    )
    expect(front.blocks.map((block) => [block.text, block.page])).toEqual([
      ['Words.', null],
      ['Text.', 1],
    ])
  })
})

describe('metadata', () => {
  it('dates no report by its event’s first day when the cover gives no date; a one-day event’s day dates it', () => {
    // A title heading gives the cover; with no heading, the first line would be the cover and give the span.
    const text = '# Report of the secretariat\n\nThe Regional Forum, held in Nairobi, Kenya, on 12-13 March 2019, met.\n'
    expect(extractReport(text.replace('12-13', '12')).metadata.date).toBe('2019-03-12')
    expect(extractReport(text).metadata).toMatchObject({
      date: null,
      event: { name: 'Regional Forum', date: '2019-03-12/2019-03-13', location: 'Nairobi, Kenya' },
    })
  })
})

describe('metadata: the document type a title names', () => {
  it.each([
    ['# Minutes of the Harbour Board\n\nText of the body, long enough to be read as prose by anyone.\n', 'Minutes'],
    ['# Protokoll zur Mitgliederversammlung 2016\n\n## Begrüßung\n\nText.\n', 'Protokoll'],
    ['# PROCES-VERBAL DU CONSEIL MUNICIPAL\n\n## Ordre du jour\n\nTexte.\n', 'Proces-Verbal'],
    ['# Soil Forum 2025 Workshop Report\n\n## Opening\n\nText.\n', 'Workshop Report'],
    ['# Recap: Rivers Summit 2024\n\n## Opening\n\nText.\n', 'Recap'],
    // A meetup's post after the meeting, its front matter's title (the event named without the type).
    ['---\ntitle: Harbour Club March meeting wrap-up\n---\n\nThanks to everyone who came.\n', 'Meeting wrap-up'],
  ])('%j → %s', (text, type) => {
    expect(extractReport(text).metadata.documentType).toBe(type)
  })

  it('a title naming no document type gives none; a word inside a longer word is none', () => {
    expect(extractReport('# Council meeting 2024-10-11\n\n## Opening\n\nText.\n').metadata.documentType).toBeNull()
    expect(extractReport('# Reporting lines of the Board\n\n## Opening\n\nText.\n').metadata.documentType).toBeNull()
  })
})

describe('metadata: the organisation a title names', () => {
  const body = '\n\n## Opening\n\nText.\n'
  it.each([
    ['# 2024-05-02 ECMA-500 Meeting', 'ECMA-500'],
    ['# Council meeting 2024-10-11', 'Council'],
    ['# Harbour Working Group Telco — 2019-06-10', 'Harbour Working Group'],
    ['# Minutes from the call held on 3 May 2020 by the Expert Team on Ocean Data (ET-OD)', 'Expert Team on Ocean Data (ET-OD)'],
    ['# PROCÈS-VERBAL DU CONSEIL MUNICIPAL DE LA COMMUNE DE BRIENNE', 'Commune de Brienne'],
    ['# Protokoll zur Mitgliederversammlung 2016 des Vereins Lesefreunde Jena e. V.', 'Vereins Lesefreunde Jena e. V.'],
    ['# Minutes of the Board Meeting held on 3 May 2021 by a show of hands', 'Board'],
  ])('%s → %s', (title, organization) => {
    expect(extractReport(`${title}${body}`).metadata.organization).toBe(organization)
  })

  it.each([
    ['# Regional Workshop on Soil Health', 'a word before the meeting that is neither an acronym nor a publisher'],
    ['# MINUTES OF THE ORDINARY SESSION', 'a title in capitals gives no acronyms'],
    ['# Acta de la sesión celebrada por el Pleno de este Ayuntamiento', 'a body the title points at (“este”)'],
  ])('%s: none (%s)', (title) => {
    expect(extractReport(`${title}${body}`).metadata.organization).toBeNull()
  })
})

describe('speakers as sections', () => {
  it('open a section of kind speech when the contents page lists them, stacked lines and transcript turns too', () => {
    const report = extractReport(
      '# Contents\n\nOPENING ..... 1\nJie ZHAO, Officer, UNIDO ..... 1\nIAHWG | Carolyn Schwalger | Co-Chair ..... 2' +
        '\n\n# OPENING\n\n*Jie ZHAO*\n\n*Officer*\n\n*UNIDO*\n\nThe talk.' +
        '\n\n**IAHWG | Carolyn Schwalger | Co-Chair**\n\nThanks.\n\n**Ana LIMA, Director, Ministry of Mines**\n\nNot listed.\n',
    )
    expect(report.sections.map((section) => [section.title, section.kind, section.level])).toEqual([
      ['OPENING', 'section', 1],
      ['Jie ZHAO, Officer, UNIDO', 'speech', 2],
      ['IAHWG | Carolyn Schwalger | Co-Chair', 'speech', 2],
    ])
    expect(report.speakers.map((speaker) => [speaker.name, speaker.section_id])).toEqual([
      ['Jie ZHAO', 'sec-2'],
      ['Carolyn Schwalger', 'sec-3'],
      ['Ana LIMA', 'sec-3'],
    ])
  })
})

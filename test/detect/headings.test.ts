import { describe, expect, it } from 'vitest'
import { splitNumber } from '../../src/text/numbering.js'
import { detect } from '../helpers.js'

describe('headings detector', () => {
  it('takes Markdown headings and bold- or italic-only heading lines, not dates or labels', () => {
    const { found } = detect('Opening words.\n\n## One\n\n**Disclaimer**\n\nProse.\n\n*Background*\n\n**April 2018**\n\n**Note:**\n\n## *Two*\n\n**a bold phrase that runs on for far too many words to be any kind of heading here**\n')
    expect(found.headings.headings.map((h) => [h.title, h.depth, h.line])).toEqual([
      ['One', 2, 3],
      ['Disclaimer', null, 5],
      ['Background', null, 9],
      ['Two', 2, 15],
    ])
  })

  it('leaves the heading lines that open a report without contents to the cover, as its title', () => {
    const { found } = detect('# Session 2 | Briefing (Oct 13, 2025)\n\n## Opening\n\nText.\n')
    expect(found.cover).toMatchObject({ title: 'Session 2 | Briefing (Oct 13, 2025)', date: '2025-10-13' })
    expect(found.headings.headings.map((h) => h.title)).toEqual(['Opening'])
  })

  it('splits a section number from its title, but not a year', () => {
    expect(splitNumber('3.1.2. Data sources')).toEqual({ number: '3.1.2', title: 'Data sources' })
    expect(splitNumber('1. Chen Lu (Ant Group)')).toEqual({ number: '1', title: 'Chen Lu (Ant Group)' })
    expect(splitNumber('2030 Agenda')).toEqual({ number: null, title: '2030 Agenda' })
  })
})

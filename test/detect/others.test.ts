import { describe, expect, it } from 'vitest'
import { detect } from '../helpers.js'

describe('boilerplate detector', () => {
  it('removes a preview notice and keeps its link as the source URL', () => {
    const { found, messages } = detect('Text.\n\n**预览已结束，完整报告链接和二维码如下：**\n\n[https://example.org/r?id=5\\_1](https://example.org/r?id=5_1)\n')
    expect(found.boilerplate).toEqual({ sourceUrl: 'https://example.org/r?id=5_1', noticeLine: 3 })
    expect(found.blocks.blocks.map((b) => b.text)).toEqual(['Text.'])
    expect(messages).toEqual(['3:1 boilerplate-notice-removed', '5:1 boilerplate-source-link'])
  })
})

describe('cover detector', () => {
  it('reads title, type, organisation and date before the contents, leaving a disclaimer', () => {
    const { found } = detect('MINISTRY OF ENERGY\n\n# ANNUAL MEETING\n# ON GRIDS\n\nMEETING MINUTES\n\nMarch 2020\n\n**Disclaimer**\n\nThis document has been produced without formal editing and the views are those of the authors alone.\n\n# Contents\n\nINTRO.....\t1\n')
    expect(found.cover).toMatchObject({ title: 'ANNUAL MEETING ON GRIDS', documentType: 'Meeting Minutes', organization: 'Ministry of Energy', date: '2020-03', titleLine: 3 })
    expect(found.headings.headings.map((h) => h.title)).toEqual(['Disclaimer'])
    expect(found.blocks.blocks).toHaveLength(1)
  })
})

describe('blocks detector', () => {
  it('gives one block per list item, nested items apart, and kinds for quotes, code and tables', () => {
    const { found } = detect('- first\n  continued\n  - nested\n- second\n\n> quoted\n\n```\ncode\n```\n')
    expect(found.blocks.blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['list_item', 'first continued', 1],
      ['list_item', 'nested', 3],
      ['list_item', 'second', 4],
      ['quote', 'quoted', 6],
      ['code', 'code', 8],
    ])
  })
})

describe('event detector', () => {
  it('reads name, place and date, and a span of days as an interval', () => {
    const { found } = detect('The Regional Forum on Water Security, held in Nairobi, Kenya, on 12-13 March 2019, gathered experts.\n')
    expect(found.event).toEqual({ name: 'Regional Forum on Water Security', date: '2019-03-12/2019-03-13', location: 'Nairobi, Kenya', line: 1 })
  })

  it('prefers the fuller name when the event is named twice', () => {
    const { found } = detect('Thanks to the Workshop held in Rome, Italy, on 3 May 2021.\n\nThe Expert Workshop on Soil Health, held in Rome, Italy, on 3 May 2021, was a success.\n')
    expect(found.event.name).toBe('Expert Workshop on Soil Health')
  })
})

describe('diagnostics', () => {
  it('are made without stack traces, and leave Error.stackTraceLimit as it was', () => {
    const before = Error.stackTraceLimit
    Error.stackTraceLimit = 17
    try {
      const { messages } = detect('Text.\n\n**预览已结束，完整报告链接和二维码如下：**\n\n[https://example.org/r?id=5\\_1](https://example.org/r?id=5_1)\n')
      expect(messages).toHaveLength(2)
      expect(Error.stackTraceLimit).toBe(17)
    } finally {
      Error.stackTraceLimit = before
    }
  })
})

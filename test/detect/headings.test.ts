import { describe, expect, it } from 'vitest'
import { splitNumber, withNumber } from '../../src/text/numbering.js'

// The headings detector's forms and refusals are its examples (src/detect/headings.ts, run by test/examples.test.ts).
describe('section numbers', () => {
  it('split a section number from its title, but not a year', () => {
    expect(splitNumber('3.1.2. Data sources')).toMatchObject({ number: '3.1.2', title: 'Data sources' })
    expect(splitNumber('1. Chen Lu (Ant Group)')).toMatchObject({ number: '1', title: 'Chen Lu (Ant Group)' })
    expect(splitNumber('Annex 2. Budget')).toMatchObject({ number: '2', title: 'Budget', annex: true })
    expect(splitNumber('Appendix A: Participants')).toMatchObject({ number: 'A', title: 'Participants', annex: true })
    expect(splitNumber('Annex on budgets')).toMatchObject({ number: null, title: 'Annex on budgets' })
    expect(splitNumber('A.1 Terms')).toMatchObject({ number: 'A.1', title: 'Terms' })
    expect(splitNumber('2030 Agenda')).toMatchObject({ number: null, title: '2030 Agenda' })
  })

  it('split a number closed by a parenthesis, set off by a dash, or counted the Chinese way; not a time or a label', () => {
    expect(splitNumber('b) Budget')).toMatchObject({ number: 'b', title: 'Budget' })
    expect(splitNumber('(iv) Costs')).toMatchObject({ number: 'iv', title: 'Costs' })
    expect(splitNumber('3.1. – Methods')).toMatchObject({ number: '3.1', title: 'Methods' })
    expect(splitNumber('B – Costs')).toMatchObject({ number: 'B', title: 'Costs' })
    expect(splitNumber('十二、其他事项')).toMatchObject({ number: '十二', title: '其他事项' })
    expect(splitNumber('(3) 结论')).toMatchObject({ number: '3', title: '结论' })
    expect(splitNumber('12 - 14 March 2024')).toMatchObject({ number: null, title: '12 - 14 March 2024' })
    expect(splitNumber('B: Yes')).toMatchObject({ number: null, title: 'B: Yes' })
    expect(splitNumber('1000 - Opening')).toMatchObject({ number: null, title: '1000 - Opening' })
    expect(splitNumber('a. Background')).toMatchObject({ number: 'a', title: 'Background' })
    expect(splitNumber('iv. Costs')).toMatchObject({ number: 'iv', title: 'Costs' })
    expect(splitNumber('e.g. a heading')).toMatchObject({ number: null, title: 'e.g. a heading' })
    expect(splitNumber('1.Introduction')).toMatchObject({ number: '1', title: 'Introduction' })
    expect(splitNumber('3.1Methods')).toMatchObject({ number: '3.1', title: 'Methods' })
    expect(splitNumber('2.4GHz radios')).toMatchObject({ number: null, title: '2.4GHz radios' })
  })

  it('split a chapter’s word, a Chinese ordinal and full-width digits from the title; not a sentence or a part', () => {
    expect(splitNumber('Chapter 3: Results')).toEqual({ number: '3', title: 'Results', scheme: 'word chapter' })
    expect(splitNumber('Kapitel 2 Ergebnisse')).toEqual({ number: '2', title: 'Ergebnisse', scheme: 'word kapitel' })
    expect(splitNumber('§ 4 Satzung')).toEqual({ number: '4', title: 'Satzung', scheme: 'word §' })
    expect(splitNumber('Capítulo 3. Datos')).toEqual({ number: '3', title: 'Datos', scheme: 'word capítulo' })
    expect(splitNumber('SECTION IV – BUDGET')).toEqual({ number: 'IV', title: 'BUDGET', scheme: 'word section' })
    expect(splitNumber('第一章 总则')).toEqual({ number: '一', title: '总则', scheme: 'counter 章' })
    expect(splitNumber('第三节：议程')).toEqual({ number: '三', title: '议程', scheme: 'counter 节' })
    expect(splitNumber('１．全角数字')).toEqual({ number: '1', title: '全角数字', scheme: 'stop' })
    expect(splitNumber('2.会议纪要')).toEqual({ number: '2', title: '会议纪要', scheme: 'stop' })
    expect(splitNumber('一、会议议题')).toEqual({ number: '一', title: '会议议题', scheme: 'enumerated' })
    expect(splitNumber('（一）出席人员')).toEqual({ number: '一', title: '出席人员', scheme: 'parenthesised' })
    expect(splitNumber('iv) Costs')).toEqual({ number: 'iv', title: 'Costs', scheme: 'closed' })
    expect(splitNumber('TOP 3: Kassenbericht')).toEqual({ number: 'TOP 3', title: 'Kassenbericht', scheme: 'item' })
    expect(splitNumber('Appendix A   Participants')).toEqual({ number: 'A', title: 'Participants', annex: true })
    expect(splitNumber('Annex 2 of the minutes')).toEqual({ number: null, title: 'Annex 2 of the minutes' })
    expect(splitNumber('Section 4 of the Act')).toEqual({ number: null, title: 'Section 4 of the Act' })
    expect(splitNumber('Chapters of history')).toEqual({ number: null, title: 'Chapters of history' })
    expect(splitNumber('Teil II: Impulsvorträge')).toEqual({ number: null, title: 'Teil II: Impulsvorträge' })
    expect(splitNumber('第一次会议')).toEqual({ number: null, title: '第一次会议' })
    expect(splitNumber('2.5亿元预算')).toEqual({ number: null, title: '2.5亿元预算' })
  })

  it('read the same in a contents entry', () => {
    expect(withNumber('12. March 2020')).toEqual({ number: '12', title: 'March 2020' })
  })
})

// Dates in the forms reports print them, in each language the lexicons know.
import { describe, expect, it } from 'vitest'
import { findDate, findDay, isDateOnly, printsMonthFirst, readingDatesOf } from '../../src/text/dates.js'

describe('findDay', () => {
  it.each([
    ['14.03.2024', '2024-03-14'],
    ['05-07-2023', '2023-07-05'],
    ['3/25/2021', '2021-03-25'],
    ['June 7, 2022', '2022-06-07'],
    ['September 22 2020', '2020-09-22'],
    ['Meeting started Tue Sep  4 13:45:56 2018 UTC.', '2018-09-04'],
    ['Sat Mar 3 09:00 PST 2012', '2012-03-03'],
    ['7 June 2022', '2022-06-07'],
    ['12 and 13 March 2019', '2019-03-12/2019-03-13'],
    ['September 30–October 2, 2019', '2019-09-30/2019-10-02'],
    ['16 Feb – 17 Apr 2025', '2025-02-16/2025-04-17'],
    ['mardi 8 mars 2016', '2016-03-08'],
    ['le 1er juin 2021', '2021-06-01'],
    ['Donnerstag, den 4. Juni 1987', '1987-06-04'],
    ['9 de junio de 2017', '2017-06-09'],
    ['2021年3月5日', '2021-03-05'],
    ['民國110年3月5日', '2021-03-05'],
    ['中華民國110年3月5日（星期五）', '2021-03-05'],
    ['時間：110年3月5日下午2時', '2021-03-05'],
    ['99年12月31日', '2010-12-31'],
    ['１１０年３月５日', '2021-03-05'],
    ['２０２１年３月５日', '2021-03-05'],
    ['中華民國一一〇年三月五日（星期五）', '2021-03-05'],
    ['時間：一一〇年三月三十一日（星期三）上午10時', '2021-03-31'],
    ['民國一百一十年十月十日', '2021-10-10'],
    ['二〇二一年十二月二十五日', '2021-12-25'],
    ['二○二三年六月七日', '2023-06-07'],
    ['1110811 通傳業者與公協會', '2022-08-11'],
    ['**時間**: 114/3/11 19:00~21:00', '2025-03-11'],
    ['中華民國 105 年 05 月 11 日下午 02 時 05 分', '2016-05-11'],
    ['Data 日期： 2023-6-7', '2023-06-07'],
    ['2025/01/12', '2025-01-12'],
    ['Fait à Bègles le 11/11/23', '2023-11-11'],
    ['le 3/4/98', '1998-04-03'],
    // The forms of issues 20 and 21, in every language the lexicons know.
    ['2024-03-14', '2024-03-14'],
    ['14/03/2024', '2024-03-14'],
    ['March 14th, 2024', '2024-03-14'],
    ['14th of March 2024', '2024-03-14'],
    ['Mar. 14, 2024', '2024-03-14'],
    ['Sept. 14, 2024', '2024-09-14'],
    ['Thursday 14 March 2024', '2024-03-14'],
    ['Wednesday, 13th March 2024', '2024-03-13'],
    ['14–16 March 2024', '2024-03-14/2024-03-16'],
    ['March 14–16, 2024', '2024-03-14/2024-03-16'],
    ['March 30–April 2, 2024', '2024-03-30/2024-04-02'],
    ['30 March–2 April 2024', '2024-03-30/2024-04-02'],
    ['March 1st-3rd, 2024', '2024-03-01/2024-03-03'],
    ['le 3 mars 2016', '2016-03-03'],
    ['du 3 au 5 mars 2016', '2016-03-03/2016-03-05'],
    ['4.–6. Juni 1987', '1987-06-04/1987-06-06'],
    ['vom 4. bis 6. Juni 1987', '1987-06-04/1987-06-06'],
    ['del 9 al 11 de junio de 2017', '2017-06-09/2017-06-11'],
    ['14 de março de 2024', '2024-03-14'],
    ['二〇二一年三月五日', '2021-03-05'],
    ['Minutes of 5 May 2020', '2020-05-05'],
    // Spans as workshop reports print them (issue 20): a weekday or article before each day, a year's end, a list of days.
    ['12, 13 and 14 March 2019', '2019-03-12/2019-03-14'],
    ['March 12, 13 and 14, 2019', '2019-03-12/2019-03-14'],
    ['12 & 13 March 2019', '2019-03-12/2019-03-13'],
    ['On the 24th and 25th October 2019', '2019-10-24/2019-10-25'],
    ['Tuesday 17th to Friday 20th September 2024', '2024-09-17/2024-09-20'],
    ['Thursday 12 and Friday 13 March 2019', '2019-03-12/2019-03-13'],
    ['Monday 30 September – Wednesday 2 October 2019', '2019-09-30/2019-10-02'],
    ['Monday, September 30 – Wednesday, October 2, 2019', '2019-09-30/2019-10-02'],
    ['the 30th of September to the 2nd of October 2019', '2019-09-30/2019-10-02'],
    ['September 30 through October 2, 2019', '2019-09-30/2019-10-02'],
    ['30 September and 1 October 2019', '2019-09-30/2019-10-01'],
    ['30 December 2019 – 2 January 2020', '2019-12-30/2020-01-02'],
    ['December 30, 2019 – January 2, 2020', '2019-12-30/2020-01-02'],
    ['2019-09-30 to 2019-10-02', '2019-09-30/2019-10-02'],
    ['On 2010-11-11 and 2010-11-12', '2010-11-11/2010-11-12'],
    ['vom Montag, 3. bis Mittwoch, 5. Juni 2024', '2024-06-03/2024-06-05'],
    ['du lundi 3 au mercredi 5 juin 2024', '2024-06-03/2024-06-05'],
    ['2020-05-05 meeting', '2020-05-05'],
  ])('%s is %s', (text, iso) => {
    expect(findDay(text)?.iso).toBe(iso)
  })

  it.each([
    'version 2.4.1',
    '31.02 2024',
    '13.13.2024',
    'le 3 mars',
    'Oct 9',
    'in 2024 we met',
    '110年',
    '一一〇年十三月五日',
    '三年五月',
    '第一百二十次會議',
    '府授秘字第1120315 號',
    '1110811',
    '1111311 會議',
    'call 1110811 ok',
    '1.2.23',
    '13/13/23',
    '1/2/234',
    '5/10/23/4',
  ])('%s is no day', (text) => {
    expect(findDay(text)).toBeNull()
  })

  it('a span of two months reads only when its second word is a month; a later span is still found', () => {
    expect(findDay('30 September – 2 Octopus 2019')).toBeNull()
    expect(findDay('September 30 – Octopus 2, 2019')).toBeNull()
    expect(findDay('From 5 June - 6 apples 2020 to 30 September – 2 October 2019')?.iso).toBe('2019-09-30/2019-10-02')
  })

  it.each([
    ['2019-03-12/14', '2019-03-12/2019-03-14'],
    ['2019-03-12 – 2019-03-14', '2019-03-12/2019-03-14'],
    ['2019-03-30/04-02', '2019-03-30/2019-04-02'],
    ['12.-14.03.2019', '2019-03-12/2019-03-14'],
    ['12. – 14.03.2019', '2019-03-12/2019-03-14'],
    ['12.03.–14.03.2019', '2019-03-12/2019-03-14'],
    ['30.03.-02.04.2019', '2019-03-30/2019-04-02'],
    ['12-14.03.2019', '2019-03-12/2019-03-14'],
    ['12/03/2019 - 14/03/2019', '2019-03-12/2019-03-14'],
    ['03/12/2019 - 03/14/2019', '2019-03-12/2019-03-14'],
  ])('the span in figures %s is %s', (text, iso) => {
    expect(findDay(text)).toEqual({ iso, index: 0, length: text.length })
  })

  it.each([
    ['Seite 3 - 14.03.2019', '2019-03-14'],
    ['2019-03-12 - 14:00', '2019-03-12'],
    ['2019-03-12/10', '2019-03-12'],
    ['v1.2-14.03.2019', '2019-03-14'],
    ['12.03.2019 und 14.03.2019', '2019-03-12'],
  ])('%s is no span: its one day is %s (a page, an hour, a day before the first, a version, two dates)', (text, iso) => {
    expect(findDay(text)?.iso).toBe(iso)
  })

  it.each([
    ['1 April 2019 – 31 March 2020', '2019-04-01'],
    ['Meetings on 2020-01-05 and 2020-03-07', '2020-01-05'],
    ['Monday, 9:00 to Friday 5 June 2020', '2020-06-05'],
  ])('%s is no span: its day is %s (a year-long period, two meetings months apart, an hour before the span word)', (text, iso) => {
    expect(findDay(text)?.iso).toBe(iso)
  })

  it('a span with weekdays starts at its first day, the weekday before it left out', () => {
    expect(findDay('held from Tuesday 17th to Friday 20th September 2024.')).toEqual({
      iso: '2024-09-17/2024-09-20',
      index: 18,
      length: 34,
    })
  })

  it('the first date printed, not the first form tried', () => {
    expect(findDay('Held on 2 May 2021, minutes approved on June 7, 2021')?.iso).toBe('2021-05-02')
  })
})

describe('findDate', () => {
  it('a month of a year when no day is given', () => {
    expect(findDate('Report, July 2009')).toBe('2009-07')
    expect(findDate('juin 2020')).toBe('2020-06')
    expect(findDate('2021年3月')).toBe('2021-03')
    expect(findDate('nothing here')).toBeNull()
  })
})

describe('isDateOnly', () => {
  it.each(['April 2018', '17 April 2018', 'mardi 8 mars 2016', 'Donnerstag, den 4. Juni 1987', '(June 7, 2022)', '2021年3月5日'])(
    '%s is a date alone',
    (text) => {
      expect(isDateOnly(text)).toBe(true)
    },
  )
  it.each(['Meeting of 17 April 2018', 'Tuesday', 'Budget 2018', 'Séance du 23 juillet 2020'])('%s is more than a date', (text) => {
    expect(isDateOnly(text)).toBe(false)
  })
})

describe('the order of slash dates', () => {
  const us = 'Date: 7/8/2016\n\nApproved the June 3, 2016 minutes.\n'
  it('is month first in a document that prints its named dates month first and none day first', () => {
    expect(printsMonthFirst(us)).toBe(true)
    expect(readingDatesOf(us, () => findDay('7/8/2016')?.iso)).toBe('2016-07-08')
    expect(readingDatesOf(us, () => findDay('01/24/00')?.iso)).toBe('2000-01-24')
  })
  it('is day first with a named date day first, a slash date only day first, no named date, or dots', () => {
    expect(printsMonthFirst('Date: 7/8/2016, approved the June 3, 2016 minutes of 3 June 2016.')).toBe(false)
    expect(printsMonthFirst('Date: 7/8/2016 and 25/8/2016, the June 3, 2016 minutes.')).toBe(false)
    expect(printsMonthFirst('Date: 7/8/2016')).toBe(false)
    expect(readingDatesOf(us, () => findDay('7.8.2016')?.iso)).toBe('2016-08-07')
    expect(findDay('7/8/2016')?.iso).toBe('2016-08-07')
  })
})

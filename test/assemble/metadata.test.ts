// The report's metadata as src/assemble/metadata.ts settles it (issue 18, mutation testing): the front
// matter's title, kind and date beside the cover's, the event's day from a title naming a meeting, and
// the meeting's name a title gives around its date or document type.
import { describe, expect, it } from 'vitest'
import { organizationInRunning } from '../../src/assemble/metadata-organization.js'
import { extractReport } from '../../src/pipeline.js'

const metadata = (text: string) => extractReport(text).metadata
const front = (fields: string, body = 'Text.') => `---\n${fields}\n---\n\n${body}\n`

describe('the front matter beside the cover', () => {
  it('gives the title, unless it is one generic word and the page has a title of its own', () => {
    expect(metadata(front('title: Report', '# Annual Assembly of Members\n\nText.')).title).toBe('Annual Assembly of Members')
    expect(metadata(front('title: Report')).title).toBe('Report')
    expect(metadata(front('title: Annual  Report', '# Annual Assembly of Members\n\nText.')).title).toBe('Annual Report')
    // A blank title is none: the cover's stands.
    expect(metadata(front('title: "  "', '# Annual Assembly of Members\n\nText.')).title).toBe('Annual Assembly of Members')
    expect(metadata(front('title: "  "')).title).toBeNull()
  })

  it('gives the document type when its kind of page is one, separators read as spaces', () => {
    expect(metadata(front('type: summary_record')).documentType).toBe('Summary Record')
    expect(metadata(front('layout: minutes')).documentType).toBe('Minutes')
    expect(metadata(front('layout: --minutes__')).documentType).toBe('Minutes')
    expect(metadata(front('type: summary__record')).documentType).toBe('Summary Record')
    expect(metadata(front('layout: post')).documentType).toBeNull()
    expect(metadata(front('layout: meeting-minutes')).documentType).toBeNull()
  })

  it('gives the date: a printed date as ISO, a timestamp’s day, a year and month; nothing else', () => {
    expect(metadata(front('date: May 9, 2024')).date).toBe('2024-05-09')
    expect(metadata(front('date: 2024-05-09T10:00:00Z')).date).toBe('2024-05-09')
    expect(metadata(front('date: 2024-05')).date).toBe('2024-05')
    expect(metadata(front('date: sometime')).date).toBeNull()
    // A year and month only at the start: not one inside other words.
    expect(metadata(front('date: rev 2024-05')).date).toBeNull()
  })

  it('gives the organization and the event’s place when the page gives none', () => {
    const found = metadata(front('title: Quarterly Review\norganization: ACME Guild\nlocation: Lisbon'))
    expect(found.organization).toBe('ACME Guild')
    expect(found.event.location).toBe('Lisbon')
  })
})

describe('a title naming a meeting', () => {
  it('gives the meeting’s day as the event’s date and the report’s', () => {
    const found = metadata('# Board Meeting — 2023-11-08\n\nText.\n')
    expect(found.event).toEqual({ name: 'Board Meeting', date: '2023-11-08', location: null })
    expect(found.date).toBe('2023-11-08')
  })

  it('gives a span of days as the event’s date only: no report is dated by its meeting’s first day', () => {
    const found = metadata('# Harbour Data Workshop, 3–4 March 2025\n\nText.\n')
    expect(found.event.date).toBe('2025-03-03/2025-03-04')
    expect(found.date).toBeNull()
  })

  it('gives a record’s own day as its meeting’s when nothing else does; a report’s day is not its meeting’s', () => {
    const minutes = metadata('# Harbour Board Minutes\n\n3 May 2024\n\nText.\n')
    expect([minutes.documentType, minutes.date, minutes.event.date]).toEqual(['Minutes', '2024-05-03', '2024-05-03'])
    expect(metadata(front('title: Harbour Board Notes\ndate: 2024-05-03')).event.date).toBe('2024-05-03')
    // A hearing's record too: the sitting it records is one.
    expect(metadata('# Harbour Safety\n\n## Joint Hearing\n\n3 May 2024\n\nText.\n').event.date).toBe('2024-05-03')
    const report = metadata('# Harbour Annual Report\n\n3 May 2024\n\nText.\n')
    expect([report.documentType, report.date, report.event.date]).toEqual(['Report', '2024-05-03', null])
  })

  it('names a hearing by its record’s title; a report’s title names no meeting', () => {
    expect(metadata('# HARBOUR SAFETY AND THE PORTS\n\n## Joint Hearing\n\n3 May 2024\n\nText.\n').event.name).toBe(
      'HARBOUR SAFETY AND THE PORTS',
    )
    expect(metadata('# Harbour Safety\n\n## Report\n\n3 May 2024\n\nText.\n').event.name).toBeNull()
  })

  it('gives the day a title opens with before its words as the meeting’s (`1110811 通傳業者與公協會`, a Minguo date)', () => {
    const found = metadata('# 1110811 通傳業者與公協會\n\n主席：好，開始。\n')
    expect([found.date, found.event.date]).toEqual(['2022-08-11', '2022-08-11'])
    expect(metadata('# 2023-11-08 Steering group\n\nText.\n').event.date).toBe('2023-11-08')
    // A number of the document, not a day: no date.
    expect(metadata('# 第1120315 號 函\n\n說明。\n').date).toBeNull()
  })

  it('gives no event date when it names no meeting, only a day', () => {
    expect(metadata('# 3 May 2024\n\nText.\n').event).toEqual({ name: null, date: null, location: null })
    const report = metadata('# Annual Report — 2023-11-08\n\nText.\n')
    expect(report.event).toEqual({ name: null, date: null, location: null })
    expect(report.date).toBe('2023-11-08')
    // A front-matter title (no cover to read the day): the day only of a title naming a meeting.
    expect(metadata(front('title: Board Meeting 2023-11-08')).event.date).toBe('2023-11-08')
    const annual = metadata(front('title: Annual Report 2023-11-08'))
    expect([annual.event.date, annual.date]).toEqual([null, null])
  })

  it('names the numbered meeting of a series a session’s title gives (`IETF 117`), in any of its spellings', () => {
    expect(metadata('# MASQUE IETF 117\n\nText.\n').event.name).toBe('IETF 117')
    expect(metadata('# IETF-118 - CoRE WG\n\nText.\n').event.name).toBe('IETF 118')
    expect(metadata('# SSAC ICANN78\n\nText.\n').event.name).toBe('ICANN 78')
    // A number run into other letters or digits names no meeting.
    expect(metadata('# IETF 1170x draft review\n\nText.\n').event.name).toBeNull()
    expect(metadata('# RIPEN 87 results\n\nText.\n').event.name).toBeNull()
  })

  it('names the meeting without its date, the parenthesis holding the date, or the preposition the date needed', () => {
    expect(metadata('# Council meeting 2024-10-11\n\nText.\n').event.name).toBe('Council meeting')
    expect(metadata('# Session (Geneva, 3 May 2024)\n\nText.\n').event.name).toBe('Session')
    expect(metadata('# Conseil municipal du 12 mars 2024\n\nTexte.\n').event.name).toBe('Conseil municipal')
    expect(metadata('# Meeting of 12 March 2024\n\nText.\n').event.name).toBe('Meeting')
    expect(metadata('# Report: Board meeting held on 3 May 2024\n\nText.\n').event.name).toBe('Board meeting')
    expect(metadata('# Board meeting on 3 May 2024\n\nText.\n').event.name).toBe('Board meeting')
    expect(metadata('# BOARD MEETING OF 3 MAY 2024\n\nText.\n').event.name).toBe('BOARD MEETING')
  })

  it('names the meeting without the weekday before its date or the hours after it', () => {
    expect(metadata('# Réunion plénière du mardi 26/09/2024 de 14h00 à 16h00\n\nTexte.\n').event.name).toBe('Réunion plénière')
    expect(metadata('# Conseil municipal du jeudi 12 mars 2024 à 20h\n\nTexte.\n').event.name).toBe('Conseil municipal')
    expect(metadata('# Board meeting on Tuesday, 3 May 2024 at 10:00\n\nText.\n').event.name).toBe('Board meeting')
  })

  it('names a Chinese meeting without the document type written against it, when a meeting’s name remains', () => {
    expect(metadata('# 2023年11月12日 项目委员会例会会议纪要\n\n正文。\n').event.name).toBe('项目委员会例会')
    expect(metadata('# 2021年3月5日 小组第2次會議逐字稿\n\n正文。\n').event.name).toBe('小组第2次會議')
    // 会议纪要 alone names no meeting: the name stays as the title gives it.
    expect(metadata('# 2024年5月8日 双周会会议纪要\n\n正文。\n').event.name).toBe('双周会会议纪要')
  })

  it('never keeps the date in the name, whatever parenthesis follows it', () => {
    const name = metadata('# Board Meeting 3 May 2024 (draft)\n\nText.\n').event.name
    expect(name).toMatch(/^Board Meeting\b/)
    expect(name).not.toContain('2024')
  })

  it('takes the parenthesis with the date only when it holds the date, at the title’s start too; separators before the name go', () => {
    expect(metadata('# Steering Committee (SC) (3 May 2024)\n\nText.\n').event.name).toBe('Steering Committee (SC)')
    expect(metadata('# (3 May 2024) Board meeting\n\nText.\n').event.name).toBe('Board meeting')
    // An unclosed parenthesis: the date goes, and the parenthesis left at the end.
    expect(metadata('# Meeting (3 May 2024\n\nText.\n').event.name).toBe('Meeting')
    expect(metadata('# 3 May 2024 — Board Meeting\n\nText.\n').event.name).toBe('Board Meeting')
  })

  it('names none when the meeting word went with the date', () => {
    const found = metadata('# Notes (Workshop, 3 May 2024)\n\nText.\n')
    expect(found.event).toEqual({ name: null, date: '2024-05-03', location: null })
  })

  it('names the meeting without the document type before or after it, or a label before a colon', () => {
    expect(metadata('# Proceedings - Annual Conference\n\nText.\n').event.name).toBe('Annual Conference')
    expect(metadata('# Annual Conference, Proceedings\n\nText.\n').event.name).toBe('Annual Conference')
    expect(metadata('# Executive Summary: Leadership Workshop\n\nText.\n').event.name).toBe('Leadership Workshop')
    expect(metadata('# Board Meeting\n\nText.\n').event.name).toBe('Board Meeting')
  })

  it('names the meeting after “<document type> of”, capitalised', () => {
    expect(metadata('# Minutes of the Board Meeting\n\nText.\n').event.name).toBe('Board Meeting')
    expect(metadata('# minutes of the session of the council\n\nText.\n').event.name).toBe('Session of the council')
  })

  it('names the meeting before a “held in … on <day>” clause, past a second document type; the clause gives the place', () => {
    const title =
      '# Minutes of Proceedings at Annual Meeting of the Harbour Board held in Town Hall, Main Street, Kells, Co. Meath ' +
      'on Tuesday, 19th June, 2023 at 9.00 a.m.'
    const found = metadata(`${title}\n\nText.\n`)
    expect(found.event.name).toBe('Annual Meeting of the Harbour Board')
    expect(found.event.location).toBe('Town Hall, Main Street, Kells, Co. Meath')
    expect(found.event.date).toBe('2023-06-19')
  })

  it('gives no place from “held in” without a day after it, nor from a place of more than 15 words', () => {
    expect(metadata('# Minutes of the Board Meeting held in the Town Hall\n\nText.\n').event.location).toBeNull()
    const far = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen'
    expect(metadata(`# Minutes of the Board Meeting held in ${far} on 3 May 2021\n\nText.\n`).event.location).toBeNull()
  })

  it('names the meeting a title quotes after its kind, however long the title (`… the workshop "X", held at …`)', () => {
    const title =
      '# Report and mission statement following the workshop "Securing Data in Ancient Mesopotamia: New Technologies", ' +
      'held at the Harbour Centre 14-18 march 2022'
    const found = metadata(`${title}\n\nText.\n`)
    expect(found.event.name).toBe('Securing Data in Ancient Mesopotamia: New Technologies')
    expect(found.event.location).toBe('Harbour Centre')
    expect(metadata('# Summary of the seminar “Open Harbour Data” and its outcomes\n\nText.\n').event.name).toBe('Open Harbour Data')
    // Quotes not right after a kind of meeting name none (a quoted phrase of the title).
    expect(metadata('# Report on "Open Data" and the Harbour Board meeting\n\nText.\n').event.name).not.toBe('Open Data')
  })

  it('in plain text, takes the title over the lines a converter wrapped it on, up to a line that is a date alone', () => {
    const body = 'The workshop was convened with a specific question in mind, on the protection of the information stored.'
    const lines = [
      'Report and mission statement following the workshop "Securing Data in Ancient',
      'Mesopotamia: New Technologies for Secured Cuneiform Texts", held at the Harbour',
      'Centre 14-18 march 2022',
    ]
    const wrapped = extractReport([...lines, '', 'By Anna Berg and Karl Bok (organizers).', '', 'Background', body, ''].join('\n'), {
      path: 'r.txt',
    }).metadata
    expect(wrapped.title).toBe(lines.join(' '))
    expect(wrapped.organization).toBeNull()
    // A line short of a wrapped one, or one over a date alone, ends the title.
    const dated = extractReport(
      ['Report of the Harbour Board workshop on the protection of the data stored', '14 March 2022', '', body, ''].join('\n'),
      {
        path: 'r.txt',
      },
    ).metadata
    expect(dated.title).toBe('Report of the Harbour Board workshop on the protection of the data stored')
  })

  it('names none in a title of more than 15 words', () => {
    const long = 'Meeting one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'
    expect(metadata(`# ${long}\n\nText.\n`).event.name).toBeNull()
    expect(metadata(`# ${long.split(' ').slice(0, 15).join(' ')}\n\nText.\n`).event.name).toBe(long.split(' ').slice(0, 15).join(' '))
  })
})

describe('the organisation a title names (assemble/metadata-organization.ts, issue 20)', () => {
  it('is the title when the title is only a body’s name, ending with its kind or opening with it and "of"', () => {
    expect(metadata('# The Riverside Credentials Community Group\n\n## Notes\n\nText.\n').organization).toBe(
      'Riverside Credentials Community Group',
    )
    expect(metadata('# Ministry of Water and Parks\n\n## Notes\n\nText.\n').organization).toBe('Ministry of Water and Parks')
    // A body's word inside a title that names something else is no body.
    expect(metadata('# Network Operations Overview\n\n## Notes\n\nText.\n').organization).toBeNull()
    expect(metadata('# Annual Report of the Harbour Board\n\nText.\n').organization).not.toBe('Annual Report of the Harbour Board')
  })

  it('reads a Chinese title’s body written against its meeting word, its date passed over, when it ends with a kind of body', () => {
    expect(metadata('# Harbourly 社区会议 8.24\n\n内容。\n').organization).toBe('Harbourly 社区')
    expect(metadata('# 2023年11月12日 技术委员会例会会议纪要\n\n内容。\n').organization).toBe('技术委员会')
    // Words before the meeting that name no kind of body, and a body's word after it, give none.
    expect(metadata('# 年度总结会议\n\n内容。\n').organization).toBeNull()
    expect(metadata('# 例会：委员会\n\n内容。\n').organization).toBeNull()
  })

  it('reads a kind of meeting in the plural too: the acronym before it is the body', () => {
    expect(metadata('# WXCG Meetings 2025, Public Notes, Oct 9\n\n## Agenda\n\nText.\n').organization).toBe('WXCG')
  })

  it('passes over the count of the meeting before the body: an ordinal word or figure', () => {
    expect(metadata('# Third XYZF Workshop\n\n## Notes\n\nText.\n').organization).toBe('XYZF')
    expect(metadata('# 2nd XYZF Workshop\n\n## Notes\n\nText.\n').organization).toBe('XYZF')
    // A word that counts nothing stays, and then the words are no acronyms.
    expect(metadata('# Coastal XYZF Workshop\n\n## Notes\n\nText.\n').organization).toBeNull()
  })

  it('passes over which sitting it was: a body’s kind alone after it names no body', () => {
    expect(metadata('# Special Board Meeting\n\n## Notes\n\nText.\n').organization).toBeNull()
    expect(metadata('# Annual XYZF Meeting\n\n## Notes\n\nText.\n').organization).toBe('XYZF')
    expect(metadata('# Special Harbour Board Meeting\n\n## Notes\n\nText.\n').organization).toBe('Harbour Board')
    // Without a sitting's word, the body's kind stays what the title names.
    expect(metadata('# Board Meeting\n\n## Notes\n\nText.\n').organization).toBe('Board')
  })

  it('reads a name with capitals inside its words, as a registered association writes it before the meeting', () => {
    expect(metadata('# openRowing e.V. Mitgliederversammlung 26.09.2023\n\nText.\n').organization).toBe('openRowing e.V.')
    // A word without a capital is no name's.
    expect(metadata('# open rowing e.V. Mitgliederversammlung 26.09.2023\n\nText.\n').organization).toBeNull()
  })

  it('reads the association a record is of, its `e.V.` written without a space as with one', () => {
    const of = (title: string) => metadata(`# ${title}\n\n## TOP 1\n\nText.\n`).organization
    expect(of('Protokoll der ordentlichen Mitgliederversammlung des Ruderclub Nordhafen e.V.')).toBe('Ruderclub Nordhafen e.V.')
    expect(of('Protokoll der ordentlichen Mitgliederversammlung des Ruderclub Nordhafen e. V.')).toBe('Ruderclub Nordhafen e. V.')
  })

  it('is the body a record comes from ("Minutes from …"), the kind of body kept when the kind of meeting goes', () => {
    expect(metadata('# Minutes from Harbour Steering Committee Meeting\n\nText.\n').organization).toBe('Harbour Steering Committee')
    expect(metadata('# Minutes of the Harbour Finance Committee\n\nText.\n').organization).toBe('Harbour Finance Committee')
    // The kind of meeting alone names no body.
    expect(metadata('# Notes from the Harbour Workshop\n\nText.\n').organization).toBeNull()
  })
})

describe('the body a title names beside its day or between spaced dashes (assemble/metadata-organization.ts, issue 20)', () => {
  it('is the part that is a body’s name alone once its day and the words leading to it are cut', () => {
    expect(metadata('# Conseil municipal du 4 juin 2021\n\nTexte.\n').organization).toBe('Conseil municipal')
    expect(metadata('# Harbour Finance Committee, 5 May 2021\n\nText.\n').organization).toBe('Harbour Finance Committee')
    expect(metadata('# IETF 117 - Harbour Transport Protocols (HTP) WG\n\nText.\n').organization).toBe(
      'Harbour Transport Protocols (HTP) WG',
    )
  })

  it('prefers a body’s own name to a kind of body alone', () => {
    expect(metadata('# Steering Committee - Harbour Rowing Association\n\nText.\n').organization).toBe('Harbour Rowing Association')
    expect(organizationInRunning(['Junta directiva - Asociación Ríos Limpios'])).toBe('Asociación Ríos Limpios')
  })

  it('reads the body a record is of before the place it sat in, and passes over a joint sitting’s word', () => {
    const held =
      'MINUTES OF PROCEEDINGS AT ANNUAL MEETING OF THE MUNICIPAL DISTRICT OF NORTHWICK HELD IN THE COUNTY HALL, ' +
      'MAIN STREET, NORTHWICK, CO. HARBOUR ON TUESDAY, 19TH JUNE, 2023 AT 9.00 A.M.'
    expect(metadata(`# ${held}\n\nText.\n`).organization).toBe('Municipal District of Northwick')
    expect(metadata('# XYZF/ABCS Joint Workshop on Harbour Media\n\nText.\n').organization).toBe('XYZF/ABCS')
  })

  it('is the front matter’s author when the author is a body, not a person', () => {
    expect(metadata(front('title: Budget notes\nauthor: Harbour Finance Committee')).organization).toBe('Harbour Finance Committee')
    expect(metadata(front('title: Budget notes\nauthor: Anna Berg')).organization).toBeNull()
    expect(metadata(front('title: Budget notes\nauthor: aberg')).organization).toBeNull()
  })

  it('refuses a meeting, a document’s kind, and a title that opens with its day', () => {
    expect(metadata('# Harbour Workshop - 5 May 2021\n\nText.\n').organization).toBeNull()
    expect(metadata('# Harbour Notes - 5 May 2021\n\nText.\n').organization).toBeNull()
    expect(metadata('# 5 May 2021 - Harbour Transport\n\nText.\n').organization).toBeNull()
  })
})

describe('the days of a meeting printed without their year (issue 21)', () => {
  const post = (date: string, body: string) => metadata(front(`title: Harbour Notes\ndate: ${date}`, body)).event.date
  it('are in the year of the report’s date, or the year before when they fall after it', () => {
    const body = 'The Harbour workshop happened in Harbour Hall from the 18th to 22nd of March. Many joined.'
    expect(post('2019-04-03', body)).toBe('2019-03-18/2019-03-22')
    expect(post('2019-03-10', body)).toBe('2018-03-18/2018-03-22')
    // A report dated while the meeting runs is of its year.
    expect(post('2019-03-20', body)).toBe('2019-03-18/2019-03-22')
    expect(post('2019-04', body)).toBe('2019-03-18/2019-03-22')
    expect(post('2019-03', body)).toBe('2019-03-18/2019-03-22')
    // A report with no date of its own gives them no year.
    expect(metadata(`# Harbour Notes\n\n${body}\n`).event.date).toBeNull()
  })

  it('name the meeting without the title’s label of a kind of meeting and a document type before a colon', () => {
    const found = metadata(front('title: "Meeting report: Harbour Data F2F Meeting in Bergen"\ndate: 2018-07-27'))
    expect(found.event.name).toBe('Harbour Data F2F Meeting in Bergen')
  })
})

describe('a title that says what and where', () => {
  it('gives the type a title of over 30 words opens with, and none it names further on', () => {
    const held = 'HELD IN THE TOWN HALL, NEW LINE ROAD, RATHKEALE, CO. LIMERICK ON TUESDAY, 19TH JUNE, 2023 AT 9.00 A.M.'
    const opens = metadata(`# MINUTES OF PROCEEDINGS AT ANNUAL MEETING OF THE MUNICIPAL DISTRICT OF HARBOURSIDE ${held}\n\nText.\n`)
    expect(opens.documentType).toBe('Minutes')
    const inside = metadata(`# ANNUAL MEETING OF THE MUNICIPAL DISTRICT OF HARBOURSIDE TO HEAR THE TREASURER'S REPORT ${held}\n\nText.\n`)
    expect(inside.documentType).toBeNull()
  })
  it('gives the document type with the kind of meeting before it, and the meeting without it', () => {
    const found = metadata('# Third XYZF Workshop Summary\n\n## Sessions\n\nText.\n')
    expect(found.documentType).toBe('Workshop Summary')
    expect(found.event.name).toBe('Third XYZF Workshop')
  })

  it('names the meeting without an acronym after its last comma that names it again', () => {
    expect(metadata('# Harbour Workshop at Bergen, HW2019\n\n## Notes\n\nText.\n').event.name).toBe('Harbour Workshop at Bergen')
    // A word after the comma is part of the name.
    expect(metadata('# Workshop on Oceans, Rivers\n\n## Notes\n\nText.\n').event.name).toBe('Workshop on Oceans, Rivers')
  })

  it('gives the place its parenthesis names after the meeting’s date', () => {
    expect(metadata('# Third XYZF Workshop (May 2-4 2016, Orsay)\n\n## Notes\n\nText.\n').event.location).toBe('Orsay')
    expect(metadata('# Spring Meeting (12 March 2019, Lyon, France)\n\n## Notes\n\nText.\n').event.location).toBe('Lyon, France')
    // Nothing after the date, figures after it, or no meeting named: no place.
    expect(metadata('# Spring Meeting (12 March 2019)\n\n## Notes\n\nText.\n').event.location).toBeNull()
    expect(metadata('# Spring Meeting (12 March 2019, Room 12)\n\n## Notes\n\nText.\n').event.location).toBeNull()
    expect(metadata('# Price list (12 March 2019, Lyon)\n\n## Notes\n\nText.\n').event.location).toBeNull()
  })

  it('gives the body a sentence says held the meeting when no cover, front matter or title names one', () => {
    const found = metadata(
      '# Coastal Data Workshop\n\nThe Northern Estuary Trust held a two-day workshop in Bergen on 10-11 February 2021.\n',
    )
    expect(found.organization).toBe('Northern Estuary Trust')
    expect(found.event.location).toBe('Bergen')
    expect(found.event.date).toBe('2021-02-10/2021-02-11')
  })
})

describe('the body a plain text’s running header or footer names (issue 20)', () => {
  const plain = (header: string, footer = '') =>
    extractReport(
      [1, 2, 3]
        .map((page) => {
          const body = `Text of the notes, page ${'a'.repeat(page)}, in a sentence.`
          return `${header.replace('#', String(page))}\n\n${body}\n\n${footer.replace('#', String(page))}\n`
        })
        .join('\f'),
      { path: 'notes.txt' },
    ).metadata.organization
  it('is the publisher when nothing else names one: a part between wide gaps or spaced dashes naming a body', () => {
    expect(plain('Riverside Rowing Association e. V.          Seite #')).toBe('Riverside Rowing Association e. V.')
    expect(plain('', 'Board minutes - Harbour Trust of Bergen    #')).toBe('Harbour Trust of Bergen')
    expect(plain('MINISTRY OF WATER — Weekly notes #')).toBe('Ministry of Water')
  })
  it('is none when the running line names no body, only a body’s kind, or a date or figures with it', () => {
    expect(plain('Weekly notes of the rowers          Page #')).toBeNull()
    expect(plain('Council          Page #')).toBeNull()
    expect(plain('Harbour Trust, 3 May 2021          Page #')).toBeNull()
  })
})

// Court-reporter transcripts in plain text: the layout (margins, furniture, paragraphs, headings) and
// the cover (judge, court, counsel), on small texts written for the convention.
import type { RootContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { isPlainText } from '../src/dialect/plaintext.js'
import { readRecordHeader } from '../src/dialect/record-header.js'
import { readTranscriptCover } from '../src/dialect/transcript-cover.js'
import { isTranscriptLayout, transcriptBlocks, transcriptLines } from '../src/dialect/transcript.js'
import { extractReport } from '../src/index.js'

/** A page as a court reporter prints it: a stamp, then each line under its margin number, double-spaced. */
function page(stamp: string, lines: readonly string[]): string {
  return [stamp, '', ...lines.flatMap((line, i) => [`${String(i + 1).padEnd(4)}${line}`.trimEnd(), ''])].join('\n')
}

const COVER = page('Case 1:20-cv-00042 Document 88 Filed 05/02/21 Page 1 of 3 PageID #: 901   1', [
  '              IN THE UNITED STATES DISTRICT COURT',
  '                FOR THE DISTRICT OF VERMONT',
  '   ALDER MILLS, INC.,           )(   CIVIL ACTION NO.',
  '   VS.                          )(   BURLINGTON, VERMONT',
  '   BRIGHTWATER CO.              )(   APRIL 30, 2021',
  '                  TRANSCRIPT OF BENCH TRIAL',
  '          BEFORE THE HONORABLE JUDGE ELENA MARCH',
  '                UNITED STATES DISTRICT JUDGE',
  '   APPEARANCES:',
  '   FOR THE PLAINTIFF:     MR. OWEN PRATT',
  '                          PRATT & KELLER',
  '                          10 Elm Street',
  '   FOR THE DEFENDANT:     Ms. Ruth A. Ngata',
  '                          Ms. Carla Diaz',
  '                          NGATA LAW',
])
const BODY = page('Case 1:20-cv-00042 Document 88 Filed 05/02/21 Page 2 of 3 PageID #: 902   2', [
  '                     P R O C E E D I N G S',
  '              THE COURT:     Good morning.   Mr. Pratt, you',
  '   may begin.',
  '              (Witness sworn.)',
  '              MR. PRATT:     Thank you, Your Honor.   We will',
  '   show that the goods arrived later than',
])
const END = page('Case 1:20-cv-00042 Document 88 Filed 05/02/21 Page 3 of 3 PageID #: 903   3', [
  '   the contract required.',
  '              MS. NGATA:     Objection.',
  '              THE COURT:     Overruled.',
  '              MR. PRATTE:     One more point, Your Honor.',
])
const TRANSCRIPT = [COVER, BODY, END].join('\n')

describe('court-reporter transcript layout', () => {
  it('is recognised from margin numbers that count up and start again, with no file name', () => {
    expect(isTranscriptLayout(TRANSCRIPT)).toBe(true)
    expect(isPlainText(TRANSCRIPT)).toBe(true)
    // A numbered list is not a margin: its lines are few among the text's, and never reach ten.
    expect(isTranscriptLayout('Agenda\n\n1 Welcome\n2 Minutes\n3 Budget\n\nThe chair opened the meeting.\n')).toBe(false)
    // Prose with some numbered lines among many others is not one either.
    const line = (i: number) => (i % 3 === 0 ? `${i + 1} item` : 'The committee met and discussed the budget.')
    const prose = Array.from({ length: 30 }, (_, i) => line(i)).join('\n')
    expect(isTranscriptLayout(prose)).toBe(false)
  })

  it('strips the margin and drops the stamps, keeping each line where it is in the input', () => {
    const { lines, pages } = transcriptLines(TRANSCRIPT)
    expect(lines.some((line) => line.text.startsWith('Case 1:20'))).toBe(false)
    const court = lines.find((line) => line.text.startsWith('THE COURT:'))!
    expect(TRANSCRIPT.split('\n')[court.number - 1]!.slice(court.column)).toMatch(/^THE COURT:/)
    expect(court.indent).toBeGreaterThanOrEqual(4)
    expect(lines.find((line) => line.text === 'may begin.')!.indent).toBe(0)
    // Each page starts at its stamp; its number is the stamp's page.
    expect(pages.map((start) => start.page)).toEqual([1, 2, 3])
    expect(TRANSCRIPT.split('\n')[pages[1]!.line - 1]).toMatch(/^Case .* Page 2 of 3/)
  })

  it('joins lines into paragraphs, opens one at each indented line, and runs a turn on over a page', () => {
    const blocks = transcriptBlocks(transcriptLines(TRANSCRIPT).lines)
    const valueOf = (block: RootContent) => ('children' in block ? (block.children[0] as { value: string }).value : '')
    const texts = blocks.map((block) => (block.type === 'code' ? 'code' : `${block.type === 'heading' ? '# ' : ''}${valueOf(block)}`))
    expect(texts).toEqual([
      'code',
      '# TRANSCRIPT OF BENCH TRIAL',
      'code',
      '# APPEARANCES',
      'code',
      '# P R O C E E D I N G S',
      'THE COURT: Good morning. Mr. Pratt, you\nmay begin.',
      '(Witness sworn.)',
      'MR. PRATT: Thank you, Your Honor. We will\nshow that the goods arrived later than\nthe contract required.',
      'MS. NGATA: Objection.',
      'THE COURT: Overruled.',
      'MR. PRATTE: One more point, Your Honor.',
    ])
  })

  it('reads the judge, the court, the day, the place and counsel with their firms from the cover', () => {
    const cover = readTranscriptCover(transcriptLines(TRANSCRIPT).lines)
    expect(cover.court).toBe('United States District Court for the District of Vermont')
    expect(cover.date).toBe('2021-04-30')
    expect(cover.place).toBe('Burlington, Vermont')
    expect(cover.participants.map((person) => [person.name, person.position, person.organization])).toEqual([
      ['Elena March', 'United States District Judge', 'United States District Court for the District of Vermont'],
      ['Owen Pratt', '', 'PRATT & KELLER'],
      ['Ruth A. Ngata', '', 'NGATA LAW'],
      ['Carla Diaz', '', 'NGATA LAW'],
    ])
    expect(cover.participants[0]!.aliases).toContain('THE COURT')
  })

  it('gives each turn its person: THE COURT the judge, MR. PRATT counsel of that name', () => {
    const report = extractReport(TRANSCRIPT)
    expect(report.metadata.title).toBe('TRANSCRIPT OF BENCH TRIAL')
    expect(report.metadata.documentType).toBe('Transcript')
    expect(report.metadata.event.location).toBe('Burlington, Vermont')
    expect(report.sections.map((section) => section.title)).toEqual(['APPEARANCES', 'P R O C E E D I N G S'])
    expect(report.speakers.map((speaker) => [speaker.label, speaker.name, speaker.position, speaker.organization])).toEqual([
      ['THE COURT', 'Elena March', 'United States District Judge', 'United States District Court for the District of Vermont'],
      ['MR. PRATT', 'Owen Pratt', '', 'PRATT & KELLER'],
      ['MS. NGATA', 'Ruth A. Ngata', '', 'NGATA LAW'],
      ['THE COURT', 'Elena March', 'United States District Judge', 'United States District Court for the District of Vermont'],
      // A family name the reporter spelt one letter apart from the appearances' is still that counsel.
      ['MR. PRATTE', 'Owen Pratt', '', 'PRATT & KELLER'],
    ])
  })
})

describe('US hearing records (GPO plain text)', () => {
  // Paragraphs open with a first line set in four spaces further than the body, with no blank line between.
  const speeches = [
    'Chairman Hale. The hearing will come to order. We welcome the\n    Secretary this morning and thank her for coming.',
    'Senator Ortiz.',
    'Senator Ortiz. Thank you, Mr. Chairman. I have one question\n    for the Secretary about the budget for next year.',
    'Secretary Lund. Thank you, Senator. The budget is on time\n    this year, as it was last year.',
    '[Laughter.]',
    'Chairman Hale. Thank you. The Senator from Maine has the\n    floor for five more minutes.',
    'Senator Ortiz. Let me follow up on that point about the time\n    it takes to publish the budget each year.',
    'Secretary Lund. It takes about six weeks in most years, and\n    a little longer when the staff changes.',
    'Senator Ortiz. And in the years with an election, when the\n    committee has new members?',
    'Secretary Lund. A little longer. We publish it in the spring\n    in those years, after the new committee sits.',
    'Senator Ortiz. Thank you. I yield the rest of my time to the\n    Chairman.',
    'Chairman Hale. Thank you, Madam Secretary. The hearing is\n    adjourned.',
  ]
  const record = `                      BUDGET OVERSIGHT HEARING\n\n${speeches.map((speech) => `        ${speech}`).join('\n')}\n`

  it('opens a paragraph at each first line set in, so each turn is its own; a member called on and a bracketed note are no turns', () => {
    const report = extractReport(record, { path: 'hearing.txt' })
    expect(report.speakers.map((speaker) => speaker.label)).toEqual([
      'Chairman Hale',
      'Senator Ortiz',
      'Secretary Lund',
      'Chairman Hale',
      'Senator Ortiz',
      'Secretary Lund',
      'Senator Ortiz',
      'Secretary Lund',
      'Senator Ortiz',
      'Chairman Hale',
    ])
    const blocks = report.blocks.map((block) => block.text)
    expect(blocks).toContain('Senator Ortiz.')
    expect(blocks).toContain('The hearing will come to order. We welcome the Secretary this morning and thank her for coming.')
  })
})

describe('examination in a transcript', () => {
  const testimony = page('Case 1:20-cv-00042 Document 88 Filed 05/02/21 Page 1 of 1 PageID #: 950   1', [
    '                     P R O C E E D I N G S',
    '              THE COURT:     Call your next witness.',
    '              MR. PRATT:     The plaintiff calls Dana Whitfield.',
    "              DANA WHITFIELD, PLAINTIFF'S WITNESS, SWORN",
    '                        DIRECT EXAMINATION',
    '   BY MR. PRATT:',
    '        Q.    Please state your name for the record.',
    '        A.    Dana Whitfield.',
    '        Q.    Where do you work?',
    '        A.    At Alder Mills, as the',
    '   shipping manager.',
    '              THE WITNESS:     Should I look at the exhibit?',
    '                         CROSS-EXAMINATION',
    '   BY MS. NGATA:',
    '        Q.    You signed the contract?',
    '        A.    I did.',
  ])

  it('gives a question to the lawyer examining and an answer to the witness sworn, their labels kept', () => {
    const report = extractReport(testimony)
    expect(report.sections.map((section) => section.title)).toEqual(expect.arrayContaining(['DIRECT EXAMINATION', 'CROSS-EXAMINATION']))
    expect(report.speakers.map((speaker) => [speaker.label, speaker.name])).toEqual([
      ['THE COURT', ''],
      ['MR. PRATT', 'Pratt'],
      ['Q.', 'Pratt'],
      ['A.', 'Dana Whitfield'],
      ['Q.', 'Pratt'],
      ['A.', 'Dana Whitfield'],
      ['THE WITNESS', 'Dana Whitfield'],
      ['Q.', 'Ngata'],
      ['A.', 'Dana Whitfield'],
    ])
    // Each question and answer is its own block, an answer running on to the body's column.
    expect(report.blocks.map((block) => block.text)).toContain('At Alder Mills, as the shipping manager.')
  })
})

describe('the Congressional Record header', () => {
  const article = [
    '    [Congressional Record Volume 160, Number 12 (Tuesday, January 21, 2014)]',
    '    [Senate]',
    '    [Page S401]',
    '',
    '                         MORNING BUSINESS',
    '',
    '      Mr. HALE. Mr. President, I ask unanimous consent that the Senate',
    '    proceed to a period of morning business.',
    '      The PRESIDING OFFICER. Without objection, it is so ordered.',
    '',
  ].join('\n')

  it('gives the kind, the day and the chamber, and every speaker the chamber', () => {
    expect(readRecordHeader(article)).toMatchObject({ documentType: 'Congressional Record', date: '2014-01-21', body: 'Senate' })
    expect(readRecordHeader('    [Senate]\n\nText.\n')).toBeNull()
    // A hearing's header names the chamber, not the body every speaker belongs to (witnesses do not).
    expect(readRecordHeader('    [Senate Hearing 109-204]\n    [From the U.S. Government Printing Office]\n')).toMatchObject({
      court: 'United States Senate',
      body: '',
    })
    const report = extractReport(article, { path: 'record.txt' })
    expect(report.metadata).toMatchObject({ documentType: 'Congressional Record', organization: 'Senate', date: '2014-01-21' })
    expect(report.speakers.map((speaker) => [speaker.label, speaker.organization])).toEqual([
      ['Mr. HALE', 'Senate'],
      ['The PRESIDING OFFICER', 'Senate'],
    ])
  })
})

// The dialect stage: what it rewrites, what it recognises, and the plain-text reader.
import { describe, expect, it } from 'vitest'
import { dropPageFurniture } from '../src/dialect/page-furniture.js'
import { centredTitleAt } from '../src/dialect/plaintext-centred.js'
import { isPlainText, readPlainText } from '../src/dialect/plaintext.js'
import { hasSetextUnderline, recognise } from '../src/dialect/recognise.js'
import { rewrite } from '../src/dialect/rewrite.js'
import { pageAt } from '../src/dialect/types.js'
import { extractReport } from '../src/index.js'

describe('dialect rewrite', () => {
  it('dedents MkDocs admonitions and tabs, keeping every line in place', () => {
    const source = '# T\n\n??? info "Informações"\n\n    === "Participações"\n\n        * **INPE:** Ana Souza, Rui Lima\n\nBody.\n'
    const { text, dialect } = rewrite(source)
    expect(text.split('\n')).toHaveLength(source.split('\n').length)
    expect(text.split('\n')[6]).toBe('* **INPE:** Ana Souza, Rui Lima')
    expect(dialect.columnShift.get(7)).toBe(8)
    expect(dialect.asides.map((a) => [a.kind, a.title, a.startLine, a.endLine])).toEqual([
      ['info', 'Informações', 3, 7],
      ['tab', 'Participações', 5, 7],
    ])
    expect(dialect.names).toEqual(['mkdocs'])
  })

  it('turns marker page separators into page starts (PDF pages counted from 0)', () => {
    const { text, dialect } = rewrite(
      '{0}------------------------------------------------\n\nCover\n\n{1}------------------------------------------------\n\n## One\n',
    )
    expect(text).not.toContain('{1}')
    expect(dialect.pages).toEqual([
      { line: 1, page: 1 },
      { line: 5, page: 2 },
    ])
    expect(pageAt(dialect.pages, 7)).toBe(2)
    expect(pageAt(dialect.pages, 0)).toBeNull()
  })

  it('drops a browser’s printed headers and footers, keeping their page numbers', () => {
    const { text, dialect } = rewrite(
      '13/05/2019, 09:41 Report\n\nText one.\n\nfile:///C:/r.htm 1/2\n\n13/05/2019, 09:41 Report\n\nText two.\n\nfile:///C:/r.htm 2/2\n',
    )
    expect(text).not.toMatch(/file:|09:41/)
    expect(dialect.pages).toEqual([
      { line: 1, page: 1 },
      { line: 6, page: 2 },
    ])
  })

  it('reads typewritten paragraph openings after a blank line as paragraphs, not code, where the text opens many so', () => {
    const paragraph = (k: number) => `    ${k % 2 ? 'Ms. Berg' : 'Mr. Lee'}. Thank you for the time.\nWe agree on the point.\n`
    const body = Array.from({ length: 20 }, (_, k) => paragraph(k)).join('')
    const source = `STATEMENT OF ANNA BERG\n\n    Ms. Berg. Good morning. I am\nglad to be here.\n${body}`
    const { text, dialect } = rewrite(source)
    expect(text.split('\n')[2]).toBe('Ms. Berg. Good morning. I am')
    expect(dialect.columnShift.get(3)).toBe(4)
    // Openings after a line of text were paragraphs already, and stay as printed.
    expect(text.split('\n')[4]).toBe('    Mr. Lee. Thank you for the time.')
    expect(
      extractReport(source)
        .speakers.map((speaker) => speaker.label)
        .slice(0, 3),
    ).toEqual(['Ms. Berg', 'Mr. Lee', 'Ms. Berg'])
  })

  it('keeps an indented code block after a blank line where few paragraphs open with an indent', () => {
    const source = 'Run this:\n\n    npm test\n\nThen:\n    more text\n'
    expect(rewrite(source).text).toBe(source)
  })

  it('keeps a date written day first as a date, not an ordered list item numbered with the day', () => {
    const source = 'Protokoll\n\n4. Juni 1987\n\n1. Eröffnung\n2. März 2020 Bericht\n3. Verschiedenes\n'
    expect(rewrite(source).text).toBe('Protokoll\n\n4\\. Juni 1987\n\n1. Eröffnung\n2. März 2020 Bericht\n3. Verschiedenes\n')
    const report = extractReport('# Protokoll der Sitzung\n\n25. Februar 2023\n\n## Bericht\n\nText.\n')
    expect(report.metadata.date).toBe('2023-02-25')
    expect(report.blocks.map((block) => block.kind)).toEqual(['paragraph'])
  })

  it('recognises converters by their marks', () => {
    expect(recognise('Title\n=====\n')).toEqual(['pandoc'])
    expect(recognise('Text\n\n<!-- image -->\n')).toEqual(['docling'])
    expect(recognise('## A {#a}\n')).toEqual(['word'])
    expect(recognise('# Plain\n\nText.\n')).toEqual([])
  })

  it.each([
    ['Title\n===', true],
    ['Title \t\n===\n', true],
    ['Title\n---', true],
    ['a\n==  \n', true],
    ['*\n-', true],
    ['Title\n===\r', true],
    ['\n\n---\n', false],
    ['Title\n=-=\n', false],
    ['Title\n== =\n', false],
    ['a \n\n===', false],
    [' \t\n===', false],
    ['Title\r\n===', false],
    ['Title\u00a0\n===', false],
    ['===\nTitle', false],
  ])('finds a setext underline in %j: %s', (text, expected) => {
    expect(hasSetextUnderline(text)).toBe(expected)
  })
})

describe('page furniture a PDF converter kept as text (docling, marker)', () => {
  const page = (n: number, body: string) => `${body}\n\nNMA-REP-21-014\n\n${n}\n\n`
  const source = `NMA-REP-21-014\n\n## Cover\n\n${page(4, 'One.')}## Two\n\n${page(5, 'Two.')}${page(6, 'Three.\n\n7')}End.\n`

  it('blanks the printed page numbers and the running line beside them, keeping every line in place', () => {
    const furniture = dropPageFurniture(source, ['docling'])!
    const lines = furniture.text.split('\n')
    expect(lines).toHaveLength(source.split('\n').length)
    expect(furniture.running).toEqual(['NMA-REP-21-014'])
    // The cover's line before the first page number, beside none, is kept; so is a number in the body.
    expect(lines[0]).toBe('NMA-REP-21-014')
    expect(furniture.text.match(/NMA-REP/g)).toHaveLength(1)
    expect(furniture.text).not.toMatch(/^[456]$/m)
    expect(furniture.text).toContain('One.\n')
  })

  it('reads only a converter that lays out pages, and only page numbers that go up on three pages', () => {
    expect(dropPageFurniture(source, ['pandoc'])).toBeNull()
    const down = `A.\n\nFooter\n\n9\n\nB.\n\nFooter\n\n3\n\nC.\n\nFooter\n\n1\n`
    expect(dropPageFurniture(down, ['marker'])).toBeNull()
    const twice = `A.\n\nFooter\n\n1\n\nB.\n\nFooter\n\n2\n`
    expect(dropPageFurniture(twice, ['docling'])).toBeNull()
  })

  it('keeps a short paragraph that repeats away from the page numbers (`Motion carried.`)', () => {
    const minutes = `Motion carried.\n\nText.\n\nMotion carried.\n\n${page(2, 'A.')}${page(3, 'B.')}${page(4, 'C.\n\nMotion carried.')}`
    const furniture = dropPageFurniture(minutes, ['docling'])!
    expect(furniture.text.match(/Motion carried\./g)).toHaveLength(3)
  })
})

describe('plain-text reader', () => {
  const page = (lines: string[], n: number) =>
    ['Joint Study        Workshop Report', '', ...lines, '', `Workshop Report   Page ${n}`].join('\n')
  const text = [
    page(['1.  Introduction', '', '   The meeting was opened by the chair, who', '   welcomed everyone.'], 3),
    page(['   •  First point', '   •  Second point'], 4),
  ].join('\n\f')

  it('is told apart from Markdown', () => {
    expect(isPlainText(text)).toBe(true)
    expect(isPlainText('# Title\n\n**Bold** text with a [link](x).\n')).toBe(false)
  })

  const withMarks = (marked: number, blanks = false) => {
    // 50 lines of content, the first `marked` of them Markdown headings; blank lines between them when `blanks`.
    const lines = Array.from({ length: 50 }, (_, i) => (i < marked ? `# Heading ${i}` : `Line ${i}.`))
    return `${lines.join(blanks ? '\n\n' : '\n')}\n\f\nLast.`
  }
  it.each([
    ['a form feed', 'Plain words.\n\fPage 2\n', 'r.md', true],
    ['a .txt name', 'Plain words.\nMore.\n', 'r.txt', true],
    ['neither', 'Plain words.\nMore.\n', 'r.md', false],
    ['deep indents on most lines', 'Title\n\n    Indented layout text\n    More indented text\n    And more\n', 'r.md', true],
    ['indented list items, which are Markdown', '   - item\n   - item\n   - item\nText\n', 'r.md', false],
    ['whitespace only', ' \n\t\n', 'r.txt', false],
    ['Markdown marks on 1 of 51 lines', withMarks(1), 'r.md', true],
    ['Markdown marks on 2 of 51 lines', withMarks(2), 'r.md', false],
    ['Markdown marks on 1 of 51 lines, blank lines between', withMarks(1, true), 'r.md', true],
    ['Markdown marks on 2 of 51 lines, blank lines between', withMarks(2, true), 'r.md', false],
    ['a .txt name with marks on 4 of 51 lines (quoted e-mails in a report)', withMarks(4), 'r.txt', true],
    ['a .txt name with marks on 6 of 51 lines', withMarks(6), 'r.txt', false],
  ])('tells plain text from Markdown: %s', (_, text, path, expected) => {
    expect(isPlainText(text, path)).toBe(expected)
  })

  it('drops running headers and footers, joins wrapped lines, keeps printed pages', () => {
    const { tree, pages } = readPlainText(text)
    expect(pages).toEqual([
      { line: 1, page: 3 },
      { line: 9, page: 4 },
    ])
    // The two bullets are one list (plain text's bullets are list items of the tree, as Markdown's are).
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'list'])
    const report = extractReport(text, { path: 'r.txt' })
    expect(report.sections.map((s) => [s.number, s.title, s.page])).toEqual([['1', 'Introduction', 3]])
    expect(report.blocks.map((b) => [b.kind, b.text, b.page])).toEqual([
      ['paragraph', 'The meeting was opened by the chair, who welcomed everyone.', 3],
      ['list_item', 'First point', 4],
      ['list_item', 'Second point', 4],
    ])
  })

  it('drops a running title that opens with a number whether or not the page number stands before it', () => {
    // A seminar series' even pages print `4   24101 – Title`, its first page `24101 – Title` alone.
    const body = (words: string) => `${words} are discussed on this page of the report in full sentences.`
    const seminar = [
      ['24101 – Open Data for Coasts', '', body('Stations'), '', '                    1'],
      ['Anna Berg and Karl Lund                    3', '', body('Archives')],
      ['4                    24101 – Open Data for Coasts', '', body('Formats')],
      ['Anna Berg and Karl Lund                    5', '', body('Budgets')],
      ['6                    24101 – Open Data for Coasts', '', body('Vocabularies')],
    ]
      .map((lines) => lines.join('\n'))
      .join('\n\f')
    const { tree } = readPlainText(seminar)
    const texts = tree.children.map((node) => JSON.stringify(node))
    expect(texts.some((node) => node.includes('24101'))).toBe(false)
    expect(texts.filter((node) => node.includes('are discussed'))).toHaveLength(5)
  })
})

describe('plain text: a journal’s sections (pdftotext -layout of IEEEtran)', () => {
  it('reads roman sections in small capitals and lettered subsections of one word, not a reference’s author list', () => {
    const text = [
      '                 I. I NTRODUCTION',
      '   Whole-cell models are promising tools for research,',
      'bioengineering and medicine, and they need standards.',
      'Such standards would make the models easier to share,',
      'to reuse and to reproduce in the years to come.',
      '',
      '   II. T HE 2015 W HOLE -C ELL M ODELING S UMMER S CHOOL',
      '   We organized the summer school to teach modeling and',
      'to evaluate the need for new standards for the models.',
      'Such standards would make the models easier to share,',
      'to reuse and to reproduce in the years to come.',
      '',
      ' A. Organization',
      '   The school was held in Rostock in March, organized',
      'by two of us and supported by a foundation’s grant.',
      'Such standards would make the models easier to share,',
      'to reuse and to reproduce in the years to come.',
      '',
      ' B. Educational outcomes',
      '   We surveyed the students after the school to assess',
      'what they learned; most reported a deeper knowledge.',
      'Such standards would make the models easier to share,',
      'to reuse and to reproduce in the years to come.',
      '',
      '                    R EFERENCES',
      '[21] C. Madsen, C. J. Myers, T. Patterson, and',
      '     C. Winstead, “Design and test of circuits,” IEEE',
      '',
    ].join('\n')
    const report = extractReport(text, { path: 'r.txt' })
    expect(report.sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ['I', 'INTRODUCTION', 1],
      ['II', 'THE 2015 WHOLE-CELL MODELING SUMMER SCHOOL', 1],
      ['A', 'Organization', 2],
      ['B', 'Educational outcomes', 2],
      [null, 'REFERENCES', 1],
    ])
  })
})

describe('plain text: a workshop report’s talk summaries (a word processor’s headings through pdftotext)', () => {
  const prose = 'The talk described how the project grew over three years and what its community learned along the way.'
  const talk = (title: string) => [title, '', prose, prose, '']
  it('reads a series of `Title, Giver` lines as talk headings under the part’s title, not a participant’s `Name, Organisation`', () => {
    const text = [
      'Workshop Report',
      '',
      'This report summarizes the talks and the discussions of the workshop.',
      '',
      'Talk Summary',
      '',
      ...talk('A Theory of Software Change, Ayushi Rastogi'),
      ...talk('Equity Engineering: Impact & Opportunity. Dominique Wimmer'),
      ...talk('How can we include the Directive in our teaching? Ita Richardson'),
      'Participants',
      '',
      'John Dickinson, Bright House Networks',
      '',
      'Lisa Dusseault, CommerceNet',
      '',
    ].join('\n')
    const report = extractReport(text, { path: 'r.txt' })
    const part = report.sections.find((s) => s.title === 'Talk Summary')!
    const talks = report.sections.filter((s) => s.parent_id === part.section_id)
    expect(talks.map((s) => [s.title, s.level - part.level])).toEqual([
      ['A Theory of Software Change, Ayushi Rastogi', 1],
      ['Equity Engineering: Impact & Opportunity. Dominique Wimmer', 1],
      ['How can we include the Directive in our teaching? Ita Richardson', 1],
    ])
    expect(report.sections.map((s) => s.title)).not.toContain('John Dickinson, Bright House Networks')
  })

  it('takes no talk heading from two such lines alone', () => {
    const text = [...talk('A Theory of Software Change, Ayushi Rastogi'), ...talk('Equity Engineering: Impact. Dominique Wimmer')].join(
      '\n',
    )
    expect(extractReport(text, { path: 'r.txt' }).sections).toEqual([])
  })
})

describe('plain text: a seminar report’s talk abstracts, a speaker line under each title (pdftotext -layout)', () => {
  const prose = 'We demonstrate a feature of the language which is uncommon in other languages with effect handlers.'
  const talk = (title: string[], speaker: string) => [...title, speaker, '', prose, prose, '']
  const talks = [
    ...talk(['Regions in Effekt'], 'Philipp Schuster, University of Tübingen'),
    ...talk(['Search Combinators:', 'Now with Algebraic Effects and Handlers'], 'Tom Schrijvers (KU Leuven)'),
    ...talk(['Control-in Dependent Types'], 'William J. Bowman & Paulette Koronkevich, University of British Columbia'),
  ]
  it('reads the titles (one wrapped) as headings and each speaker line as who gave the talk, apart from the abstract', () => {
    const participants = ['3    List of participants', '', '   • Kenichi Asai, Ochanomizu University', '']
    const text = ['1    Introduction', '', prose, '', '2    Abstracts of talks', ...talks, ...participants].join('\n')
    const report = extractReport(text, { path: 'r.txt' })
    const part = report.sections.find((s) => s.title === 'Abstracts of talks')!
    expect(report.sections.filter((s) => s.parent_id === part.section_id).map((s) => s.title)).toEqual([
      'Regions in Effekt',
      'Search Combinators: Now with Algebraic Effects and Handlers',
      'Control-in Dependent Types',
    ])
    expect(report.speakers.map((s) => [s.name, s.organization])).toEqual([
      ['Philipp Schuster', 'University of Tübingen'],
      ['Tom Schrijvers', 'KU Leuven'],
      ['William J. Bowman', 'University of British Columbia'],
      ['Paulette Koronkevich', 'University of British Columbia'],
    ])
    // The speaker line is no block of the abstract, nor joined to the title.
    expect(report.blocks.filter((b) => /Schuster|Schrijvers|Bowman/.test(b.text))).toEqual([])
    expect(report.speakers[0]!.remarks.length).toBeGreaterThan(0)
  })

  it('ends a numbered talk heading above its speaker line, set in under the title (the heading would take it for its second line)', () => {
    const numbered = (n: string, title: string, speaker: string) => [`${n}      ${title}`, `         ${speaker}`, '', prose, '']
    const text = [
      '1        Overview of Talks',
      '',
      ...numbered('1.1', 'Sensor networks on the northern shelf', 'Lena Lindqvist (Nordic Institute – Oslo, NO)'),
      ...numbered('1.2', 'Tide gauges after ten years', 'Tomas Novak (Baltic Data Centre – Riga, LV)'),
      ...numbered('1.3', 'Formats and vocabularies', 'Maria Costa (Harbour University – Porto, PT)'),
    ].join('\n')
    const report = extractReport(text, { path: 'r.txt' })
    expect(report.sections.map((s) => s.title)).toEqual([
      'Overview of Talks',
      'Sensor networks on the northern shelf',
      'Tide gauges after ten years',
      'Formats and vocabularies',
    ])
    expect(report.speakers.map((s) => [s.name, s.organization])).toEqual([
      ['Lena Lindqvist', 'Nordic Institute – Oslo, NO'],
      ['Tomas Novak', 'Baltic Data Centre – Riga, LV'],
      ['Maria Costa', 'Harbour University – Porto, PT'],
    ])
  })

  it('reads none in text without blank lines (pdftotext -raw), nor a list of names under a label', () => {
    const raw = talks.filter((line) => line !== '').join('\n')
    expect(extractReport(raw, { path: 'r.txt' }).speakers).toEqual([])
    const names = ['Jonathan Brachthäuser (Universität Tübingen, DE)', 'Youyou Cong (Tokyo Tech, JP)']
    const organisers = ['Effect Handlers', 'Organizers:', ...names, '', prose]
    expect(extractReport([...organisers, '', ...organisers, '', ...organisers].join('\n'), { path: 'r.txt' }).speakers).toEqual([])
  })
})

describe('plain text: agenda items written against their number (Chinese)', () => {
  const text = [
    '日期：2024-3-5',
    '主持人：张明',
    '',
    '议题一：数据平台建设',
    '介绍：说明平台的现状。',
    '结论：同意。',
    '',
    '议题二：《安全规范》评审',
    '介绍：评审规范草案。',
    '',
    '议题十二：openLab 选型',
    '结论：下次再议。',
    '',
  ].join('\n')

  it('each 议题N：title is a level-1 section numbered as printed, the first no title; a label line under it is text', () => {
    const report = extractReport(text, { path: 'r.txt' })
    expect(report.sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ['一', '数据平台建设', 1],
      ['二', '《安全规范》评审', 1],
      ['十二', 'openLab 选型', 1],
    ])
    expect(report.metadata.title).toBeNull()
  })
})

describe('asides', () => {
  it('reads participants by institution and the venue, and fills a speaker’s organisation', () => {
    const source =
      '# Ata da Reunião\n\n??? info "Informações"\n\n    **Participantes**\n\n    * **INPE:** Saulo Ribeiro de Freitas, Ana Souza' +
      '\n\n    **Local, Data e Hora**\n\n    * Plataforma ConferênciaWeb\n    * 04 de Dezembro de 2024' +
      '\n\n## Pauta 1\n\nSaulo Freitas agradece a todos pela presença na reunião de hoje.\n'
    const report = extractReport(source)
    expect(report.metadata.event).toMatchObject({ location: 'Plataforma ConferênciaWeb', date: '2024-12-04' })
    expect(report.speakers.map((s) => [s.name, s.organization])).toEqual([['Saulo Freitas', 'INPE']])
    expect(report.blocks.map((b) => b.text)).toEqual(['Saulo Freitas agradece a todos pela presença na reunião de hoje.'])
  })
})

describe('plain text: interjections in a record without blank lines', () => {
  const text = [
    'Präsident Dr. Köhler: Ich eröffne die Sitzung und bitte',
    'um Ruhe.',
    '(Lebhafter Beifall bei der SPD. — Zuruf von',
    'der CDU/CSU: Sehr richtig!)',
    'Wir kommen zum ersten Punkt der Tagesordnung, der',
    'Wahl des Präsidenten.',
    '(Die Abgeordneten erheben sich.)',
    'Ich danke Ihnen.',
  ].join('\n')
  const report = extractReport(text, { path: 'record.txt' })

  it('a reaction in parentheses over whole lines is a block of its own, of kind interjection', () => {
    const interjection = report.blocks.find((block) => block.kind === 'interjection')
    expect(interjection).toMatchObject({ line: 3, text: '(Lebhafter Beifall bei der SPD. — Zuruf von der CDU/CSU: Sehr richtig!)' })
    expect(report.blocks.filter((block) => block.kind === 'interjection')).toHaveLength(1)
  })

  it('the text after it is a paragraph again; a parenthesis naming no reaction stays in the text', () => {
    expect(report.blocks.some((block) => block.line === 5 && block.kind === 'paragraph')).toBe(true)
    expect(report.blocks.some((block) => block.kind === 'interjection' && block.text.includes('erheben'))).toBe(false)
  })
})

describe('plain text: a parliamentary record one paragraph a line, with running headers and no form feeds', () => {
  const topics = [
    'Landwirtschaft',
    'Steuern',
    'Renten',
    'Verkehr',
    'Umwelt',
    'Bildung',
    'Gesundheit',
    'Wohnungsbau',
    'Energie',
    'Forschung',
  ]
  const topic = topics.values()
  // Each paragraph its own (lines of one shape that come back are a layout's, and dropped).
  const speech = () =>
    `Über ${topic.next().value} haben wir in diesem Hause oft gesprochen, und die Bundesregierung hat dazu vielfach ` +
    'Stellung genommen, ohne dass sich an der Lage der Betroffenen etwas geändert hätte.'
  const header = 'Deutscher Bundestag — 10. Wahlperiode — 52. Sitzung. Bonn, Donnerstag, den 4. Juni 1987'
  const text = [
    'Präsident Dr. Jenninger: Die Sitzung ist eröffnet.',
    'Das Wort hat der Abgeordnete Dr. Vogel.',
    `Dr. Vogel (SPD): Herr Präsident! ${speech()}`,
    `${speech()}`,
    `2214 ${header}`,
    `${speech()}`,
    `${speech()}`,
    'Vizepräsident Frau Renger: Das Wort hat der Bundesminister.',
    `Dr. Stoltenberg, Bundesminister der Finanzen: ${speech()}`,
    `${header} 2215`,
    `${speech()}`,
    `${speech()}`,
    'Vizepräsident Frau Renger: Ich danke Ihnen.',
    `${speech()}`,
    `2216 ${header}`,
    '(Vizepräsident Frau Renger)',
    'Die Sitzung ist geschlossen.',
    '(Abg. Meier [SPD]: Endlich!)',
  ].join('\n')
  const report = extractReport(text, { path: 'record.txt' })

  it('a header that comes back with a rising page number starts a page, and is dropped', () => {
    expect(report.blocks.some((block) => block.text.includes('Wahlperiode'))).toBe(false)
    expect(report.blocks.find((block) => block.line === 6)?.page).toBe(2214)
    expect(report.blocks.find((block) => block.line === 11)?.page).toBe(2215)
  })

  it('the speaker named in parentheses under a page’s header is dropped with it; a member’s call is an interjection', () => {
    expect(report.blocks.some((block) => block.text === '(Vizepräsident Frau Renger)')).toBe(false)
    expect(report.blocks.at(-1)).toMatchObject({ kind: 'interjection', text: '(Abg. Meier [SPD]: Endlich!)', speaker_id: null })
  })

  it('each line is a paragraph, and a label line opens a turn however long the line before it', () => {
    expect(report.blocks.find((block) => block.line === 2)?.text).toBe('Das Wort hat der Abgeordnete Dr. Vogel.')
    expect(report.speakers.map((speaker) => [speaker.label, speaker.position, speaker.paragraphs])).toEqual([
      ['Präsident Dr. Jenninger', 'Präsident', 2],
      ['Dr. Vogel (SPD)', '', 4],
      ['Vizepräsident Frau Renger', 'Vizepräsident', 1],
      ['Dr. Stoltenberg, Bundesminister der Finanzen', 'Bundesminister der Finanzen', 3],
      ['Vizepräsident Frau Renger', 'Vizepräsident', 3],
    ])
  })
})

describe('plain text: a label line opens a paragraph in text wrapped without blank lines', () => {
  const text = [
    'Ich bitte Herrn Abgeordneten Schmidt, die Liste',
    'vorzulesen.',
    '— Bitte, Herr Abgeordneter Dr. Weber!',
    'Dr. Weber (CDU): Namens meiner Fraktion schlage',
    'ich vor, die Sitzung zu unterbrechen, denn in dieser',
    'Stunde: Uns bewegt nicht, wie es früher geschehen',
    'ist, der Gedanke an Vorherrschaft.',
  ].join('\n')
  const report = extractReport(text, { path: 'record.txt' })

  it('the line after a sentence that does not end short is a turn of its own; a one-word label in prose is not', () => {
    expect(report.speakers.map((speaker) => [speaker.label, speaker.organization])).toEqual([['Dr. Weber (CDU)', 'CDU']])
    expect(report.blocks.find((block) => block.line === 4)?.text).toMatch(/^Namens meiner Fraktion/)
    expect(report.blocks.find((block) => block.line === 4)?.text).toContain('Stunde: Uns bewegt nicht')
  })
})

describe('plain text: a label alone on its line, once a page, is no margin line', () => {
  const page = (n: number) => [
    `Wir haben ${'viel '.repeat(n)}erreicht.`,
    `(Beifall bei der ${['SPD', 'FDP', 'CDU/CSU', 'GRÜNEN'][n - 1]})`,
    'Vizepräsident Frau Renger:',
    `Ich rufe den Punkt ${n} der Tagesordnung auf.`,
  ]
  const text = [1, 2, 3, 4].map((n) => [...page(n), '', `Seite ${n}`].join('\n')).join('\n\f')
  const report = extractReport(text, { path: 'record.txt' })

  it('it opens a turn on every page', () => {
    expect(report.speakers.map((speaker) => [speaker.label, speaker.position])).toEqual(
      Array.from({ length: 4 }, () => ['Vizepräsident Frau Renger', 'Vizepräsident']),
    )
  })
})

describe('pandoc bold runs side by side', () => {
  it('two bold runs of one Word paragraph (`**a****b**`) read as one; stars set apart by spaces, or five of them, stay', () => {
    const { text } = rewrite('**Minute Taker****: Avikash**\n\nRated ****  here\n\nkey*****value\n')
    expect(text.split('\n')).toEqual(['**Minute Taker: Avikash**', '', 'Rated ****  here', '', 'key*****value', ''])
  })
})

describe('pandoc bracketed spans', () => {
  it('read as their text: an underline, an empty anchor; a link and its attributes are left alone', () => {
    const { text, dialect } = rewrite(
      '# []{#anchor}Minutes\n\n**[Compte rendu]{.underline}** du conseil\n\n[site](https://example.org){.external}\n',
    )
    expect(text.split('\n')).toEqual(['# Minutes', '', '**Compte rendu** du conseil', '', '[site](https://example.org){.external}', ''])
    expect(dialect.names).toContain('pandoc')
  })

  it('in a grid table’s cell: read as their text, the borders kept in their columns, a span wrapped over two lines too', () => {
    const table = [
      '+---------+----------------------------------+',
      '| **[Ob   | **[Ordre du jour]{.underline}**  |',
      '| jet]{.u |                                  |',
      '| }**     | **[Approbation du compte rendu   |',
      '|         | du 19 octobre]{.underline}**     |',
      '+---------+----------------------------------+',
      '',
    ]
    const { text, dialect } = rewrite(table.join('\n'))
    expect(text.split('\n')).toEqual([
      table[0],
      '| **[Ob   | **Ordre du jour**                |',
      '| jet]{.u |                                  |',
      '| }**     | **Approbation du compte rendu    |',
      '|         | du 19 octobre**                  |',
      table[5],
      '',
    ])
    expect(dialect.names).toContain('pandoc')
  })
})

describe('plain text: a contents page of groups and bulleted entries, and a chapter opened on a page of its own', () => {
  const text = [
    'Índice',
    'Salud',
    ' ▶ Vacunas y planes.............................. 11',
    ' ▶ Salud mental.................................. 15',
    '',
    'Equipo',
    ' ▶ Equipo de trabajo............................. 79',
    '\f',
    '  5.',
    'Equipo de',
    ' trabajo',
    '\f',
    'Este trabajo está enfocado a un único objetivo: ayudar a la sociedad a desarrollar herramientas',
    'más eficientes que las actuales para afrontar esta o futuras crisis sanitarias.',
    '',
  ].join('\n')

  it('the chapter’s number, alone on the line over the title the contents lists, is its number', () => {
    const report = extractReport(text, { path: 'r.txt' })
    expect(report.sections.map((s) => [s.number, s.title])).toEqual([['5', 'Equipo de trabajo']])
    expect(report.contents.map((c) => [c.level, c.title, c.page])).toEqual([
      [1, 'Salud', null],
      [2, 'Vacunas y planes', 11],
      [2, 'Salud mental', 15],
      [1, 'Equipo', null],
      [2, 'Equipo de trabajo', 79],
    ])
  })

  it('a number that is a page’s (no full stop) is not taken with the title', () => {
    const report = extractReport(text.replace('  5.', '  5'), { path: 'r.txt' })
    expect(report.sections.map((s) => [s.number, s.title])).toEqual([[null, 'Equipo de trabajo']])
  })
})

describe('plain text: headings marked by rules under their titles (reStructuredText notes kept as text)', () => {
  const text = [
    '=============================',
    'Working Group Notes (2024-03-05)',
    '=============================',
    'Date & Time: 2024-03-05 14:00 UTC',
    '',
    'Roll Call',
    '=========',
    'Attending:',
    '----------',
    '#. Anna',
    '#. Boris',
    '',
    'Drafts',
    '======',
    'Signing (Anna)',
    '--------------',
    '',
    'Open points',
    '~~~~~~~~~~~',
    'Anna explained that the draft is ready for review.',
    '',
    'Boris asked for one more week.',
    '',
  ].join('\n')

  it('is plain text though a row of tildes underlines a title (no code fence)', () => {
    expect(isPlainText(text, 'r.txt')).toBe(true)
  })

  it('the title between two rules is the title; each underline style a level, in the order of first use', () => {
    const report = extractReport(text, { path: 'r.txt' })
    expect(report.metadata.title).toBe('Working Group Notes (2024-03-05)')
    expect(report.sections.map((s) => [s.title, s.level])).toEqual([
      ['Roll Call', 1],
      ['Attending', 2],
      ['Drafts', 1],
      ['Signing (Anna)', 2],
      ['Open points', 3],
    ])
  })

  it('`#.` lines are a numbered list; its given names resolve the reported speakers', () => {
    const { tree } = readPlainText(text)
    const list = tree.children.find((node) => node.type === 'list')
    expect(list).toMatchObject({ ordered: true, children: [{ type: 'listItem' }, { type: 'listItem' }] })
    const report = extractReport(text, { path: 'r.txt' })
    expect(report.speakers.map((s) => [s.label, s.line])).toEqual([
      ['Anna', 20],
      ['Boris', 22],
    ])
  })

  it('a rule under a sentence, or a single underlined line, marks no heading', () => {
    const once = 'Notes\n=====\n\nThe meeting went well.\n-----\n\nNothing else.\n'
    expect(extractReport(once, { path: 'r.txt' }).sections.map((s) => s.title)).not.toContain('The meeting went well.')
  })

  it('one title underlined at the text’s start is the document’s title; one underlined further on heads nothing', () => {
    const top = 'IETF 104 MLS Tuesday session\n============================\n\nchairing:\nSean Turner\n\nThe notes.\n'
    expect(extractReport(top, { path: 'r.txt' }).metadata.title).toBe('IETF 104 MLS Tuesday session')
    const later = `The notes begin here.\n\n${top}`
    expect(extractReport(later, { path: 'r.txt' }).metadata.title).not.toBe('IETF 104 MLS Tuesday session')
  })
})

describe('plain text: headings opened by asterisks, lists by `* `', () => {
  const text = [
    'Meeting Date: 2024-03-05',
    'Attendees:',
    '    Anna Berg',
    '    Boris Stein',
    '',
    'Agenda:',
    '    * Confirm agenda',
    '    * AOB',
    '',
    '** Confirm agenda',
    '',
    'Agenda agreed. Proposed: Anna, seconded: Boris',
    '',
    '** AOB',
    '',
    '* Boris proposes that we meet monthly.',
    '',
  ].join('\n')

  it('each `** ` line is a level-1 section; a label over a list (`Agenda:`) is none', () => {
    const report = extractReport(text, { path: 'r.txt' })
    expect(report.sections.map((s) => [s.title, s.level])).toEqual([
      ['Confirm agenda', 1],
      ['AOB', 1],
    ])
  })

  it('`* ` lines are list items where the text writes two in a row, one alone too', () => {
    const { tree } = readPlainText(text)
    const lists = tree.children.filter((node) => node.type === 'list')
    expect(lists.map((list) => list.children.length)).toEqual([2, 1])
    const report = extractReport(text, { path: 'r.txt' })
    expect(report.speakers.map((s) => [s.name, s.section_id !== null])).toEqual([['Boris Stein', true]])
  })
})

describe('plain text: topics as dash items straight over their discussion (minutes of `login: text` lines)', () => {
  const text = [
    'Present:',
    '- Anna',
    '- Boris',
    '',
    '- Meeting starts at 7:50 PM',
    '',
    '- Server Move',
    'anna: the new box is racked.',
    'boris: and the old one?',
    '',
    '- Budget',
    'Boris asked for the receipts.',
    'SILENCE',
    '',
    '- Meeting ends 8:07 PM',
    '',
  ].join('\n')

  const headings = (source: string) =>
    readPlainText(source)
      .tree.children.filter((node) => node.type === 'heading')
      .map((node) => [node.type === 'heading' ? node.depth : 0, node.position?.start.line])

  it('each such item is a level-1 heading; an item alone between blank lines, a list item and a line in capitals are none', () => {
    expect(headings(text)).toEqual([
      [1, 7],
      [1, 11],
    ])
    const report = extractReport(text, { path: 'r.txt' })
    expect(report.sections.map((s) => s.title)).toContain('Budget')
    expect(report.sections.map((s) => s.title)).not.toContain('SILENCE')
  })

  it('one such item alone is no convention: it stays a list item', () => {
    const one = text.split('\n').slice(0, 10).join('\n')
    expect(headings(one)).toEqual([])
  })
})

describe('plain text: a sentence is no heading, however it stands out', () => {
  const body = '\tAnna reports that the new disks are in and the quotas were raised for every member.'
  const paragraph = [body, body, body, '']
  const opened = ['Board minutes', '', 'The meeting was opened at 5:15pm', '']
  const outdented = [...opened, 'Reports', '', ...paragraph, 'Budget', '', ...paragraph].join('\n')
  const lone = ['Text of the record goes on here.', '', 'The budget was approved', '', `${body.trim()} ${body.trim()}`].join('\n')
  const headings = (text: string) => extractReport(text, { path: 'minutes.txt' }).sections.map((section) => section.title)

  it('an outdented line over an indented body with a finite verb stays text; a name alone heads', () => {
    expect(headings(outdented)).not.toContain('The meeting was opened at 5:15pm')
    expect(headings(outdented)).toEqual(['Board minutes', 'Reports', 'Budget'])
  })

  it('a short line alone between blank lines with a finite verb stays text', () => {
    expect(headings(lone)).toEqual([])
  })
})

describe('plain text: an item’s number alone over a blank line and its title', () => {
  const item = (number: string, title: string) => [number, '', title, 'Chair Costa opened the item and thanked the staff for it.', '']
  const sentences = [...item('III.', 'The motion was carried by four votes'), ...item('IV.', 'The motion passed with 4 in favor (Hoy,')]
  const text = ['Minutes', '', ...item('II.', 'Budget Review'), ...sentences, ''].join('\n')
  const sections = extractReport(text, { path: 'minutes.txt' }).sections

  it('is one numbered heading, even when the outline opens past one; a sentence under a number is no title', () => {
    expect(sections.map((section) => [section.number, section.title])).toEqual([['II', 'Budget Review']])
  })
})

describe('plain text: a short line alone under a line set out', () => {
  const body = '\tAnna reports that the new disks are in and the quotas went up for every member of staff.'
  const text = ['Board minutes', '', 'Reports', '', '\tGeneral Manager', '', body, body, body, '', 'Budget', '', body, body, ''].join('\n')

  it('heads what follows: the line set out before it makes no series of short lines with it', () => {
    const titles = extractReport(text, { path: 'minutes.txt' }).sections.map((section) => section.title)
    expect(titles).toContain('General Manager')
  })
})

describe('plain text: an outline, items at the margin over bodies indented right under them, one remark a line', () => {
  const item = (title: string, ...body: string[]) => [title, ...body.map((line) => `        ${line}`), '']
  const text = [
    'Working Group Minutes',
    '29 July 2020',
    '',
    ...item('Administrivia', 'Normal review of old work'),
    ...item('Fragmentation Avoidance, draft-one', 'Kazunori Fujiwara', 'No comments came from the floor'),
    ...item('Priming Queries, draft-two', 'Paul Hoffman', 'Sam: S/MIME is end-to-end', '        IPsec is similar', 'Viktor: agree'),
    ...item('Error pages, draft-three', 'Ben: not a good use of the record', '        Tiru: it comes in the Additional section'),
  ].join('\n')
  const paragraphs = (source: string) =>
    readPlainText(source)
      .tree.children.filter((node) => node.type === 'paragraph')
      .map((node) => node.position?.start.line)
  const report = extractReport(text, { path: 'minutes.txt' })

  it('each item line is a level-1 section, under the title block; its body is no heading and no code', () => {
    expect([report.metadata.title, report.metadata.date]).toEqual(['Working Group Minutes', '2020-07-29'])
    expect(report.sections.map((section) => [section.level, section.title])).toEqual([
      [1, 'Administrivia'],
      [1, 'Fragmentation Avoidance, draft-one'],
      [1, 'Priming Queries, draft-two'],
      [1, 'Error pages, draft-three'],
    ])
  })

  it('a label line opens a paragraph, a reply set in deeper too; a line set in deeper without a label goes on', () => {
    expect(paragraphs(text)).toEqual([1, 5, 8, 9, 12, 13, 15, 18, 19])
  })

  it('two margin lines over indented lines are no outline: the text is read as before', () => {
    const two = text.split('\n').slice(0, 10).join('\n')
    expect(readPlainText(two).tree.children.filter((node) => node.type === 'heading')).toHaveLength(0)
  })
})

describe('plain text: titles under page-wide rules (a board’s attachments)', () => {
  const rule = '-'.repeat(41)
  const attachment = (title: string) => [rule, title, '', 'The report says what the project did this quarter, at some length.', '']
  const text = [
    'Minutes',
    '',
    ...attachment('Attachment 1: Report from the President  [Farah Haddad]'),
    ...attachment('Attachment A: Report from the Quillpen Project  [Ivo Petrov]'),
    rule,
    'The board thanked the project for its work.',
    '',
  ].join('\n')
  const headings = (source: string) =>
    readPlainText(source)
      .tree.children.filter((node) => node.type === 'heading')
      .map((node) => (node.type === 'heading' ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : ''))

  it('each title under a rule, a blank line after it, is a heading without the rule; a sentence under one is none', () => {
    expect(headings(text)).toEqual([
      'Attachment 1: Report from the President [Farah Haddad]',
      'Attachment A: Report from the Quillpen Project [Ivo Petrov]',
    ])
  })

  it('one such title alone is no convention', () => {
    expect(headings(text.split('\n').slice(0, 7).join('\n'))).toEqual([])
  })
})

describe('plain text: a board’s outline, numbered items at the margin, lettered sub-items set in with the bodies', () => {
  const sub = (letter: string, title: string) => [
    `    ${letter}. ${title}`,
    '',
    '       The quarter went as planned, and the accounts were reconciled.',
    '',
  ]
  const text = [
    '1. Call to order',
    '',
    '    The meeting began at 10:34 when a quorum was recognized by the chair.',
    '',
    '2. Minutes from previous meetings',
    '',
    ...sub('A', 'The meeting of February 12, 2025'),
    '3. Committee Reports',
    '',
    ...['Quillpen', 'Tidewater', 'Larkspur', 'Mossbank', 'Cinder', 'Halyard', 'Juniper', 'Kestrel', 'Lantern'].flatMap((name, k) =>
      sub(String.fromCharCode(65 + k), `${name} Project [Ivo Petrov / Chen]`),
    ),
  ].join('\n')
  const numbers = extractReport(text, { path: 'minutes.txt' }).sections.map((section) => `${section.level}:${section.number}`)

  it('each letter is a level-2 sub-item, `A.` alone under its number too, and `I.` after `H.` a letter', () => {
    expect(numbers).toEqual(['1:1', '1:2', '2:A', '1:3', ...'ABCDEFGHI'.split('').map((letter) => `2:${letter}`)])
  })
})

describe('plain text without blank lines (pdftotext -raw): topics over turns labelled by one name', () => {
  const wide = 'and the discussion went on about the formats that the browsers would have to support in the years ahead'
  const text = [
    'Minutes of the 3rd Call (May 4 2021)',
    'Scribe: Lena Lindqvist',
    'Present: Anna Berg, Tom Krause, Lena Lindqvist',
    'Anna: welcome, we have two topics today.',
    'Model formats',
    'Loading models #12',
    'Anna: many talks touched on this topic; there is no standard format for packaging models yet,',
    `${wide}.`,
    'Tom: we should wait (as the field moves fast)',
    'Anna: agreed, we wait for now. Inviting Lena to comment.',
    'Lenna: from the library side - a loader is enough for us.',
    'Training #13',
    'Anna: we look at training next time, as',
    wide,
    wide,
    `${wide}.`,
    'The house offers a room:',
    'Room 12 Ground floor',
    'Area: 40 m2',
    'Use: meetings of the council',
    'Sides: North: the garden, on the street side of',
    'the building.',
  ].join('\n')
  const report = extractReport(text, { path: 'r.txt' })

  it('reads a title over a named turn, two stacked (a part over its first topic), the title over the roster', () => {
    expect(report.metadata.title).toBe('Minutes of the 3rd Call (May 4 2021)')
    expect(report.sections.map((s) => `${s.level} ${s.title}`)).toEqual(['1 Model formats', '2 Loading models #12', '2 Training #13'])
  })

  it('opens a turn at a label of one name the text names in full, or after a sentence ending such a turn; no form’s field', () => {
    expect(report.speakers.map((s) => s.label)).toEqual(['Anna', 'Anna', 'Tom', 'Anna', 'Lenna', 'Anna'])
    expect(report.sections.map((s) => s.title)).not.toContain('Room 12 Ground floor')
  })
})

describe('plain text (pdftotext -layout): a bulleted outline whose bold topics lost their bullets and bold', () => {
  const items = (topic: string) => [topic, '', `    Replace the ${topic.toLowerCase()} gauges at two ports of the coast`, '']
  const outline = (topics: string[]) =>
    [
      'PURPOSE: The retreat agreed the priorities of the alliance.',
      '',
      'TOPICS:',
      '',
      ...topics.flatMap(items),
      'NEXT STEPS:',
      '',
      '  Report to the members in June on all of it.',
    ].join('\n')

  it('reads three topics standing alone over lines set in deeper as level-2 sections under the label over them', () => {
    const report = extractReport(outline(['Sensor Network', 'Portal Hosting', 'Funding and Fees']), { path: 'r.txt' })
    expect(report.sections.map((s) => `${s.level} ${s.title}`)).toEqual([
      '1 TOPICS',
      '2 Sensor Network',
      '2 Portal Hosting',
      '2 Funding and Fees',
      '1 NEXT STEPS',
    ])
  })

  it('reads no outline in two such topics, nor in lines in sentence case', () => {
    const two = extractReport(outline(['Sensor Network', 'Portal Hosting']), { path: 'r.txt' })
    expect(two.sections.map((s) => s.title)).not.toContain('TOPICS')
    const sentences = extractReport(outline(['Sensor network', 'Portal hosting', 'Funding and fees']), { path: 'r.txt' })
    expect(sentences.sections.map((s) => s.title)).not.toContain('TOPICS')
  })
})

describe('plain text: a roll call’s tally in capitals', () => {
  it('reads no heading in a count (`AYES--3`, `NOT VOTING--1`), and reads a line in capitals set in the middle still', () => {
    const prose = '  The vote was taken by electronic device, and there were ayes 3 and noes 1, as follows, on the amendment.'
    const text = [
      prose,
      '',
      '                      HARBOR SAFETY',
      '',
      prose,
      '',
      '                               AYES--3',
      '',
      '     Brant',
      '     Holland',
      '',
      '                             NOT VOTING--1',
      '',
      '     Fairbanks',
      '',
      prose,
    ].join('\n')
    expect(extractReport(text, { path: 'r.txt' }).sections.map((s) => s.title)).toEqual(['HARBOR SAFETY'])
  })
})

describe('plain text: an agency report of case studies written to one template (pdftotext -layout)', () => {
  const prose = (topic: string) =>
    `The facility described how ${topic} is done today, what its instruments produce each month and how the data reach users.`
  const caseStudy = (number: string, title: string[], topic: string) => [
    ...title.map((line, i) => (i === 0 ? `${number} ${line}` : `    ${line}`)),
    '',
    'Background',
    prose(topic),
    '',
    'Network Requirements and Science Process – the next 5 years',
    prose(`${topic} in five years`),
    '1. Sequence Data Management',
    `    ${prose('sequencing')}`,
    '2. Draft Genome Assembly',
    prose('assembly'),
    '',
    'Beyond 5 years – future needs and scientific direction',
    prose(`${topic} later`),
    '',
    '                                                                       78 TB',
    '',
  ]
  const text = [
    'Contents',
    '1     Executive Summary ......................................... 4',
    '2     Facilities and Programs of the Office ..................... 5',
    '    2.1      Joint Genome Institute .............................. 5',
    '    2.2      National Center for Atmospheric Research, Boulder,',
    '             Colorado. ........................................... 9',
    '    2.3      Environmental Molecular Sciences Laboratory ......... 11',
    '3     Issues .................................................... 12',
    '',
    '',
    '                                                                     3',
    '\f1 Executive Summary',
    prose('the workshop'),
    '',
    '2 Facilities and Programs of the',
    '  Office',
    prose('the office'),
    '',
    ...caseStudy('2.1', ['Joint Genome Institute'], 'sequencing'),
    ...caseStudy('2.2', ['National Center for Atmospheric Research, Boulder,', 'Colorado.'], 'climate modelling'),
    ...caseStudy('2.3', ['Environmental Molecular Sciences Laboratory'], 'spectroscopy'),
    '3 Issues',
    prose('security'),
    '',
  ].join('\n')
  const report = extractReport(text, { path: 'r.txt' })

  it('a numbered title wrapped onto the line under it is joined where the contents lists the two as one, a comma ending the first', () => {
    expect(report.sections.filter((s) => s.number !== null).map((s) => [s.number, s.level, s.title])).toEqual([
      ['1', 1, 'Executive Summary'],
      ['2', 1, 'Facilities and Programs of the Office'],
      ['2.1', 2, 'Joint Genome Institute'],
      ['2.2', 2, 'National Center for Atmospheric Research, Boulder, Colorado.'],
      ['2.3', 2, 'Environmental Molecular Sciences Laboratory'],
      ['3', 1, 'Issues'],
    ])
  })

  it('a number the contents gives another title is a list’s item (`1. Sequence Data Management` under 2.1), no section', () => {
    expect(report.sections.map((s) => s.title)).not.toContain('Sequence Data Management')
    expect(report.blocks.some((b) => b.kind === 'list_item' && b.text.startsWith('Draft Genome Assembly'))).toBe(true)
  })

  it('the headings each case study repeats head its parts under its number, however cased; a quantity alone is no heading', () => {
    const under = (number: string) => {
      const parent = report.sections.find((s) => s.number === number)!
      return report.sections.filter((s) => s.parent_id === parent.section_id).map((s) => [s.level, s.title])
    }
    const template = [
      [3, 'Background'],
      [3, 'Network Requirements and Science Process – the next 5 years'],
      [3, 'Beyond 5 years – future needs and scientific direction'],
    ]
    expect(under('2.1')).toEqual(template)
    expect(under('2.2')).toEqual(template)
    expect(under('2.3')).toEqual(template)
    expect(report.sections.map((s) => s.title)).not.toContain('78 TB')
  })
})

describe('plain text: a conference report whose pages repeat their chapter’s title as a running header (pdftotext -layout)', () => {
  const prose = (topic: string) =>
    `The working team reported on ${topic}, what it delivered this year and what the federation needs from it next.`
  const page = (header: string, body: string[]) => ['\f' + ' '.repeat(40) + header, '', ...body, '', '', `   ${body.length}`]
  const text = [
    'Contents',
    '1. Conference Findings ........................................ 1',
    '     1.1 Data Archive ......................................... 1',
    '     1.2 Software Security .................................... 2',
    '2. Roadmap ..................................................... 4',
    '3. Report Summary .............................................. 5',
    'Appendices ...................................................... 6',
    '     Appendix A. Conference Agenda ............................ 6',
    '     Appendix B. Conference Participants ...................... 8',
    '',
    ...page('', ['1. Conference Findings', prose('the findings'), '', '1.1 Data Archive', prose('the archive')]),
    ...page('1. Conference Findings', [prose('the archive again'), '', '1.2 Software Security', prose('security')]),
    ...page('1. Conference Findings', [prose('security again')]),
    ...page('', ['2. Roadmap', prose('the roadmap')]),
    ...page('', ['3. Report Summary', prose('the summary')]),
    ...page('', ['Appendices']),
    ...page('', ['Appendix A. Conference Agenda', prose('the agenda')]),
    ...page('Appendix A. Conference Agenda', [prose('the second day')]),
    ...page('Appendix A. Conference Agenda', [prose('the third day')]),
    ...page('', ['Appendix B. Conference Participants', '', '1.   Aloisio, Giovanni', '', '4.   Arms, Sean', '', '13.  Wang, Dali', '']),
  ].join('\n')
  const report = extractReport(text, { path: 'r.txt' })
  const tree = report.sections.map((s) => {
    const parent = report.sections.find((p) => p.section_id === s.parent_id)
    return [s.level, s.number, s.title, parent?.title ?? null]
  })

  it('reads each chapter and appendix once: the running headers that repeat their titles at the pages’ tops are no sections', () => {
    expect(tree).toEqual([
      [1, '1', 'Conference Findings', null],
      [2, '1.1', 'Data Archive', 'Conference Findings'],
      [2, '1.2', 'Software Security', 'Conference Findings'],
      [1, '2', 'Roadmap', null],
      [1, '3', 'Report Summary', null],
      [1, null, 'Appendices', null],
      [2, 'A', 'Conference Agenda', 'Appendices'],
      [2, 'B', 'Conference Participants', 'Appendices'],
    ])
  })
})

describe('plain text: short lines that are no sections (pdftotext -layout)', () => {
  const prose = (topic: string) =>
    `The federation reported on ${topic}, what it delivered this year and what its members need from it next year.`

  it('a line in capitals between short lines of its own (a chart’s labels, a list’s affiliations) is one of their series', () => {
    const text = [
      prose('the year'),
      '',
      'DOWNLOADS',
      '',
      prose('its downloads'),
      '',
      'Downloads per Project',
      '',
      'CMIP5',
      '',
      'CORDEX',
      '',
      'OBS4MIPS (716)',
      '',
      'Institute of Atmospheric Physics',
      '',
      'DOE LLNL',
      '',
      'ENES and DKRZ',
      '',
      'SECURITY',
      '',
      prose('its security'),
    ].join('\n')
    const titles = extractReport(text, { path: 'r.txt' }).sections.map((s) => s.title)
    expect(titles).toEqual(['DOWNLOADS', 'SECURITY'])
  })

  it('a line whose words stand apart as columns (a glossary’s term and expansion) is no title over the text under it', () => {
    const text = [
      'Acronyms',
      '',
      'AR           Assessment Report',
      '',
      '             DOE Office of Advanced Scientific Computing Research, which supports the discovery and development',
      'ASCR         of computational and networking capabilities for the analysis and modeling of complex phenomena.',
      '',
      'Interface Design',
      '',
      prose('its interfaces'),
    ].join('\n')
    const titles = extractReport(text, { path: 'r.txt' }).sections.map((s) => s.title)
    expect(titles).not.toContain('AR Assessment Report')
    expect(titles).toContain('Interface Design')
  })

  it('a table’s header row, its cells apart as columns, is no title glued over the rows under it', () => {
    const text = [
      'List of Attendees',
      '',
      prose('its attendees'),
      '',
      'First Name    Last Name        Affiliation',
      'Andrew        Adamson          Gemini Observatory, Incorporated Research Institutions for Seismology',
      'Stuart        Anderson         California Institute of Technology and the LIGO Laboratory of Pasadena',
      '',
      prose('its speakers'),
    ].join('\n')
    const titles = extractReport(text, { path: 'r.txt' }).sections.map((s) => s.title)
    expect(titles).toEqual(['List of Attendees'])
  })
})

describe('plain text: a programme’s `Speaker: Title` talk headings and its centred titles (pdftotext -layout)', () => {
  const line = (text: string) => text
  const wide = 'We show how the method gives lower bounds for the proof systems studied so far, and why it stops there.'
  const abstract = [wide, wide, 'and what is left open.']
  const centred = (text: string) => ' '.repeat(Math.round((wide.length - text.length) / 2)) + text
  const talks = [
    line('Ilario Bonacina: Proof Systems for MaxSAT'),
    ...abstract,
    '',
    line('Mika Göös: Hardness Condensation by Restriction'),
    ...abstract,
    '',
    line('Neil Thapen: Strength of the Dominance Rule'),
    line('Neil Thapen: TFNP Intersections and Feasible Disjunction'),
    ...abstract,
    '',
    line('Jacobo Torán: Pebble Games and Algebraic Proof Systems'),
    ...abstract,
  ]

  it('reads each `Speaker: Title` line over its abstract as a talk’s heading naming its speaker, one without an abstract too', () => {
    const report = extractReport(talks.join('\n'), { path: 'r.txt' })
    expect(report.sections.map((s) => [s.title, s.kind])).toEqual([
      ['Ilario Bonacina: Proof Systems for MaxSAT', 'speech'],
      ['Mika Göös: Hardness Condensation by Restriction', 'speech'],
      ['Neil Thapen: Strength of the Dominance Rule', 'speech'],
      ['Neil Thapen: TFNP Intersections and Feasible Disjunction', 'speech'],
      ['Jacobo Torán: Pebble Games and Algebraic Proof Systems', 'speech'],
    ])
    expect(report.speakers.map((s) => s.name)).toEqual(['Ilario Bonacina', 'Mika Göös', 'Neil Thapen', 'Neil Thapen', 'Jacobo Torán'])
  })

  it('takes no heading from turns that are sentences, nor from labels that name no person', () => {
    const turns = ['Anna Berg: We agreed to meet again in May.', 'Tomas Novak: The Budget Is Approved.', 'Action Items: Review The Budget']
    const text = turns.flatMap((turn) => [turn, ...abstract, '']).join('\n')
    expect(extractReport(text, { path: 'r.txt' }).sections).toEqual([])
  })

  it('a numbered line holding a web address is an item of a list of references, no heading', () => {
    const text = [
      wide,
      '',
      '  1. Smoothed CSP Refutation https://arxiv.org/abs/2109.04415',
      '',
      '  2. Exponential Lower Bounds https://eccc.example.org/101',
      '',
      wide,
    ].join('\n')
    expect(extractReport(text, { path: 'r.txt' }).sections).toEqual([])
  })

  it('a centred title glued to a table’s last row, or over a centred title in another style, heads what follows', () => {
    const text = [
      wide,
      '',
      centred('SCHEDULE'),
      centred('Sunday March 24'),
      '',
      '17:00–19:00    Check-in',
      '',
      centred('Monday March 25'),
      '',
      '09:00–10:00    Robert Robere TFNP and Proof Complexity',
      '18:30          Dinner',
      centred('Tuesday March 26'),
      '',
      '09:00–10:00    Kilian Risse Clique Is Hard on Average',
      '',
      wide,
      wide,
    ].join('\n')
    const report = extractReport(text, { path: 'r.txt' })
    // Each centred line stands alone, a title of its own, never a line of the table's paragraph above it.
    const alone = [...report.sections.map((s) => s.title), ...report.blocks.map((b) => b.text)]
    for (const title of ['SCHEDULE', 'Sunday March 24', 'Monday March 25', 'Tuesday March 26']) expect(alone).toContain(title)
    expect(report.blocks.map((b) => b.text)).toContain('09:00–10:00 Robert Robere TFNP and Proof Complexity 18:30 Dinner')
  })

  it('takes no centred title from two centred lines in one style (one title), a table’s centred cell or a label', () => {
    const at = (texts: string[], i: number) => {
      const lines = texts.map((text, k) => ({
        number: k + 1,
        text: centred(text).replace(/^ +$/, ''),
        indent: 0,
        offset: 0,
        width: wide.length,
      }))
      for (const line of lines) line.indent = line.text.length - line.text.trimStart().length
      return centredTitleAt(lines, i)
    }
    expect(at(['', 'SCHEDULE', 'Sunday March 24', ''], 1)).toBe(true)
    expect(at(['', 'RESPONSE TO A WRITTEN QUESTION OF SENATOR REED', 'FROM ALAN GREENSPAN', ''], 1)).toBe(false)
    expect(at(['', 'Cooperative Institute for', 'Research in Environmental', 'Sciences, University of'], 1)).toBe(false)
    expect(at(['', 'SEÑORES ASISTENTES:', ''], 1)).toBe(false)
    expect(at(['', 'Anna Berg', ''], 1)).toBe(false)
  })
})

describe('plain text: a short line in capitals glued over the prose it heads (pdftotext -layout)', () => {
  const p = 'The workshop opened with a welcome by the organisers, who described the goals of the meeting and the agenda.'
  it('is a title of its own, whatever its words', () => {
    const text = ['Workshop Report', '', p, p, '', 'BACKGROUND', p, p, '', 'MAIN FINDINGS', p, p, '', 'NEXT STEPS', p, p].join('\n')
    expect(extractReport(text, { path: 'r.txt' }).sections.map((s) => s.title)).toContain('MAIN FINDINGS')
  })
  it('is none over a date line, as a label, or ending a sentence', () => {
    for (const [title, below] of [
      ['FINANCE COMMITTEE MEETING', 'March 3, 2025 at 4:00 PM'],
      ['PRESENT:', p],
      ['MR. REID.', p],
    ]) {
      const text = ['Workshop Report', '', p, p, '', title, below, p, '', p].join('\n')
      expect(extractReport(text, { path: 'r.txt' }).sections.map((s) => s.title)).not.toContain(title)
    }
  })
})

describe('plain text: a short line in sentence case glued over a full line of justified prose (pdftotext -layout)', () => {
  const full = 'The group expressed interest in exploring cooperation through the class room, in digital methods'
  const rest = 'and in acquisition techniques for studying cuneiform tablets, with guidebooks of best practice.'
  const page = (title: string) => ['Workshop Report', '', full, rest, '', title, full, rest, '', 'Outcome', full, rest].join('\n')
  const sections = (text: string) => extractReport(`${text}\n`, { path: 'r.txt' }).sections.map((s) => s.title)

  it('is a heading of its own: a Word report’s italic or bold subheading, its first word perhaps a figure and a capital', () => {
    expect(sections(page('Ancient finger and handpalm imprints'))).toContain('Ancient finger and handpalm imprints')
    expect(sections(page('3D imaging and heritage preservation'))).toContain('3D imaging and heritage preservation')
  })
  it('is none when it is a sentence, ends with a stop or a small word, or is nearly as long as the line under it', () => {
    for (const title of [
      'The results are shown below',
      'We thank all the participants.',
      'Cooperation through the class room and',
      'Cooperation through the class room, particularly in the area of digital',
    ])
      expect(sections(page(title))).not.toContain(title)
  })
})

describe('plain text without blank lines (pdftotext -raw): a contents page with one space before each page', () => {
  const text = [
    'Annual Report of the Harbour Board 2019',
    '\fTable of Contents',
    'Introduction 3',
    'Background of the study and the',
    'methods used 5',
    '1. Results and discussion 12',
    '1.1 Sampling 13',
    'Annex A 20',
    '\fThe board met four times this year and the members discussed many things at length.',
    '',
  ].join('\n')

  it('keeps the entries together under their heading, none of them a heading of the body', () => {
    const report = extractReport(text, { path: 'r.txt' })
    expect(report.contents.map((c) => [c.level, c.number, c.title, c.page])).toEqual([
      [1, null, 'Introduction', 3],
      [1, null, 'Background of the study and the methods used', 5],
      [1, '1', 'Results and discussion', 12],
      [2, '1.1', 'Sampling', 13],
      [1, null, 'Annex A', 20],
    ])
    expect(report.sections.map((s) => s.title)).not.toContain('Results and discussion 12')
  })
})

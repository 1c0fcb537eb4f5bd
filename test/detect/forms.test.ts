// The helpers behind the speaker and contents forms, on the smallest input that shows each; the forms
// themselves are the detectors' examples (run by test/examples.test.ts).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { leadersOnly, linkEntry, splitRunTogether, tableEntries } from '../../src/detect/contents-lines.js'
import { SpeakersOptions, vocabularyOf } from '../../src/detect/speakers.js'
import { commaLine, fromParts, headingPresenter, inlineSpeaker, pipeTurn } from '../../src/detect/speakers-forms.js'
import { parseMarkdown } from '../../src/parse/parse.js'
import { canBeginName, looksLikeName } from '../../src/text/names.js'

const words = vocabularyOf(SpeakersOptions.parse({}))

describe('names', () => {
  it('tells names from organisations and sentence openings', () => {
    expect(looksLikeName('João Gerd Zell de Mattos')).toBe(true)
    expect(looksLikeName('Project Starling')).toBe(true)
    expect(looksLikeName('Harbor Cloud Software')).toBe(false)
    expect(looksLikeName('Mr. Chair')).toBe(false)
    expect(looksLikeName('UNITED NATIONS')).toBe(false)
    expect(looksLikeName("And I'd")).toBe(false)
  })

  it('reads the Portuguese reporting verbs in the forms a minute-taker writes them, and no other word', () => {
    for (const verb of [
      'afirmou',
      'afirmaram',
      'disse',
      'disseram',
      'explicou',
      'apresentou',
      'informou',
      'destacou',
      'ressaltou',
      'comentou',
      'sugeriu',
      'perguntou',
      'respondeu',
      'lembrou',
      'propôs',
      'concordou',
      'acrescentou',
      'observou',
      'mencionou',
      'reforçou',
      'agradece',
      'referiu-se',
    ]) {
      const text = `Ana Souza ${verb} que o modelo melhorou.`
      expect(inlineSpeaker(text, words)?.name, verb).toBe('Ana Souza')
    }
    expect(inlineSpeaker('Ana Souza também esteve presente na reunião.', words)).toBeNull()
  })
})

describe('contents shapes', () => {
  it('splits a contents page run together on one line, lost leaders included', () => {
    expect(splitRunTogether('ANNEX ….. 3 Cluster Policy and Agenda 2063 ___ 5 CONCLUSIONS     6')).toEqual([
      { title: 'ANNEX', number: null, page: 3 },
      { title: 'Cluster Policy and Agenda 2063', number: null, page: 5 },
      { title: 'CONCLUSIONS', number: null, page: 6 },
    ])
    expect(splitRunTogether('Only one entry ….. 3')).toBeNull()
  })

  it('reads a leaders-only line as the page of the entry above', () => {
    expect(leadersOnly('................................ 5')).toBe(5)
    expect(leadersOnly('Title ...... 5')).toBeNull()
  })

  it('reads anchor links with and without pages', () => {
    const paragraph = (md: string) => parseMarkdown(md).children[0] as never
    expect(linkEntry(paragraph('[ACKNOWLEDGEMENT](#acknowledgement) 3'))).toEqual({
      title: 'ACKNOWLEDGEMENT',
      number: null,
      page: 3,
      anchor: 'acknowledgement',
    })
    expect(linkEntry(paragraph('[2. Talks](#talks)'))).toEqual({ title: 'Talks', number: '2', page: null, anchor: 'talks' })
    expect(linkEntry(paragraph('[Site](https://example.org) 3'))).toBeNull()
  })

  it('reads a docling contents table: header row, stray leaders, split rows, rows of dots', () => {
    const table = parseMarkdown(
      '| INTRO..... | 3 |\n|---|---|\n| Long title split | |\n| over two rows ..... | 4 |\n| ....... | |\n| Annex | . 7 |\n',
    ).children[0] as never
    expect(tableEntries(table).map((e) => [e.title, e.page])).toEqual([
      ['INTRO', 3],
      ['Long title split over two rows', 4],
      ['Annex', 7],
    ])
  })
})

describe('canBeginName', () => {
  // inlineSpeaker skips a paragraph when its first two words fail this test, so it must hold for the
  // first two words of every name looksLikeName accepts, as inlineSpeaker cuts names (trailing comma dropped).
  const words = [
    'Ana',
    'WANG',
    'Li',
    'de',
    'da',
    'The',
    'from',
    'Buss,',
    'J.',
    'Chen-Li',
    'agradece',
    'O',
    'Mr.',
    'Dr',
    'x,',
    'Maria,',
    'UNIDO',
    'São',
  ]
  it('holds for the first two words of every accepted name', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 7 }), (tokens) => {
        for (let k = 2; k <= Math.min(6, tokens.length); k++) {
          if (looksLikeName(tokens.slice(0, k).join(' ').replace(/,$/, ''))) expect(canBeginName(tokens[0]!, tokens[1]!)).toBe(true)
        }
      }),
      { numRuns: 3000 },
    )
    expect(canBeginName('Participants', 'from')).toBe(false)
    expect(canBeginName('Ronald', 'Buss,')).toBe(true)
  })
})

describe('speaker forms, one rule at a time', () => {
  it('pipeTurn: two to four parts, none empty or over 80 characters', () => {
    expect(pipeTurn('UN | Ana Lima | Director | EOSG', words)).toMatchObject({
      name: 'Ana Lima',
      position: 'Director',
      organization: 'UN, EOSG',
    })
    expect(pipeTurn('UN | Ana Lima | Director | EOSG | Extra', words)).toBeNull()
    expect(pipeTurn('UN |  | Ana Lima', words)).toBeNull()
    expect(pipeTurn(`${'x'.repeat(80)} | Ana Lima | Director`, words)).toMatchObject({ name: 'Ana Lima' })
    expect(pipeTurn(`${'x'.repeat(81)} | Ana Lima | Director`, words)).toBeNull()
    expect(pipeTurn('Ana Lima', words)).toBeNull()
  })

  it('pipeTurn: the name second among three or more parts, else any name that is no position; the last position', () => {
    expect(pipeTurn('UNDP | Representative | Kenya', words)).toMatchObject({
      name: '',
      position: 'Representative',
      organization: 'UNDP, Kenya',
    })
    expect(pipeTurn('Ana Lima | UNDP | Director', words)).toMatchObject({ name: 'Ana Lima', position: 'Director', organization: 'UNDP' })
    expect(pipeTurn('Representative | China', words)).toMatchObject({ name: '', position: 'Representative', organization: 'China' })
    expect(pipeTurn('UNDP | Ana Lima', words)).toMatchObject({ name: 'Ana Lima', position: '', organization: 'UNDP' })
    expect(pipeTurn('Director | Ana Lima | Deputy Director', words)).toMatchObject({
      name: 'Ana Lima',
      position: 'Deputy Director',
      organization: 'Director',
    })
  })

  it('commaLine and fromParts: a position, then departments, the organisation last', () => {
    expect(commaLine('Ana Lima, Director', words)).toMatchObject({
      name: 'Ana Lima',
      position: 'Director',
      department: '',
      organization: '',
    })
    expect(commaLine('Ana LIMA, Division of Energy', words)).toMatchObject({
      position: '',
      department: 'Division of Energy',
      organization: '',
    })
    expect(commaLine('Ana LIMA, Acme Corp', words)).toMatchObject({ position: '', department: '', organization: 'Acme Corp' })
    expect(commaLine('Ana Lima, Acme Corp', words)).toBeNull()
    expect(commaLine('Ana LIMA', words)).toBeNull()
    expect(fromParts('Ana Lima', ['Director', 'Division of Energy'], words)).toMatchObject({
      position: 'Director',
      department: 'Division of Energy',
      organization: '',
    })
    expect(fromParts('Ana Lima', ['Director', 'Unit A', 'Unit B', 'Ministry of Mines'], words)).toMatchObject({
      department: 'Unit A, Unit B',
      organization: 'Ministry of Mines',
    })
    expect(fromParts('Ana Lima', [], words)).toMatchObject({ name: 'Ana Lima', given_name: 'Ana', family_name: 'Lima', position: '' })
  })

  it('headingPresenter: a name and its organisation in a parenthesis that ends the heading', () => {
    expect(headingPresenter('Chen Lu(Ant Group)', words)?.fields).toMatchObject({ name: 'Chen Lu', organization: 'Ant Group' })
    expect(headingPresenter('Chen Lu (Ant Group) talk', words)).toBeNull()
    expect(headingPresenter('Chen Lu (UNDP)', words)?.fields).toMatchObject({ name: 'Chen Lu', organization: 'UNDP' })
    expect(headingPresenter('Atmosfera (Paulo Kubota , INPE)', words)).toMatchObject({
      fields: { name: 'Paulo Kubota', organization: 'INPE' },
      topic: 'Atmosfera',
    })
    expect(headingPresenter('Tianruo WANG, Director', words)).toMatchObject({
      fields: { name: 'Tianruo WANG', position: 'Director' },
      topic: '',
    })
  })

  it('inlineSpeaker: a role in the parenthesis takes any verb of three letters or more; an organisation is read as one', () => {
    expect(inlineSpeaker('Ana Souza (Diretora) ponderou que sim.', words)).toMatchObject({
      name: 'Ana Souza',
      position: 'Diretora',
      organization: '',
    })
    expect(inlineSpeaker('Ana Souza (Diretora) vê que sim.', words)).toBeNull()
    expect(inlineSpeaker('Ana Souza (Diretora) crê que sim.', words)).toMatchObject({ name: 'Ana Souza' })
    expect(inlineSpeaker('Ana Souza (Instituto de Física) disse que sim.', words)).toMatchObject({
      position: '',
      organization: 'Instituto de Física',
    })
    expect(inlineSpeaker('Ana Souza (Diretora do Instituto) disse que sim.', words)).toMatchObject({
      position: 'Diretora do Instituto',
      organization: '',
    })
    expect(inlineSpeaker('Ana Souza (Diretora da UFCG) disse que sim.', words)).toMatchObject({
      position: 'Diretora da UFCG',
      organization: 'UFCG',
    })
    expect(inlineSpeaker('Ana Souza(Diretora) disse que sim.', words)).toBeNull()
    expect(inlineSpeaker('Hello', words)).toBeNull()
    expect(inlineSpeaker('Ana Souza', words)).toBeNull()
    expect(inlineSpeaker('Ana Souza disse', words)).toMatchObject({ name: 'Ana Souza' })
    expect(inlineSpeaker('Ana Maria Souza da Silva Lima Costa disse que sim.', words)).toBeNull()
  })
})

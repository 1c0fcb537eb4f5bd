// Speaker forms and contents shapes, each on the smallest input that shows it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { leadersOnly, linkEntry, splitRunTogether, tableEntries } from '../../src/detect/contents-lines.js'
import { canBeginName, looksLikeName } from '../../src/text/names.js'
import { headingPresenter, inlineSpeaker, label, pipeTurn, type Vocabulary } from '../../src/detect/speakers-forms.js'
import { SpeakersOptions } from '../../src/detect/speakers.js'
import { parseMarkdown } from '../../src/parse/parse.js'
import { detect } from '../helpers.js'

const options = SpeakersOptions.parse({})
const words: Vocabulary = {
  position: new RegExp(`\\b(?:${options.positions})\\b`, 'i'),
  department: new RegExp(`^(?:${options.departments})\\b`, 'i'),
  roles: new RegExp(`^(?:${options.roles})$`, 'i'),
  verbs: new RegExp(`^(?:${options.verbs})`, 'i'),
}

describe('speaker forms', () => {
  it('reads transcript turns, with and without a name', () => {
    expect(pipeTurn('IAHWG | Carolyn Schwalger | Co-Chair', words)).toMatchObject({ name: 'Carolyn Schwalger', organization: 'IAHWG', position: 'Co-Chair', family_name: 'Schwalger' })
    expect(pipeTurn('UN Secretariat | Ayaka Suzuki | Director, EOSG', words)).toMatchObject({ name: 'Ayaka Suzuki', organization: 'UN Secretariat', position: 'Director, EOSG' })
    expect(pipeTurn('South Africa | Representative', words)).toMatchObject({ name: '', organization: 'South Africa', position: 'Representative' })
    expect(pipeTurn('Session 2 | Mandate Creation briefing', words)).toBeNull()
  })

  it('reads Q&A labels, but not notes and labels', () => {
    expect(label('Zhou Yan:', words)).toMatchObject({ name: 'Zhou Yan' })
    expect(label('Moderator:', words)).toMatchObject({ name: '', position: 'Moderator' })
    expect(label('Example:', words)).toBeNull()
    expect(label('NOTE: This is a machine-translated document.', words)).toBeNull()
  })

  it('reads presenters in headings either way round', () => {
    expect(headingPresenter('Chen Lu (Ant Group)', words)?.fields).toMatchObject({ name: 'Chen Lu', organization: 'Ant Group' })
    expect(headingPresenter('Atmosfera (Paulo Kubota)', words)).toMatchObject({ fields: { name: 'Paulo Kubota' }, topic: 'Atmosfera' })
    expect(headingPresenter('Lin Xiaowen (Harbor Cloud)', words, true)?.fields).toMatchObject({ name: 'Lin Xiaowen', organization: 'Harbor Cloud' })
    expect(headingPresenter('Results (2019)', words)).toBeNull()
  })

  it('reads speakers named inline in minutes, not sentences that open with capitals', () => {
    expect(inlineSpeaker('Gilvan Sampaio (Coordenador-Geral da CGCT/INPE) agradece a todos.', words)).toMatchObject({ name: 'Gilvan Sampaio', position: 'Coordenador-Geral da CGCT/INPE', organization: 'INPE' })
    expect(inlineSpeaker('Daniel Vila (OMM) destacou a relevância do MONAN.', words)).toMatchObject({ name: 'Daniel Vila', position: '', organization: 'OMM' })
    expect(inlineSpeaker('Ronald Buss, pelo chat, aponta que um nome melhor…', words)).toMatchObject({ name: 'Ronald Buss' })
    expect(inlineSpeaker('The Secretary General’s report recommends strengthening the linkage.', words)).toBeNull()
    expect(inlineSpeaker('United Nations staff met in Geneva.', words)).toBeNull()
    expect(inlineSpeaker('Saulo Freitas e Pedro Dias cumprimentam a todos.', words)).toBeNull()
  })

  it('knows the reporting verbs of the 2024 minutes and the English transcript, and no conjunction for a name', () => {
    for (const text of ['Pedro Dias elogiou a apresentação.', 'Pedro Dias complementou, reiterando a importância.', 'Saulo Freitas pediu desculpas pelo tempo.', 'Ana Souza mencionou o curso.', 'Maria Lopez praised the work.']) {
      expect(inlineSpeaker(text, words)?.name, text).toBe(text.split(' ').slice(0, 2).join(' '))
    }
    expect(inlineSpeaker("And I'd encourage that perhaps the Secretariat can provide it.", words)).toBeNull()
    expect(looksLikeName("And I'd")).toBe(false)
  })

  it('tells names from organisations and sentence openings', () => {
    expect(looksLikeName('João Gerd Zell de Mattos')).toBe(true)
    expect(looksLikeName('Project Starling')).toBe(true)
    expect(looksLikeName('Harbor Cloud Software')).toBe(false)
    expect(looksLikeName('Mr. Chair')).toBe(false)
    expect(looksLikeName('UNITED NATIONS')).toBe(false)
  })

  it('takes a Q&A label out of the remarks it opens', () => {
    const { found } = detect('## Q1\n\n**Ravi Menon:** Yes. It matters.\n')
    expect(found.speakers.speakers.map((s) => [s.name, s.form])).toEqual([['Ravi Menon', 'label']])
    expect(found.blocks.blocks.map((b) => b.text)).toEqual(['Yes. It matters.'])
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
    expect(linkEntry(paragraph('[ACKNOWLEDGEMENT](#acknowledgement) 3'))).toEqual({ title: 'ACKNOWLEDGEMENT', number: null, page: 3, anchor: 'acknowledgement' })
    expect(linkEntry(paragraph('[2. Talks](#talks)'))).toEqual({ title: 'Talks', number: '2', page: null, anchor: 'talks' })
    expect(linkEntry(paragraph('[Site](https://example.org) 3'))).toBeNull()
  })

  it('reads a docling contents table: header row, stray leaders, split rows, rows of dots', () => {
    const table = parseMarkdown('| INTRO..... | 3 |\n|---|---|\n| Long title split | |\n| over two rows ..... | 4 |\n| ....... | |\n| Annex | . 7 |\n').children[0] as never
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
  const words = ['Ana', 'WANG', 'Li', 'de', 'da', 'The', 'from', 'Buss,', 'J.', 'Chen-Li', 'agradece', 'O', 'Mr.', 'Dr', 'x,', 'Maria,', 'UNIDO', 'São']
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

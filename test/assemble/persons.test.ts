import { describe, expect, it } from 'vitest'
import { participantOrganizations, shareOrganizations } from '../../src/assemble/persons.js'
import { extractReport } from '../../src/index.js'
import type { Speaker } from '../../src/schema/report.js'

describe('organisations from a participants list', () => {
  it('ignores a participant named by one word: a first name alone could be anyone', () => {
    expect(participantOrganizations([{ name: 'Ana', organization: 'INPE' }])('Ana Lima')).toBe('')
  })

  const organizationOf = participantOrganizations([
    { name: 'Haroldo Fraga de Campos Velho', organization: 'INPE' },
    { name: 'Saulo Ribeiro de Freitas', organization: 'INPE' },
    { name: 'Pedro Leite da Silva Dias', organization: 'USP' },
    { name: 'Pedro Peixoto', organization: 'USP' },
    { name: 'Daniel Vila', organization: 'WMO' },
    { name: 'Ana Souza', organization: 'UFCG' },
    { name: 'Ana Maria Souza', organization: 'UFRJ' },
  ])

  it('finds a person named more briefly, or more fully, than the list names them', () => {
    expect(organizationOf('Haroldo Fraga')).toBe('INPE')
    expect(organizationOf('Saulo Freitas')).toBe('INPE')
    expect(organizationOf('Pedro Dias')).toBe('USP')
    expect(organizationOf('Pedro Silva Dias')).toBe('USP')
    expect(organizationOf('Daniel Alejandro Vila')).toBe('WMO')
    expect(organizationOf('PEDRO PEIXOTO')).toBe('USP')
  })

  it('gives nothing for one word, words out of order, another first name, or two institutions', () => {
    expect(organizationOf('Haroldo')).toBe('')
    expect(organizationOf('Dias Pedro')).toBe('')
    expect(organizationOf('Paulo Fraga')).toBe('')
    expect(organizationOf('Haroldo Velho Fraga')).toBe('')
    // "Ana Maria Souza Lima" could be either list entry, at UFCG or UFRJ; the exact names are not in doubt.
    expect(organizationOf('Ana Maria Souza Lima')).toBe('')
    expect(organizationOf('Ana Souza')).toBe('UFCG')
    expect(organizationOf('Ana Maria Souza')).toBe('UFRJ')
  })
})

describe('one person, one organisation', () => {
  const speaker = (person_id: string, organization: string) => ({ person_id, organization }) as Speaker

  it('fills a turn without an organisation from the same person’s other turns, when they agree', () => {
    const speakers = [
      speaker('gilvan-sampaio', 'INPE'),
      speaker('gilvan-sampaio', ''),
      speaker('fernando-ii', ''),
      speaker('ana-souza', 'UFCG'),
      speaker('ana-souza', 'UFRJ'),
      speaker('ana-souza', ''),
    ]
    shareOrganizations(speakers)
    expect(speakers.map((s) => s.organization)).toEqual(['INPE', 'INPE', '', 'UFCG', 'UFRJ', ''])
  })

  it('does so in a whole report: a later turn takes the institution the first one printed', () => {
    const report = extractReport(
      '# Ata\n\n## Pauta 1\n\nGilvan Sampaio (Coordenador-Geral da CGCT/INPE) agradece a todos.\n\n' +
        'Pedro Dias elogiou a apresentação.\n\nGilvan Sampaio reitera o convite.\n',
    )
    expect(report.speakers.map((s) => [s.name, s.organization])).toEqual([
      ['Gilvan Sampaio', 'INPE'],
      ['Pedro Dias', ''],
      ['Gilvan Sampaio', 'INPE'],
    ])
  })
})

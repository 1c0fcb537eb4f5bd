import { describe, expect, it } from 'vitest'
import { readPresiding, withPresiding } from '../../src/detect/speakers-presiding.js'
import { flowOf } from '../../src/parse/flow.js'
import { parseMarkdown } from '../../src/parse/parse.js'

const presider = (markdown: string) => {
  const person = readPresiding(flowOf(parseMarkdown(markdown)))
  return person && { name: person.name, honorific: person.honorific, position: person.position }
}

describe('readPresiding', () => {
  it('reads the name, civility and office after a presiding phrase, over soft line ends', () => {
    expect(presider('Le conseil s’est réuni à la mairie sous la présidence\nde M. Philippe MARTIN, Maire.\n')).toEqual({
      name: 'Philippe MARTIN',
      honorific: 'M.',
      position: 'Maire',
    })
    expect(presider('Le conseil s’est réuni sous la présidence du Maire, M. Paul Girard.\n')).toEqual({
      name: 'Paul Girard',
      honorific: 'M.',
      position: 'Maire',
    })
  })

  it('reads the office before the name and stops at a conjunction (Spanish)', () => {
    expect(presider('Preside el Sr. Alcalde-Presidente, D. Juan Pérez García y da fe del acto la Secretaria.\n')).toEqual({
      name: 'Juan Pérez García',
      honorific: 'Sr. D.',
      position: 'Alcalde-Presidente',
    })
  })

  it('reads the line of a presiding label, not the next label on the same paragraph', () => {
    expect(presider('**Président de séance :** Jean DUPONT\\\n**Secrétaire de séance :** Anne ROUX\n')).toEqual({
      name: 'Jean DUPONT',
      honorific: '',
      position: '',
    })
  })

  it('finds nobody when the phrase names an office only, or the label has no colon', () => {
    expect(presider('Le conseil s’est réuni sous la présidence de Monsieur le Maire.\n')).toBeNull()
    expect(presider('La présidence de l’association sera assurée par roulement.\n')).toBeNull()
    expect(presider('Le président de séance rappelle l’ordre du jour.\n')).toBeNull()
  })
})

describe('withPresiding', () => {
  const listed = { honorific: '', position: '', organization: '', aliases: [] }
  const martin = { name: 'Philippe MARTIN', honorific: 'M.', position: 'Maire', organization: '', aliases: [], presides: true }

  it('marks the listed person the presider is, with the office the opening gives', () => {
    const roster = withPresiding(
      [
        { name: 'Claire DUBOIS', ...listed },
        { name: 'Philippe MARTIN', ...listed },
      ],
      martin,
    )
    expect(roster.map((person) => [person.name, person.presides ?? false, person.position])).toEqual([
      ['Claire DUBOIS', false, ''],
      ['Philippe MARTIN', true, 'Maire'],
    ])
  })

  it('adds the presider no list names', () => {
    expect(withPresiding([{ name: 'Claire DUBOIS', ...listed }], martin).map((person) => person.name)).toEqual([
      'Claire DUBOIS',
      'Philippe MARTIN',
    ])
  })
})

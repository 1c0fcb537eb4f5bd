// One person per human across the forms of their name a record uses (src/assemble/person-names.ts).
import { describe, expect, it } from 'vitest'
import { resolveShortNames } from '../../src/assemble/person-names.js'
import { extractReport } from '../../src/index.js'
import type { Speaker } from '../../src/schema/report.js'
import { slug } from '../../src/text/normalize.js'
import { splitName } from '../../src/text/names.js'

/** Speakers as the detectors leave them: the name as printed, split, the person id its slug. */
function speakers(...names: Array<string | [string, string]>): Speaker[] {
  return names.map((entry) => {
    const [name, honorific] = typeof entry === 'string' ? [entry, ''] : entry
    const split = honorific ? splitName(name) : splitName(name, true)
    return { name, ...split, honorific, person_id: slug(name) } as Speaker
  })
}

const resolved = (list: Speaker[], listed: string[] = []) => {
  resolveShortNames(list, listed)
  return list.map((speaker) => [speaker.name, speaker.given_name, speaker.family_name, speaker.person_id])
}

describe('short forms of one name', () => {
  it('reads a given name, a surname, capitals and a surname after an honorific as the one full name', () => {
    expect(resolved(speakers('Lena Lindqvist', 'Lena', 'LINDQVIST', ['Lindqvist', 'Ms.']))).toEqual(
      Array(4).fill(['Lena Lindqvist', 'Lena', 'Lindqvist', 'lena-lindqvist']),
    )
  })

  it('reads an initial and surname, initials, a glued initial and a shortened given name', () => {
    const list = speakers(
      'Peter Elmer',
      'P. Elmer',
      'Daniel Rohr',
      'D.R.',
      'Paul Wouters',
      'PaulW',
      'Eric Holk',
      'EHolk',
      'Tirumaleswar Reddy',
      'Tiru',
    )
    expect(resolved(list).map(([name]) => name)).toEqual([
      'Peter Elmer',
      'Peter Elmer',
      'Daniel Rohr',
      'Daniel Rohr',
      'Paul Wouters',
      'Paul Wouters',
      'Eric Holk',
      'Eric Holk',
      'Tirumaleswar Reddy',
      'Tirumaleswar Reddy',
    ])
  })

  it('takes a participants list’s full name for a given name alone', () => {
    expect(resolved(speakers('Lena'), ['Lena Lindqvist', 'Karl Lund'])).toEqual([['Lena Lindqvist', 'Lena', 'Lindqvist', 'lena-lindqvist']])
  })

  it('keeps a name of two words as printed, one person with its fuller form only when the record prints both', () => {
    expect(resolved(speakers('Pere Mato', 'Pere Mato Vila'))).toEqual([
      ['Pere Mato', 'Pere', 'Mato', 'pere-mato-vila'],
      ['Pere Mato Vila', 'Pere', 'Mato Vila', 'pere-mato-vila'],
    ])
    expect(resolved(speakers('Saulo Freitas'), ['Saulo Ribeiro de Freitas'])).toEqual([
      ['Saulo Freitas', 'Saulo', 'Freitas', 'saulo-freitas'],
    ])
  })
})

describe('refusals', () => {
  it('never merges two people who share a first name, or a surname', () => {
    expect(resolved(speakers('Paul Wouters', 'Paul Hoffman', 'Paul')).at(-1)).toEqual(['Paul', 'Paul', '', 'paul'])
    expect(resolved(speakers('Anna Berg', 'Karl Berg', ['Berg', 'Ms.'])).at(-1)).toEqual(['Berg', '', 'Berg', 'berg'])
  })

  it('reads a word alone that is only the shared surname of several as a family name, one that is a given name too not', () => {
    expect(resolved(speakers('Anna Berg', 'Karl Berg', 'Berg')).at(-1)).toEqual(['Berg', '', 'Berg', 'berg'])
    expect(resolved(speakers('Anna Berg', 'Berg Lund', 'Berg Holm', 'Berg')).at(-1)).toEqual(['Berg', 'Berg', '', 'berg'])
  })

  it('matches no given name to an initial, and no surname after an honorific to a given name', () => {
    expect(resolved(speakers('S. Gleyzer', 'Samir')).at(-1)).toEqual(['Samir', 'Samir', '', 'samir'])
    expect(resolved(speakers('Lindqvist Berg', ['Lindqvist', 'Ms.'])).at(-1)).toEqual(['Lindqvist', '', 'Lindqvist', 'lindqvist'])
  })

  it('leaves a role, a nick and a placeholder alone', () => {
    const list = [
      { name: 'Chair', given_name: '', family_name: '', person_id: 'chair' },
      { name: 'Chair Person', given_name: 'Chair', family_name: 'Person', person_id: 'chair-person' },
      { name: 'jrandom', given_name: '', family_name: '', person_id: 'jrandom' },
    ] as Speaker[]
    expect(resolved(list).map(([name]) => name)).toEqual(['Chair', 'Chair Person', 'jrandom'])
  })
})

describe('turns that name no one', () => {
  it('are one person per label, its number aside: Q.1. and Q.2. one asker, A.1. and A.2. one answerer', () => {
    const report = extractReport('# Questions\n\nQ.1. Why?\n\nA.1. Because.\n\nQ.2. When?\n\nA.2. Soon.\n')
    expect(report.speakers.map((speaker) => [speaker.label, speaker.person_id])).toEqual([
      ['Q.1.', 'label-q'],
      ['A.1.', 'label-a'],
      ['Q.2.', 'label-q'],
      ['A.2.', 'label-a'],
    ])
  })
})

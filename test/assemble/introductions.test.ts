// Who a speaker is, said away from their turns (assemble/introductions.ts): an apposition after the full name, or the
// sole office others name them by before the surname; carried to every turn of theirs that gives no office.
import { describe, expect, it } from 'vitest'
import { appositionOffice, parenthesisInstitution } from '../../src/assemble/introductions.js'
import { extractReport } from '../../src/index.js'

function positions(text: string): Array<[string, string]> {
  return extractReport(text).speakers.map((speaker) => [speaker.name, speaker.position])
}

describe('an apposition after a speaker’s full name', () => {
  it('gives each person named in an earnings call’s introduction their office, in every turn', () => {
    const text = [
      '# Q2 earnings call',
      'OPERATOR: Welcome. On the call with me today are Anna Berg, chairman and chief executive officer, Karl Lund,\n' +
        'chief financial officer, and Omar Haddad, who is the host.',
      'ANNA BERG: Thank you. It was a good quarter.',
      'KARL LUND: Thank you, Anna. Revenue grew.',
      'OMAR HADDAD: Questions now.',
      'ANNA BERG: Good.',
      'KARL LUND: Fine.',
    ].join('\n\n')
    expect(positions(text)).toEqual([
      ['Operator', ''],
      ['Anna Berg', 'chairman and chief executive officer'],
      ['Karl Lund', 'chief financial officer'],
      // `, who is the host`: a clause, no apposition.
      ['Omar Haddad', ''],
      ['Anna Berg', 'chairman and chief executive officer'],
      ['Karl Lund', 'chief financial officer'],
    ])
  })

  it('finds the name in any case, and a name or text beyond Latin-1 (read by the pattern, not the lowercase test before it)', () => {
    const text = [
      '# Q2 earnings call',
      'OPERATOR: With me are ANNA BERG, chief executive officer, and Łukasz Żak, chief financial officer.',
      'ANNA BERG: Thank you.',
      'ŁUKASZ ŻAK: Revenue grew.',
      'ANNA BERG: Questions now.',
      'ŁUKASZ ŻAK: Fine.',
    ].join('\n\n')
    expect(positions(text)).toEqual([
      ['Operator', ''],
      ['Anna Berg', 'chief executive officer'],
      ['Łukasz Żak', 'chief financial officer'],
      ['Anna Berg', 'chief executive officer'],
      ['Łukasz Żak', 'chief financial officer'],
    ])
  })

  it('reads the office after a determiner, to the next comma or stop', () => {
    expect(appositionOffice(', our Chief Operations Officer, and Ian Moe')).toBe('Chief Operations Officer')
    expect(appositionOffice(', our acting Director of Human Resources, who')).toBe('acting Director of Human Resources')
    expect(appositionOffice(', 2nd Vice Chair.')).toBe('2nd Vice Chair')
  })

  it('refuses a clause, another name, a phrase with no office and a long run', () => {
    expect(appositionOffice(', who is the director of the library.')).toBe('')
    expect(appositionOffice(', Karl Lund, chief financial officer')).toBe('')
    expect(appositionOffice(', thank you for the numbers.')).toBe('')
    expect(appositionOffice(', director of the library and the archive and the museum of the city')).toBe('')
    expect(appositionOffice(' is our director.')).toBe('')
  })
})

describe('a sole office before a speaker’s surname', () => {
  const board = [
    '# Special Board Meeting',
    'EVA LIND: I call the meeting to order. Director Park.',
    'TOM PARK: Here.',
    'EVA LIND: Director Holm.',
    'JAN HOLM: Here. Chair Lind, I don’t see any hands raised. Second Vice Chair Park has a question.',
    'TOM PARK: Thank you, Chair Lind.',
  ].join('\n\n')

  it('gives the person so named the office, in every turn; not an office many hold, nor part of a longer one', () => {
    expect(positions(board)).toEqual([
      ['Eva Lind', 'Chair'],
      // `Director Park`: every board member is one; `Second Vice Chair Park`: not the `Vice Chair` read alone.
      ['Tom Park', ''],
      ['Eva Lind', 'Chair'],
      ['Jan Holm', ''],
      ['Tom Park', ''],
    ])
  })

  it('names neither of two speakers who share the family name', () => {
    const text = ['# Meeting', 'EVA LIND: Hello.', 'OLA LIND: Hi. Chair Lind, go ahead.', 'EVA LIND: Thanks.', 'OLA LIND: Good.']
    expect(positions(text.join('\n\n'))).toEqual([
      ['Eva Lind', ''],
      ['Ola Lind', ''],
      ['Eva Lind', ''],
      ['Ola Lind', ''],
    ])
  })
})

describe('parentheses after a speaker’s full name', () => {
  it('give the institution, in every turn that gives none', () => {
    const text = [
      '# Steering committee',
      'Submitted by Bob Bush (UTRC). Steve Dale (SD) and Eva Lind (Chair) took notes.',
      'BOB BUSH: The meeting opens.',
      'STEVE DALE: Thanks.',
      'EVA LIND: Agreed.',
      'BOB BUSH: Next item.',
      'STEVE DALE: Done.',
    ].join('\n\n')
    expect(extractReport(text).speakers.map((speaker) => [speaker.name, speaker.organization])).toEqual([
      ['Bob Bush', 'UTRC'],
      ['Steve Dale', ''],
      ['Eva Lind', ''],
      ['Bob Bush', 'UTRC'],
      ['Steve Dale', ''],
    ])
  })

  it('refuse the name’s initials, an office, a figure and a sentence', () => {
    expect(parenthesisInstitution(' (Imbus AG) spoke', 'Gabriela Simion')).toBe('Imbus AG')
    expect(parenthesisInstitution(' (GS) spoke', 'Gabriela Simion')).toBe('')
    expect(parenthesisInstitution(' (G.S.) spoke', 'Gabriela Simion')).toBe('')
    expect(parenthesisInstitution(' (Vice Chair) spoke', 'Gabriela Simion')).toBe('')
    expect(parenthesisInstitution(' (2019) spoke', 'Gabriela Simion')).toBe('')
    expect(parenthesisInstitution(' (who was late) spoke', 'Gabriela Simion')).toBe('')
    expect(parenthesisInstitution(' (She is with the Data Office) spoke', 'Gabriela Simion')).toBe('')
  })
})

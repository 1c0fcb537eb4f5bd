// A speaker's office stated about themself in a transcript (assemble/persons.ts: selfIntroducedPositions).
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/index.js'
import { officeBody } from '../../src/assemble/persons.js'

/** An Otter-style transcript: a name and a time over each turn's words. */
function transcript(turns: ReadonlyArray<[string, string]>): string {
  return turns.map(([name, words], i) => `${name}  0:${String(10 + i * 5).padStart(2, '0')}  \n${words}\n`).join('\n')
}

function positions(text: string): Array<[string, string]> {
  return extractReport(text).speakers.map((speaker) => [speaker.name, speaker.position])
}

describe('a self-introduction', () => {
  it('gives the speaker the office they state, in every turn of theirs', () => {
    const text = transcript([
      ['Kelly', 'Welcome to the show. Our guest today is a planner.'],
      ['Shannon', 'Thanks for having me.'],
      ['Kelly', 'Tell us about yourself.'],
      ['Shannon', 'Sure. So I am a certified financial planner and a chartered investment manager by trade.'],
      ['Kelly', 'Great.'],
      ['Shannon', 'It is a lot of spreadsheets.'],
    ])
    expect(positions(text)).toEqual([
      ['Kelly', ''],
      ['Shannon', 'certified financial planner and a chartered investment manager'],
      ['Kelly', ''],
      ['Shannon', 'certified financial planner and a chartered investment manager'],
      ['Kelly', ''],
      ['Shannon', 'certified financial planner and a chartered investment manager'],
    ])
  })

  it('in any case the words are printed in (the quick test for the words first ignores case as the pattern does)', () => {
    const text = transcript([
      ['Kelly', 'Welcome to the show. Our guest today is a planner.'],
      ['Shannon', 'Thanks for having me.'],
      ['Kelly', 'Tell us about yourself.'],
      ['Shannon', 'Sure. So I AM a certified financial planner and a chartered investment manager by trade.'],
      ['Kelly', 'Great.'],
      ['Shannon', 'It is a lot of spreadsheets.'],
    ])
    const office = 'certified financial planner and a chartered investment manager'
    expect(positions(text).filter(([name]) => name === 'Shannon')).toEqual([
      ['Shannon', office],
      ['Shannon', office],
      ['Shannon', office],
    ])
  })

  it('with the speaker’s own name before the office; another’s name, or no office word, gives nothing', () => {
    const text = transcript([
      ['Anna Berg', 'Hi, I’m Anna Berg, director of the city library.'],
      ['Karl Lund', 'I’m Omar, the moderator today.'],
      ['Omar Haddad', 'I am a big fan of open data, and I am happy to be here.'],
      ['Anna Berg', 'Let us begin.'],
      ['Karl Lund', 'Agreed.'],
      ['Omar Haddad', 'Yes.'],
    ])
    expect(positions(text)).toEqual([
      ['Anna Berg', 'director'],
      ['Karl Lund', ''],
      ['Omar Haddad', ''],
      ['Anna Berg', 'director'],
      ['Karl Lund', ''],
      ['Omar Haddad', ''],
    ])
  })

  it('with the body after the office (`the CEO of Late Checkout`): its capitalised words, in every turn of theirs', () => {
    const text = transcript([
      ['Anna Berg', 'Welcome everyone. I’m the CEO of Late Checkout, an agency and a studio.'],
      ['Karl Lund', 'Thanks. I am a researcher at Nordic Institute of Data and I study maps.'],
      ['Eva Holm', 'Hi, I’m Eva Holm, director of the city library.'],
      ['Anna Berg', 'Good.'],
      ['Karl Lund', 'Yes.'],
      ['Eva Holm', 'Fine.'],
    ])
    const affiliations = extractReport(text).speakers.map((speaker) => [speaker.name, speaker.position, speaker.organization])
    expect(affiliations).toEqual([
      ['Anna Berg', 'CEO', 'Late Checkout'],
      ['Karl Lund', 'researcher', 'Nordic Institute of Data'],
      ['Eva Holm', 'director', ''],
      ['Anna Berg', 'CEO', 'Late Checkout'],
      ['Karl Lund', 'researcher', 'Nordic Institute of Data'],
      ['Eva Holm', 'director', ''],
    ])
  })

  it('no body from lower-case words, a long phrase or the pronoun `I`', () => {
    expect(officeBody('the city library')).toBe('')
    expect(officeBody('Google and I work on maps')).toBe('Google')
    expect(officeBody('Acme Data Works Of The North Sea Region')).toBe('')
    expect(officeBody('Bank of England')).toBe('Bank of England')
  })

  it('only near the start of one of a person’s first five turns', () => {
    const late =
      'We went through the numbers twice, line by line, and nothing in them was unusual at all, which is what we hoped ' +
      'for after the audit last spring and the new rules. So I am the director, for what it is worth.'
    const text = transcript([
      ['Anna Berg', 'Hello.'],
      ['Karl Lund', late],
      ['Anna Berg', 'Thanks.'],
      ['Karl Lund', 'Sure.'],
      ['Anna Berg', 'Good.'],
      ['Karl Lund', 'Fine.'],
      ['Anna Berg', 'Next.'],
      ['Karl Lund', 'Well.'],
      ['Anna Berg', 'Go on.'],
      ['Karl Lund', 'Okay.'],
      ['Anna Berg', 'Right.'],
      ['Karl Lund', 'Then, I am the coordinator here.'],
    ])
    expect(positions(text)).toEqual([
      ...Array.from({ length: 12 }, (_, i): [string, string] => [i % 2 === 0 ? 'Anna Berg' : 'Karl Lund', '']),
    ])
  })
})

describe('a self-stated name', () => {
  function names(text: string): Array<[string, string, string]> {
    return extractReport(text).speakers.map((speaker) => [speaker.label, speaker.name, speaker.given_name])
  }

  it('names the speaker a given name labels, in every turn under that label', () => {
    const text = transcript([
      ['Stefan', 'Willkommen zu meinem Podcast. Mein Name ist Stefan Wintermeyer. Heute geht es um Reisen.'],
      ['Anna', 'Hallo.'],
      ['Stefan', 'Wir fangen an.'],
      ['Anna', 'Gern.'],
    ])
    expect(names(text)).toEqual([
      ['Stefan', 'Stefan Wintermeyer', 'Stefan'],
      ['Anna', 'Anna', 'Anna'],
      ['Stefan', 'Stefan Wintermeyer', 'Stefan'],
      ['Anna', 'Anna', 'Anna'],
    ])
  })

  it('not from another’s name, a name the label does not begin, or words that are no name', () => {
    const text = transcript([
      ['Kelly', 'Hi, I am Anna Berg, and this is the show.'],
      ['Omar', 'I am Happy Today, really.'],
      ['Kelly', 'Ich bin Teil des Teams.'],
      ['Omar', 'Yes.'],
    ])
    expect(names(text)).toEqual([
      ['Kelly', 'Kelly', 'Kelly'],
      ['Omar', 'Omar', 'Omar'],
      ['Kelly', 'Kelly', 'Kelly'],
      ['Omar', 'Omar', 'Omar'],
    ])
  })
})

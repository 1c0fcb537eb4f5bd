// Every lexicon against its schema: defineLexicon fills in the lists a language file leaves out but
// checks nothing at run time (src/lexicon/types.ts), so the checking is done here, once.
import { describe, expect, it } from 'vitest'
import { ACTIVE, lexicon } from '../src/lexicon/index.js'
import { defineLexicon, Lexicon } from '../src/lexicon/types.js'

describe('lexicons', () => {
  it.each(ACTIVE.map((each) => [each.language, each] as const))('%s is what the schema makes of it', (_, each) => {
    // Parsing would refuse an unknown key, an empty word or a month out of 1–12, and fill in missing lists.
    expect(Lexicon.parse(each)).toStrictEqual(each)
    expect(Object.keys(each)).toEqual(Object.keys(Lexicon.shape))
  })

  it('defineLexicon gives every list, empty where the file has none, and the words the file gives', () => {
    const defined = defineLexicon({ language: 'xx', honorifics: ['Dr.'], months: { jan: 1 } })
    expect(defined).toStrictEqual(Lexicon.parse({ language: 'xx', honorifics: ['Dr.'], months: { jan: 1 } }))
    expect(defined.honorifics).toEqual(['Dr.'])
    expect(defined.weekdays).toEqual([])
    expect(defined.eraYears).toEqual({})
  })

  it('the schema refuses what a language file must not hold', () => {
    expect(() => Lexicon.parse(defineLexicon({ language: 'xx', honorifics: [''] }))).toThrow()
    expect(() => Lexicon.parse(defineLexicon({ language: 'xx', months: { foo: 13 } }))).toThrow()
    expect(() => Lexicon.parse({ ...defineLexicon({ language: 'xx' }), unknownList: ['a'] })).toThrow()
  })

  it('the merged lexicon holds every list of every language', () => {
    expect(lexicon.language).toBe(ACTIVE.map((each) => each.language).join('+'))
    for (const each of ACTIVE) for (const word of each.honorifics) expect(lexicon.honorifics).toContain(word)
  })
})

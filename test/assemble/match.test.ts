// Which body heading each contents entry links to: by anchor, by the same title (case, punctuation and
// hyphens aside), else by a close title near the last link, or by the same number and a like title.
import { describe, expect, it } from 'vitest'
import { FUZZY_WINDOW, matchContents, type Candidate } from '../../src/assemble/match.js'
import type { ContentsLine } from '../../src/detect/contents.js'

const entry = (title: string, over: Partial<ContentsLine> = {}): ContentsLine => ({
  title,
  number: null,
  page: null,
  anchor: null,
  line: 1,
  level: 1,
  column: 1,
  ...over,
})
const heading = (title: string, over: Partial<Candidate> = {}): Candidate => ({ title, number: null, line: 1, column: 1, ...over })
const match = (entries: string[], headings: string[]) =>
  matchContents(
    entries.map((title) => entry(title)),
    headings.map((title) => heading(title)),
  )

describe('matchContents', () => {
  it('links a title one letter longer than its heading (11 and 10 letters: within a tenth of the longer)', () => {
    expect(match(['Conclusions'], ['Conclusion'])).toEqual([0])
  })

  it('links the same titles in reading order, case, punctuation and hyphens aside', () => {
    expect(match(['Intro', 'Agri-business: Africa', 'END'], ['intro', 'Agribusiness Africa', 'End'])).toEqual([0, 1, 2])
  })

  it('links repeated titles to the next unused heading, else to the first unused before it', () => {
    expect(match(['Notes', 'Notes'], ['Notes', 'Other', 'Notes'])).toEqual([0, 2])
    expect(match(['B', 'A'], ['A', 'B'])).toEqual([1, 0])
    expect(match(['A', 'A', 'A'], ['A', 'A'])).toEqual([0, 1, -1])
    expect(match(['C', 'A', 'A', 'A'], ['A', 'A', 'C', 'A'])).toEqual([2, 3, 0, 1])
    // The same title far before the last link is found by title, not by the fuzzy window.
    const filler = Array.from({ length: FUZZY_WINDOW + 50 }, (_, i) => `filler heading number ${i} of many`)
    expect(match(['Zeta', 'Alpha'], ['Alpha', ...filler, 'Zeta'])).toEqual([filler.length + 1, 0])
  })

  it('links by anchor first, whatever the titles say, and by title when the anchor is nowhere', () => {
    const entries = [entry('Q1: Performance', { anchor: 'q1-in-ai-chat' }), entry('Second', { anchor: 'nowhere' })]
    const headings = [heading('Second'), heading('Q1 in AI chat scenarios', { anchors: ['q1-in-ai-chat'] })]
    expect(matchContents(entries, headings)).toEqual([1, 0])
    expect(
      matchContents(
        [entry('A', { anchor: 'x' }), entry('B', { anchor: 'x' })],
        [heading('One', { anchors: ['x'] }), heading('Two', { anchors: ['x'] })],
      ),
    ).toEqual([0, 1])
  })

  it('links a close title (Levenshtein ratio of the keys at least 0.9), not a farther one', () => {
    // Keys of 10 letters, one changed: ratio exactly 0.9.
    expect(match(['abcdefghij'], ['abcdefghiX'])).toEqual([0])
    expect(match(['abcdefghij'], ['abcdefghXY'])).toEqual([-1])
    // 20 letters against 19: close; against 17: too different in length to compare.
    expect(match(['abcdefghijklmnopqrst'], ['abcdefghijklmnopqrs'])).toEqual([0])
    expect(match(['abcdefghijklmnopqrst'], ['abcdefghijklmnopq'])).toEqual([-1])
    expect(match(['Something'], ['...'])).toEqual([-1])
  })

  it('looks for a close title only within FUZZY_WINDOW headings either side of the last link', () => {
    const filler = Array.from({ length: FUZZY_WINDOW + 20 }, (_, i) => `filler heading number ${i} of many`)
    const far = [...filler, 'abcdefghiX']
    expect(match(['abcdefghij'], far)).toEqual([-1])
    expect(match(['abcdefghiX'], far)).toEqual([far.length - 1])
    const near = [...filler.slice(0, FUZZY_WINDOW - 1), 'abcdefghiX']
    expect(match(['abcdefghij'], near)).toEqual([FUZZY_WINDOW - 1])
    // Before the cursor: the last link sits past the close title, which is still within the window.
    const before = ['abcdefghiX', ...filler.slice(0, FUZZY_WINDOW - 2), 'Anchor']
    expect(match(['Anchor', 'abcdefghij'], before)).toEqual([before.length - 1, 0])
    const tooFarBefore = ['abcdefghiX', ...filler.slice(0, FUZZY_WINDOW + 5), 'Anchor']
    expect(match(['Anchor', 'abcdefghij'], tooFarBefore)).toEqual([tooFarBefore.length - 1, -1])
  })

  it('links the same number when the titles are half alike at least', () => {
    const numbered = (title: string, number: string) => heading(title, { number })
    // "surveyresults" against "surveyresults2019": too far apart in length to be close, alike enough with a number.
    expect(matchContents([entry('Survey results', { number: '3' })], [numbered('Survey results 2019', '3')])).toEqual([0])
    expect(matchContents([entry('Survey results', { number: '3' })], [numbered('Budget', '3')])).toEqual([-1])
    expect(matchContents([entry('Survey results', { number: '3' })], [numbered('Survey results 2019', '4')])).toEqual([-1])
    expect(matchContents([entry('Survey results')], [heading('Survey results 2019')])).toEqual([-1])
    // Exactly half alike: "abcd" against "abxy".
    expect(matchContents([entry('abcd', { number: '1' })], [numbered('abxy', '1')])).toEqual([0])
    expect(matchContents([entry('abcd', { number: '1' })], [numbered('axyz', '1')])).toEqual([-1])
  })

  it('links an entry that prints the heading’s number with its word, a word of twelve letters at most', () => {
    const numbered = (title: string, number: string) => heading(title, { number })
    expect(matchContents([entry('Appendix A: Participants')], [numbered('Participants', 'A')])).toEqual([0])
    expect(matchContents([entry('Anhang 2 Teilnehmer')], [numbered('Teilnehmer', '2')])).toEqual([0])
    // Another number, or another title, or more than a word before them: no link.
    expect(matchContents([entry('Appendix B: Participants')], [numbered('Participants', 'A')])).toEqual([-1])
    expect(matchContents([entry('Appendix A: Programme')], [numbered('Participants', 'A')])).toEqual([-1])
    expect(matchContents([entry('Supplementary material A: Participants')], [numbered('Participants', 'A')])).toEqual([-1])
    // The heading has no number: the title alone decides.
    expect(matchContents([entry('Appendix A: Participants')], [heading('Participants')])).toEqual([-1])
  })
})

// report-truncated: a report that stops early. A body that ends mid-sentence is one sign; the end of a
// transcript, a chat, a list or a table, which has no full stop, is not.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../src/index.js'

const minutes = (ending: string) =>
  `# Minutes of the Board Meeting\n\n## 1. Opening\n\nThe chair opened the meeting at ten and welcomed the members of the board.\n\n` +
  `## 2. Closing\n\n${ending}`
const truncation = (text: string) =>
  extractReport(text)
    .diagnostics.filter((d) => d.code === 'report-truncated')
    .map((d) => [d.line, d.message])

describe('report-truncated', () => {
  it('is not raised for minutes that end with a chat line, a transcript turn, a list or a table', () => {
    expect(truncation(minutes('10:42 Maria Silva: thanks everyone for joining and see you all next month\n'))).toEqual([])
    expect(
      truncation(
        minutes(
          '[10:41] Joao Dias: ok I think we are done here for today then\n[10:42] Maria Silva: thanks everyone see you all next month\n',
        ),
      ),
    ).toEqual([])
    expect(truncation(minutes('10:42:05 From Maria Silva to Everyone: thanks everyone for joining and see you all next month\n'))).toEqual(
      [],
    )
    expect(truncation(minutes('Maria Silva: thanks everyone for joining and see you all next month\n'))).toEqual([])
    expect(truncation(minutes('**Maria Silva:** thanks everyone for joining and see you all next month\n'))).toEqual([])
    expect(truncation(minutes('- thanks everyone for joining and see you all next month and the one after\n'))).toEqual([])
    expect(
      truncation(
        minutes('The figures below were collected by the secretariat over the year and the\n\n| item | cost |\n| - | - |\n| rent | 12 |\n'),
      ),
    ).toEqual([])
  })

  it('is raised for a body that breaks off mid-sentence, in a speaker’s remarks too', () => {
    expect(truncation(minutes('The chair said the budget will be discussed again when the committee has the\n'))).toEqual([
      [9, 'The report stops early: its last paragraph ends mid-sentence (“…scussed again when the committee has the”)'],
    ])
    expect(
      truncation(
        minutes(
          '**Maria SILVA, Director, Ministry of Things**\n\nWe thank the board for its work and we will present the revised plan to the\n',
        ),
      ),
    ).toEqual([[11, 'The report stops early: its last paragraph ends mid-sentence (“… we will present the revised plan to the”)']])
    // A sentence that only mentions a time is no chat line.
    expect(truncation(minutes('At 10:42 the chair thanked everyone and said that the next meeting would be held in the\n'))).toHaveLength(1)
  })

  it('still finds the seed report cut short, for all three reasons', () => {
    const [found] = truncation(readFileSync('fixtures/seed-unido/input.md', 'utf8'))
    expect(found?.[0]).toBe(145)
    expect(found?.[1]).toMatch(
      new RegExp(
        String.raw`^The report stops early: its last paragraph ends mid-sentence \(“…k is of course not based only on UNIDO's”\)` +
          String.raw`; a download-site notice at line 147 says the preview ended` +
          String.raw`; the last 24 of 32 contents entries`,
      ),
    )
  })
})

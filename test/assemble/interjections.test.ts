// An interjection is the audience's, not the speaker's: no speaker_id, not in the remarks; the turn goes on.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/index.js'

describe('interjections in a speaker’s turn', () => {
  const report = extractReport('## Debate\n\n**Ms. Ann Lee:** We will vote now.\n\n(Applause)\n\nThank you all.\n')
  const interjection = report.blocks.find((block) => block.kind === 'interjection')!

  it('belong to no speaker', () => {
    expect(interjection.text).toBe('(Applause)')
    expect(interjection.speaker_id).toBeNull()
  })

  it('are left out of the speaker’s remarks and words, and the turn goes on after them', () => {
    const [speaker] = report.speakers
    expect(speaker?.name).toBe('Ann Lee')
    expect(speaker?.remarks).toHaveLength(2)
    expect(speaker?.remarks).not.toContain(interjection.block_id)
    expect(speaker?.words).toBe(7)
    expect(report.blocks.at(-1)).toMatchObject({ text: 'Thank you all.', speaker_id: speaker?.speaker_id })
  })
})

// A call recorder's note in its export (`Anna Berg stopped transcription`) is no one's words: no speaker_id, and the
// turn before it ends there.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/index.js'

describe('a call recorder’s notes in a transcript export', () => {
  const report = extractReport(
    'Anna Berg started transcription\n\nAnna Berg 0:04\\\nWelcome, everyone.\n\nKarl Lund 0:21\\\nThanks, Anna.\n\n' +
      'Anna Berg 1:02\\\nWe are done.\n\nAnna Berg stopped transcription\n\nMinutes approved later.\n',
  )
  const notes = report.blocks.filter((block) => block.text.endsWith('transcription'))

  it('belong to no speaker', () => {
    expect(notes.map((block) => block.text)).toEqual(['Anna Berg started transcription', 'Anna Berg stopped transcription'])
    expect(notes.map((block) => block.speaker_id)).toEqual([null, null])
  })

  it('end the turn before them', () => {
    expect(report.speakers.map((speaker) => speaker.name)).toEqual(['Anna Berg', 'Karl Lund', 'Anna Berg'])
    expect(report.speakers.at(-1)?.remarks).toHaveLength(1)
    expect(report.blocks.at(-1)).toMatchObject({ text: 'Minutes approved later.', speaker_id: null })
  })

  it('are only a name and the notice: a sentence about a recording is the speaker’s', () => {
    const said = extractReport('Anna Berg 0:04\\\nWelcome.\n\nKarl Lund 0:21\\\nThanks.\n\nAnna Berg 1:02\\\nWe stopped recording early.\n')
    expect(said.blocks.at(-1)?.speaker_id).toBe(said.speakers.at(-1)?.speaker_id)
  })
})

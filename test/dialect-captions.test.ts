// Caption files (WebVTT, SubRip) read as plain text: their furniture blanked, each cue's words a paragraph.
import { describe, expect, it } from 'vitest'
import { captionFormat, captionTree, readCaptions } from '../src/dialect/captions.js'
import { extractReport } from '../src/index.js'

const ZOOM = 'WEBVTT\n\n1\n00:00:00.510 --> 00:00:01.550\nAnna Berg: Let us start.\n\n2\n00:00:07.170 --> 00:00:09.520\nNo, it is\n\n'
const TEAMS = 'WEBVTT\n\n5f2c-1/12-0\n00:00:03.140 --> 00:00:06.520 align:start\n<v Berg, Anna>Good <i>morning</i>.</v>\n'
const SUBRIP = '1\n00:00:00,549 --> 00:00:04,913\n[SPEAKER_00]: The meeting will come to order.\n\n2\n00:00:05,813 --> 00:00:07,635\nBut\n'

describe('caption files', () => {
  it('are told by their opening: the WebVTT signature, or a cue number over a timing line', () => {
    expect(captionFormat(ZOOM)).toBe('webvtt')
    expect(captionFormat('\uFEFFWEBVTT - exported\n\n1\n00:01.000 --> 00:02.000\nHi.\n')).toBe('webvtt')
    expect(captionFormat(SUBRIP)).toBe('subrip')
    // A report that names the format, a numbered list, a time range in prose: no caption file.
    expect(captionFormat('Notes on WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n')).toBeNull()
    expect(captionFormat('WEBVTTS\n')).toBeNull()
    expect(captionFormat('1\nThe first item.\n')).toBeNull()
    expect(captionFormat('1\n10:00 --> 11:00 coffee\n')).toBeNull()
    expect(captionFormat('   \n')).toBeNull()
  })

  it('keep only the cues’ words, every line where it was', () => {
    const read = readCaptions(`${ZOOM}NOTE exported\nby the recorder\n\nSTYLE\n::cue { color: red }\n`)!
    const lines = read.text.split('\n')
    expect(lines).toHaveLength(`${ZOOM}NOTE exported\nby the recorder\n\nSTYLE\n::cue { color: red }\n`.split('\n').length)
    expect(lines.filter((line) => line !== '')).toEqual(['Anna Berg: Let us start.', 'No, it is'])
    expect(lines[4]).toBe('Anna Berg: Let us start.')
  })

  it('blank a Teams identifier and cue settings, and drop inline tags but the voice span', () => {
    const text = readCaptions(TEAMS)!.text
    expect(text.split('\n')[4]).toBe('<v Berg, Anna>Good morning.')
    expect(
      readCaptions(SUBRIP)!
        .text.split('\n')
        .filter((line) => line !== ''),
    ).toEqual(['[SPEAKER_00]: The meeting will come to order.', 'But'])
    expect(readCaptions('# Minutes\n\nWEBVTT is a format.\n')).toBeNull()
  })

  it('give one paragraph a cue, a one-word cue no heading, positions in the input', () => {
    const tree = captionTree(readCaptions(SUBRIP)!.text)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
    expect(tree.children[1]!.position).toEqual({ start: { line: 7, column: 1 }, end: { line: 7, column: 4 } })
  })
})

describe('a caption file extracted', () => {
  it('has no title and no cue furniture in its blocks; its labels open turns, a nameless cue goes on with the turn before', () => {
    const report = extractReport(`${ZOOM}3\n00:00:10.000 --> 00:00:11.000\nAnna Berg: Good.\n`)
    expect(report.metadata.title).toBeNull()
    expect(report.blocks.map((block) => [block.line, block.text, block.speaker_id])).toEqual([
      [5, 'Let us start.', 'spk-1'],
      [9, 'No, it is', 'spk-1'],
      [13, 'Good.', 'spk-2'],
    ])
    expect(report.diagnostics.map((d) => d.message)).toContain('Read as plaintext + captions')
  })

  it('reads a diarizing recorder’s bracketed voice, kept as printed', () => {
    const more = '3\n00:00:08,000 --> 00:00:09,000\n[SPEAKER_01]: Present.\n\n4\n00:00:09,500 --> 00:00:10,000\n[SPEAKER_00]: Thank you.\n'
    const srt = `${SUBRIP}\n${more}`
    const report = extractReport(srt)
    expect(report.speakers.map((speaker) => [speaker.name, speaker.label, speaker.line])).toEqual([
      ['SPEAKER_00', 'SPEAKER_00', 3],
      ['SPEAKER_01', 'SPEAKER_01', 11],
      ['SPEAKER_00', 'SPEAKER_00', 15],
    ])
    expect(report.blocks[1]).toMatchObject({ text: 'But', speaker_id: 'spk-1' })
    // The recorder numbers a voice it cannot name: no given or family name in it.
    expect(report.speakers[0]).toMatchObject({ given_name: '', family_name: '' })
  })
})

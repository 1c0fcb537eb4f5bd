// Caption files a call recorder or a subtitler exports, read as plain text: WebVTT (`WEBVTT`, then cues of an
// optional identifier, a timing line `00:00:01.000 --> 00:00:04.200` and the words, `NOTE` blocks) and SubRip
// (`1` / `00:00:01,000 --> 00:00:04,000` / the words). The signature, cue identifiers and numbers, timing lines and
// `NOTE`/`STYLE`/`REGION` blocks are no text: their lines are blanked (numbers kept), so each cue's words are a paragraph.
// Inline cue tags other than the voice span that names the speaker (`</v>`, `<i>`, `<c.yellow>`, `<00:00:01.500>`)
// are dropped (the columns after one on its line move left; the label, first on the line, stays). The cues' words
// are read as paragraphs, nothing else: a one-word cue (`But`) is no heading, a cue opening `- ` no list item.
import type { Paragraph, Root } from 'mdast'

// A cue timing: hours optional, `.` (WebVTT) or `,` (SubRip) before the milliseconds, cue settings after it.
const TIME = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}`
const TIMING = new RegExp(String.raw`^[ \t]*${TIME}[ \t]+-->[ \t]+${TIME}(?:[ \t][^\n]*)?$`)
const SIGNATURE = /^WEBVTT(?:[ \t][^\n]*)?$/
const METADATA_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/
const CUE_NUMBER = /^[ \t]*\d{1,6}[ \t]*$/
// Tags inside a cue's words other than an opening voice span: closing `</v>`, classes, italics, bold, underline,
// language and ruby spans, and karaoke timestamps.
const CUE_TAG = /<\/v>|<\/?(?:[bciu]|lang|ruby|rt)(?:\.[^\s<>]{0,60})?(?:[ \t][^<>\n]{0,80})?>|<(?:\d{1,3}:)?\d{1,2}:\d{2}\.\d{3}>/g

export type CaptionFormat = 'webvtt' | 'subrip'

/** The format of a caption file, from its opening: the WebVTT signature, or a SubRip cue number over a timing line. */
export function captionFormat(text: string): CaptionFormat | null {
  // (A byte-order mark is whitespace to `\S`: the search passes it too.)
  const start = text.search(/\S/)
  if (start < 0) return null
  const head = text.slice(start, start + 200).split('\n', 2)
  if (SIGNATURE.test(head[0]!.trimEnd())) return 'webvtt'
  return CUE_NUMBER.test(head[0]!) && TIMING.test((head[1] ?? '').trimEnd()) ? 'subrip' : null
}

/** A caption file's text with its furniture blanked, every line where it was; null for any other text. */
export function readCaptions(text: string): { text: string; format: CaptionFormat } | null {
  const format = captionFormat(text)
  if (format === null) return null
  const lines = text.split('\n')
  let start = 0
  let header = format === 'webvtt'
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.trim() !== '') continue
    if (i > start) {
      blankFurniture(lines, start, i, header)
      header = false
    }
    start = i + 1
  }
  return { text: lines.join('\n'), format }
}

/** One block of lines (`start` to `end`, exclusive): a header or metadata block blanked whole; a cue up to its timing. */
function blankFurniture(lines: string[], start: number, end: number, header: boolean): void {
  if (header || METADATA_BLOCK.test(lines[start]!)) {
    lines.fill('', start, end)
    return
  }
  // The timing is a cue's first line, or its second under an identifier (a number, or Teams's `5f2c…/12-0`).
  const timing = [start, start + 1].find((i) => i < end && TIMING.test(lines[i]!.trimEnd()))
  if (timing === undefined) return
  lines.fill('', start, timing + 1)
  for (let i = timing + 1; i < end; i++) lines[i] = lines[i]!.replace(CUE_TAG, '')
}

/** The cues' words as the tree's paragraphs, one a run of lines between blank ones, with positions in the input. */
export function captionTree(text: string): Root {
  const children: Paragraph[] = []
  let run: Array<{ number: number; text: string; column: number }> = []
  const close = () => {
    if (run.length > 0) children.push(paragraphOf(run))
    run = []
  }
  text.split('\n').forEach((line, index) => {
    const trimmed = line.trimEnd()
    if (trimmed.trim() === '') close()
    else run.push({ number: index + 1, text: trimmed.trimStart(), column: trimmed.length - trimmed.trimStart().length + 1 })
  })
  close()
  return { type: 'root', children }
}

function paragraphOf(run: ReadonlyArray<{ number: number; text: string; column: number }>): Paragraph {
  const last = run.at(-1)!
  const start = { line: run[0]!.number, column: run[0]!.column }
  const position = { start, end: { line: last.number, column: last.column + last.text.length } }
  const value = run.map((line) => line.text.replace(/[ \t]+/g, ' ')).join('\n')
  return { type: 'paragraph', children: [{ type: 'text', value, position }], position }
}

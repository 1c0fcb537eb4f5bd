// A series' report cover as pdftotext prints it: the series' numbered meeting over the report's title
// (`Report from Dagstuhl Seminar 16252` / the title; `NII Shonan Meeting Report` / `No. 203` / the title), or a
// title that says whose report it is (`Report from the NSF Large Facilities` / `Cyberinfrastructure Workshop`)
// under a banner in capitals.
import { alternation, lexicon } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { plainText } from '../parse/text.js'
import { isDateOnly } from '../text/dates.js'
import { collapseSpace, countWords } from '../text/normalize.js'

export interface SeriesCover {
  title: string
  titleLine: number
  /** The series' meeting and its number (`Dagstuhl Seminar 16252`), or null. */
  meetingName: string | null
  /** The kind of document the series line names (`Report`, `NII Shonan Meeting Report`), or null. */
  documentType: string | null
  /** The entries read: the series' lines and the title's. */
  entries: FlowEntry[]
}

const MEETING_WORDS = alternation(lexicon.meetingWords)
const OPENERS = alternation(lexicon.meetingReportOpeners)
const NUMBER_LABELS = alternation(lexicon.seriesNumberLabels)
const DOCUMENT_TYPES = alternation(lexicon.documentTypes)
/** Up to four capitalised words of a series' name before its meeting word (`Dagstuhl`, `NII Shonan`). */
const SERIES_WORDS = String.raw`(?:[\p{Lu}\d][\p{L}\d&'’-]*\s){0,4}`
/** `Report from Dagstuhl Seminar 16252`, `Shonan Meeting No. 203`: an opener, a series' meeting, its number. */
const NUMBERED_MEETING = new RegExp(
  String.raw`^(?:(${OPENERS})\s)?(${SERIES_WORDS}(?:${MEETING_WORDS}))\s(?:(?:${NUMBER_LABELS})\s?)?(\d{2,6})$`,
  'iu',
)
/** `NII Shonan Meeting Report`: a series' name ending with its meeting word and a document type, its number under it. */
const SERIES_NAME = new RegExp(String.raw`^(${SERIES_WORDS}(?:${MEETING_WORDS}))\s(?:${DOCUMENT_TYPES})$`, 'iu')
const NUMBER_LINE = new RegExp(String.raw`^(?:${NUMBER_LABELS})\s?(\d{1,6})$`, 'iu')
/** `Report from the … Workshop`: an opener, then a meeting's name. */
const REPORT_OF_MEETING = new RegExp(String.raw`^(?:${OPENERS})\s\S.{0,150}?\b(?:${MEETING_WORDS})\b`, 'iu')
const OPENER_START = new RegExp(String.raw`^(?:${OPENERS})\s\S`, 'iu')
const EDITORS = new RegExp(String.raw`^(?:${alternation(lexicon.editorLabels)})\b`, 'iu')
const DOCUMENT_TYPE = new RegExp(String.raw`^(?:${DOCUMENT_TYPES})$`, 'iu')

/** Entries at the top of a plain text where a series' cover is looked for. */
const REACH = 8
/** Most lines and words of a cover's title. */
const TITLE_LINES = 3
const TITLE_WORDS = 25

/** The entry's text on one line, or null when it is no short paragraph or heading. */
function coverText(entry: FlowEntry | undefined): string | null {
  if (!entry || (entry.node.type !== 'paragraph' && entry.node.type !== 'heading')) return null
  const text = plainText(entry.node)
  if (text.trim().split('\n').length > TITLE_LINES) return null
  const line = collapseSpace(text)
  return countWords(line, TITLE_WORDS + 1) > TITLE_WORDS ? null : line
}

/** A title under a series' line: no date, number, sentence or `Edited by` line. */
function isTitleText(text: string): boolean {
  return !isDateOnly(text) && !NUMBER_LINE.test(text) && !/[.:;,]$/.test(text) && /\p{Ll}/u.test(text) && countWords(text, 3) >= 2
}

/** A title's lines, up to the editors' label under it (`Edited by`, set in the same paragraph). */
function titleLinesOf(entry: FlowEntry | undefined): string | null {
  if (!entry || (entry.node.type !== 'paragraph' && entry.node.type !== 'heading')) return null
  const lines = plainText(entry.node).trim().split('\n')
  const end = lines.findIndex((line) => EDITORS.test(line.trim()))
  const title = collapseSpace(lines.slice(0, end < 0 ? lines.length : end).join(' '))
  return end === 0 || lines.slice(0, end < 0 ? lines.length : end).length > TITLE_LINES ? null : title
}

/** The title under a series' line at `i` (its number line after it passed over). */
function titleAfter(top: readonly FlowEntry[], i: number, read: FlowEntry[]): SeriesCover | null {
  const next = top[i + 1]
  const number = coverText(next)
  const at = number !== null && NUMBER_LINE.test(number) ? i + 2 : i + 1
  const title = titleLinesOf(top[at])
  if (title === null || countWords(title, TITLE_WORDS + 1) > TITLE_WORDS || !isTitleText(title)) return null
  return { title, titleLine: top[at]!.line, meetingName: null, documentType: null, entries: [...read, ...top.slice(i + 1, at + 1)] }
}

/** `Report from the … Workshop`, wrapped, without the place and dates a line under it gives. */
function reportTitle(text: string): string | null {
  if (!OPENER_START.test(text)) return null
  const lines = text.split('\n')
  // The title's lines end before its place and dates (a year), or a line of one word (an RFC's draft name).
  const end = lines.findIndex((line, k) => k > 0 && (/\b\d{4}\b/.test(line) || !/\S\s+\S/.test(line.trim())))
  const title = collapseSpace(lines.slice(0, end < 0 ? lines.length : end).join(' '))
  return REPORT_OF_MEETING.test(title) && isTitleText(title) ? title : null
}

/** A series' cover among the first entries of a plain text, before its body's first numbered heading. */
export function readSeriesCover(top: readonly FlowEntry[]): SeriesCover | null {
  const reach = top.slice(0, REACH)
  for (let i = 0; i < reach.length; i++) {
    const text = coverText(reach[i])
    if (text === null) continue
    const raw = plainText(reach[i]!.node).trim()
    // A series' numbered meeting ends in its number: a line without two figures at its end is not read for it.
    const numbered = /\d\d$/.test(text) ? NUMBERED_MEETING.exec(text) : null
    if (numbered) {
      const found = titleAfter(reach, i, [reach[i]!])
      if (!found) return null
      const opener = numbered[1]?.split(/\s/)[0] ?? ''
      return { ...found, meetingName: `${numbered[2]} ${numbered[3]}`, documentType: DOCUMENT_TYPE.test(opener) ? opener : null }
    }
    // The number line under it first: the series' name, a pattern of every meeting word, is read only over one.
    const number = NUMBER_LINE.exec(coverText(reach[i + 1]) ?? '')
    const series = number ? SERIES_NAME.exec(text) : null
    if (series && number) {
      const found = titleAfter(reach, i, [reach[i]!])
      return found && { ...found, meetingName: `${series[1]} ${number[1]}`, documentType: text }
    }
    const named = reportTitle(raw)
    if (named !== null) return { title: named, titleLine: reach[i]!.line, meetingName: null, documentType: null, entries: [reach[i]!] }
  }
  return null
}

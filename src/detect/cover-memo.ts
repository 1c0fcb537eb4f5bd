// The header an RFC or an Internet-Draft opens with, two columns of short lines: on the left the stream
// that publishes it ("Internet Architecture Board (IAB)"), "Request for Comments: 8980" or "Internet-Draft",
// its category and dates; on the right the authors, their affiliations and the month. The stream is the
// publishing body when it is named as a body is, with its acronym: "Network Working Group" (the old
// header of every stream) and "Independent Submission" name none.
import type { FlowEntry } from '../parse/flow.js'
import { paragraphLines } from '../parse/text.js'

/** Entries at the top where the header is looked for, and lines of it read. */
const HEADER_ENTRIES = 2
const HEADER_LINES = 12
/** A gap of this many spaces at least separates the header's columns. */
const GAP = '   '
// The left column's line that makes the header a memo's: the series and its number, or a draft.
const SERIES = /^(?:Request for Comments: ?\d{1,5}|Internet-Draft)$/u
// "Internet Engineering Task Force (IETF)": a name in capitalised words, then its acronym.
const STREAM = /^(\p{Lu}[\p{L}-]*(?: [\p{L}-]+){1,7}) \(\p{Lu}{2,8}\)$/u

/** The memo header's left column, line by line, when the top of the document is one; else null. */
export function memoHeader(flow: readonly FlowEntry[]): string[] | null {
  for (const entry of flow.slice(0, HEADER_ENTRIES)) {
    if (entry.node.type !== 'paragraph') continue
    const left = paragraphLines(entry.node)
      .slice(0, HEADER_LINES)
      .map(({ text }) => {
        const line = text.trim()
        const gap = line.indexOf(GAP)
        return gap < 0 ? line : line.slice(0, gap)
      })
    if (left.some((line) => SERIES.test(line))) return left
  }
  return null
}

/** The body a memo header's first line names, its acronym dropped; null when it names none. */
export function memoStream(left: readonly string[]): string | null {
  const stream = STREAM.exec(left[0] ?? '')
  return stream ? stream[1]! : null
}

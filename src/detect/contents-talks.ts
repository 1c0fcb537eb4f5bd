// A seminar report's contents page lists each talk as its title over its speakers' line, and the speakers'
// line carries the page (`Sensor networks on the northern shelf` / `Lena Lindqvist . . . . 4`), the talks set in
// under their group's line (`Overview of Talks`). Read line by line, the title and the names made one entry with
// the group above; here each talk is its title alone, its page the names line's, and the group an entry of its own.
import { alternation, lexicon } from '../lexicon/index.js'
import { collapseSpace } from '../text/normalize.js'
import { looksLikeName } from '../text/names.js'
import type { RawEntry } from './contents-levels.js'
import { LEADERS, parseEntry } from './contents-lines.js'

/**
 * Talks that make a contents page's way of listing them, and their least share of its paged entries: a title that
 * wraps onto capitalised words (`Industrial` / `Park Development Guiding Principles . . 7`) is one now and then.
 */
const MIN_TALKS = 3
const MIN_SHARE = 0.5
/** Columns a talk stands right of its group's line, at least, to read a level below it. */
const SET_IN = 3
/** Most lines a talk's title and its group's line take over the names line. */
const MAX_ABOVE = 4

const JOINERS = alternation(lexicon.listJoiners)
// On a line whose spaces are collapsed (one space each): no `\s*` runs that two alternatives could share.
const JOINER = new RegExp(String.raw` ?, ?(?:(?:${JOINERS}) )?| (?:&|${JOINERS}) `, 'iu')

/** The speakers of a talk as a contents page lists them: names joined by commas and `and`. */
function isNamesLine(text: string): boolean {
  const names = collapseSpace(text).split(JOINER)
  return names.length > 0 && names.every((name) => looksLikeName(name))
}

/** A line that goes on onto the next: it ends with a comma, a hyphen or a small word (`Chinese Academy of`). */
const OPEN_END = new RegExp(String.raw`(?:[,\-–]|\s(?:${alternation([...lexicon.smallWords, ...lexicon.listJoiners])}))$`, 'iu')

/** A names line without the comma or `and` it ends with. */
function withoutOpenEnd(text: string): string {
  return text.trim().replace(OPEN_END, '')
}

/** A line of the contents page: its text with the spaces collapsed, its number (from 1) and column. */
interface Line {
  text: string
  line: number
  column: number
}

interface Talk {
  at: number
  title: Line
  groups: Line[]
}

const columnOf = (text: string) => text.search(/\S/) + 1

/** The lines over a names line at `line` (from 1) up to a blank or an entry's line: the talk's title and its group's. */
/** The title's lines over a names line set in right of them: the last line, with the lines of its column before it when set in. */
function splitSetInTitle(above: readonly Line[], left: number): [Line[], Line[]] {
  const column = above.at(-1)!.column
  let first = above.length - 1
  if (column > left + 1) while (first > 0 && Math.abs(above[first - 1]!.column - column) <= 1) first--
  return [above.slice(first), above.slice(0, first)]
}

function talkOver(entry: RawEntry, at: number, sourceLines: readonly string[], lines: ReadonlySet<number>, left: number): Talk | null {
  const column = columnOf(sourceLines[entry.line - 1] ?? '')
  const above: Line[] = []
  // Names wrapped over lines (`…, Oscar Nierstrasz, and` / `Jurgen J. Vinju . . . 62`): the lines before are names too.
  let first = entry.line - 1
  while (first >= 1 && OPEN_END.test((sourceLines[first - 1] ?? '').trim()) && isNamesLine(withoutOpenEnd(sourceLines[first - 1]!))) first--
  for (let line = first; line >= 1 && above.length < MAX_ABOVE; line--) {
    const text = sourceLines[line - 1] ?? ''
    if (text.trim() === '' || lines.has(line) || LEADERS.test(text) || (parseEntry(text.trim())?.page ?? null) !== null) break
    above.unshift({ text: collapseSpace(text), line, column: columnOf(text) })
  }
  // The title is set where the names line is (its wrapped lines too); a group's line stands left of it.
  let titles = above.filter((item) => item.column >= column - 1)
  let groups = above.filter((item) => item.column < column - 1)
  // The names set in under the entry's own line (`Executive Summary` / `   Anna Berg and Karl Lund . . . 2`); a title
  // set in from the page's left edge takes its wrapped lines at its column with it, a group's line stands left of them.
  if (titles.length === 0 && groups.length > 0) [titles, groups] = splitSetInTitle(groups, left)
  if (titles.length === 0 || groups.some((group) => group.line > titles[0]!.line) || OPEN_END.test(titles.at(-1)!.text)) return null
  const title = { text: titles.map((item) => item.text).join(' '), line: titles[0]!.line, column: titles[0]!.column }
  return { at, title, groups }
}

/**
 * The entries with each talk's title apart from its speakers' names, and its group's line an entry of its own;
 * unchanged unless the page lists two talks or more so.
 */
export function talkEntries<Entry extends RawEntry>(raw: readonly Entry[], sourceLines: readonly string[]): Entry[] {
  const lines = new Set(raw.map((entry) => entry.line))
  const talks: Talk[] = []
  const left = Math.min(...raw.map((entry) => entry.column))
  raw.forEach((entry, at) => {
    if (entry.page === null) return
    const speakers = parseEntry((sourceLines[entry.line - 1] ?? '').trim())?.title ?? ''
    if (!isNamesLine(speakers)) return
    const talk = talkOver(entry, at, sourceLines, lines, left)
    if (talk) talks.push(talk)
  })
  const paged = raw.filter((entry) => entry.page !== null).length
  if (talks.length < MIN_TALKS || talks.length < paged * MIN_SHARE) return [...raw]
  const byEntry = new Map(talks.map((talk) => [talk.at, talk]))
  const out: Entry[] = []
  // The group a talk is listed under: its talks a level below it, however far the text set them in (too little to
  // tell, or a wrapped title's lines further than its first).
  let group: number | null = null
  raw.forEach((entry, at) => {
    const talk = byEntry.get(at)
    if (!talk) {
      group = null
      return void out.push(entry)
    }
    for (const line of talk.groups) {
      out.push({
        ...entry,
        title: line.text,
        number: null,
        page: null,
        anchor: null,
        line: line.line,
        column: line.column,
        at: line.column,
      })
      group = line.column
    }
    const column = group !== null ? group + SET_IN : talk.title.column
    out.push({ ...entry, title: talk.title.text, number: null, titleLine: talk.title.line, column })
  })
  return out
}

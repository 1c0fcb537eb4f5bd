// Reading contents entries out of the shapes converters give them: a line with leaders and a page, a
// whole page run together on one line, a link to an anchor (with or without a page), a table row.
import type { Paragraph, Table } from 'mdast'
import { flatText, plainText } from '../parse/text.js'
import { collapseSpace } from '../text/normalize.js'
import { entryNumber } from '../text/numbering.js'
import { isLineTerminator, isSpace, trailingRunStart, trimEndWhere, trimWhere } from '../text/scan.js'
import { alternation, lexicon } from '../lexicon/index.js'

export interface EntryText {
  title: string
  number: string | null
  page: number | string | null
  anchor: string | null
  line: number
  /** The line opened with a bullet (`▶ Title ….. 11`): an entry under the unbulleted group line above it. */
  bulleted?: boolean
  /** The line the entry's title starts on, when it wraps onto the line with the page. */
  titleLine?: number
  /** A group's label centred over the entries (`WITNESS`): the top level, the entries under it one down. */
  centred?: boolean
  /** How its number is marked (`1.`, `（一）`, `Chapter 1`): a contents page without indentation nests by it. */
  scheme?: string
}

/** A bullet before a contents entry's title (`▶ Salud mental ….. 33`, `• Methods ….. 4`). */
const ENTRY_BULLET = /^\s*[▶►▸▪•◦‣●■➢➤–]\s+(?=\S)/u

/** A contents line without its bullet, and whether it had one. */
export function withoutBullet(text: string): { text: string; bulleted: boolean } {
  const bullet = ENTRY_BULLET.exec(text)
  return bullet ? { text: text.slice(bullet[0].length), bulleted: true } : { text, bulleted: false }
}

const LEADER = '(?:[.…·_]\\s*){2,}'
// Words printed for a page that has no number ("Inside back cover"), from the lexicons, longest first
// (as an alternation tries them), each matched without regard to case.
const PAGE_WORDS = [...lexicon.pageWords].sort((a, b) => b.length - a.length)
// Title, then leaders (dots, ellipses, middle dots, underscores, a tab or a wide gap), then the page:
// `^(?<title>.*?\S)\s*(?:LEADER|\t+\s*|\s{2,})(?<page>PAGE)\s*$` (case-insensitive), where PAGE is
// `\d{1,4}|[ivxlcdm]{1,7}|` and the page words. Read by scanners (`entryParts`, `runTogether`): as
// patterns they backtracked quadratically on long runs of leaders or spaces (a leader line of 20,000
// dots took 1.6 s), and they accept the same lines.
/** A longer line is prose, not a contents entry. */
const MAX_ENTRY_LENGTH = 500
const MAX_LINE = MAX_ENTRY_LENGTH

export const LEADERS = new RegExp(LEADER)
/** What every run-together entry has before its page (two leaders, a wide gap or a tab): a line of prose seldom does. */
const SEPARATOR = /[.…·_]\s*[.…·_]|\s\s|\t/u
// A parliamentary index points at a page and its column ("Dr. Adenauer (CDU) 3 B", "… . . 2213 D, 2215 A"):
// the page is the number, the column letter is dropped. One space is enough before it. Read by a scanner
// (`columnEntry`) as the pattern
// `^(?<title>.*?\S)\s*(?:LEADER)?\s(?<page>\d{1,5}) ?[A-D](?:, ?\d{1,5} ?[A-D]){0,5}\s*$` reads it:
// the pattern was polynomial on a long run of leaders.

/** "3.1 Title ........ 12" → number, title and page; null when the line is not an entry. */
export function parseEntry(text: string): Omit<EntryText, 'line' | 'anchor'> | null {
  if (text.length > MAX_LINE) return null
  const clean = text.replace(/\\([.\-_*])/g, '$1')
  const parts = entryParts(clean) ?? columnEntry(clean)
  return parts ? entryOf(parts.title, parts.page) : null
}

// An entry without a page, as an RFC-style contents page lists its numbered titles ("4.2.  Methods", "Appendix A.  Notes").
const PAGELESS = new RegExp(`^(?:(?:${alternation(lexicon.annexWords)})\\s+[A-Z]\\.?|\\d{1,3}(?:\\.\\d{1,3})*\\.?|[A-Z]\\.)\\s+\\S`)

const ANNEX_ENTRY = new RegExp(`^(?:${alternation(lexicon.annexWords)})\\s+([A-Z])\\.?\\s+(\\S.*)$`)

/** A numbered title without a page, read as an entry only under a contents heading. */
export function pagelessEntry(text: string): Omit<EntryText, 'line' | 'anchor'> | null {
  const trimmed = text.trim()
  if (trimmed.length > 160 || /[.;:,]$/.test(trimmed)) return null
  if (!PAGELESS.test(trimmed)) return schemeEntry(trimmed)
  const annex = ANNEX_ENTRY.exec(trimmed)
  if (annex) return { title: collapseSpace(annex[2]!), number: annex[1]!, scheme: 'annex', page: null }
  const numbered = /^(\d{1,3}(?:\.\d{1,3})*|[A-Z])\.?\s+(\S.*)$/.exec(trimmed)
  if (!numbered || !/\p{L}/u.test(numbered[2]!)) return null
  return { title: collapseSpace(numbered[2]!), number: numbered[1]!, page: null }
}

/**
 * A title numbered by marks of its own (`一、会议概况`, `第一章 总则`, `（一）出席人员`, `II. Reports`) without a page:
 * an entry when the numbering reads a number and leaves a title with a letter. A number after a word
 * (`Appendix 1: Workshop organization`, `Session 2: Vision`) stays in the title, as the contents prints it.
 */
function schemeEntry(trimmed: string): Omit<EntryText, 'line' | 'anchor'> | null {
  const numbered = entryNumber(trimmed)
  const afterWord = numbered.scheme === 'annex' || numbered.scheme?.startsWith('word')
  if (numbered.number === null || afterWord || !/\p{L}/u.test(numbered.title)) return null
  return { ...numbered, page: null }
}

/**
 * A contents page whose entries a converter ran together and wrapped anew ("ACKNOWLEDGEMENT..... 3
 * EXECUTIVE SUMMARY..... 4 OPENING" / "SESSION ..... 5"): the lines read as one stream, split at each
 * leader and page; each entry is on the line of its page. Null unless the stream is entries only.
 */
export function splitStream(lines: ReadonlyArray<{ text: string; line: number }>): EntryText[] | null {
  if (lines.length < 2) return null
  const starts: number[] = []
  let text = ''
  for (const line of lines) {
    starts.push(text.length)
    text += `${line.text.trim()} `
  }
  if (text.length > MAX_LINE * 40 || !SEPARATOR.test(text)) return null
  const entries: EntryText[] = []
  let consumed = 0
  let at = 0
  for (let match = runTogether(text, 0); match; match = runTogether(text, match.end)) {
    const entry = entryOf(match.title, match.page)
    if (!entry) return null
    consumed = match.end
    while (at + 1 < starts.length && starts[at + 1]! < consumed) at++
    entries.push({ ...entry, anchor: null, line: lines[at]!.line })
  }
  return entries.length >= lines.length && text.slice(consumed).trim() === '' ? entries : null
}

/** How many lines without a page may stand between two entries of a run (a title wrapped over them). */
const MAX_WRAP = 2

/**
 * `pdftotext -raw` keeps one space before a page where the PDF set leaders (`Introduction 3`): such a line is an
 * entry only in a run of three entries or more whose pages never fall, with leaders or without, other lines of the run
 * titles wrapped over at most two lines. The lines of the run read so (a list of figures, `Yes 12` / `No 3`, falls).
 */
export function spacedRun(lines: ReadonlyArray<{ text: string }>): Map<number, Omit<EntryText, 'line' | 'anchor'>> {
  const run: Array<{ at: number; entry: Omit<EntryText, 'line' | 'anchor'>; spaced: boolean }> = []
  let wraps = 0
  for (const [at, line] of lines.entries()) {
    if (line.text.trim() === '') continue
    const led = parseEntry(line.text)
    const entry = led ?? spacedEntry(line.text)
    if (entry === null) {
      if (++wraps > MAX_WRAP) break
      continue
    }
    const previous = run.at(-1)?.entry.page
    // A page that falls ends the run, and a one-space page before it was no page (`… the 2` / `wrapped … 5`).
    if (typeof entry.page === 'number' && typeof previous === 'number' && entry.page < previous) {
      if (run.at(-1)!.spaced) run.pop()
      break
    }
    wraps = 0
    run.push({ at, entry, spaced: led === null })
  }
  const spaced = run.filter((item) => item.spaced)
  return run.length >= 3 && spaced.length > 0 ? new Map(spaced.map(({ at, entry }) => [at, entry])) : new Map()
}

/** `Introduction 3`: a title with a letter, one space, a page of one to three figures. */
function spacedEntry(text: string): Omit<EntryText, 'line' | 'anchor'> | null {
  if (text.length > MAX_LINE) return null
  const end = trailingRunStart(text, isSpace)
  const start = trailingRunStart(text, isDigit, end)
  if (end - start < 1 || end - start > 3 || text[start - 1] !== ' ' || start < 2 || isGap(text[start - 2]!)) return null
  return entryOf(text.slice(0, start - 1), text.slice(start, end))
}

/** "2005……… 53": the end of a title wrapped from the line before, figures only, and its page; null for any other line. */
export function titleEnd(text: string): Omit<EntryText, 'line' | 'anchor'> | null {
  if (text.length > MAX_LINE) return null
  const parts = entryParts(text)
  if (!parts || /\p{L}/u.test(parts.title) || leaderCount(parts.title, 0, parts.title.length) > 0) return null
  const title = collapseSpace(trimEndWhere(parts.title, isGap))
  return title === '' ? null : { title, number: null, page: /^\d+$/.test(parts.page) ? Number(parts.page) : parts.page }
}

/** "……… 5" alone: the page of an entry whose title is on the lines before. */
export function leadersOnly(text: string): number | string | null {
  if (text.length > MAX_LINE) return null
  // Before the page: only leaders and spaces, two leaders at least.
  const page = trailingPages(text).find((page) => trailingRunStart(text, isGap, page.start) === 0 && leaderCount(text, 0, page.start) >= 2)
  if (!page) return null
  return /^\d+$/.test(page.text) ? Number(page.text) : page.text
}

/** A contents page run together on one line: "TITLE ….. 3 OTHER TITLE ….. 4". Null unless two or more. */
export function splitRunTogether(text: string): Array<Omit<EntryText, 'line' | 'anchor'>> | null {
  if (text.length > MAX_LINE * 40 || !SEPARATOR.test(text)) return null
  const entries: Array<Omit<EntryText, 'line' | 'anchor'>> = []
  let consumed = 0
  for (let match = runTogether(text, 0); match; match = runTogether(text, match.end)) {
    const entry = entryOf(match.title, match.page)
    if (!entry) return null
    entries.push(entry)
    consumed = match.end
  }
  return entries.length >= 2 && text.slice(consumed).trim() === '' ? entries : null
}

function entryOf(rawTitle: string, pageText: string): Omit<EntryText, 'line' | 'anchor'> | null {
  const title = collapseSpace(trimEndWhere(rawTitle, isGap))
  if (!/\p{L}/u.test(title)) return null
  return { ...entryNumber(title), page: /^\d+$/.test(pageText) ? Number(pageText) : collapseSpace(pageText) }
}

const isLeader = (char: string) => char === '.' || char === '…' || char === '·' || char === '_'
/** A leader or a space: what may stand between a title and its page. */
const isGap = (char: string) => isLeader(char) || isSpace(char)
const isDigit = (char: string) => char >= '0' && char <= '9'
const isRoman = (char: string) => 'ivxlcdmIVXLCDM'.includes(char)

function leaderCount(text: string, start: number, end: number): number {
  let count = 0
  for (let i = start; i < end; i++) if (isLeader(text[i]!)) count++
  return count
}

/**
 * Whether text[start, end) (leaders and spaces only) may part a title from its page: two leaders or
 * more, or no leader and a tab or two spaces (`\s*(?:LEADER|\t+\s*|\s{2,})`).
 */
function isSeparator(text: string, start: number, end: number, leaders: number): boolean {
  if (leaders >= 2) return true
  return leaders === 0 && (end - start >= 2 || (end - start === 1 && text[start] === '\t'))
}

/**
 * The pages that may end a line (spaces after them allowed), leftmost first: 1–4 digits or 1–7 roman
 * numerals, or a page word, after a leader or a space.
 */
function trailingPages(text: string): Array<{ start: number; text: string }> {
  const end = trailingRunStart(text, isSpace)
  const pages: Array<{ start: number; text: string }> = []
  const last = text[end - 1]
  const kind = last === undefined ? null : isDigit(last) ? isDigit : isRoman(last) ? isRoman : null
  if (kind) {
    const start = trailingRunStart(text, kind, end)
    if (end - start <= (kind === isDigit ? 4 : 7) && start > 0 && isGap(text[start - 1]!))
      pages.push({ start, text: text.slice(start, end) })
  }
  for (const word of PAGE_WORDS) {
    const start = end - word.length
    if (start > 0 && isGap(text[start - 1]!) && text.slice(start, end).toLowerCase() === word.toLowerCase())
      pages.push({ start, text: text.slice(start, end) })
  }
  return pages.sort((a, b) => a.start - b.start)
}

/** Title and page of a contents line, as the pattern in the comment on LEADER reads them; null when it is none. */
function entryParts(text: string): { title: string; page: string } | null {
  // The shortest title wins, so the leftmost page that has a title before it.
  for (const page of trailingPages(text)) {
    const title = titleBefore(text, page.start)
    if (title !== null) return { title, page: page.text }
  }
  return null
}

/** The title before a page at `pageStart` as the pattern reads it (null when none). */
function titleBefore(text: string, pageStart: number): string | null {
  // The shortest title: up to the last character that is neither a leader nor a space (or the first
  // that is not a space), then up to each later leader while what follows cannot part it from the page.
  const gapStart = trailingRunStart(text, isGap, pageStart)
  let titleEnd = gapStart
  if (titleEnd === 0) {
    while (titleEnd < pageStart && isSpace(text[titleEnd]!)) titleEnd++
    if (titleEnd === pageStart) return null
    titleEnd++
  }
  let leaders = leaderCount(text, titleEnd, pageStart)
  while (!isSeparator(text, titleEnd, pageStart, leaders)) {
    if (leaders === 0) return null
    while (!isLeader(text[titleEnd]!)) titleEnd++
    titleEnd++
    leaders--
  }
  for (let i = 0; i < titleEnd; i++) if (isLineTerminator(text[i]!)) return null
  return text.slice(0, titleEnd)
}

/** Title and page of a parliamentary index line ("Dr. Adenauer (CDU) 3 B, 5 A"), as the pattern on its comment reads them. */
function columnEntry(text: string): { title: string; page: string } | null {
  // The references to a page and column from the end backwards: `\d{1,5} ?[A-D]`, joined by `, ?`.
  const refs: number[] = []
  const digitsEnd: number[] = []
  let end = trailingRunStart(text, isSpace)
  while (end > 0 && 'ABCD'.includes(text[end - 1]!)) {
    let digits = text[end - 2] === ' ' ? end - 2 : end - 1
    // An annex's pages are starred (`2219* A`).
    if (text[digits - 1] === '*') digits--
    const start = trailingRunStart(text, isDigit, digits)
    if (start === digits || digits - start > 5) break
    refs.push(start)
    digitsEnd.push(digits)
    if (text[start - 1] === ',') end = start - 1
    else if (text[start - 1] === ' ' && text[start - 2] === ',') end = start - 2
    else break
  }
  // The page is the earliest reference with at most five after it and a space before it; the title the
  // shortest before the separator (spaces, two leaders or none among them, then that space).
  for (let m = Math.min(5, refs.length - 1); m >= 0; m--) {
    const pageStart = refs[m]!
    if (pageStart < 2 || !isSpace(text[pageStart - 1]!)) continue
    const gapEnd = pageStart - 1
    let titleEnd = trailingRunStart(text, isGap, gapEnd)
    if (titleEnd === 0) {
      while (titleEnd < gapEnd && !isLeader(text[titleEnd]!)) titleEnd++
      if (titleEnd === gapEnd) continue
      titleEnd++
    }
    if (leaderCount(text, titleEnd, gapEnd) === 1) {
      while (!isLeader(text[titleEnd]!)) titleEnd++
      titleEnd++
    }
    for (let i = 0; i < titleEnd; i++) if (isLineTerminator(text[i]!)) return null
    return { title: text.slice(0, titleEnd), page: text.slice(pageStart, digitsEnd[m]) }
  }
  return null
}

/**
 * The entry of a run-together contents line that starts at `start`, as the sticky pattern
 * `(.+?)(?:\s*LEADER\s*|\s{2,}|\t+)(PAGE)(?=\s|$)` reads it (case-insensitive): the shortest title
 * (one character or more, no line end) before a separator and a page with a space or the end after it.
 */
function runTogether(text: string, start: number): { title: string; page: string; end: number } | null {
  let i = start + 1
  while (i < text.length) {
    if (!isGap(text[i]!)) {
      if (isLineTerminator(text[i]!)) return null
      i++
      continue
    }
    // A run of leaders and spaces [i, gapEnd): the separator ends where it ends, and the page follows.
    let gapEnd = i
    while (gapEnd < text.length && isGap(text[gapEnd]!)) gapEnd++
    const leaders = leaderCount(text, i, gapEnd)
    let separator = i
    if (!isSeparator(text, i, gapEnd, leaders) && leaders === 1) {
      separator = text.slice(i, gapEnd).search(/[.…·_]/) + i + 1
    }
    const page = isSeparator(text, separator, gapEnd, leaderCount(text, separator, gapEnd)) ? pageAt(text, gapEnd) : null
    if (page) {
      for (let k = start; k < separator; k++) if (isLineTerminator(text[k]!)) return null
      return { title: text.slice(start, separator), page, end: gapEnd + page.length }
    }
    for (let k = i; k < gapEnd; k++) if (isLineTerminator(text[k]!)) return null
    i = gapEnd
  }
  return null
}

/** A page at `at`: 1–4 digits, 1–7 roman numerals or a page word (tried in that order), then a space or the end of the text. */
function pageAt(text: string, at: number): string | null {
  const ends = (end: number) => end === text.length || isSpace(text[end]!)
  const first = text[at]
  const kind = first === undefined ? null : isDigit(first) ? isDigit : isRoman(first) ? isRoman : null
  if (kind) {
    let end = at
    while (end < text.length && kind(text[end]!)) end++
    if (end - at <= (kind === isDigit ? 4 : 7) && ends(end)) return text.slice(at, end)
  }
  for (const word of PAGE_WORDS) {
    const end = at + word.length
    if (end <= text.length && ends(end) && text.slice(at, end).toLowerCase() === word.toLowerCase()) return text.slice(at, end)
  }
  return null
}

/** `[Title](#anchor) 3` or `[Title](#anchor)`: an entry that links to its heading. */
export function linkEntry(node: Paragraph): Omit<EntryText, 'line'> | null {
  return linkOf(node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')))
}

type Inline = Paragraph['children'][number]
const PAGE_TEXT = /^(?:\d{1,4}|[ivxlcdm]{1,7})$/i
/** A page inside a link's text: digits, or a front matter's lowercase roman numeral (`Annex I` is a title). */
const INSIDE_PAGE = /^(?:\d{1,4}|[ivxlcdm]{1,7})$/

/**
 * The entries of a paragraph that is nothing but links to anchors, one a line (a word processor's
 * contents as one paragraph broken over lines); null unless every line is one.
 */
export function linkEntries(node: Paragraph): EntryText[] | null {
  const first = node.children[0]
  // Cheap rejection: an entry opens with its link, or with the `[` of a link that held its page's link.
  if (!first || !(first.type === 'link' || (first.type === 'text' && first.value.startsWith('[')))) return null
  const entries: EntryText[] = []
  let part: Inline[] = []
  const close = (): boolean => {
    const meaningful = part.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
    const entry = meaningful.length > 0 ? linkOf(meaningful) : null
    if (entry) entries.push({ ...entry, line: part[0]?.position?.start.line ?? node.position?.start.line ?? 1 })
    part = []
    return entry !== null || meaningful.length === 0
  }
  for (const child of node.children) {
    if (child.type !== 'break') part.push(child)
    else if (!close()) return null
  }
  return close() && entries.length > 0 ? entries : null
}

/** One entry from a line's inline nodes: a link, a page after it, or the page inside it. */
function linkOf(meaningful: readonly Inline[]): Omit<EntryText, 'line'> | null {
  const nested = nestedLink(meaningful)
  if (nested) return nested
  const [link, fenced] = meaningful
  // A pandoc fenced div's closing `:::` run on as the last item's lazy line is no page.
  // Nor are pandoc's attributes on the link (`[1 Scope](#scope){#toc-scope}`, pandoc 3's contents).
  const after = fenced?.type === 'text' && /^\s*(?:\n:{3,}|\{[^{}\n]{0,200}\})\s*$/.test(fenced.value) ? undefined : fenced
  if (link?.type !== 'link' || !link.url.startsWith('#') || meaningful.length > 2) return null
  const anchor = decodeURIComponent(link.url.slice(1))
  const pageText = after?.type === 'text' ? after.value.replace(/^[\s.…·_]+/, '').trim() : ''
  if (after && !PAGE_TEXT.test(pageText)) return null
  const text = withoutSpans(flatText(link))
  const inside = after ? null : pageInside(text, anchor)
  const entry = entryOf(inside?.title ?? text, pageText || inside?.page || '0')
  if (!entry) return null
  return { ...entry, ...wikiNumber(entry, anchor), page: pageText || inside ? entry.page : null, anchor }
}

/** Pandoc's bracketed spans read as their text: `[1]{.tocnumber} [Opening]{.toctext}` → `1 Opening`. */
function withoutSpans(text: string): string {
  return text.includes(']{') ? text.replace(/\[([^[\]]{0,300})\]\{[^{}]{0,300}\}/g, '$1') : text
}

/**
 * A wiki's contents box numbers its entries without a stop (`[1 Opening](#Opening)`, `[2.1 Votes](#Votes)`):
 * a leading whole number is the entry's when the anchor does not start with it (`[2020 Budget](#2020-budget)`).
 */
function wikiNumber(entry: { title: string; number: string | null }, anchor: string): { title: string; number: string | null } {
  if (entry.number !== null) return entry
  const numbered = /^(\d{1,3}) (?=\p{L})/u.exec(entry.title)
  if (!numbered || anchor.startsWith(numbered[1]!)) return entry
  return { title: entry.title.slice(numbered[0].length), number: numbered[1]! }
}

/**
 * Word's contents through pandoc: the page is a link of its own inside the entry's link, which Markdown
 * cannot nest, so the outer link stays text: `[1. Scope [3](#scope)](#scope)`.
 */
function nestedLink(meaningful: readonly Inline[]): Omit<EntryText, 'line'> | null {
  const [open, page, close] = meaningful
  if (meaningful.length !== 3 || open?.type !== 'text' || page?.type !== 'link' || close?.type !== 'text') return null
  const target = /^\]\(#([^\s()]{1,200})\)$/.exec(close.value.trim())
  const pageText = flatText(page).trim()
  if (!target || !open.value.startsWith('[') || open.value.includes(']') || !PAGE_TEXT.test(pageText)) return null
  const entry = entryOf(open.value.slice(1), pageText)
  return entry ? { ...entry, anchor: decodeURIComponent(target[1]!) } : null
}

/**
 * The page inside a link's text after its title (`[Introduction 3](#_Toc123)`, Word's tab turned into a
 * space), unless the anchor ends with that number as a word (`[Session 2](#session-2)`: part of the title).
 */
function pageInside(text: string, anchor: string): { title: string; page: string } | null {
  const end = trailingRunStart(text, isSpace)
  const start = trailingRunStart(text, (char) => !isSpace(char), end)
  const page = text.slice(start, end)
  if (start === 0 || !isSpace(text[start - 1]!)) return null
  if (!INSIDE_PAGE.test(page)) return null
  const before = anchor[anchor.length - page.length - 1]
  if (anchor.toLowerCase().endsWith(page) && !(before !== undefined && isDigit(before))) return null
  return { title: text.slice(0, start), page }
}

/**
 * A contents table (docling): title cell with leaders, page in the last cell (stray leaders around it),
 * the first entry used as the header row, an entry split over two rows, rows of dots only.
 */
export function tableEntries(node: Table): EntryText[] {
  const rows = node.children.map((row) => row.children.map((cell) => collapseSpace(plainText(cell))))
  if (hasSpannedCells(rows)) return spannedEntries(node, rows)
  const entries: EntryText[] = []
  // Titles of rows without a page, joined only when a row with a page uses them: joining them at every
  // row made a long table of such rows quadratic in time and memory. They are collapsed before the title
  // is added, as joining row by row did, so that a chain of line-break hyphens ("a- b- c") mends the same.
  let pending: string[] = []
  const withPending = (title: string) => collapseSpace(`${collapseSpace(pending.join(' '))} ${title}`)
  for (const [index, row] of node.children.entries()) {
    const cells = rows[index]!
    const line = row.position?.start.line ?? 1
    const pageCell = cells.length > 1 ? trimWhere(cells.at(-1)!, isGap) : ''
    const title = withoutTrailingLeaders(cells.slice(0, cells.length > 1 ? -1 : undefined).join(' '))
    if (!/\p{L}/u.test(title) && pageCell === '') continue
    const whole = pageCell === '' ? parseEntry(cells.join('  ')) : null
    if (whole) {
      entries.push({ ...whole, title: withPending(whole.title), anchor: null, line })
      pending = []
      continue
    }
    if (!/^(?:\d{1,4}|[ivxlcdm]{1,7})$/i.test(pageCell)) {
      // Half of an entry split over two rows: its title waits for the row that carries the page.
      pending.push(title)
      continue
    }
    const entry = entryOf(withPending(title), pageCell)
    pending = []
    if (entry) entries.push({ ...entry, anchor: null, line })
  }
  return entries
}

/**
 * docling's contents table whose layout it misread as columns: a cell that spans columns has its text
 * repeated in each (`| INTRODUCTION ….. 10 | INTRODUCTION ….. 10 |`), the other cells are empty, and a
 * cell may hold two entries run together or an entry's number alone. Seen when two adjacent cells of
 * one row hold the same entry, title and page, in a table of two rows or more.
 */
function hasSpannedCells(rows: readonly string[][]): boolean {
  if (rows.length < 2) return false
  return rows.some((cells) => cells.some((cell, i) => i > 0 && cell !== '' && cell === cells[i - 1] && parseEntry(cell) !== null))
}

/** The entries of a table with spanned cells: each row's distinct cells read as one line, split where entries run together. */
function spannedEntries(node: Table, rows: readonly string[][]): EntryText[] {
  const entries: EntryText[] = []
  let pending = ''
  for (const [index, row] of node.children.entries()) {
    const line = row.position?.start.line ?? 1
    const text = collapseSpace(`${pending} ${distinctCells(rows[index]!).join(' ')}`)
    const found = splitRunTogether(text) ?? [parseEntry(text)]
    if (found[0] === null) {
      // A title whose page is in the next row (`| LABORATORY AND | TESTING ….. 57 |` split over rows).
      pending = /\p{L}/u.test(text) && text.length <= MAX_ENTRY_LENGTH ? text : ''
      continue
    }
    pending = ''
    for (const entry of found) if (entry) entries.push({ ...entry, anchor: null, line })
  }
  return entries
}

/** A row's non-empty cells, each once where a spanned cell repeats it in the next. */
function distinctCells(cells: readonly string[]): string[] {
  return cells.filter((cell, i) => cell !== '' && cell !== cells[i - 1])
}

/** A cell's text without the leaders (two or more, with the spaces among and around them) that end it: `\s*LEADER\s*$`. */
function withoutTrailingLeaders(text: string): string {
  const start = trailingRunStart(text, isGap)
  return leaderCount(text, start, text.length) >= 2 ? text.slice(0, start) : text
}

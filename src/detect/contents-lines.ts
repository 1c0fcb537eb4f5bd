// Reading contents entries out of the shapes converters give them: a line with leaders and a page, a
// whole page run together on one line, a link to an anchor (with or without a page), a table row.
import type { Paragraph, Table } from 'mdast'
import { flatText, plainText } from '../parse/text.js'
import { collapseSpace } from '../text/normalize.js'
import { withNumber } from '../text/numbering.js'
import { alternation, lexicon } from '../lexicon/index.js'

export interface EntryText {
  title: string
  number: string | null
  page: number | string | null
  anchor: string | null
  line: number
}

const LEADER = '(?:[.…·_]\\s*){2,}'
// Words printed for a page that has no number ("Inside back cover"), from the lexicons.
const PAGE_WORDS = alternation(lexicon.pageWords)
const PAGE = `(\\d{1,4}|[ivxlcdm]{1,7}${PAGE_WORDS ? `|${PAGE_WORDS}` : ''})`
// Title, then leaders (dots, ellipses, middle dots, underscores, a tab or a wide gap), then the page.
const ENTRY = new RegExp(`^(?<title>.*?\\S)\\s*(?:${LEADER}|\\t+\\s*|\\s{2,})(?<page>${PAGE.slice(1, -1)})\\s*$`, 'i')
// In a run-together page, leaders may be lost too: a wide gap before the page still separates.
// Sticky: entries must tile the line from its start, so a line of prose fails after one scan of it
// (unanchored, each failed attempt would rescan to the end from every position: quadratic).
const RUN_TOGETHER = new RegExp(`(.+?)(?:\\s*${LEADER}\\s*|\\s{2,}|\\t+)${PAGE}(?=\\s|$)`, 'giuy')
/** A longer line is prose, not a contents entry; ENTRY backtracks quadratically on long runs of leaders or spaces. */
export const MAX_ENTRY_LENGTH = 500
const MAX_LINE = MAX_ENTRY_LENGTH

export const LEADERS = new RegExp(LEADER)
/** What every run-together entry has before its page (two leaders, a wide gap or a tab): a line of prose seldom does. */
const SEPARATOR = /[.…·_]\s*[.…·_]|\s\s|\t/u

// A parliamentary index points at a page and its column ("Dr. Adenauer (CDU) 3 B", "… . . 2213 D, 2215 A"):
// the page is the number, the column letter is dropped. One space is enough before it.
const ENTRY_COLUMN = new RegExp(`^(?<title>.*?\\S)\\s*(?:${LEADER})?\\s(?<page>\\d{1,5}) ?[A-D](?:, ?\\d{1,5} ?[A-D]){0,5}\\s*$`)

/** "3.1 Title ........ 12" → number, title and page; null when the line is not an entry. */
export function parseEntry(text: string): Omit<EntryText, 'line' | 'anchor'> | null {
  if (text.length > MAX_LINE) return null
  const clean = text.replace(/\\([.\-_*])/g, '$1')
  const match = ENTRY.exec(clean) ?? ENTRY_COLUMN.exec(clean)
  if (!match?.groups) return null
  return entryOf(match.groups.title!, match.groups.page!)
}

// An entry without a page, as an RFC-style contents page lists its numbered titles ("4.2.  Methods", "Appendix A.  Notes").
const PAGELESS = new RegExp(`^(?:(?:${alternation(lexicon.annexWords)})\\s+[A-Z]\\.?|\\d{1,3}(?:\\.\\d{1,3})*\\.?|[A-Z]\\.)\\s+\\S`)

/** A numbered title without a page, read as an entry only under a contents heading. */
export function pagelessEntry(text: string): Omit<EntryText, 'line' | 'anchor'> | null {
  const trimmed = text.trim()
  if (trimmed.length > 160 || !PAGELESS.test(trimmed) || /[.;:,]$/.test(trimmed)) return null
  const annex = new RegExp(`^(?:${alternation(lexicon.annexWords)})\\s+([A-Z])\\.?\\s+(\\S.*)$`).exec(trimmed)
  if (annex) return { title: collapseSpace(annex[2]!), number: annex[1]!, page: null }
  const numbered = /^(\d{1,3}(?:\.\d{1,3})*|[A-Z])\.?\s+(\S.*)$/.exec(trimmed)
  if (!numbered || !/\p{L}/u.test(numbered[2]!)) return null
  return { title: collapseSpace(numbered[2]!), number: numbered[1]!, page: null }
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
  for (const match of text.matchAll(RUN_TOGETHER)) {
    const entry = entryOf(match[1]!, match[2]!)
    if (!entry) return null
    consumed = match.index + match[0].length
    while (at + 1 < starts.length && starts[at + 1]! < consumed) at++
    entries.push({ ...entry, anchor: null, line: lines[at]!.line })
  }
  return entries.length >= lines.length && text.slice(consumed).trim() === '' ? entries : null
}

const LEADERS_ONLY = new RegExp(`^\\s*${LEADER}\\s*${PAGE}\\s*$`, 'i')

/** "……… 5" alone: the page of an entry whose title is on the lines before. */
export function leadersOnly(text: string): number | string | null {
  const match = text.length > MAX_LINE ? null : LEADERS_ONLY.exec(text)
  return match ? (/^\d+$/.test(match[1]!) ? Number(match[1]) : match[1]!) : null
}

/** A contents page run together on one line: "TITLE ….. 3 OTHER TITLE ….. 4". Null unless two or more. */
export function splitRunTogether(text: string): Array<Omit<EntryText, 'line' | 'anchor'>> | null {
  if (text.length > MAX_LINE * 40 || !SEPARATOR.test(text)) return null
  const entries: Array<Omit<EntryText, 'line' | 'anchor'>> = []
  let consumed = 0
  for (const match of text.matchAll(RUN_TOGETHER)) {
    const entry = entryOf(match[1]!, match[2]!)
    if (!entry) return null
    entries.push(entry)
    consumed = match.index + match[0].length
  }
  return entries.length >= 2 && text.slice(consumed).trim() === '' ? entries : null
}

function entryOf(rawTitle: string, pageText: string): Omit<EntryText, 'line' | 'anchor'> | null {
  const title = collapseSpace(rawTitle.replace(/[.…·_\s]+$/, ''))
  if (!/\p{L}/u.test(title)) return null
  return { ...withNumber(title), page: /^\d+$/.test(pageText) ? Number(pageText) : collapseSpace(pageText) }
}

/** `[Title](#anchor) 3` or `[Title](#anchor)`: an entry that links to its heading. */
export function linkEntry(node: Paragraph): Omit<EntryText, 'line'> | null {
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const [link, after] = meaningful
  if (link?.type !== 'link' || !link.url.startsWith('#') || meaningful.length > 2) return null
  const pageText = after?.type === 'text' ? after.value.replace(/^[\s.…·_]+/, '').trim() : ''
  if (after && !/^(\d{1,4}|[ivxlcdm]{1,7})$/i.test(pageText)) return null
  const entry = entryOf(flatText(link), pageText || '0')
  if (!entry) return null
  return { ...entry, page: pageText ? entry.page : null, anchor: decodeURIComponent(link.url.slice(1)) }
}

/**
 * A contents table (docling): title cell with leaders, page in the last cell (stray leaders around it),
 * the first entry used as the header row, an entry split over two rows, rows of dots only.
 */
export function tableEntries(node: Table): EntryText[] {
  const entries: EntryText[] = []
  // Titles of rows without a page, joined only when a row with a page uses them: joining them at every
  // row made a long table of such rows quadratic in time and memory. They are collapsed before the title
  // is added, as joining row by row did, so that a chain of line-break hyphens ("a- b- c") mends the same.
  let pending: string[] = []
  const withPending = (title: string) => collapseSpace(`${collapseSpace(pending.join(' '))} ${title}`)
  for (const row of node.children) {
    const cells = row.children.map((cell) => collapseSpace(plainText(cell)))
    const line = row.position?.start.line ?? 1
    const pageCell = cells.length > 1 ? cells.at(-1)!.replace(/^[\s.…·_]+|[\s.…·_]+$/g, '') : ''
    const title = cells.slice(0, cells.length > 1 ? -1 : undefined).join(' ').replace(new RegExp(`\\s*${LEADER}\\s*$`), '')
    if (!/\p{L}/u.test(title) && pageCell === '') continue
    const whole = pageCell === '' ? parseEntry(cells.join('  ')) : null
    if (whole) {
      entries.push({ ...whole, title: withPending(whole.title), anchor: null, line })
      pending = []
      continue
    }
    if (!/^(\d{1,4}|[ivxlcdm]{1,7})$/i.test(pageCell)) {
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

// Line-preserving rewrites of converter marks that CommonMark would misread, so every line keeps its
// number: MkDocs admonitions and tabs (their indented bodies would be code), marker's page separators
// (`{12}-----` would be a setext heading) and page anchors, page-break comments, typewritten paragraph openings.
import { firstLineIndents } from './first-line-indents.js'
import { readFrontMatter } from './front-matter.js'
import { rewriteGridSpans } from './grid-spans.js'
import { readSiteChrome } from './site-chrome.js'
import type { Aside, Dialect, DialectName, PageStart } from './types.js'
import { lexicon } from '../lexicon/index.js'

// (Each optional part takes the spaces before it: three adjacent `\s*` could share a long gap in
// quadratically many ways.)
const ASIDE_OPEN = /^(\s*)(!!!|\?\?\?\+?|===)(?:\s*(\w[\w-]*))?(?:\s*"([^"]*)")?\s*$/
const MARKER_PAGE = /^\{(\d+)\}-{8,}\s*$/
const SPAN_PAGE = /<span id="page-(\d+)-\d+"><\/span>/
const BROWSER_HEADER = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+\S.*$/i
const BROWSER_FOOTER = /^\s*(?:file:\/\/|https?:\/\/)\S*\s+(\d{1,4})\s*\/\s*\d{1,4}\s*$/
const PAGE_BREAK = /^\s*<!--\s*PAGE_?BREAK\s*-->\s*$/i
// pandoc's bracketed spans: `[Compte rendu]{.underline}`, an empty anchor `[]{#anchor}`; read as their text.
const PANDOC_SPAN = /\[([^[\]\n]{0,300})\]\{[#.][^{}\n]{0,200}\}/g
// Two bold runs of a Word paragraph side by side, as pandoc writes them (`**Minute Taker****: Anita**`): CommonMark
// closes the first and reads the second's stars as text; one bold run is what Word shows.
const BOLD_RUNS_JOINED = /([^\s*])\*{4}(?=[^\s*])/g

/** What the rewrite has found so far, line by line. */
interface Found {
  lines: string[]
  names: Set<DialectName>
  asides: Aside[]
  pages: PageStart[]
  columnShift: Map<number, number>
  /** Open asides: the indent their body must have, and the aside record to close. */
  open: Array<{ indent: number; aside: Aside }>
  pageBreaks: number
  /** marker's page anchors, used when the text has no page separators. */
  spanPages: PageStart[]
  browserPages: PageStart[]
  lastFooter: number
}

export function rewrite(text: string): { text: string; dialect: Dialect } {
  const lines = text.split('\n')
  // Front matter is metadata, never body: its lines are blanked, their numbers kept.
  const frontMatter = readFrontMatter(lines)
  if (frontMatter) lines.fill('', 0, frontMatter.endLine)
  // A web page converted whole: the site's header, navigation and footer are the site's, never body.
  const chrome = readSiteChrome(lines, frontMatter?.endLine ?? 0)
  if (chrome) {
    lines.fill('', chrome.start, chrome.end)
    lines.fill('', chrome.footer)
  }
  const found: Found = {
    lines,
    names: new Set(),
    asides: [],
    pages: [],
    columnShift: new Map(),
    open: [],
    pageBreaks: 0,
    spanPages: [],
    browserPages: [],
    lastFooter: 0,
  }
  // Spans in grid tables first: there, taking them out must keep the table's borders in their columns.
  if (rewriteGridSpans(lines)) found.names.add('pandoc')
  dedentOpenings(found, frontMatter?.endLine ?? 0)
  for (let i = frontMatter?.endLine ?? 0; i < lines.length; i++) lines[i] = rewriteLine(found, i)
  for (const { aside } of found.open) aside.endLine = lastContent(lines, lines.length)
  const { names, asides, pages, spanPages, browserPages, columnShift } = found
  // Page numbers from a browser's footers, else from page breaks or separators, else from marker's anchors.
  const pageStarts = browserPages.length > 0 ? browserPages : pages.length > 0 ? pages : spanPages
  const siteName = chrome?.siteName ?? null
  return { text: lines.join('\n'), dialect: { names: [...names], asides, pages: pageStarts, columnShift, frontMatter, siteName } }
}

/** Typewritten paragraph openings after a blank line, dedented so that CommonMark reads no code (first-line-indents.ts). */
function dedentOpenings(found: Found, from: number): void {
  for (const i of firstLineIndents(found.lines, from)) {
    const line = found.lines[i]!
    const text = line.trimStart()
    found.columnShift.set(i + 1, line.length - text.length)
    found.lines[i] = text
  }
}

/** Line `i` (0-based) as CommonMark should read it, its marks recorded in `found`. */
function rewriteLine(found: Found, i: number): string {
  let line = outdent(found, i)
  const lineNumber = i + 1
  const marked = asideOpening(found, line, lineNumber) ?? markerPage(found, line, lineNumber)
  if (marked !== null) return marked
  const anchor = SPAN_PAGE.exec(line)
  if (anchor && !found.names.has('marker')) {
    const page = Number(anchor[1]) + 1
    if (page > ((found.spanPages.at(-1)?.page as number | undefined) ?? 0)) found.spanPages.push({ line: lineNumber, page })
  }
  if (browserMark(found, line, lineNumber)) return ''
  if (line.includes(']{')) {
    const spans = line.replace(PANDOC_SPAN, '$1')
    if (spans !== line) {
      found.names.add('pandoc')
      line = spans
    }
  }
  if (line.includes('****')) line = line.replace(BOLD_RUNS_JOINED, '$1')
  if (opensWithDate(found.lines, i, line)) line = line.replace('.', '\\.')
  if (PAGE_BREAK.test(line)) {
    found.pageBreaks++
    if (found.pages.length === 0) found.pages.push({ line: 1, page: 1 })
    found.pages.push({ line: lineNumber, page: found.pageBreaks + 1 })
  }
  return line
}

// `4. Juni 1987`, `25. Februar 2023, 11:00 Uhr`: a day, its dot, a month's name and a year open the line.
const DAY_MONTH_YEAR = /^ {0,3}(?:[1-9]|[12]\d|3[01])\.[ \t]+(\p{L}+\.?)[ \t]+\d{4}(?!\d)/u
const MONTHS = new Set(Object.keys(lexicon.months))
const ORDERED_ITEM = /^ {0,3}\d{1,9}[.)][ \t]/

/**
 * A date written day first opens line `i`, which CommonMark would read as an ordered list item numbered with
 * the day (`4. Juni 1987` → item 4, `Juni 1987`); its dot is escaped so that the line stays a date. Not
 * when a numbered line stands next to it: then it is an item of a list (a timeline of numbered dates).
 */
function opensWithDate(lines: readonly string[], i: number, line: string): boolean {
  const first = line.trimStart().charAt(0)
  if (first < '1' || first > '9') return false
  const date = DAY_MONTH_YEAR.exec(line)
  if (!date || !MONTHS.has(date[1]!.toLowerCase())) return false
  return !ORDERED_ITEM.test(lines[i - 1] ?? '') && !ORDERED_ITEM.test(lines[i + 1] ?? '')
}

/** Line `i` without the indent of the asides it is inside; the asides it falls out of are closed. */
function outdent(found: Found, i: number): string {
  const { lines, open } = found
  const line = lines[i]!
  const indent = line.length - line.trimStart().length
  if (line.trim() !== '') {
    while (open.length > 0 && indent < open.at(-1)!.indent) open.pop()!.aside.endLine = lastContent(lines, i)
  }
  if (open.length === 0) return line
  const remove = Math.min(open.at(-1)!.indent, indent)
  if (remove > 0) found.columnShift.set(i + 1, remove)
  return line.slice(remove)
}

/** An admonition's or tab's opening line (`!!! note "Title"`, `=== "Tab"`) as a comment, its aside opened; else null. */
function asideOpening(found: Found, line: string, lineNumber: number): string | null {
  const aside = ASIDE_OPEN.exec(line)
  if (!aside || !(aside[3] || aside[4] !== undefined) || (aside[2] === '===' && aside[4] === undefined)) return null
  found.names.add('mkdocs')
  const record: Aside = {
    kind: aside[2] === '===' ? 'tab' : (aside[3] ?? 'note'),
    title: aside[4] ?? '',
    startLine: lineNumber,
    endLine: lineNumber,
  }
  found.asides.push(record)
  found.open.push({ indent: (found.open.at(-1)?.indent ?? 0) + aside[1]!.length + 4, aside: record })
  return `<!-- ${line.trim().replace(/--/g, '- -')} -->`
}

/** marker's page separator (`{12}-----`) as a page comment, its page recorded; else null. */
function markerPage(found: Found, line: string, lineNumber: number): string | null {
  const page = MARKER_PAGE.exec(line)
  if (!page) return null
  found.names.add('marker')
  // marker numbers the PDF's pages from 0.
  found.pages.push({ line: lineNumber, page: Number(page[1]) + 1 })
  return `<!-- page ${Number(page[1]) + 1} -->`
}

/** A browser's printed header ("13/05/2019, 09:41 Title") or footer ("file:///…/report.htm 3/6"): true, its page recorded. */
function browserMark(found: Found, line: string, lineNumber: number): boolean {
  const footer = BROWSER_FOOTER.exec(line)
  if (!footer && !BROWSER_HEADER.test(line)) return false
  found.names.add('browser')
  if (footer) {
    found.browserPages.push({ line: found.lastFooter + 1, page: Number(footer[1]) })
    found.lastFooter = lineNumber
  }
  return true
}

function lastContent(lines: readonly string[], before: number): number {
  let last = before
  while (last > 1 && (lines[last - 1] ?? '').trim() === '') last--
  return last
}

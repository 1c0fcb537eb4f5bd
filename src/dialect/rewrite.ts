// Line-preserving rewrites of converter marks that CommonMark would misread, so every line keeps its
// number: MkDocs admonitions and tabs (their indented bodies would be code), marker's page separators
// (`{12}-----` would be a setext heading) and page anchors, page-break comments.
import { readFrontMatter } from './front-matter.js'
import type { Aside, Dialect, DialectName, PageStart } from './types.js'

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

export function rewrite(text: string): { text: string; dialect: Dialect } {
  const lines = text.split('\n')
  // Front matter is metadata, never body: its lines are blanked, their numbers kept.
  const frontMatter = readFrontMatter(lines)
  if (frontMatter) lines.fill('', 0, frontMatter.endLine)
  const names = new Set<DialectName>()
  const asides: Aside[] = []
  const pages: PageStart[] = []
  const columnShift = new Map<number, number>()
  // Open asides: the indent their body must have, and the aside record to close.
  const open: Array<{ indent: number; aside: Aside }> = []
  let pageBreaks = 0
  // marker's page anchors, used when the text has no page separators.
  const spanPages: PageStart[] = []
  const browserPages: PageStart[] = []
  let lastFooter = 0

  for (let i = frontMatter?.endLine ?? 0; i < lines.length; i++) {
    let line = lines[i]!
    const lineNumber = i + 1
    const indent = line.length - line.trimStart().length
    if (line.trim() !== '') {
      while (open.length > 0 && indent < open.at(-1)!.indent) open.pop()!.aside.endLine = lastContent(lines, i)
    }
    if (open.length > 0) {
      const remove = Math.min(open.at(-1)!.indent, indent)
      line = line.slice(remove)
      if (remove > 0) columnShift.set(lineNumber, remove)
    }
    const aside = ASIDE_OPEN.exec(line)
    if (aside && (aside[3] || aside[4] !== undefined) && (aside[2] !== '===' || aside[4] !== undefined)) {
      names.add('mkdocs')
      const record: Aside = { kind: aside[2] === '===' ? 'tab' : (aside[3] ?? 'note'), title: aside[4] ?? '', startLine: lineNumber, endLine: lineNumber }
      asides.push(record)
      open.push({ indent: (open.at(-1)?.indent ?? 0) + aside[1]!.length + 4, aside: record })
      lines[i] = `<!-- ${line.trim().replace(/--/g, '- -')} -->`
      continue
    }
    const page = MARKER_PAGE.exec(line)
    if (page) {
      names.add('marker')
      // marker numbers the PDF's pages from 0.
      pages.push({ line: lineNumber, page: Number(page[1]) + 1 })
      lines[i] = `<!-- page ${Number(page[1]) + 1} -->`
      continue
    }
    const anchor = SPAN_PAGE.exec(line)
    if (anchor && !names.has('marker')) {
      const page = Number(anchor[1]) + 1
      if (page > ((spanPages.at(-1)?.page as number | undefined) ?? 0)) spanPages.push({ line: lineNumber, page })
    }
    // A browser's printed header ("13/05/2019, 09:41 Title") and footer ("file:///…/report.htm 3/6").
    const footer = BROWSER_FOOTER.exec(line)
    if (footer || BROWSER_HEADER.test(line)) {
      names.add('browser')
      if (footer) {
        browserPages.push({ line: lastFooter + 1, page: Number(footer[1]) })
        lastFooter = lineNumber
      }
      lines[i] = ''
      continue
    }
    if (line.includes(']{')) {
      const spans = line.replace(PANDOC_SPAN, '$1')
      if (spans !== line) {
        names.add('pandoc')
        line = spans
      }
    }
    if (PAGE_BREAK.test(line)) {
      pageBreaks++
      if (pages.length === 0) pages.push({ line: 1, page: 1 })
      pages.push({ line: lineNumber, page: pageBreaks + 1 })
    }
    lines[i] = line
  }
  for (const { aside } of open) aside.endLine = lastContent(lines, lines.length)
  return { text: lines.join('\n'), dialect: { names: [...names], asides, pages: browserPages.length > 0 ? browserPages : pages.length > 0 ? pages : spanPages, columnShift, frontMatter } }
}

function lastContent(lines: readonly string[], before: number): number {
  let last = before
  while (last > 1 && (lines[last - 1] ?? '').trim() === '') last--
  return last
}

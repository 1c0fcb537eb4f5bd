// What the dialect stage learns about a text before it is parsed: the converter that wrote it, the
// regions that are asides rather than body, and where printed pages begin.
import type { FrontMatter } from './front-matter.js'
import type { TranscriptCover } from './transcript-cover.js'

/** The dialects a `dialect-detected` note can name; docs/dialects.md has a row for each (test/docs-tables.test.ts). */
export const DIALECT_NAMES = ['pandoc', 'docling', 'marker', 'mkdocs', 'word', 'browser', 'plaintext', 'captions'] as const
export type DialectName = (typeof DIALECT_NAMES)[number]

export interface Aside {
  kind: string
  title: string
  /** First and last line of the aside, 1-based, inclusive. */
  startLine: number
  endLine: number
}

export interface PageStart {
  line: number
  page: number | string
}

export interface Dialect {
  /** Every dialect whose marks the text carries; empty for plain CommonMark. */
  names: DialectName[]
  asides: Aside[]
  /** Page starts in line order: a node's page is that of the last start at or before its line. */
  pages: PageStart[]
  /** Columns removed from a line by the rewrite (dedented aside bodies), to put back in positions. */
  columnShift: Map<number, number>
  /** The YAML or TOML front matter block at the top of a Markdown text (its lines are blanked). */
  frontMatter?: FrontMatter | null
  /** The site's name in the header of a web page converted whole (site-chrome.ts; header and footer are blanked). */
  siteName?: string | null
  /** A court-reporter transcript's cover: the judge, the court and counsel it names (transcript-cover.ts). */
  transcript?: TranscriptCover | null
  /** Plain text's running headers and footers, each once as first printed (dropped from the text). */
  running?: readonly string[]
}

/** The page a line is on, or null before the first known page start. */
export function pageAt(pages: readonly PageStart[], line: number): number | string | null {
  let low = 0
  let high = pages.length - 1
  let found: number | string | null = null
  while (low <= high) {
    const middle = (low + high) >> 1
    if (pages[middle]!.line <= line) {
      found = pages[middle]!.page
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

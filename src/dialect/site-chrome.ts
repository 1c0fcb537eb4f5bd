// A web page converted whole (turndown, node-html-markdown): the site's header and navigation before the
// article's first heading, and its footer after the article's last rule, belong to the site, not to the
// report. Found on the lines before parsing, as front matter is, and blanked with their numbers kept.
import { lexicon } from '../lexicon/index.js'

export interface SiteChrome {
  /** The site's name: the first link of the header, to the site's root ("[HSF](/)"). */
  siteName: string | null
  /** The header's lines, `[start, end)`, 0-based; `end` is the article's first heading. */
  start: number
  end: number
  /** The footer's first line (its rule), or the number of lines when there is none. */
  footer: number
}

/** Link lines a header needs to be a site's navigation rather than a list of links in a report. */
const MIN_NAVIGATION = 5
/** Lines a footer may have after its rule. */
const MAX_FOOTER = 6
const GENERIC = new Set(lexicon.siteLinkWords)

/**
 * The header and footer of a page converted whole: from the top, only lines of links (a menu's items, the
 * site's name, the previous and next post), rules, blank lines and the page's `<title>` line, at least five
 * of them links, up to the first heading; then, from the bottom, a rule and a few lines mostly of links.
 */
export function readSiteChrome(lines: readonly string[], from: number): SiteChrome | null {
  let links = 0
  let plain = 0
  let siteName: string | null = null
  let i = from
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '' || isRule(line)) continue
    if (/^#{1,2} /u.test(line)) break
    const linked = linkOnly(line)
    if (linked === null) {
      // The page's `<title>`, which turndown writes first: one plain line before any link.
      if (plain > 0 || links > 0 || line.length > 200) return null
      plain++
      continue
    }
    if (links === 0) siteName = siteNameOf(linked)
    links++
  }
  if (links < MIN_NAVIGATION || i >= lines.length) return null
  return { siteName, start: from, end: i, footer: footerStart(lines, i) }
}

/** A thematic break: three or more `*`, `-` or `_`, spaced or not. */
function isRule(line: string): boolean {
  const bare = line.replaceAll(' ', '')
  return bare.length >= 3 && bare.length <= 80 && /^(?:\*+|-+|_+)$/u.test(bare)
}

/**
 * The first link of a line that holds links only (a list marker before them, arrows or bars between), or
 * null: `- [Working Groups](/index.html)`, `[← Meeting #4, 28 March 2019](/organization/…)`.
 */
function linkOnly(line: string): { text: string; url: string } | null {
  let at = /^[-*+]\s+/u.exec(line)?.[0].length ?? 0
  let first: { text: string; url: string } | null = null
  while (at < line.length) {
    if (line[at] !== '[') return null
    const close = line.indexOf('](', at)
    const end = close < 0 ? -1 : line.indexOf(')', close + 2)
    if (close < 0 || end < 0 || close - at > 200) return null
    first ??= { text: line.slice(at + 1, close), url: line.slice(close + 2, end) }
    at = end + 1
    while (at < line.length && ' |·•←→»«'.includes(line[at]!)) at++
  }
  return first
}

/** The site's name a link to the site's root gives, unless it is a word every site uses for it ("Home"). */
function siteNameOf(link: { text: string; url: string }): string | null {
  const text = link.text.replace(/!\[[^\]]*\]\([^)]*\)/gu, '').trim()
  const root = /^(?:\.?\/|\/?index\.html?|https?:\/\/[^/\s]+\/?)$/iu.test(link.url)
  if (!root || text === '' || text.split(' ').length > 6 || GENERIC.has(text.toLowerCase())) return null
  return text
}

/** Where the footer starts: the last rule, when only a few lines mostly of links follow it; else the end. */
function footerStart(lines: readonly string[], after: number): number {
  let content = 0
  for (let i = lines.length - 1; i > after; i--) {
    const line = lines[i]!.trim()
    if (line === '') continue
    if (isRule(line)) return content > 0 ? i : lines.length
    if (++content > MAX_FOOTER || !mostlyLinks(line)) return lines.length
  }
  return lines.length
}

/** A line whose words are mostly link text: "[Improve this page.](…) Thanks to [GitHub Pages](…) and [Jekyll](…)". */
function mostlyLinks(line: string): boolean {
  let linked = 0
  let text = 0
  let at = 0
  while (at < line.length) {
    const open = line.indexOf('[', at)
    const close = open < 0 ? -1 : line.indexOf('](', open)
    const end = close < 0 ? -1 : line.indexOf(')', close + 2)
    if (open < 0 || close < 0 || end < 0) {
      text += line.length - at
      break
    }
    text += open - at
    linked += close - open - 1
    at = end + 1
  }
  return linked > 0 && linked >= text
}

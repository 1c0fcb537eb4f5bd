// Front matter: the YAML (`---`) or TOML (`+++`) block a static site generator reads before a page's
// Markdown. It gives the report's metadata and is never body text, so the rewrite blanks its lines
// (keeping every line's number) and keeps its top-level values here.
import { lexicon } from '../lexicon/index.js'

/** The top-level values of a front matter block that name the report, as strings. */
export interface FrontMatter {
  title: string | null
  date: string | null
  author: string | null
  organization: string | null
  location: string | null
  /**
   * When the meeting the page reports was held, under a key a list of the meeting's facts would label its date with
   * (`zeit: 2.–3. Dezember 2021`, `when: 4–5 May`): the event's, not the page's.
   */
  eventDate: string | null
  /** What the page says it is ("layout: minutes", "type: report"), to be checked against the document types. */
  kind: string | null
  /** First and last line of the block, 1-based. */
  startLine: number
  endLine: number
}

const DATE_KEYS = ['date', 'event_date', 'eventdate', 'published', 'pubdate', 'publishdate', 'publication_date', 'published_at', 'created']
// Keys as site generators and their themes spell them, lowercase; the first key present wins. A page written in
// another language names the meeting's place and day in its own words (`ort:`, `lieu:`, `zeit:`, `termin:`): the
// labels a list of the meeting's facts uses, less those that date the page.
const KEYS: Record<Exclude<keyof FrontMatter, 'startLine' | 'endLine'>, readonly string[]> = {
  title: ['title', 'name'],
  date: DATE_KEYS,
  author: ['author', 'authors'],
  organization: ['organization', 'organisation', 'publisher', 'group', 'committee'],
  location: ['location', 'venue', 'place', ...lexicon.placeLabels],
  eventDate: lexicon.dateLabels.filter((label) => !DATE_KEYS.includes(label)),
  kind: ['type', 'layout', 'genre', 'kind', 'category'],
}

/** Lines a front matter block may take before it is taken for a thematic break and text. */
const MAX_LINES = 400
// `key: value` (YAML) or `key = value` (TOML), at the start of a line: a top-level key.
// The value's leading spaces are trimmed by scalar(): `[ \t]*(.*)` would give them to two quantifiers.
const ENTRY = /^([A-Z_][\w-]{0,40})[ \t]*[:=](.*)$/i

/** The front matter block at the top of `lines`, if any. */
export function readFrontMatter(lines: readonly string[]): FrontMatter | null {
  if (/^(?:\\?-){3} /.test(lines[0] ?? '')) return reflowed(lines)
  const at = fenceLine(lines)
  const fence = lines[at]?.trimEnd()
  if (fence !== '---' && fence !== '+++') return null
  const end = lines
    .slice(at + 1, at + MAX_LINES)
    .findIndex((line) => line.trimEnd() === fence || (fence === '---' && line.trimEnd() === '...'))
  if (end < 0) return null
  const body = lines.slice(at + 1, at + end + 1)
  // A thematic break over a setext heading looks the same: front matter holds `key: value` lines only.
  const entries = body.filter((line) => ENTRY.test(line))
  return entries.length === 0 ? null : frontMatterOf(entries, at + 1, at + end + 2)
}

/** Blank lines a TOML block may follow at the top of the page. */
const MAX_BLANK_LINES = 3

/**
 * Where the opening fence stands: the first line; or, after a few blank lines, a TOML fence (`+++`), which
 * Zola reads there too and which is no Markdown of its own. A YAML fence after a blank line is a thematic break.
 */
function fenceLine(lines: readonly string[]): number {
  let at = 0
  while (at < MAX_BLANK_LINES && lines[at]?.trim() === '') at++
  return at > 0 && lines[at]?.trimEnd() !== '+++' ? 0 : at
}

// A key inside a reflowed block: a word and a colon after a space.
const INNER_KEY = /\s(?=[A-Z_][\w-]{0,40}:\s)/i

/**
 * Front matter a converter reflowed into one paragraph (`--- title: Minutes of … layout: subpage ---`, as
 * pandoc writes a page whose YAML it read as text): its keys split where a word and a colon follow a space.
 */
function reflowed(lines: readonly string[]): FrontMatter | null {
  const end = lines.slice(0, 20).findIndex((line) => line.trim() === '')
  const last = end < 0 ? Math.min(lines.length, 20) : end
  // pandoc's Markdown escapes the dashes and quotes (`\\-\\--`, `\\"`).
  const text = lines
    .slice(0, last)
    .join(' ')
    .trim()
    .replace(/\\([-"'])/g, '$1')
  if (!text.startsWith('--- ') || !text.endsWith(' ---') || text.length > 2000) return null
  const entries = text
    .slice(4, -4)
    .trim()
    .split(INNER_KEY)
    .filter((entry) => ENTRY.test(entry))
  return entries.length === 0 ? null : frontMatterOf(entries, 1, last)
}

function frontMatterOf(entries: readonly string[], startLine: number, endLine: number): FrontMatter {
  const values = new Map<string, string>()
  for (const line of entries) {
    const [, key, raw] = ENTRY.exec(line)!
    const value = scalar(raw!)
    if (value !== null && !values.has(key!.toLowerCase())) values.set(key!.toLowerCase(), value)
  }
  const first = (keys: readonly string[]) => keys.map((key) => values.get(key)).find((value) => value !== undefined) ?? null
  return {
    title: first(KEYS.title),
    date: first(KEYS.date),
    author: first(KEYS.author),
    organization: first(KEYS.organization),
    location: first(KEYS.location),
    eventDate: first(KEYS.eventDate),
    kind: first(KEYS.kind),
    startLine,
    endLine,
  }
}

/** A value written on its key's line: quotes dropped, a one-line list's first item; a block (`|`, `>`, nothing) is none. */
function scalar(raw: string): string | null {
  let value = raw.trim()
  if (value.startsWith('['))
    value = value
      .slice(1, value.endsWith(']') ? -1 : undefined)
      .split(',')[0]!
      .trim()
  if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) value = value.slice(1, -1).trim()
  if (
    value === '' ||
    value === '|' ||
    value === '>' ||
    value === '|-' ||
    value === '>-' ||
    value === '{' ||
    value === 'null' ||
    value === '~'
  )
    return null
  return value
}

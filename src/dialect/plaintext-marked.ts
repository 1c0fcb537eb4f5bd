// Headings plain text marks by hand, as minutes kept in a repository write them: a title underlined (and
// perhaps overlined) by a row of one punctuation character (`Roll Call` / `=========`, reStructuredText's
// and many e-mails' way), opened by two or more asterisks (`** Review outstanding actions`, as outline
// editors write them), set as dash items straight over their discussion (`- Test Typhoon` / `jchu: …`), or set
// under a page-wide rule (`-----…` / `Attachment A: Report from …`), as boards set their minutes' attachments apart.
// The marks give the levels: each underline style a level in the order the text first uses it, as
// reStructuredText reads them; a title set between two rules at the top, in a style used nowhere else, comes
// first and so is the document's title over them all. A convention counts only where the text uses it twice.
import type { HeadingMark } from './plaintext-headings.js'
import type { Line } from './plaintext-pages.js'

/** A rule: one punctuation character three times or more, alone on its line. */
const RULE = /^([=\-~^"'`#*+:._])\1{2,}$/
/** An outline's heading: two asterisks or more, a space, a title. */
const STARS = /^(\*{2,6})\s+(\S.*)$/
/** Longest title a rule underlines, in characters. */
const MAX_TITLE = 120
/** Fewest headings that make a marking the text's convention. */
const MINIMUM = 2

/** The character of a rule line, or null. */
function ruleChar(line: Line | null | undefined): string | null {
  const text = line?.text.trim() ?? ''
  return RULE.exec(text)?.[1] ?? null
}

interface Adorned {
  index: number
  /** Lines taken, from `index`: the title and its underline, and the overline before them when there is one. */
  lines: number
  style: string
  text: string
}

/** Headings marked by rules under (and over) their titles or by asterisks before them, by the index of their first line. */
export function markedHeadings(lines: ReadonlyArray<Line | null>): Map<number, HeadingMark> {
  const marks = new Map<number, HeadingMark>()
  const underlined = adornedTitles(lines)
  const adorned = [...underlined, ...ruledTitles(lines, new Set(underlined.map((title) => title.index)))].sort((a, b) => a.index - b.index)
  // One title underlined at the text's start (`IETF 104 MLS Tuesday session` / `=====`) is the document's, a convention of one.
  if (adorned.length === 1 && adorned[0]!.index === firstText(lines)) {
    const [title] = adorned
    marks.set(title!.index, { depth: 1, lines: title!.lines, runIn: null, number: null, title: null, text: title!.text })
  }
  if (adorned.length >= MINIMUM) {
    // Each style a level, in the order of first use: a title set between rules at the top is level 1 over them all.
    const styles: string[] = []
    for (const title of adorned) if (!styles.includes(title.style)) styles.push(title.style)
    for (const title of adorned) {
      const depth = Math.min(6, styles.indexOf(title.style) + 1)
      marks.set(title.index, { depth, lines: title.lines, runIn: null, number: null, title: null, text: title.text })
    }
  }
  if (marks.size === 0) for (const [index, mark] of topicItems(lines)) marks.set(index, mark)
  const starred = starredTitles(lines)
  if (starred.length >= MINIMUM) {
    const fewest = Math.min(...starred.map((title) => title.stars))
    for (const { index, stars, text } of starred) {
      const depth = Math.min(6, stars - fewest + 1)
      if (!marks.has(index)) marks.set(index, { depth, lines: 1, runIn: null, number: null, title: null, text })
    }
  }
  return marks
}

/** The index of the text's first line that is not blank. */
function firstText(lines: ReadonlyArray<Line | null>): number {
  return lines.findIndex((line) => line !== null && line.text.trim() !== '')
}

/** Titles underlined by a rule at least half their length, with a blank line, a rule or the text's start above. */
function adornedTitles(lines: ReadonlyArray<Line | null>): Adorned[] {
  const found: Adorned[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]
    const text = line?.text.trim() ?? ''
    const under = ruleChar(lines[i + 1])
    if (!line || line.soft || text === '' || text.length > MAX_TITLE || under === null || ruleChar(line) !== null) continue
    if (lines[i + 1]!.text.trim().length < Math.min(text.length, Math.max(3, text.length / 2))) continue
    const over = ruleChar(lines[i - 1]) === under
    const above = over ? lines[i - 2] : lines[i - 1]
    if (i > (over ? 1 : 0) && !(above === null || above === undefined || above.text.trim() === '' || ruleChar(above) !== null)) continue
    found.push({ index: over ? i - 1 : i, lines: over ? 3 : 2, style: `${under}${over ? 'over' : 'under'}`, text })
    i++
  }
  return found
}

/** A page-wide rule over a title: dashes or equals signs, ten at least. */
const WIDE_RULE = /^([-=])\1{9,}$/

/**
 * Titles under a page-wide rule with none under them and a blank line after (`-----…` / `Attachment A: Report from
 * the Quillpen Project  [Ivo Petrov]`), as boards set their minutes' attachments apart: a title, not a sentence.
 */
function ruledTitles(lines: ReadonlyArray<Line | null>, taken: ReadonlySet<number>): Adorned[] {
  const found: Adorned[] = []
  for (let i = 0; i + 2 < lines.length; i++) {
    const rule = WIDE_RULE.exec(lines[i]?.text.trim() ?? '')
    const title = lines[i + 1]
    const text = title?.text.trim() ?? ''
    if (!rule || taken.has(i) || taken.has(i + 1) || !title || title.soft || text === '' || text.length > MAX_TITLE) continue
    if (ruleChar(title) !== null || (lines[i + 2]?.text.trim() ?? '') !== '' || !/^[\p{Lu}\d]/u.test(text) || /[.,;]$/.test(text)) continue
    found.push({ index: i, lines: 2, style: `${rule[1]}above`, text: text.replace(/\s{2,}/g, ' ') })
  }
  return found
}

/** A dash's item: `- Test Typhoon`. */
const DASH_ITEM = /^-\s+(\S.*)$/
/** Longest topic a dash's item titles, in characters. */
const MAX_TOPIC = 60
/** A line the topic's discussion opens with: a capital, or a label and its colon (`mgasidlo: …`). */
const DISCUSSION = /^(?:\p{Lu}|[^\s:]{1,20}:\s)/u

/**
 * Topics minutes set as dash items over their discussion (`- Test Typhoon` / `mgasidlo: typhoon is …`): a short item
 * after a blank line, in title case or capitals, with a line of text straight under it that is no item and no
 * wrapped part of it. Items alone between blank lines (`- BoD starts at 7:50 PM`) are events, no topics.
 */
function topicItems(lines: ReadonlyArray<Line | null>): Map<number, HeadingMark> {
  const found = new Map<number, HeadingMark>()
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]
    const next = lines[i + 1]?.text.trim() ?? ''
    const match = line && !line.soft && line.indent === 0 ? DASH_ITEM.exec(line.text.trim()) : null
    if (!match || match[1]!.length > MAX_TOPIC || !/^\p{Lu}/u.test(match[1]!) || /[.!?:;,]$/.test(match[1]!)) continue
    if ((lines[i - 1]?.text.trim() ?? '') !== '' || next === '' || DASH_ITEM.test(next) || lines[i + 1]!.indent > 0) continue
    if (DISCUSSION.test(next)) found.set(i, { depth: 1, lines: 1, runIn: null, number: null, title: null, text: match[1]! })
  }
  return found.size >= MINIMUM ? found : new Map()
}

/** Lines opened by two asterisks or more and a title of their own. */
function starredTitles(lines: ReadonlyArray<Line | null>): Array<{ index: number; stars: number; text: string }> {
  const found: Array<{ index: number; stars: number; text: string }> = []
  lines.forEach((line, index) => {
    const match = line && line.indent === 0 ? STARS.exec(line.text.trim()) : null
    if (match && match[2]!.length <= MAX_TITLE && !match[2]!.includes('**')) found.push({ index, stars: match[1]!.length, text: match[2]! })
  })
  return found
}

/** `* item`: an asterisk and one space, a bullet where the text writes its lists so (two such lines one under the other). */
const STAR_ITEM = /^\*\s+(?=\S)/

/** Whether the text writes lists with `* ` before each item: somewhere two such lines follow one another. */
export function writesStarItems(lines: ReadonlyArray<Line | null>): boolean {
  for (let i = 0; i + 1 < lines.length; i++)
    if (STAR_ITEM.test(lines[i]?.text.trim() ?? '') && STAR_ITEM.test(lines[i + 1]?.text.trim() ?? '')) return true
  return false
}

/** The `* ` bullet a line opens with, where the text writes its lists so. */
export function starItem(text: string): RegExpExecArray | null {
  return STAR_ITEM.exec(text)
}

/** `#. item`: reStructuredText's item numbered by the reader. */
export const AUTO_NUMBERED = /^#\.\s+(?=\S)/

// The blocks of plain text, built as an mdast tree with positions in the input: headings (plaintext-
// headings.ts says which lines), lists of bulleted or numbered lines (nested by indentation), and
// paragraphs. A paragraph ends at a blank line, a page's end, a heading or a list, and — in text with
// no blank lines between paragraphs, as `pdftotext -raw` writes it — after a line that ends a sentence
// well short of the column's width. A word a line break hyphenated is mended ("Versamm-" / "lung").
import type { Heading, List, ListItem, Paragraph, RootContent } from 'mdast'
import { alternation, lexicon } from '../lexicon/index.js'
import { isAllCaps, titleKey } from '../text/normalize.js'
import { isDocumentNumber, withNumber } from '../text/numbering.js'
import { readDateline } from '../text/dateline.js'
import { outlineHeadings, remarkLabel } from './plaintext-outline.js'
import { namedTalkHeadings, speakerLineTalks, talkHeadings } from './plaintext-talks.js'
import { centredTitleAt, isCentred } from './plaintext-centred.js'
import { isGluedCapsTitle } from './plaintext-caps.js'
import { rawTurnNames, turnLabel } from './plaintext-turns.js'
import {
  atPageTop,
  bareContents,
  spacedContents,
  contentsHeading,
  contentsTitles,
  type HeadingMark,
  numberedHeadings,
  numberedLine,
} from './plaintext-headings.js'
import { AUTO_NUMBERED, markedHeadings, starItem, writesStarItems } from './plaintext-marked.js'
import { recurringHeadings } from './plaintext-recurring.js'
import type { Line } from './plaintext-pages.js'
import { withoutEndColon } from '../text/scan.js'
import { isInterjectionText } from '../text/interjections.js'
import { parseLabel } from '../text/labels.js'
import { readOpening } from '../text/turns.js'

/** A bullet and the text after it: `•`, `▪`, `●`, a dash, or an RFC's `o` and `*` (then two spaces or an indent). */
const BULLET = /^(?:[•▪◦‣●■□➢➤\uf0b7\uf0a7–-]|[o*](?=\s{2}))\s+(?=\S)/u
const CONTENTS_HEADING = new RegExp(`^(?:${alternation(lexicon.contentsHeadings)})\\s*:?$`, 'iu')

/** Where a line ends a paragraph: a sentence's end well short of its column's width. */
function endsParagraph(line: Line): boolean {
  return /[.!?:…»"”)]$/u.test(line.text) && line.text.length < 0.8 * (line.width ?? 0)
}

function isBlank(line: Line | null | undefined): boolean {
  return line === null || line === undefined || line.text.trim() === ''
}

interface Marks {
  headings: Map<number, HeadingMark>
  listed: Set<number>
  /** Lines of a contents page: kept together as its paragraphs, never headings. */
  contents: Set<number>
  /** The text marks its headings by hand: a label's line (`Agenda:`) is no heading of its own. */
  marked: boolean
  /** The text is an outline: items at the margin over bodies indented right under them. */
  outline: boolean
  /** A talk's speaker line under its title (`Sam Lindley, The University of Edinburgh`): a paragraph of its own. */
  speakerLines: Set<number>
  /** Headings a template repeats in each part, over the paragraphs they head (plaintext-recurring.ts). */
  recurring: Set<number>
  /** Running headers that repeat a heading at the top of its later pages: dropped, as the page's furniture. */
  running: Set<number>
}

/** Lines under a contents heading that are its entries, with or without a page (RFC-style `4.2.  Methods`). */
function contentsRegion(lines: ReadonlyArray<Line | null>, entryLines: ReadonlySet<number>): Set<number> {
  const region = new Set<number>(entryLines)
  lines.forEach((line, index) => {
    if (!line || !CONTENTS_HEADING.test(line.text.trim())) return
    let blanks = 0
    // A pageless entry's number met again is the body starting ("1.  Introduction" under the last entry).
    const numbers = new Set<string>()
    for (let i = index + 1; i < lines.length && blanks <= 3; i++) {
      const next = lines[i]
      if (isBlank(next)) {
        blanks++
        continue
      }
      const wrapped = !isBlank(lines[i + 1]) && entryLines.has(i + 1)
      const numbered = entryLines.has(i) ? null : numberedLine(next!.text.trim(), i)
      if (numbered && numbers.has(numbered.number)) break
      if (numbered) numbers.add(numbered.number)
      if (!entryLines.has(i) && !numbered && !wrapped) break
      region.add(i)
      blanks = 0
    }
  })
  return region
}

/**
 * A line set in with the body that heads lines set in deeper under it, a blank line between (`    A. Chair [Anna Berg]` /
 * `       The quarter went as planned.`): a sub-item of an outline, as a board's minutes letter their items, no list's item.
 */
function headsDeeper(lines: ReadonlyArray<Line | null>, index: number): boolean {
  const line = lines[index]!
  let next = index + 1
  while (next < lines.length && isBlank(lines[next]) && lines[next] !== null) next++
  const under = lines[next]
  return next > index + 1 && under !== null && under !== undefined && under.indent > line.indent
}

function marksOf(lines: ReadonlyArray<Line | null>, bodyIndent: number): Marks {
  const { keys, numbers, listedTimes, entryLines } = contentsTitles(lines)
  for (const [index, entry] of spacedContents(lines, (text) => CONTENTS_HEADING.test(text))) {
    entryLines.add(index)
    keys.add(titleKey(`${entry.number ?? ''} ${entry.title}`))
  }
  const contents = contentsRegion(lines, entryLines)
  // A contents page of bare titles (no pages, no numbers): its heading stands alone, its titles head the body.
  const bare = entryLines.size === 0 ? bareContents(lines, (text) => CONTENTS_HEADING.test(text)) : null
  if (bare) {
    for (const index of bare.region) contents.add(index)
    for (const key of bare.keys) keys.add(key)
  }
  // Where the body is indented and headings stand out to its left, a numbered line set in with the body
  // is an item of a list (an agenda in an appendix).
  const inBody = new Set(contents)
  if (bodyIndent > 0)
    lines.forEach(
      (line, index) => line && line.indent >= bodyIndent && line.offset === 0 && !headsDeeper(lines, index) && inBody.add(index),
    )
  const { headings, listed, running } = numberedHeadings(lines, inBody, numbers)
  // Headings the text marks by hand (rules under titles, asterisks before them) are its outline, numbered or not.
  const marked = markedHeadings(lines)
  for (const [index, mark] of marked) {
    headings.set(index, mark)
    for (let k = index; k < index + mark.lines; k++) listed.delete(k)
  }
  // A line the contents page lists is a heading, numbered or not.
  let firstEntry = Number.POSITIVE_INFINITY
  for (const index of contents) firstEntry = Math.min(firstEntry, index)
  // Once only: a page's running header repeats its chapter's title (`4. Conference Findings`) on the pages after it.
  const headed = new Map<string, number>()
  for (const mark of headings.values()) headed.set(titleKey(mark.title ?? ''), (headed.get(titleKey(mark.title ?? '')) ?? 0) + 1)
  lines.forEach((line, index) => {
    if (index <= firstEntry || contents.has(index) || headings.has(index) || listed.has(index) || !line?.text.trim()) return
    const taken = contentsHeading(lines, index, keys)
    const text = joinLines(lines.slice(index, index + taken).map((at) => at!.text.trim()))
    const key = titleKey(numberedLine(text, 0)?.title ?? withNumber(text).title)
    const times = headed.get(key) ?? 0
    if (taken > 0 && times >= (listedTimes.get(key) ?? 1) && times > 0 && atPageTop(lines, index)) running.add(index)
    if (taken === 0 || running.has(index)) return
    headed.set(key, times + 1)
    headings.set(index, { depth: 1, lines: taken, runIn: null, number: null, title: null })
  })
  if (bare) headings.set(bare.heading, { depth: 1, lines: 1, runIn: null, number: null, title: null })
  const items = outlineHeadings(lines, new Set([...contents, ...headings.keys(), ...listed]))
  for (const [index, mark] of items) headings.set(index, mark)
  // A talk's title over its speaker line is read before `Title, Giver` lines, which would take the two for one.
  const talks = speakerLineTalks(lines, headings, new Set([...contents, ...listed]))
  for (const [index, mark] of talks.headings) headings.set(index, mark)
  const taken = new Set([...contents, ...headings.keys(), ...listed, ...talks.speakerLines])
  for (const [index, mark] of talkHeadings(lines, taken)) headings.set(index, mark)
  for (const [index, mark] of namedTalkHeadings(lines, new Set([...taken, ...headings.keys()]))) headings.set(index, mark)
  const recurring = recurringHeadings(lines)
  for (const index of [...taken, ...talks.speakerLines]) recurring.delete(index)
  return {
    ...{ headings, listed, contents, marked: marked.size > 0, outline: items.size > 0, speakerLines: talks.speakerLines },
    ...{ recurring, running },
  }
}

export function blocksOf(lines: ReadonlyArray<Line | null>): RootContent[] {
  const indentedBody = isIndentedBody(lines)
  const bodyIndent = indentedBody ? commonIndent(lines) : 0
  const raw = lines.filter((line) => line !== null && line.text.trim() === '' && !line.soft).length < lines.length * 0.05
  const marks = marksOf(lines, bodyIndent)
  const b: Builder = {
    lines,
    marks,
    starItems: writesStarItems(lines),
    indentedBody,
    glued: gluedTitlesAreHeadings(lines, bodyIndent),
    raw,
    perLine: raw && isLinePerParagraph(lines),
    firstLine: firstLineIndent(lines),
    out: [],
    paragraph: [],
    lists: [],
    alone: [],
    capsLines: new Set(),
    blankBefore: true,
    stacked: false,
    outline: marks.outline,
    turnNames: raw ? rawTurnNames(lines) : new Set(),
    bodyStart: lines.findIndex((line) => line !== null && line.text.trim() !== '' && !isCentred(line)),
    topicsOverLists: headsListsInTitleCase(lines),
  }
  for (let i = 0; i < lines.length; i++) i += readLine(b, i)
  endParagraph(b, true)
  shortLineSeries(b.out, b.capsLines)
  if (!b.marks.marked) for (const { at, line } of b.alone) b.out[at] = labelOrHeading(b.out[at]!, line, b.out[at - 1], b.out[at + 1])
  if (!b.marks.marked && !raw) headTopicsOverItems(b.out, b.alone)
  nestUnderPart(b.out)
  return b.out
}

/**
 * A part of minutes by its name right over the first numbered heading (`Notes` / `1. Welcome`, as a bold line over
 * numbered ones) holds the numbered outline: its headings go one level down, as the part's subsections.
 */
function nestUnderPart(out: RootContent[]): void {
  const first = out.findIndex(isNumbered)
  const part = out[first - 1]
  if (first < 1 || part?.type !== 'paragraph' || part.children[0]?.type !== 'strong') return
  if (!MINUTES_PART.test(plainTextOf(part))) return
  for (const node of out.slice(first)) if (isNumbered(node)) node.depth = deeper(node.depth)
}

/** A heading the outline's numbers made (headingOf gives it its number). */
function isNumbered(node: RootContent): node is Heading {
  return node.type === 'heading' && node.data !== undefined && 'sectionNumber' in node.data
}

function deeper(depth: Heading['depth']): Heading['depth'] {
  return Math.min(6, depth + 1) as Heading['depth']
}

/** A styled line's text. */
function plainTextOf(node: Paragraph): string {
  return node.children
    .map((child) => (child.type === 'strong' && child.children[0]?.type === 'text' ? child.children[0].value : ''))
    .join('')
}

/** The blocks made so far from a page's lines, and what the next line needs to know of them. */
interface Builder {
  readonly lines: ReadonlyArray<Line | null>
  readonly marks: Marks
  /** The text writes its lists with `* ` before each item. */
  readonly starItems: boolean
  readonly indentedBody: boolean
  readonly glued: boolean
  /** Text without blank lines (`pdftotext -raw`): paragraphs are inferred. */
  readonly raw: boolean
  readonly perLine: boolean
  readonly firstLine: { body: number; extra: number } | null
  out: RootContent[]
  paragraph: Line[]
  lists: Array<{ list: List; indent: number }>
  /** Paragraphs of one line with a blank line before and after: a label or a heading, perhaps. */
  alone: Array<{ at: number; line: Line }>
  /** Lines in capitals read as headings, by their place in `out`: a series of short lines may take them back. */
  capsLines: Set<number>
  blankBefore: boolean
  /** A part's title stood over its first topic's: the topics' titles after it are the part's. */
  stacked: boolean
  /** The text is an outline written one remark a line (plaintext-outline.ts). */
  readonly outline: boolean
  /** In text without blank lines, the labels of one name that name its speakers. */
  readonly turnNames: ReadonlySet<string>
  /** The body's first line: the first not centred (a title block's centred lines above it are the cover's). */
  readonly bodyStart: number
  /** Lines in title case head the lists right under them, twice or more: the text's topics stand over their items. */
  readonly topicsOverLists: boolean
}

function endParagraph(b: Builder, blankAfter = false): void {
  if (b.paragraph.length > 0) {
    if (b.paragraph.length === 1 && b.blankBefore && blankAfter) b.alone.push({ at: b.out.length, line: b.paragraph[0]! })
    const node = paragraphOf(b.paragraph, b.indentedBody, b.marks.marked)
    if (node.type === 'heading' && b.paragraph.length === 1) b.capsLines.add(b.out.length)
    b.out.push(node)
  }
  b.paragraph = []
}

/** Line `i` read into the blocks; how many lines after it it took too. */
function readLine(b: Builder, i: number): number {
  const line = b.lines[i]
  if (line === null || line === undefined || (line.text.trim() === '' && !line.soft)) {
    endParagraph(b, true)
    if (line === null || !lastItemOpen(b.lists, b.lines, i)) b.lists = []
    return 0
  }
  if (line.soft) {
    const last = b.paragraph.at(-1)
    if (last && (endsParagraph(last) || last.text.length < 0.6 * (last.width ?? 0))) endParagraph(b)
    return 0
  }
  const heading = b.marks.headings.get(i)
  if (heading) return readHeading(b, i, line, heading)
  if (b.marks.running.has(i)) return 0
  if (b.marks.speakerLines.has(i)) {
    endParagraph(b)
    b.out.push(paragraphOf([line], false))
    return 0
  }
  const bullet = b.marks.contents.has(i) ? null : bulletOf(b, line.text.trimStart(), i)
  if (bullet || b.marks.listed.has(i) || AUTO_NUMBERED.test(line.text.trimStart())) {
    readItem(b, line, bullet)
    return 0
  }
  const open = b.lists.at(-1)
  if (open && continuesItem(open, line, b.lines[i - 1])) {
    appendToItem(open.list.children.at(-1)!, line)
    return 0
  }
  b.lists = []
  // An audience's reaction in parentheses, on lines of its own in a record without blank lines, is a paragraph of its own.
  const reaction = b.paragraph.length === 0 || !b.marks.contents.has(i) ? reactionRun(b.lines, i) : 0
  if (reaction > 0) {
    endParagraph(b)
    b.out.push(paragraphOf(b.lines.slice(i, i + reaction) as Line[], false))
    return reaction - 1
  }
  readTextLine(b, i, line)
  return 0
}

/** The bullet a line opens with: one of plain text's, or `* ` where the text writes its lists so. */
function bulletOf(b: Builder, text: string, i: number): RegExpExecArray | null {
  return BULLET.exec(text) ?? (b.starItems ? starItem(text) : null) ?? typedO(b, text, i)
}

/** An `o` and one space before a capital or a figure, as notes typed in an e-mail or a text editor bullet their lines. */
const TYPED_O = /^o (?=[\p{Lu}\d"“(])/u

/**
 * `o Eva presented the roadmap`: a bullet where the line opens a block or goes on a list; within a paragraph a line may
 * open with the word `o` (Portuguese, Italian), which is text.
 */
function typedO(b: Builder, text: string, i: number): RegExpExecArray | null {
  if (!text.startsWith('o ') || !(isBlank(b.lines[i - 1]) || b.lists.length > 0)) return null
  return TYPED_O.exec(text)
}

/** A heading's lines, and the text run in after it on its line (`3. Methods. We used…`) as a paragraph's start. */
function readHeading(b: Builder, i: number, line: Line, heading: HeadingMark): number {
  endParagraph(b)
  b.lists = []
  const taken = b.lines.slice(i, i + heading.lines) as Line[]
  b.out.push(headingOf(taken, heading))
  if (heading.runIn !== null)
    b.paragraph.push({
      ...line,
      text: line.text.slice(heading.runIn).trimStart(),
      indent: 0,
      offset: line.offset + heading.runIn + (line.text.slice(heading.runIn).length - line.text.slice(heading.runIn).trimStart().length),
    })
  return heading.lines - 1
}

/** A bulleted or numbered line: an item of the list it continues or opens. */
function readItem(b: Builder, line: Line, bullet: RegExpExecArray | null): void {
  // A label in title case over a list ("Interface Design:") heads it; where such labels head the lists, a topic in
  // sentence case does too (`Treasurer Report` / `- …`, then `Code of conduct` / `- …`, as board minutes list topics).
  const text = b.paragraph.length === 1 ? b.paragraph[0]!.text : ''
  const alike = b.paragraph[0]?.indent === line.indent
  if (b.blankBefore && (titleLike(text) || (b.topicsOverLists && alike && topicLine(text))) && !b.marks.marked) {
    b.out.push(styledOf(b.paragraph[0]!))
    b.paragraph = []
  }
  endParagraph(b)
  const ordered = !bullet
  const marker = bullet ? bullet[0].length : (/^\S+\s+/.exec(line.text.trimStart())?.[0].length ?? 0)
  const item = listItemOf(line, marker)
  b.lists = addItem(b.out, b.lists, item, line.indent, ordered)
}

/** A line of running text: it goes on the paragraph, opens a new one, or is a styled line of its own. */
function readTextLine(b: Builder, i: number, line: Line): void {
  const { lines, marks, firstLine, raw } = b
  const last = b.paragraph.at(-1)
  // A first line set in after a body line, or after a one-line paragraph set in alike, opens a paragraph.
  const setIn = firstLine !== null && line.indent === firstLine.body + firstLine.extra
  const oneLiner = b.paragraph.length === 1 && last?.indent === line.indent && /[.!?]['"”’]*$/.test(last.text)
  if (last && setIn && (last.indent === firstLine.body || oneLiner)) endParagraph(b)
  if (last && endsParagraph(last) && /^[\p{Lu}\d"“«(]/u.test(line.text.trimStart()) && !marks.contents.has(i)) endParagraph(b)
  // Without blank lines, paragraphs are inferred: a label that says who speaks opens one (with them, the blank lines say).
  if (last && (b.perLine || (raw && opensLabelTurn(line.text.trimStart()))) && !marks.contents.has(i)) endParagraph(b)
  // A label of one name (`Anssi: …`) opens a turn after a line that ends a sentence or stops short of the column.
  if (last && raw && endsRawParagraph(last) && opensNamedTurn(b, line) && !marks.contents.has(i)) endParagraph(b)
  // Chinese without blank lines: a sentence's end (`。`) short of the column closes a paragraph.
  if (last && raw && endsHanParagraph(last) && !marks.contents.has(i)) endParagraph(b)
  if (b.paragraph.length > 0 && b.outline && opensRemark(b, line)) endParagraph(b)
  // In text without blank lines (-raw), a page's start is no paragraph's: the text goes on over it, unless the page
  // before ended a sentence (`… such a tool.` / page 9 / `Attendee List`): then the page opens as after a blank line.
  const pageEnd = lines[i - 1] === null ? lines[i - 2] : undefined
  const pageOpens = lines[i - 1] !== null || !raw || (!isBlank(pageEnd) && endsRawParagraph(pageEnd!))
  if (b.paragraph.length === 0) b.blankBefore = pageOpens && isBlank(lines[i - 1]) && !lines[i - 1]?.soft
  // A centred title glued to a line (`Wednesday March 27` under a table's row, `SCHEDULE` over `Sunday March 24`) stands
  // alone, as it would between blank lines.
  if (i > b.bodyStart && !marks.contents.has(i) && !(isBlank(lines[i - 1]) && isBlank(lines[i + 1])) && centredTitleAt(lines, i)) {
    endParagraph(b)
    b.blankBefore = true
    b.paragraph.push(line)
    endParagraph(b, true)
    return
  }
  // In an outline, a body's lines are remarks: its items are at the margin.
  const topic = marks.contents.has(i) || (b.outline && line.indent > 0) ? 0 : topicDepth(b, i)
  if (topic > 0) {
    endParagraph(b)
    // Topics after a part's title over its first one are that part's, as the first is.
    b.stacked ||= topic === TOP
    b.out.push(topicHeading(line, topic === SUB || (topic === LONE && b.stacked) ? 2 : 1))
    return
  }
  const recurring = marks.recurring.has(i) && b.paragraph.length === 0
  if (recurring || (!marks.contents.has(i) && headsParagraph(line, lines[i + 1], b.paragraph, b.blankBefore, b.glued, raw))) {
    endParagraph(b)
    b.out.push(styledOf(line))
    return
  }
  b.paragraph.push(line)
  // A short line in capitals glued over prose (`MAIN FINDINGS` / `The workshop opened …`) is a paragraph of its own.
  if (b.paragraph.length === 1 && b.blankBefore && !raw && !marks.contents.has(i) && isGluedCapsTitle(line, lines[i + 1])) endParagraph(b)
}

/**
 * In an outline's body, written one remark a line, a line opens a remark of its own: one that opens with a speaker's
 * label (`Benno: …`, a reply `Tim: …` set in under a question), or one set in as the paragraph's first line that
 * starts as a sentence does (`Kazunori Fujiwara` / `No comments came from the floor`). Lines set in deeper go on.
 */
function opensRemark(b: Builder, line: Line): boolean {
  if (line.indent === 0) return false
  const text = line.text.trimStart()
  if (remarkLabel(text) !== null) return true
  const [first, last] = [b.paragraph[0]!, b.paragraph.at(-1)!]
  return line.indent === first.indent && /^[\p{Lu}\d"“(]/u.test(text) && !/[,;-]$/.test(last.text)
}

/**
 * In text without blank lines, a line that opens a turn by a label of the text's speakers (plaintext-turns.ts), or by
 * any label after a sentence that ends a turn so labelled (`Anssi: … Inviting Yakun Huang.` / `Yakung: from BPUT …`).
 */
function opensNamedTurn(b: Builder, line: Line): boolean {
  const label = turnLabel(line)
  if (label === null || isAllCaps(label)) return false
  if (b.turnNames.has(label)) return true
  const opened = turnLabel(b.paragraph[0])
  return opened !== null && b.turnNames.has(opened) && /[.!?]$/.test(b.paragraph.at(-1)!.text)
}

/** A line that opens with a label that says who speaks by itself (`Dr. Adenauer (CDU): …`): a turn starts there. */
function opensLabelTurn(text: string): boolean {
  const opening = readOpening(text)
  return opening?.form === 'colon' && opening.end < text.length && parseLabel(opening.label, 'colon')?.strong === true
}

/** A line this long is a paragraph's, not a printed line's: text copied out of a record one paragraph a line. */
const PARAGRAPH_LINE = 160

/** A text without blank lines that writes each paragraph on a line of its own: a tenth of its lines at least are that long. */
function isLinePerParagraph(lines: ReadonlyArray<Line | null>): boolean {
  let content = 0
  let long = 0
  for (const line of lines) {
    if (!line || line.text.trim() === '') continue
    content++
    if (line.text.length > PARAGRAPH_LINE) long++
  }
  return long >= 5 && long >= content * 0.1
}

const LONE_WORDS = 6
/** A lead-in's last words before its colon (`Examples include:`, `… as follows:`): the line announces what follows. */
const LIST_LEAD_IN = new RegExp(`(?:^|\\s)(?:${alternation(lexicon.listLeadIns)})$`, 'iu')
/** A finite auxiliary after a line's first word, in lowercase: the line is a sentence. */
const FINITE_VERB = new RegExp(`\\s(?:${alternation(lexicon.finiteVerbs)})\\s`, 'u')

/**
 * A short line standing alone between blank lines over a paragraph or a list ("Cabinet médical :",
 * "Résidence Séniors") heads what follows, as a bold line would: it becomes one, without its colon.
 * One of a series of such lines (names one to a line) is an item of that series, not a heading.
 */
function labelOrHeading(node: RootContent, line: Line, previous: RootContent | undefined, next: RootContent | undefined): RootContent {
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'text') return node
  // A part of minutes by its name (`Agenda`, `Participants:`) heads what follows, in a series of short lines too.
  if (next !== undefined && startsCapital(line.text) && MINUTES_PART.test(line.text.trim())) return styledOf(line)
  // A styled line just before (`II. Reports` set out) heads this one; it makes no series with it.
  const styledBefore = previous?.type === 'paragraph' && previous.children.length === 1 && previous.children[0]!.type === 'strong'
  if ((shortLine(previous) && !styledBefore) || (shortLine(next) && !line.text.trim().endsWith(':'))) return node
  const text = withoutEndColon(line.text.trim())
  // A lead-in sentence's end (`Examples include:`, `Lessons learned include:`) announces the list under it: no heading.
  if (line.text.trim().endsWith(':') && LIST_LEAD_IN.test(text)) return node
  // `Irene: that was a challenge`: a label whose sentence goes on in lowercase is a short turn, not a title.
  if (/:\s\p{Ll}/u.test(text)) return node
  if (inColumns(text) || isDocumentNumber(text)) return node
  // A line in capitals has its own rule (a heading where the body is not indented); an acronym under a
  // stack of short lines is the last line of that stack (a presenter's organisation).
  if (isAllCaps(text) || text.length > 50 || text.split(/\s+/).length > LONE_WORDS || !/^\p{Lu}/u.test(text) || /[.,;!?:]$/.test(text))
    return node
  // Set in among siblings set in alike, one of a line, it is an item of a list whose bullets a PDF lost (under a heading
  // set in with the text, the paragraphs around it run over lines).
  const siblings = startsAt(previous, line) && startsAt(next, line) && (oneLine(previous) || oneLine(next))
  if (line.indent > 0 && !line.text.trim().endsWith(':') && siblings) return node
  // A sentence without its full stop (`The meeting was opened at 5:15pm`) is no heading; nor a dateline (`À Bordeaux, le 11/11/2023`).
  if (FINITE_VERB.test(text) || readDateline(text) !== null) return node
  const nextWords = next?.type === 'paragraph' ? plainWords(next) : next?.type === 'list' ? Number.POSITIVE_INFINITY : 0
  // A title over the meeting's facts (`Date: 7/8/2016` / `Time: …` / `Location: …`) heads no prose: the cover's.
  if (nextWords <= LONE_WORDS || isFactLines(next)) return node
  const child = node.children[0]
  const value = { ...child, value: text }
  return { ...node, children: [{ type: 'strong', children: [value], position: child.position }] }
}

// A line of a meeting's facts: its day, time or place after the label (`Date: 7/8/2016`, `Location: Video conferencing`).
const FACT_LINE = new RegExp(`^(?:${alternation([...lexicon.dateLabels, ...lexicon.placeLabels])})\\s?:\\s*\\S`, 'iu')

/** Whether a paragraph is lines of a meeting's facts and nothing else. */
function isFactLines(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'text') return false
  return node.children[0].value.split('\n').every((line) => FACT_LINE.test(line))
}

/** Fewest topics over their items that make a text's outline of topics. */
const TOPICS_MINIMUM = 3
const TOPIC_WORDS = 12

/**
 * A bulleted outline whose top items are bold topics (`• **Reduce DOD Footprint**` over its sub-items), as a PDF prints
 * a word processor's list: bullets and bold lost, each topic stands alone, in title case, over lines set in deeper than
 * it. In three such topics or more, they are headings one level under the label that heads them alone on its line
 * (`DISCUSSIONS and KEY TAKE AWAYS:`), as that label and those alone after the first topic, bold or in capitals
 * (`RECOMMENDATION(S):`), are.
 */
function headTopicsOverItems(out: RootContent[], alone: ReadonlyArray<{ at: number; line: Line }>): void {
  const topics = new Set(alone.filter(({ at, line }) => isTopicLine(line) && setInDeeper(out[at + 1], line)).map(({ at }) => at))
  if (topics.size < TOPICS_MINIMUM) return
  const first = Math.min(...topics)
  for (const { at, line } of alone) {
    const node = out[at]!
    const label = line.text.trim().endsWith(':') && (isStyled(node) || (isAllCaps(line.text) && line.text.trim().length <= 50))
    // A topic right over another one is the label that heads them.
    if (topics.has(at)) out[at] = lineHeading(line, topics.has(at + 1) ? 1 : 2)
    else if (label && (at >= first || at === first - 1)) out[at] = lineHeading(line, 1)
  }
}

function isStyled(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children[0]?.type === 'strong'
}

/** A topic's title: title case, up to twelve words, no sentence's end (a label's colon allowed), no number, not in capitals. */
function isTopicLine(line: Line): boolean {
  const text = withoutEndColon(line.text.trim())
  const words = text.split(/\s+/)
  if (words.length > TOPIC_WORDS || text.length > 90 || !/^\p{Lu}/u.test(text) || /[.,;!?]$/.test(text) || isAllCaps(text)) return false
  // A numbered line (`II. Reports`) is the numbered outline's, whatever the reader made of it; a dateline over its
  // signatures (`À Bordeaux, le 11/11/2023`) is no topic.
  if (inColumns(text) || numberedLine(text, 0) !== null || readDateline(text) !== null) return false
  return words.every((word) => SMALL_WORD.test(word) || !/^\p{Ll}/u.test(word)) && !SMALL_WORD.test(words.at(-1)!)
}

/** Whether a block starts set in deeper than a line (a list's sub-items under their topic). */
function setInDeeper(node: RootContent | undefined, line: Line): boolean {
  const column = node?.type === 'paragraph' || node?.type === 'list' ? node.position?.start.column : undefined
  return column !== undefined && column > line.offset + line.indent + 1
}

/** A line as a heading of the given depth, a label's colon dropped. */
function lineHeading(line: Line, depth: Heading['depth']): Heading {
  const heading = topicHeading(line, depth)
  const text = heading.children[0]
  if (text?.type === 'text') text.value = withoutEndColon(text.value)
  return heading
}

function oneLine(node: RootContent | undefined): boolean {
  return node?.position !== undefined && node.position.start.line === node.position.end.line
}

/** Whether a block starts in the column a line starts in. */
function startsAt(node: RootContent | undefined, line: Line): boolean {
  return node?.position?.start.column === line.offset + line.indent + 1
}

/**
 * A line in capitals between short lines of its own (a chart's labels, `CMIP5` over `CORDEX`; a participants list's
 * affiliations in its right column, `DOE LLNL` under `ENES and DKRZ`) is one of their series, no heading: a heading
 * has text under it, not one more such line.
 */
function shortLineSeries(out: RootContent[], caps: ReadonlySet<number>): void {
  const short = (at: number) => caps.has(at) || shortLine(out[at])
  const series = [...caps].filter((at) => short(at - 1) && short(at + 1))
  for (const at of series) {
    const heading = out[at] as Heading
    out[at] = { type: 'paragraph', children: heading.children, position: heading.position }
  }
}

/** A term and its expansion set apart as columns (`AR           Assessment Report`, a glossary's line), a table's row: no title. */
function inColumns(text: string): boolean {
  return /\S {3,}\S/.test(text)
}

/** A paragraph of one short line that ends no sentence: a neighbour that makes a series of such lines. */
function shortLine(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph' || node.position?.start.line !== node.position?.end.line) return false
  const text = node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'strong' ? 'x' : '')).join('')
  return text.length <= 60 && !/[.!?]$/.test(text)
}

function plainWords(node: Paragraph): number {
  return node.children.reduce(
    (count, child) => count + (child.type === 'text' ? child.value.split(/\s+/).length : child.type === 'strong' ? LONE_WORDS : 0),
    0,
  )
}

/** Whether the list goes on after a blank line: the next text is an item of it, or indented under its last item. */
function lastItemOpen(lists: ReadonlyArray<{ list: List; indent: number }>, lines: ReadonlyArray<Line | null>, i: number): boolean {
  if (lists.length === 0) return false
  let j = i + 1
  while (j < lines.length && lines[j] !== null && lines[j]!.text.trim() === '') j++
  const next = lines[j]
  if (!next) return false
  // A centred title after the list (`MEALS` under the bullets of `GENERAL INFORMATION`) is no item's line.
  return BULLET.test(next.text.trimStart()) || (next.indent > lists[0]!.indent && !isCentred(next))
}

/** A line goes on with the list's last item when indented under it, or when the item's sentence goes on (no capital). */
function continuesItem(open: { list: List; indent: number }, line: Line, previous: Line | null | undefined): boolean {
  if (line.indent > open.indent) return true
  return (
    previous !== null &&
    previous !== undefined &&
    previous.text.trim() !== '' &&
    !/[.!?:]$/.test(previous.text) &&
    !/^\p{Lu}/u.test(line.text.trimStart())
  )
}

const SECTION_NAME = new RegExp(`^(?:${alternation(lexicon.sectionNames)})\\s*:?$`, 'iu')
// A section's or a part of minutes' name (`Agenda`, `Participants:`, `Excused`), on a line of its own.
const PART_NAMES = [...lexicon.sectionNames, ...lexicon.minutesParts, ...lexicon.participantsHeadings, ...lexicon.absenceHeadings]
const MINUTES_PART = new RegExp(`^(?:${alternation(PART_NAMES)})\\s*:?$`, 'iu')
const SMALL_WORD = new RegExp(`^(?:${alternation([...lexicon.smallWords, ...lexicon.nameConnectors])})$`, 'iu')

/** Fewest lines in title case right over a list that make the text's topics stand over their items. */
const TOPICS_OVER_LISTS = 2

/**
 * Whether the text's lists are headed by topics: every line alone after a blank line right over a bulleted item set in
 * alike is a topic's (title case, or a short line in sentence case), twice or more in title case.
 */
function headsListsInTitleCase(lines: ReadonlyArray<Line | null>): boolean {
  let [titled, others] = [0, 0]
  for (let i = 1; i + 1 < lines.length; i++) {
    const [line, next] = [lines[i], lines[i + 1]]
    if (!line || !next || !isBlank(lines[i - 1]) || isBlank(line) || !BULLET.test(next.text.trimStart())) continue
    if (line.indent !== next.indent || BULLET.test(line.text.trimStart())) continue
    if (titleLike(line.text)) titled++
    else if (!topicLine(line.text)) others++
  }
  return titled >= TOPICS_OVER_LISTS && others === 0
}

/** A topic's line in sentence case (`Code of conduct`, `Board Re-election: Application, seats, timeline`): short, no sentence. */
function topicLine(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed.length > 60 || trimmed.split(/\s+/).length > TOPIC_LINE_WORDS || !/^\p{Lu}/u.test(trimmed) || /[.!?,;]$/.test(trimmed))
    return false
  // A lead-in sentence's end (`Common feature requests included:`) announces its list, it heads nothing.
  if (trimmed.endsWith(':') && LIST_LEAD_IN.test(withoutEndColon(trimmed))) return false
  return !isAllCaps(trimmed) && !inColumns(trimmed) && !FINITE_VERB.test(` ${trimmed} `)
}

const TOPIC_LINE_WORDS = 8

/** A short line in title case with no sentence's end ("Interface Design:", "Workshop Agenda"). */
function titleLike(text: string): boolean {
  const trimmed = withoutEndColon(text.trim())
  const words = trimmed.split(/\s+/)
  if (trimmed.length > 60 || words.length > 8 || !/^\p{Lu}/u.test(trimmed) || /[.,;!?]$/.test(trimmed) || isAllCaps(trimmed)) return false
  if (inColumns(trimmed) || SMALL_WORD.test(words.at(-1)!)) return false
  return words.every((word) => SMALL_WORD.test(word) || !/^\p{Ll}/u.test(word))
}

/**
 * A line that heads the paragraph under it though no blank line sets it apart: a section's usual name
 * ("Acknowledgments") on a line of its own after a sentence's end, or a short title-case line opening
 * a paragraph over a long line or a lead-in ("Workshop Agenda" / "The workshop covered …").
 */
function headsParagraph(
  line: Line,
  next: Line | null | undefined,
  paragraph: readonly Line[],
  blankBefore: boolean,
  glued: boolean,
  raw: boolean,
): boolean {
  if (!next || next.text.trim() === '' || next.soft) return false
  const text = line.text.trim()
  // In text without blank lines, a part of minutes by its name over a bulleted list (`Present:` / `- Anna Berg`), or with no
  // colon over a numbered one (`Agenda` / `1. Welcome`; `Agenda:` there leads into its list as a line of text would).
  if (raw && startsCapital(text) && MINUTES_PART.test(text) && overList(text, next.text.trimStart())) return true
  const last = paragraph.at(-1)
  if (headsBullets(line, next, last)) return true
  if (!/^[\p{Lu}\d"“«([]/u.test(next.text.trimStart())) return false
  if (SECTION_NAME.test(text) && (!last || /[.!?:]$/.test(last.text))) return true
  // A contents heading (`Inhalt:`) heads the index under it, in text without blank lines too.
  if (raw && CONTENTS_HEADING.test(text)) return true
  if (!glued || paragraph.length > 0 || !blankBefore) return false
  return gluedTitle(line, next)
}

/**
 * A title over a speaker's turn with no blank line between (`ML model format #74` / `Anssi: Many talks…`), as a PDF of
 * minutes prints an HTML heading: a short line after a blank one, or two stacked (a part's title over its first topic's);
 * the minutes' own title over their roster's first line (`Minutes of …` / `Scribe: Anna Berg`). Without blank lines
 * (`pdftotext -raw`), the line before stands apart when it ends its paragraph (a sentence's end, or short of the column).
 */
function topicDepth(b: Builder, i: number): number {
  const { lines, paragraph, stacked, raw } = b
  const apart = (k: number) => isBlank(lines[k]) || (raw && endsRawParagraph(lines[k]!))
  if ((paragraph.length > 0 && !(raw && apart(i - 1))) || !turnTitle(lines[i])) return 0
  // Without blank lines, a turn under a title is a speaker's of this text (a form's `Clase: URBANA` is no turn).
  const turn = (line: Line | null | undefined) =>
    opensTurn(line) && (!raw || b.turnNames.has(turnLabel(line)!) || opensLabelTurn(line!.text.trimStart()))
  const [before, next, after] = [lines[i - 1], lines[i + 1], lines[i + 2]]
  if (turn(next)) return apart(i - 1) ? LONE : turnTitle(before) && apart(i - 2) ? SUB : 0
  if (next?.text.includes(':') && ROSTER_LINE.test(next.text.trimStart()) && apart(i - 1) && !stacked) return LONE
  // Alone between blank lines, once the text has shown its topics so (a line alone is often a bold line's, or a label's).
  if (stacked && isBlank(before) && isBlank(next) && next !== null && turn(after)) return LONE
  return apart(i - 1) && turnTitle(next) && turn(after) ? TOP : 0
}

/** In text without blank lines, a line that ends its paragraph: a sentence's end, or a line well short of its column. */
function endsRawParagraph(line: Line): boolean {
  return /[.!?…»"”)]$/u.test(line.text) || (line.text.length < 0.8 * (line.width ?? 0) && !/[,;:]$/.test(line.text))
}

/** A line that ends a Chinese paragraph: a sentence's end (`。`, `！`, `？`) short of its column's width. */
function endsHanParagraph(line: Line): boolean {
  return /[。！？]$/u.test(line.text) && line.text.length < 0.9 * (line.width ?? 0)
}

/** A roster's line of minutes: a participants list's label and the names after it (`Scribe: Anna Berg`, `Present: …`). */
const ROSTER_LINE = new RegExp(`^(?:${alternation(lexicon.participantsHeadings)})\\s*:\\s*\\S`, 'iu')

/** A topic's title alone over its turn, a part's title over its first topic's, and that topic's. */
const LONE = 1
const TOP = 2
const SUB = 3

function topicHeading(line: Line, depth: Heading['depth']): Heading {
  const text = line.text.trim()
  const start = { line: line.number, column: line.offset + line.indent + 1 }
  const position = { start, end: { line: line.number, column: start.column + text.length } }
  return { type: 'heading', depth, children: [{ type: 'text', value: text, position }], position }
}

/** A line that may title a topic: short, opening with a capital, no sentence's end and no label of its own. */
function turnTitle(line: Line | null | undefined): boolean {
  if (!line || line.soft || line.text.length > TURN_TITLE + line.indent) return false
  const text = line.text.trim()
  if (text === '' || !startsCapital(text) || /[.,;:!?]$/.test(text) || text.includes(': ') || BULLET.test(text)) return false
  // A parenthesis closed and not opened on the line (`WebTransport)`) ends a sentence wrapped over lines.
  return text.split('(').length === text.split(')').length
}

/** Characters a topic's title over a turn takes at most. */
const TURN_TITLE = 60

/** A line that opens with a speaker's label and goes on (`Anssi: Many talks…`, `Christine Runnegar: +1`). */
function opensTurn(line: Line | null | undefined): boolean {
  if (!line || line.soft) return false
  const text = line.text.trimStart()
  if (!startsCapital(text)) return false
  const opening = readOpening(text)
  return opening?.form === 'colon' && opening.end < text.length && parseLabel(opening.label, 'colon') !== null
}

/** Whether a part's name stands over a list: a bulleted one, or a numbered one when the name has no colon. */
function overList(name: string, next: string): boolean {
  return BULLET.test(next) || (!/[:：]$/.test(name) && /^\d{1,2}[.)]\s/.test(next))
}

/**
 * A title-case line at the margin over a bulleted list set in deeper, after a sentence's end or a lead-in's colon
 * (`… applied by all operators:` / `Short-Term` / `    ● Standardized file naming …`): the list's heading, as a bold
 * line of the PDF was. A line that ends with a colon leads into its list as text does.
 */
function headsBullets(line: Line, next: Line, last: Line | undefined): boolean {
  if (line.indent > 0 || next.indent <= line.indent || !BULLET.test(next.text.trimStart())) return false
  const text = line.text.trim()
  return !text.endsWith(':') && titleLike(text) && (last === undefined || /[.:!?]$/.test(last.text.trim()))
}

/** A line opening with a capital, as a heading is written (`notes` in lowercase is a word of a sentence). */
function startsCapital(text: string): boolean {
  return /^\p{Lu}/u.test(text.trimStart())
}

/** Words a heading in sentence case takes at most, and the share of the column's width its line leaves at least empty. */
const SENTENCE_TITLE_WORDS = 8
const SENTENCE_TITLE_SHARE = 0.6
/** A paragraph's full line: this share of its column's width at least. */
const FULL_LINE = 0.85
/** A heading's first word: a capital, or a figure glued to one (`3D imaging`, `5G networks`). */
const TITLE_START = /^(?:\p{Lu}|\d\p{Lu})/u

/**
 * A heading in sentence case glued over its paragraph (`Ancient finger and handpalm imprints` / `Bennison-Chapman's keynote
 * on …`), as a Word report's italic or bold subheading comes out of pdftotext -layout: a short line, well short of its
 * column, over a full line of justified text. A paragraph's own first line is as full as the lines under it.
 */
function sentenceTitle(line: Line, next: Line): boolean {
  const text = line.text.trim()
  const words = text.split(/\s+/)
  const width = line.width ?? 0
  if (width === 0 || line.indent > 0 || words.length < 2 || words.length > SENTENCE_TITLE_WORDS) return false
  if (!TITLE_START.test(text) || /[.,;:!?]$/.test(text) || text.includes(': ') || isAllCaps(text)) return false
  if (inColumns(text) || SMALL_WORD.test(words.at(-1)!) || FINITE_VERB.test(text)) return false
  return text.length <= SENTENCE_TITLE_SHARE * width && next.text.length >= FULL_LINE * width
}

function gluedTitle(line: Line, next: Line): boolean {
  const text = line.text.trim()
  if (!(titleLike(text) || sentenceTitle(line, next)) || text.endsWith(':') || !/^[\p{Lu}\d"“«(]/u.test(next.text.trimStart())) return false
  // A count and a short word at the end is a vote's tally (`Votación Junta 16 Sí`), no title.
  if (TALLY.test(text)) return false
  return next.text.length >= 0.6 * (next.width ?? 0) || next.text.trim().endsWith(':')
}

/**
 * Whether title-case lines over a paragraph are headings in this text. Where many of them each head a
 * block of a few lines, they are a list's items (names over their affiliations, people over their roles).
 */
function gluedTitlesAreHeadings(lines: ReadonlyArray<Line | null>, bodyIndent: number): boolean {
  // Where the body is indented, headings are the lines to its left.
  if (bodyIndent > 0) return false
  let candidates = 0
  let short = 0
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]
    const next = lines[i + 1]
    if (
      !line ||
      !next ||
      line.text.trim() === '' ||
      next.text.trim() === '' ||
      next.soft ||
      !isBlank(lines[i - 1]) ||
      !gluedTitle(line, next)
    )
      continue
    candidates++
    let length = 0
    while (length < 6 && !isBlank(lines[i + 1 + length])) length++
    if (length <= 4) short++
  }
  return candidates < 4 || short < candidates * 0.75
}

/** A line as a paragraph of one styled line, as a bold heading line is in Markdown; a label's colon dropped. */
function styledOf(line: Line): Paragraph {
  const text = withoutEndColon(line.text.trim())
  const start = { line: line.number, column: line.offset + line.indent + 1 }
  const position = { start, end: { line: line.number, column: start.column + text.length } }
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'strong', children: [{ type: 'text', value: text, position }], position }],
    position,
  }
  // A label's heading ("Interface Design:") is told from a title's ("Participant Feedback"): it may stand under one.
  if (line.text.trim().endsWith(':')) paragraph.data = { labelHeading: true }
  return paragraph
}

function addItem(
  out: RootContent[],
  lists: Array<{ list: List; indent: number }>,
  item: ListItem,
  indent: number,
  ordered: boolean,
): Array<{ list: List; indent: number }> {
  while (lists.length > 0 && lists.at(-1)!.indent > indent) lists.pop()
  const top = lists.at(-1)
  if (top && top.indent === indent && top.list.ordered === ordered) {
    top.list.children.push(item)
    extend(top.list, item)
    return lists
  }
  const list: List = {
    type: 'list',
    ordered,
    spread: false,
    children: [item],
    position: item.position ? { start: item.position.start, end: item.position.end } : undefined,
  }
  if (top && top.indent < indent) {
    const parent = top.list.children.at(-1)!
    parent.children.push(list)
    for (const frame of lists) extend(frame.list, item)
    extend(parent, item)
  } else {
    if (top) lists.length = 0
    out.push(list)
  }
  return [...lists, { list, indent }]
}

function extend(node: List | ListItem, item: ListItem): void {
  if (node.position && item.position) node.position = { start: node.position.start, end: item.position.end }
}

function listItemOf(line: Line, marker: number): ListItem {
  const start = { line: line.number, column: line.offset + line.indent + 1 }
  const text = line.text.trimStart().slice(marker)
  const textStart = { line: line.number, column: start.column + marker }
  const end = { line: line.number, column: line.offset + line.text.length + 1 }
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: text, position: { start: textStart, end } }],
    position: { start: textStart, end },
  }
  return { type: 'listItem', spread: false, checked: null, children: [paragraph], position: { start, end } }
}

function appendToItem(item: ListItem, line: Line): void {
  const paragraph = item.children.find((child): child is Paragraph => child.type === 'paragraph')!
  const text = paragraph.children[0]!
  if (text.type !== 'text') return
  text.value = joinLines([text.value, line.text.trim()])
  const end = { line: line.number, column: line.offset + line.text.length + 1 }
  text.position = { start: text.position!.start, end }
  paragraph.position = { start: paragraph.position!.start, end }
  item.position = { start: item.position!.start, end }
}

/** Lines joined by line ends; a word hyphenated at a line's end ("Versamm-" / "lung") is mended. */
export function joinLines(texts: readonly string[]): string {
  let joined = ''
  for (const text of texts) {
    if (joined === '') joined = text
    else if (/\p{Ll}-$/u.test(joined) && /^\p{Ll}/u.test(text)) joined = `${joined.slice(0, -1)}${text}`
    else joined = `${joined}\n${text}`
  }
  return joined
}

function headingOf(taken: readonly Line[], mark: HeadingMark): Heading {
  const first = taken[0]!
  const last = taken.at(-1)!
  const position = {
    start: { line: first.number, column: first.offset + first.indent + 1 },
    end: { line: last.number, column: last.offset + last.text.length + 1 },
  }
  const whole = joinLines(taken.map((line) => line.text.trim()))
  // A number over its title (mark.text given): the title is the mark's alone, not joined with the lines it took.
  const wrapped = mark.text !== undefined && mark.number !== null ? [] : taken.slice(1)
  const title = mark.title === null ? null : joinLines([mark.title, ...wrapped.map((line) => line.text.trim())])
  // An unnumbered mark's title is the line as it should read (a part's label without its colon).
  const value =
    mark.text ??
    (mark.runIn !== null ? first.text.slice(0, mark.runIn).trim() : mark.number === null && mark.title !== null ? mark.title : whole)
  const heading: Heading = {
    type: 'heading',
    depth: Math.min(6, Math.max(1, mark.depth)) as Heading['depth'],
    children: [{ type: 'text', value, position }],
    position,
  }
  if (mark.number !== null) heading.data = { sectionNumber: mark.number, sectionTitle: title }
  // A part's label over the outline's items (`议题：`) is the outline's, as a number is: it titles no document.
  else if (mark.title !== null) heading.data = { outlinePart: true }
  return heading
}

/** Lines an interjection in parentheses may take. */
const REACTION_LINES = 8

/**
 * The number of lines from `i` that are one parenthesis naming an audience's reaction, opened at the
 * first line's start and closed at the last line's end ("(Lebhafter Beifall.)", "(Zuruf von der SPD: …\n… )"); 0 if none.
 */
function reactionRun(lines: ReadonlyArray<Line | null>, i: number): number {
  if (!lines[i]?.text.trimStart().startsWith('(')) return 0
  let depth = 0
  const texts: string[] = []
  for (let k = i; k < Math.min(lines.length, i + REACTION_LINES); k++) {
    const line = lines[k]
    if (!line || line.text.trim() === '' || line.soft) return 0
    const text = line.text.trim()
    texts.push(text)
    for (let c = 0; c < text.length; c++) {
      if (text[c] === '(') depth++
      else if (text[c] === ')' && --depth === 0) {
        // Closed: at the line's end (a full stop may follow) it is a run of its own; before, it is text.
        if (!/^[.!]?$/.test(text.slice(c + 1).trim())) return 0
        return isInterjectionText(texts.join(' ')) ? k - i + 1 : 0
      }
    }
  }
  return 0
}

/** A paragraph; a short line standing alone in a text whose body is indented is a heading or a styled line. */
function paragraphOf(run: readonly Line[], indentedBody: boolean, marked = false): RootContent {
  const first = run[0]!
  const last = run.at(-1)!
  const position = {
    start: { line: first.number, column: first.offset + first.indent + 1 },
    end: { line: last.number, column: last.offset + last.text.length + 1 },
  }
  const value = joinLines(run.map((line) => line.text.trim()))
  const children = [{ type: 'text' as const, value, position }]
  const alone = run.length === 1 && first.text.trim().length <= 160 && !/[.,;:!?]$/.test(first.text) && !/\s{3,}/.test(first.text.trim())
  // Where the text marks its headings by hand, a line in capitals is no heading of its own (`CRICKET CRICKET` in a discussion).
  const capsHeading =
    alone &&
    !marked &&
    isAllCaps(value) &&
    value.split(/\s+/).length <= 12 &&
    !VOTE_COUNT.test(value) &&
    !QUANTITY.test(value) &&
    !isDocumentNumber(value)
  if (capsHeading && (first.indent === 0 || !indentedBody || centered(first))) {
    return { type: 'heading', depth: 1, children, position }
  }
  const outdented =
    indentedBody &&
    run.length <= 3 &&
    run.every((line) => line.indent === 0 && line.text.length <= 90) &&
    !/[.;:!?]$/.test(last.text) &&
    !FINITE_VERB.test(value)
  if (outdented && isAllCaps(value)) return { type: 'heading', depth: 1, children, position }
  // Any other outdented line stands out as a bold line would: a heading, a speaker, a label.
  return { type: 'paragraph', children: outdented ? [{ type: 'strong', children, position }] : children, position }
}

/** A figure and its unit (`78 TB`, `1-2 GB/s`), a table's cell left alone by its columns: no heading in capitals. */
const QUANTITY = /^[\d.,]+(?:\s?[–-]\s?[\d.,]+)?\s*\p{Lu}{1,3}(?:\/\p{L}{1,3})?$/u

/** A roll call's count in capitals (`AYES--3`, `NOT VOTING--1`): a tally's line over the names, no heading. */
const VOTE_COUNT = /^[\p{Lu} '"]+--\d+$/u
const TALLY = /\s\d{1,4}\s\p{L}{1,3}$/u

/** Fewest paragraphs opened by a deeper first line that make it the text's way of opening them. */
const FIRST_LINE_MIN = 10

/**
 * Where paragraphs open with a first line set in from the body (US Government Publishing Office records:
 * eight spaces, then four), the body's indent and the first line's extra: a line so set in after a body line
 * opens a paragraph, blank line or not. Null when the text does not indent first lines so.
 */
function firstLineIndent(lines: ReadonlyArray<Line | null>): { body: number; extra: number } | null {
  const body = commonIndent(lines)
  const counts = new Map<number, number>()
  for (let i = 1; i + 1 < lines.length; i++) {
    const [previous, line, next] = [lines[i - 1], lines[i], lines[i + 1]]
    if (!line || !next || line.offset > 0 || isBlank(line) || isBlank(next) || next.indent !== body) continue
    const extra = line.indent - body
    if (extra >= 2 && extra <= 8 && (isBlank(previous) || previous!.indent === body)) counts.set(extra, (counts.get(extra) ?? 0) + 1)
  }
  const [extra, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0]
  return count >= FIRST_LINE_MIN ? { body, extra } : null
}

/** The indentation most lines of the body have. */
function commonIndent(lines: ReadonlyArray<Line | null>): number {
  const counts = new Map<number, number>()
  for (const line of lines)
    if (line && line.text.trim() !== '' && line.offset === 0 && line.indent > 0) counts.set(line.indent, (counts.get(line.indent) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0
}

/** A line set in the middle of its column: indented, with about as much space after it as before. */
function centered(line: Line): boolean {
  const width = line.width ?? 0
  const after = width - line.text.length
  return line.indent >= 6 && Math.abs(line.indent - after) <= Math.max(6, width * 0.15)
}

/**
 * True when the body's paragraphs are indented (an RFC's three spaces): most runs of three lines or more
 * between blank lines start indented. Lines in column 0 then stand out.
 */
function isIndentedBody(lines: ReadonlyArray<Line | null>): boolean {
  let runs = 0
  let indented = 0
  let length = 0
  let first: Line | null = null
  let last: Line | null = null
  // A paragraph whose first line alone is set in (a journal's paragraph indent) is no indented body.
  const end = () => {
    if (length >= 3) {
      runs++
      if (first!.indent > 0 && last!.indent > 0) indented++
    }
    length = 0
    first = null
  }
  for (const line of lines) {
    if (line === null || line.text.trim() === '' || line.offset > 0) end()
    else {
      first ??= line
      last = line
      length++
    }
  }
  end()
  return runs > 0 && indented >= runs / 2
}

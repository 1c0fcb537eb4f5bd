// Which lines of plain text are headings. Nothing marks a heading in plain text, so a line is one by
// what it says and where it stands: a number that continues the document's outline (`3.`, `3.1`, then
// `3.2` or `4.`, never `1` again out of the blue), a title the contents page lists, a short line in
// capitals standing alone. Numbered lines one under another (`1. Welcome` / `2. Minutes`) are a list,
// not headings: a heading always has text under it before its next sibling.
import { type EntryText, parseEntry, spacedRun, withoutBullet } from '../detect/contents-lines.js'
import { alternation, lexicon } from '../lexicon/index.js'
import { isAllCaps, titleKey } from '../text/normalize.js'
import { chapterNumber, closedNumber, HAN_NUMERAL, hanNumber, isStemPair, splitNumber, withNumber } from '../text/numbering.js'
import type { Line } from './plaintext-pages.js'

export interface HeadingMark {
  depth: number
  /** Lines the heading takes (a title wrapped over two). */
  lines: number
  /** A run-in heading ("3.1. Title. The text goes on…"): where in the line the title ends and the text begins. */
  runIn: number | null
  /** The printed number, when the line is numbered. */
  number: string | null
  /** The title without its number, when the line is numbered (a wrapped line is added by the reader). */
  title: string | null
  /** The heading's text, where its lines hold more than it (rules over and under, an outline's asterisks). */
  text?: string
}

// 'word': a chapter's word or a Chinese counter says what the number counts (`Chapter 3`, `第一章`); its level comes from
// the word (the first word met heads the outline, the next under it), not from the number.
// 'marked …': a number closed by a parenthesis, in parentheses, or a small letter with its stop (`1)`, `(a)`, `b.`), by its
// scheme and kind of numeral from the shared numbering: `1)` and `(a)` number different lists.
type Style = 'arabic' | 'roman' | 'letter' | 'serial' | 'item' | 'listed' | 'word' | `marked ${string}`

interface Numbered {
  index: number
  /** As printed: `3.1`, `IV`, `B`, `2020-038`. */
  number: string
  parts: number[]
  style: Style
  /** The title after the number. */
  title: string
  /** Where the title ends when the heading runs into its text; null when the line is all title. */
  runIn: number | null
  /** How a chapter's number is marked (`word chapter`, `counter 章`), from the shared numbering. */
  scheme?: string
  /** Lines taken when the number stands alone over a blank line and its title (`II.` / blank / `Agenda Review`). */
  span?: number
  /** An annex's word before the number (`Appendix 2: Survey Results`): back matter, at the top of the outline. */
  annex?: boolean
}

const ANNEX = alternation(lexicon.annexWords)
const ITEM = alternation(lexicon.agendaItemWords)
// "3.1.", "3.1", "3." or "3" before a title; "Appendix B."; "IV." or "IV.-"; "ASUNTO IV.-", "Point 3 :". A bar may stand
// between the number and its title, as a Word style sets a heading's number in the margin ("1 | Introduction").
const ARABIC = /^(\d{1,3}(?:\.\d{1,3}){0,5})(?:\.-?|\s-|\s*\|)?\s+(\S.*)$/
const ANNEXED = new RegExp(`^(?:${ANNEX})\\s+([A-Z]|\\d{1,2})(?:\\.|:|\\s-)?\\s+(\\S.*)$`, 'u')
const ROMAN = /^([IVXL]{2,6}|[IVX])(?:\.-?|\s?-|\))\s+(\S.*)$/
// "A. MOTIONS" or "B) Questions": a letter, then a title of two words or more, or one word in full ("C. Progress";
// "J. Smith" is taken only where the outline has a B before it). A surname before a comma opens a list of authors.
const LETTER = /^([A-Z])[.)]\s+(\S+\s+\S.*|\p{Lu}\p{Ll}{2,})$/u
const AUTHORS = /^\p{Lu}[\p{L}'’-]+,\s/u
// A decision numbered by year and serial, as French councils number their deliberations: "2020-038 SUBVENTION …".
const SERIAL = /^((?:19|20)\d{2})\s?[-/]\s?(\d{2,4})\s+(\S.*)$/
const ITEMED = new RegExp(`^(?:${ITEM})\\s+(\\d{1,3}|[IVXL]{1,6})\\s?(?:\\.-?|-|:|\\))?\\s+(?:[-–]\\s+)?(\\S.*)$`, 'iu')
// Chinese writes the word against its number, in figures or Chinese numerals, and a full-width colon: "议题一：…".
const CJK_ITEMED = new RegExp(`^(?:${ITEM}) ?(\\d{1,3}|[一二三四五六七八九十]{1,3}) ?[：:] *(\\S.*)$`, 'u')
// Chinese enumerates with a comma of its own after the number, no space: "一、会议议题", "3、SIG运作审视".
const CJK_LISTED = new RegExp(`^(\\d{1,2}|${HAN_NUMERAL})、 *(\\S.*)$`, 'u')

/** `2022-2023`: a span of years opening a line (a timeline's entry), no decision's serial (`2020-038`). */
function isYearRange(year: string, serial: string): boolean {
  const to = Number(serial)
  return serial.length === 4 && to > Number(year) && to - Number(year) <= 10
}

/** A line longer than this is a paragraph's, unless its heading runs into the text. */
const MAX_TITLE = 110
const MAX_TITLE_WORDS = 16

function romanValue(text: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 }
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const value = values[text[i]!]!
    const next = values[text[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** The number and title of a line that begins with a section number, or null. */
export function numberedLine(text: string, index: number): Numbered | null {
  const annexed = ANNEXED.exec(text)
  if (annexed) {
    const letter = /^[A-Z]$/.test(annexed[1]!)
    const numbered = titled(index, annexed[1]!, [letter ? annexed[1]!.charCodeAt(0) - 64 : Number(annexed[1])], 'letter', annexed[2]!)
    return numbered && { ...numbered, annex: true }
  }
  const item = ITEMED.exec(text)
  if (item) {
    const roman = /^[IVXL]+$/.test(item[1]!)
    return titled(index, item[1]!, [roman ? romanValue(item[1]!) : Number(item[1])], 'item', item[2]!)
  }
  const chapter = chapterNumber(text)
  if (chapter) return chapterLine(index, chapter)
  const cjk = CJK_ITEMED.exec(text)
  if (cjk) return titled(index, cjk[1]!, [hanNumber(cjk[1]!)], 'item', cjk[2]!)
  const listed = isStemPair(text) ? null : CJK_LISTED.exec(text)
  if (listed) return titled(index, listed[1]!, [hanNumber(listed[1]!)], 'listed', listed[2]!)
  const serial = SERIAL.exec(text)
  if (serial && !isYearRange(serial[1]!, serial[2]!))
    return titled(index, `${serial[1]}-${serial[2]}`, [Number(serial[1]) * 10000 + Number(serial[2])], 'serial', serial[3]!)
  const arabic = ARABIC.exec(text)
  if (arabic) return titled(index, arabic[1]!, arabic[1]!.split('.').map(Number), 'arabic', arabic[2]!)
  const roman = ROMAN.exec(text)
  if (roman) return titled(index, roman[1]!, [romanValue(roman[1]!)], 'roman', roman[2]!)
  const letter = LETTER.exec(text)
  if (letter && !AUTHORS.test(letter[2]!)) return titled(index, letter[1]!, [letter[1]!.charCodeAt(0) - 64], 'letter', letter[2]!)
  const closed = /^[(\p{Ll}\d]/u.test(text) ? closedNumber(text) : null
  if (!closed || AUTHORS.test(closed.title)) return null
  return titled(index, closed.number, [closedValue(closed.number)], `marked ${closed.scheme}`, closed.title)
}

/** A closed number's value: figures, a small Roman number (`iv`), or a letter's place in the alphabet (`b`, `B`). */
function closedValue(number: string): number {
  if (/^\d+$/.test(number)) return Number(number)
  if (/^[ivx]{2,}$/i.test(number)) return romanValue(number.toUpperCase())
  return number.toLowerCase().charCodeAt(0) - 96
}

/** The number's value: figures (`4.2` by its parts), Chinese numerals, a Roman number or a letter. */
function chapterParts(number: string): number[] {
  if (/^\d+(?:\.\d+)*$/.test(number)) return number.split('.').map(Number)
  if (/^[一二三四五六七八九十]+$/u.test(number)) return [hanNumber(number)]
  if (/^[IVXLC]{2,}$|^[IVX]$/.test(number)) return [romanValue(number)]
  return /^[A-Z]$/.test(number) ? [number.charCodeAt(0) - 64] : [0]
}

/**
 * A chapter's line, read by the shared numbering (`Chapter 3: Results`, `§ 4 Satzung`, `第一章 总则`); a sentence after the
 * number (`§ 4 Abs. 2 der Satzung wurde geändert.`: a stop at its end, or a finite verb) is no title.
 */
function chapterLine(index: number, chapter: { number: string; title: string; scheme: string }): Numbered | null {
  if (/[.;,:!?]$/.test(chapter.title) || FINITE_VERB.test(` ${chapter.title} `)) return null
  const numbered = titled(index, chapter.number, chapterParts(chapter.number), 'word', chapter.title)
  return numbered && numbered.runIn === null ? { ...numbered, scheme: chapter.scheme } : null
}

/** An item's number alone on its line (`II.`, `3.`). */
const NUMBER_ALONE = /^(?:[IVXL]{1,6}|\d{1,2})\.$/
/** A finite auxiliary after a title's first word, in lowercase: a sentence, no title. */
const FINITE_VERB = new RegExp(`\\s(?:${alternation(lexicon.finiteVerbs)})\\s`, 'u')

/**
 * A number alone on its line, one blank line, then a title of its own line (`II.` / blank / `May Board Meeting
 * Agenda Review`): one numbered heading over the three lines. A sentence under the number is no title.
 */
function numberOverTitle(lines: ReadonlyArray<Line | null>, index: number): Numbered | null {
  const number = lines[index]!.text.trim()
  const blank = lines[index + 1]
  const under = lines[index + 2]
  if (!NUMBER_ALONE.test(number) || blank?.text.trim() !== '' || !under || under.text.trim() === '') return null
  const title = under.text.trim()
  if (/[.:!?]$/.test(title) || FINITE_VERB.test(title)) return null
  const numbered = numberedLine(`${number} ${title}`, index)
  return numbered && numbered.runIn === null ? { ...numbered, span: 3 } : null
}

/** A title starts with a capital letter and is no sentence; a dotted number's title may run into the text. */
function titled(index: number, number: string, parts: number[], style: Style, title: string): Numbered | null {
  // A word says an item is one ("议题二：utsudo宣讲"): its title may start as it likes.
  const opening = style === 'item' ? /^[\p{L}《「『“"(]/u : /^[\p{Lu}\p{Lo}"“«„(]/u
  // After "3、" a title may open with a figure ("2、630新增发布…"): the mark says it is a number's.
  if (!opening.test(title) && !(style === 'listed' && /^\d/.test(title))) return null
  if (/\s{3,}/.test(title) || (/^\d/.test(title) && style !== 'listed')) return null
  // A bar between cells (`1 | Anna Berg | Chair`): a row of a table, no title.
  if (/\s\|\s/.test(title)) return null
  // A web address in the line (`1. Smoothed CSP Refutation https://arxiv.org/…`): a list of references, no heading.
  if (WEB_ADDRESS.test(title)) return null
  // "3.1. A Recipe for Sustainable Software, Philip E. Bourne. The first keynote…": the title ends at the
  // first full stop (or question mark) after a word of three letters or more, and the text goes on.
  const runIn = parts.length > 1 ? RUN_IN.exec(title) : null
  if (runIn && runIn[1]!.split(/\s+/).length <= MAX_TITLE_WORDS && title.slice(runIn[0].length).trim() !== '') {
    return { index, number, parts, style, title: runIn[1]!.replace(/\.$/, ''), runIn: runIn[1]!.length }
  }
  if (title.length > MAX_TITLE || title.split(/\s+/).length > MAX_TITLE_WORDS || /[,;]$/.test(title)) return null
  // A dash after the title leads into the text under it (`1. Extensions –`): no part of the title.
  return { index, number, parts, style, title: title.replace(LEAD_DASH, ''), runIn: null }
}

const WEB_ADDRESS = /\bhttps?:\/\/|\bwww\./i
const LEAD_DASH = / [–—-]$/

const RUN_IN = /^(.{3,120}?[\p{Ll}\p{Lu}]{3}[.?])\s+(?=\S)/u

/**
 * The numbered lines that continue the outline, in order. A number is taken when it is the next at
 * some level of the numbers taken before (`3.2` after `3.1`, `4` after `3.2`), the first under the last
 * (`3.1` after `3`), or `1` where a new list of its own starts under a heading (`11. Discussion`, then
 * `1.`, `2.` …) and a `2` follows it.
 */
function outline(candidates: readonly Numbered[]): Map<number, number> {
  const taken = new Map<number, number>()
  // The path of numbers taken: for each level, its number and whether it restarted under a heading.
  const path: Array<{ value: number; style: Style; implicit: boolean }> = []
  // A chapter's word ranks by when it is first met (`Chapter` over `Section`, `第一章` over `第一节`).
  const ranks = new Map<string, number>()
  candidates.forEach((read, k) => {
    if (read.style === 'word') {
      const depth = Math.min(6, ranks.get(read.scheme!) ?? ranks.set(read.scheme!, ranks.size + 1).size)
      path.length = Math.min(path.length, depth - 1)
      path.push({ value: read.parts[0]!, style: 'word', implicit: false })
      taken.set(read.index, depth)
      return
    }
    const candidate = asLetter(read, path) ?? read
    const level = placeOf(candidate, path, candidates, k)
    if (level === null) return
    const { depth, implicit } = level
    path.length = depth - 1
    if (candidate.parts.length > 1) {
      path.length = 0
      candidate.parts.forEach((value) => path.push({ value, style: candidate.style, implicit: false }))
    } else path.push({ value: candidate.parts[0]!, style: candidate.style, implicit })
    taken.set(candidate.index, Math.min(6, depth))
  })
  return taken
}

/** `I.`, `V.`, `X.` after `H.`, `U.`, `W.` (a board's items lettered past eight): letters, not roman numbers. */
function asLetter(candidate: Numbered, path: ReadonlyArray<{ value: number; style: Style }>): Numbered | null {
  if (candidate.style !== 'roman' || !/^[IVX]$/.test(candidate.number)) return null
  const value = candidate.number.charCodeAt(0) - 64
  return path.some((at) => at.style === 'letter' && at.value + 1 === value) ? { ...candidate, style: 'letter', parts: [value] } : null
}

function placeOf(
  candidate: Numbered,
  path: ReadonlyArray<{ value: number; style: Style; implicit: boolean }>,
  all: readonly Numbered[],
  k: number,
): { depth: number; implicit: boolean } | null {
  const parts = candidate.parts
  if (parts.length > 1) {
    // Dotted: the next sibling at its level, or the first child of the number before.
    const prefix = parts.slice(0, -1)
    const last = parts.at(-1)!
    const samePrefix = prefix.every((value, i) => path[i]?.value === value && !path[i].implicit && path[i].style === candidate.style)
    if (samePrefix && path.length >= parts.length && path[parts.length - 1]!.value + 1 === last)
      return { depth: parts.length, implicit: false }
    if (samePrefix && path.length === prefix.length && last === 1) return { depth: parts.length, implicit: false }
    return null
  }
  const value = parts[0]!
  // A word says it is an agenda item ("ASUNTO IV.-"): whatever its number, it is one. An appendix is back matter: it
  // stands at the top, after numbered sections as after none (`8 | Acknowledgements`, then `Appendix 1: Participants`).
  if (candidate.style === 'item' || candidate.annex) return { depth: 1, implicit: false }
  // A council numbers its decisions by year from where the last meeting stopped: any serial may open; so may a
  // number set over its title (minutes whose first items were cut or printed otherwise).
  if (path.length === 0) return value <= 1 || candidate.style === 'serial' || candidate.span ? { depth: 1, implicit: false } : null
  // The deepest level first: an inner list goes on before the outer one does.
  for (let depth = path.length; depth >= 1; depth--) {
    const at = path[depth - 1]!
    const dotted = depth > 1 && !at.implicit
    // The next number, or the one after it where a heading was lost (misprinted, or cut by a page).
    if (!dotted && at.style === candidate.style && (at.value + 1 === value || (at.value + 2 === value && depth === 1)))
      return { depth, implicit: at.implicit }
  }
  if (value === 1 && followedByTwo(all, k, candidate.style)) return { depth: path.length + 1, implicit: true }
  // `A. The meeting of February 12` alone under `3.`, where the outline letters its items under other numbers (`A.`, `B.`).
  if (value === 1 && candidate.style === 'letter' && path.at(-1)?.style === 'arabic' && all.some((other) => isLetterB(other)))
    return { depth: path.length + 1, implicit: true }
  return null
}

/** A `B.` item: a second letter, which makes letters the outline's way of numbering sub-items. */
function isLetterB(candidate: Numbered): boolean {
  return candidate.style === 'letter' && candidate.parts.length === 1 && candidate.parts[0] === 2
}

/** Whether the next single number of the same style after candidate `k` is a 2. */
function followedByTwo(all: readonly Numbered[], k: number, style: Style): boolean {
  for (let j = k + 1; j < all.length && j < k + 200; j++) {
    const next = all[j]!
    if (next.parts.length === 1 && next.style === style) return next.parts[0] === 2
  }
  return false
}

/** True when two numbers are siblings: same length, same prefix, the second one more. */
function siblings(a: Numbered, b: Numbered): boolean {
  return (
    a.style === b.style &&
    a.parts.length === b.parts.length &&
    a.parts.every((value, i) => (i < a.parts.length - 1 ? b.parts[i] === value : b.parts[i] === value + 1))
  )
}

/** The numbered lines that are headings, by line index, and the numbered lines that are items of a list. */
export function numberedHeadings(
  lines: ReadonlyArray<Line | null>,
  excluded: ReadonlySet<number>,
  contentsNumbers: ReadonlyMap<string, string> = new Map(),
): { headings: Map<number, HeadingMark>; listed: Set<number>; running: Set<number> } {
  const candidates: Numbered[] = []
  const listed = new Set<number>()
  const agenda = new Set<string>()
  lines.forEach((line, index) => {
    if (line === null || line.text.trim() === '') return
    const text = line.text.trim()
    const repeated = agendaRepeat(text, index, agenda)
    remember(text, agenda)
    if (excluded.has(index)) return
    const numbered = repeated ?? numberedLine(text, index) ?? numberOverTitle(lines, index) ?? listedLine(text, index, contentsNumbers)
    if (!numbered || (numbered.style === 'listed' && (line.indent > 0 || !headsPart(lines[index - 1], numbered.number)))) return
    if (numbered.style.startsWith('marked') && repeated === null && !closedTitle(lines, index, numbered.title)) return
    // A number the contents page gives another title is an item of a list (`1. Sequence Data Management` under `2.5`,
    // where the contents numbers `1 Executive Summary`).
    if (contradictsContents(numbered, contentsNumbers)) listed.add(index)
    else candidates.push(numbered)
  })
  const running = runningRepeats(lines, candidates)
  if (running.size > 0) candidates.splice(0, candidates.length, ...candidates.filter((candidate) => !running.has(candidate.index)))
  // Where most lines start with a number, the numbers count lines (a transcript's margin), not sections.
  let content = 0
  let counted = 0
  for (const line of lines) {
    if (line === null || line.text.trim() === '') continue
    content++
    if (/^\s*\d{1,2}\s/.test(line.text)) counted++
  }
  if (counted > content * 0.4) return { headings: new Map(), listed: new Set(), running: new Set() }
  // A numbered line right under its sibling (no blank line, no text between) is a list item.
  for (let k = 0; k + 1 < candidates.length; k++) {
    const a = candidates[k]!
    const b = candidates[k + 1]!
    if (adjacent(lines, a.index, b.index) && siblings(a, b) && a.runIn === null && b.runIn === null) {
      listed.add(a.index)
      listed.add(b.index)
    }
  }
  for (const index of agendaItems(candidates)) listed.add(index)
  const depths = outline(candidates.filter((candidate) => !listed.has(candidate.index)))
  const headings = new Map<number, HeadingMark>()
  for (const candidate of candidates) {
    const depth = depths.get(candidate.index)
    if (depth === undefined) continue
    const wrapped = candidate.runIn === null ? hangingTitle(lines, candidate) || wrappedTitle(lines, candidate, contentsNumbers) : 0
    headings.set(candidate.index, {
      depth,
      lines: candidate.span ?? 1 + wrapped,
      runIn: candidate.runIn === null ? null : runInEnd(lines[candidate.index]!, candidate),
      number: candidate.number,
      title: candidate.title,
      ...(candidate.span === undefined ? {} : { text: `${lines[candidate.index]!.text.trim()} ${candidate.title}` }),
    })
  }
  labelParts(lines, candidates, headings)
  return { headings, listed, running }
}

/** Words of a title that say an item's line repeats the agenda's (its number too). */
const AGENDA_WORDS = 4

/** An item's number and its title's first words, as a key; null when the title is shorter. */
function agendaKey(number: string, title: string): string | null {
  const words = title
    .split(/\s+/u)
    .map(titleKey)
    .filter((word) => word !== '')
  return words.length < AGENDA_WORDS ? null : `${number} ${words.slice(0, AGENDA_WORDS).join(' ')}`
}

/** Keeps a numbered line's key (`1- Désignation d’un secrétaire de séance.`, an agenda's item) for the lines after it. */
function remember(text: string, agenda: Set<string>): void {
  const { number, title } = splitNumber(text)
  const key = number === null ? null : agendaKey(number, title)
  if (key !== null) agenda.add(key)
}

/**
 * A line numbered with a closing parenthesis whose number and title's first words repeat an item listed before it (the
 * agenda at the top, `1- Désignation …`, over `1-) Désignation …` in the body): that item's heading, though text runs
 * right under it and its title is a sentence or long.
 */
function agendaRepeat(text: string, index: number, agenda: ReadonlySet<string>): Numbered | null {
  const closed = /^\d/u.test(text) ? closedNumber(text) : null
  const key = closed === null ? null : agendaKey(closed.number, closed.title)
  if (key === null || !agenda.has(key) || !/^\p{Lu}/u.test(closed!.title)) return null
  const { number, title, scheme } = closed!
  return { index, number, parts: [Number(number)], style: `marked ${scheme}`, title, runIn: null }
}

/** Words a sub-item's title closed by a parenthesis takes at most (`b) Membership`, `(a) Parking`). */
const CLOSED_TITLE_WORDS = 10

/**
 * A line numbered `a)`, `(1)` or `b.` heads a part when it stands between blank lines and reads as a title: items
 * numbered so in running text are sentences or a paragraph's first line (`(1) The need for a definition of …`, `2) RooFit
 * continues to be essential` over `3) Minuit …`, `1) Il propose d'appliquer les tarifs suivants :`).
 */
function closedTitle(lines: ReadonlyArray<Line | null>, index: number, title: string): boolean {
  const around = [lines[index - 1], lines[index + 1]]
  if (around.some((line) => line !== null && line !== undefined && line.text.trim() !== '')) return false
  return !/[.:;,?!-]$/.test(title) && title.split(/\s+/).length <= CLOSED_TITLE_WORDS && !FINITE_VERB.test(` ${title} `)
}

/** Whether a line is its page's first as printed (its columns read apart, the line numbers tell): a running header's place. */
export function atPageTop(lines: ReadonlyArray<Line | null>, index: number): boolean {
  const number = lines[index]!.number
  for (const step of [-1, 1]) {
    for (let at = index + step; at >= 0 && at < lines.length && lines[at] !== null; at += step) {
      const line = lines[at]!
      if (line.text.trim() !== '' && line.number < number) return false
    }
  }
  return true
}

/**
 * The numbered lines that a page's first line repeats (number and title) from one before it: a running header that
 * names the chapter or appendix its pages belong to (`Appendix A. Conference Agenda` over each page of the agenda).
 */
function runningRepeats(lines: ReadonlyArray<Line | null>, candidates: readonly Numbered[]): Set<number> {
  const keyOf = (candidate: Numbered) => `${candidate.number} ${titleKey(candidate.title)}`
  const times = new Map<string, number>()
  for (const candidate of candidates) times.set(keyOf(candidate), (times.get(keyOf(candidate)) ?? 0) + 1)
  const seen = new Set<string>()
  const repeats = new Set<number>()
  for (const candidate of candidates) {
    const key = keyOf(candidate)
    // Three times at least: an agenda's item met again once, over its text at a page's top, is the body's heading.
    if (seen.has(key) && times.get(key)! >= RUNNING_MINIMUM && atPageTop(lines, candidate.index)) repeats.add(candidate.index)
    seen.add(key)
  }
  return repeats
}

/** Times a numbered title must be printed for its repeats at pages' tops to be a running header. */
const RUNNING_MINIMUM = 3

/**
 * A numbered line whose title the contents page begins with, however it breaks (`2.6 National Center for Atmospheric
 * Research, Boulder,` over `Colorado.`): a heading's first line, though a comma ends it.
 */
function listedLine(text: string, index: number, contentsNumbers: ReadonlyMap<string, string>): Numbered | null {
  const arabic = ARABIC.exec(text)
  const listed = arabic ? contentsNumbers.get(arabic[1]!) : undefined
  if (!arabic || listed === undefined || titleKey(arabic[2]!).length < 3 || !listed.startsWith(titleKey(arabic[2]!))) return null
  return { index, number: arabic[1]!, parts: arabic[1]!.split('.').map(Number), style: 'arabic', title: arabic[2]!, runIn: null }
}

/** Numbered entries a contents page needs before its numbers speak for the body's. */
const CONTENTS_NUMBERS = 3

/**
 * A numbered line whose number the contents page gives a title that is not this one (nor begins with it), or a chapter's
 * number the contents does not give where it numbers its chapters (`13. Wang, Dali` in a participants list after chapter 10).
 */
function contradictsContents(candidate: Numbered, contentsNumbers: ReadonlyMap<string, string>): boolean {
  if (contentsNumbers.size < CONTENTS_NUMBERS) return false
  const listed = contentsNumbers.get(candidate.number)
  const key = titleKey(candidate.title)
  if (listed === undefined) return candidate.style === 'arabic' && candidate.parts.length === 1 && numbersChapters(contentsNumbers)
  return key.length >= 3 && !listed.startsWith(key) && !key.startsWith(listed)
}

/** Whether the contents page numbers its chapters: three single numbers or more. */
function numbersChapters(contentsNumbers: ReadonlyMap<string, string>): boolean {
  let chapters = 0
  for (const number of contentsNumbers.keys()) if (/^\d+$/.test(number)) chapters++
  return chapters >= CONTENTS_NUMBERS
}

/**
 * Lines a numbered title goes on over: those of its wrapped title, or the one line under it when the contents page
 * lists the two as one title (`2 DOE Biological and Environmental Research` / `Facilities and Programs`, the text
 * going on right under them).
 */
function wrappedTitle(lines: ReadonlyArray<Line | null>, candidate: Numbered, contentsNumbers: ReadonlyMap<string, string>): number {
  const wrapped = wrappedLines(lines, candidate.index)
  const listed = contentsNumbers.get(candidate.number)
  const next = lines[candidate.index + 1]
  if (wrapped > 0 || listed === undefined || !next || next.soft || titleKey(candidate.title) === listed) return wrapped
  return titleKey(`${candidate.title} ${next.text.trim()}`) === listed ? 1 : 0
}

/** Characters the rest of a title under a hanging indent takes at most. */
const HANGING_REST = 80
/** A line this share of its column's width long, at least, is full: its text goes on on the next. */
const FULL_LINE = 0.85

/**
 * The line a numbered title goes on to under a hanging indent, as a word processor sets a numbered heading (`2-)
 * Information : … (CTG-PEL-` over `PEDT).`, set in to the column where the title starts): one line there, under a first
 * that fills its column and no stop ends, and no line after it at that column (a body indented so is no title's end).
 */
function hangingTitle(lines: ReadonlyArray<Line | null>, candidate: Numbered): number {
  const first = lines[candidate.index]!
  const trimmed = first.text.trim()
  const column = first.indent + trimmed.indexOf(candidate.title)
  const [next, after] = [lines[candidate.index + 1], lines[candidate.index + 2]]
  // A title wraps where its line is full: a short one over a line set in is a heading over its text.
  const full = first.indent + trimmed.length >= FULL_LINE * (first.width ?? Number.POSITIVE_INFINITY)
  if (!full || /[.!?:;]$/u.test(trimmed) || column <= first.indent || !next || next.soft || next.indent !== column) return 0
  if (after && after.text.trim() !== '' && after.indent === column) return 0
  return next.text.trim().length <= HANGING_REST ? 1 : 0
}

/** A part's label alone on its line (`议题：`, `遗留问题：`), of this many characters at most. */
const PART_LABEL = 8

/** A part's label alone on its line: short, a colon after it, no sentence. */
function isPartLabel(text: string): boolean {
  return /^[^\s:：，。；,;]{1,8}[:：]$/u.test(text) && text.length <= PART_LABEL + 1
}

/**
 * Whether a Chinese enumerated line (`1、…`) at the margin after `line` heads a part: after a blank line or a part's label
 * (`议题：`); under a sentence (`……达成如下意见：`) or set in, it is a list. A formal numeral or a Heavenly Stem (`貳、`,
 * `乙、`) numbers a record's parts, never a sentence's items: it heads a part after any line but a lead-in's colon.
 */
function headsPart(line: Line | null | undefined, number: string): boolean {
  const text = line?.text.trim() ?? ''
  return text === '' || isPartLabel(text) || (PART_NUMERAL.test(number) && !/[:：]$/u.test(text))
}

/** Numerals that count a record's parts, not a list's items: the formal ones (`壹`, `貳`) and the Heavenly Stems (`甲`, `乙`). */
const PART_NUMERAL = /^[壹貳參叁肆伍陸柒捌玖拾甲乙丙丁戊己庚辛壬癸]/u

/**
 * Chinese minutes set a part's label on a line of its own over its enumerated items (`遗留问题：` / `1、…`, `议题：` /
 * `1、…` / `2、…`): the label heads the part, without its colon, and the items from the first label on stand under it.
 */
function labelParts(lines: ReadonlyArray<Line | null>, candidates: readonly Numbered[], headings: Map<number, HeadingMark>): void {
  let labelled = false
  for (const candidate of candidates) {
    const mark = headings.get(candidate.index)
    if (candidate.style !== 'listed' || mark === undefined) continue
    const above = lines[candidate.index - 1]?.text.trim() ?? ''
    if (isPartLabel(above)) {
      headings.set(candidate.index - 1, { depth: 1, lines: 1, runIn: null, number: null, title: above.slice(0, -1) })
      labelled = true
    }
    if (labelled) mark.depth = 2
  }
}

/** Fewest items an agenda repeated by the body has. */
const AGENDA_MINIMUM = 3

/**
 * An agenda's items: a run of numbered lines from `1` (blank lines between, as a PDF prints a list) whose numbers and
 * titles the body repeats later as its headings (`3. Budget (Anna, 10’)` above, `3. Budget` over its text below).
 * The first run is the list; the repeats stay candidates for the outline.
 */
function agendaItems(candidates: readonly Numbered[]): number[] {
  const run: Numbered[] = []
  for (const candidate of candidates) {
    if (candidate.parts.length !== 1 || candidate.parts[0] !== run.length + 1 || candidate.style !== (run[0]?.style ?? candidate.style))
      break
    run.push(candidate)
  }
  if (run.length < AGENDA_MINIMUM) return []
  const later = candidates.slice(run.length)
  const repeated = (item: Numbered) =>
    later.some((other) => other.number === item.number && sameTitle(titleKey(item.title), titleKey(other.title)))
  return run.every(repeated) ? run.map((item) => item.index) : []
}

/** Two keys of one title, one perhaps with more after it (`next meeting jorg 5`, `next meeting`). */
function sameTitle(a: string, b: string): boolean {
  return a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a))
}

/** True when nothing but soft blanks (rows of the other column) lies between two lines. */
function adjacent(lines: ReadonlyArray<Line | null>, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!lines[i]?.soft) return false
  return true
}

/** Where the run-in title ends in the line's own text (after its indent, number and closing full stop). */
function runInEnd(line: Line, candidate: Numbered): number {
  const at = line.text.indexOf(candidate.title) + candidate.title.length
  return line.text[at] === '.' ? at + 1 : at
}

/** A line that opens with a label and its colon ("介绍：…", "Note: …") starts text of its own, it continues no title. */
const LABEL_START = /^[^\s:：]{1,12}[:：]/u

/**
 * A numbered title wrapped onto the next lines: a title in capitals goes on over the lines in capitals
 * under it (three at most); another over one short line that a blank line ends, which is no sentence
 * and no number or bullet of its own.
 */
function wrappedLines(lines: ReadonlyArray<Line | null>, index: number): number {
  const first = lines[index]!
  if (/[.!?]$/.test(first.text)) return 0
  const continues = (line: Line | null | undefined): line is Line =>
    Boolean(line) &&
    line!.text.trim() !== '' &&
    !line!.soft &&
    !numberedLine(line!.text.trim(), 0) &&
    !/^[-•*o–]\s/.test(line!.text.trim()) &&
    !LABEL_START.test(line!.text.trim())
  if (isAllCaps(first.text)) {
    let taken = 0
    while (taken < 3 && continues(lines[index + 1 + taken]) && isAllCaps(lines[index + 1 + taken]!.text)) taken++
    if (taken > 0) return taken
  }
  const next = lines[index + 1]
  if (!continues(next)) return 0
  const text = next.text.trim()
  const after = lines[index + 2]
  const alone =
    after === null || after === undefined || after.text.trim() === '' || Boolean(after.soft) || /^[-•*–]\s/.test(after.text.trim())
  if (!alone || /[.;!?,。；！？，]$/u.test(text) || text.length > 90 || text.length > 0.85 * (next.width ?? 200)) return 0
  return 1
}

/**
 * The keys of the titles a contents page lists, from its lines with leaders and a page; a title wrapped
 * over lines before the one with the page is joined.
 */
export function contentsTitles(lines: ReadonlyArray<Line | null>): ContentsTitles {
  const keys = new Set<string>()
  const numbers = new Map<string, string>()
  const listedTimes = new Map<string, number>()
  const entryLines = new Set<number>()
  let pending: string[] = []
  lines.forEach((line, index) => {
    const { text, bulleted } = withoutBullet(line?.text.trim() ?? '')
    const entry = text !== '' && text.length <= 300 && ENTRY_MARK.test(text) ? parseEntry(text) : null
    if (!entry) {
      pending = text === '' || text.length > 100 || line?.soft ? [] : [...pending.slice(-1), text]
      return
    }
    entryLines.add(index)
    // A bulleted entry starts its own title: the line above it is a group's (`Economía` / `▶ Empleo ….. 21`).
    const joined = [...(bulleted ? [] : pending), entry.title].join(' ')
    const key = titleKey(joined)
    if (key.length >= 3) keys.add(key)
    const numbered = numberedLine(joined, index)
    const number = entry.number ?? numbered?.number
    if (number !== undefined && !numbers.has(number)) numbers.set(number, titleKey(entry.number ? entry.title : numbered!.title))
    const listed = titleKey(entry.number ? entry.title : (numbered?.title ?? joined))
    listedTimes.set(listed, (listedTimes.get(listed) ?? 0) + 1)
    pending = []
  })
  return { keys, numbers, listedTimes, entryLines }
}

/** The titles a contents page lists: their keys, the keys of its numbered titles by number, and the entries' lines. */
export interface ContentsTitles {
  keys: Set<string>
  /** `2.6` → the key of the title the contents numbers so (without its number). */
  numbers: Map<string, string>
  /** How many entries give a title (its key, without a number): a title the contents lists twice heads the body twice. */
  listedTimes: Map<string, number>
  entryLines: Set<number>
}

/** A chapter's number alone on its line, with its full stop (`5.`): a page number has none. */
const CHAPTER_NUMBER = /^\d{1,2}\.$/

/** Leaders, or a wide gap, before an entry's page. */
const ENTRY_MARK = /(?:[.…·_]\s*){2}|\s{2}\S{1,9}$/

/**
 * A body line (or two) whose title a contents entry gives, with the number of lines it takes; a chapter's
 * number alone on the line above (`5.` / `Equipo de` / `trabajo`, as a chapter's title page sets it) is taken with it.
 */
export function contentsHeading(lines: ReadonlyArray<Line | null>, index: number, keys: ReadonlySet<string>): number {
  const line = lines[index]
  if (!line || keys.size === 0 || line.text.length > 200) return 0
  const text = line.text.trim()
  if (CHAPTER_NUMBER.test(text)) {
    const title = contentsHeading(lines, index + 1, keys)
    return title > 0 && !CHAPTER_NUMBER.test(lines[index + 1]!.text.trim()) ? 1 + title : 0
  }
  // A name the contents lists, said with a full stop ("Senator Reed." as the chair calls on him), is a line of the record.
  if (/\p{L}\.$/u.test(text) && text.split(/\s+/).length <= 3) return 0
  if (keys.has(titleKey(text)) || keys.has(titleKey(withNumber(text).title))) return 1
  const next = lines[index + 1]
  if (next && next.text.trim() !== '' && !next.soft && keys.has(titleKey(`${text} ${next.text.trim()}`))) return 2
  return 0
}

/** A contents page whose entries carry no page and no number: the titles, where the body repeats them. */
export interface BareContents {
  /** Keys of the titles the body repeats as lines of their own. */
  keys: Set<string>
  /** The contents heading's line and its entries' lines (blank lines between them included). */
  region: Set<number>
  /** The contents heading's line. */
  heading: number
}

/** Lines after a contents heading looked at for entries with one space before their page. */
const SPACED_WINDOW = 400

/**
 * The entries of a contents page that keeps one space before each page (`Introduction 3`, as `pdftotext -raw` writes
 * a page whose leaders were tabs), by line: the run `spacedRun` reads under the first contents heading.
 */
export function spacedContents(
  lines: ReadonlyArray<Line | null>,
  isHeading: (text: string) => boolean,
): Map<number, Omit<EntryText, 'line' | 'anchor'>> {
  const at = lines.findIndex((line) => line !== null && line.text.length <= 60 && isHeading(line.text.trim()))
  if (at < 0) return new Map()
  const window = lines.slice(at + 1, at + 1 + SPACED_WINDOW).map((line) => ({ text: line?.text.trim() ?? '' }))
  return new Map([...spacedRun(window)].map(([k, entry]) => [at + 1 + k, entry]))
}

/** Entries a bare contents page needs, and the share of them the body must repeat. */
const BARE_MINIMUM = 3
const BARE_SHARE = 0.6
const BARE_LENGTH = 100

/**
 * A contents page of bare titles (`Contents` / `Introduction` / `   Session 1: …`, as a word processor's
 * linked contents prints without pages): the short lines after a contents heading, up to the first that
 * is no title or that repeats one already listed (the body starting). Taken only when the body repeats
 * most of them as lines of their own, which is what makes them a contents page and not a list.
 */
export function bareContents(lines: ReadonlyArray<Line | null>, isHeading: (text: string) => boolean): BareContents | null {
  const at = lines.findIndex((line) => line !== null && line.text.length <= 60 && isHeading(line.text.trim()))
  if (at < 0) return null
  const entries: Array<{ index: number; key: string }> = []
  const seen = new Set<string>()
  let blanks = 0
  let end = at
  for (let i = at + 1; i < lines.length && blanks <= 4; i++) {
    const text = lines[i]?.text.trim() ?? ''
    if (text === '') {
      if (lines[i] === null || !lines[i]!.soft) blanks++
      continue
    }
    const key = titleKey(text)
    if (!isBareTitle(text) || seen.has(key) || key.length < 3) break
    seen.add(key)
    entries.push({ index: i, key })
    end = i
    blanks = 0
  }
  if (entries.length < BARE_MINIMUM) return null
  const later = new Set<string>()
  for (let i = end + 1; i < lines.length; i++) {
    const text = lines[i]?.text
    if (text !== undefined && text.length <= BARE_LENGTH + 40 && seen.has(titleKey(text))) later.add(titleKey(text))
  }
  if (later.size < BARE_MINIMUM || later.size < entries.length * BARE_SHARE) return null
  const region = new Set<number>()
  for (let i = at; i <= end; i++) region.add(i)
  return { keys: later, region, heading: at }
}

/** A line a bare contents page may list: short, opening with a letter or figure, no sentence and no bullet. */
function isBareTitle(text: string): boolean {
  return text.length <= BARE_LENGTH && /^[\p{L}\p{N}]/u.test(text) && !/[.;:,]$/.test(text) && !text.includes('   ')
}

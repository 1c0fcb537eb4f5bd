// Section numbers as reports print them before a title: "3.1.2", "3." (a bare number needs its dot:
// "2030 Agenda" is a title), "IV.", "A." or "A.1", perhaps after an annex word ("Annex 2. Budget").
// The one definition, for contents entries, headings and plain-text headings alike.
import { alternation, lexicon } from '../lexicon/index.js'
import { isDateOnly } from './dates.js'
import { trimEndWhere } from './scan.js'

const ANNEX = alternation(lexicon.annexWords)
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
/** Each word as written, capitalised and in capitals. */
export const cased = (words: readonly string[]) => words.flatMap((word) => [word, capitalised(word), word.toUpperCase()])
/** The agenda-item words of every language as one alternation (`Item`, `TOP`, `Punto`, `议题`), in each case. */
export const ITEM = alternation(cased(lexicon.agendaItemWords))
// "议题1：", "Item 3:", "TOP 5 -", "TOP 7a:", "Punto IV.": an agenda item's word, its number, a separator, the title
// (a Roman number after a space, so that `TOPIX` is no item).
const AGENDA_ITEM = new RegExp(
  `^((?:${ITEM})(?: ?(?:\\d{1,3}[a-z]?|[一二三四五六七八九十]{1,3})| [IVXL]{1,6}))(?: ?[:：.．、)–—-] ?| )(\\S.{0,150})$`,
  'u',
)

/** An agenda item's word and number as printed ("TOP 7a", "Item 3") and its title, or null. */
export function agendaItem(text: string): { number: string; title: string } | null {
  const item = AGENDA_ITEM.exec(text)
  if (!item) return null
  const title = item[2]!.replace(/[:：]$/u, '').trim()
  return title === '' ? null : { number: item[1]!.replace(/\s+/gu, ' '), title }
}
const NUMBER = '\\d+(?:\\.\\d+)+\\.?|\\d+\\.|[IVXLC]+\\.|[A-Z]\\.(?:\\d+(?:\\.\\d+)*\\.?)?'
const NUMBERED = new RegExp(`^(?:(?:${ANNEX})\\s+)?(?<number>${NUMBER})\\s+(?<rest>\\S.*)$`)

/** "3.1 Title" → number "3.1" and title "Title"; an unnumbered title as it is. */
export function withNumber(title: string): { title: string; number: string | null } {
  const numbered = NUMBERED.exec(title)
  return numbered?.groups ? { title: numbered.groups.rest!, number: numbered.groups.number!.replace(/\.$/, '') } : { title, number: null }
}

/**
 * The numerals Chinese headings count with: the common ones (`一、`, `（三）`), the formal ones of official records (`壹、`,
 * `貳、`, as Taiwan's documents number their parts), and the Heavenly Stems that letter a record's parts (`甲、報告事項`). A
 * stem before another stem (`甲、乙雙方`, parties A and B) counts nothing.
 */
export const HAN_NUMERAL = '[一二三四五六七八九十]{1,3}|[壹貳參叁肆伍陸柒捌玖拾]{1,3}|[甲乙丙丁戊己庚辛壬癸]'
const CJK_NUMERAL = HAN_NUMERAL
/** `甲、乙雙方`: stems that name parties (A and B), no part's number. */
export const isStemPair = (text: string): boolean => /^[甲乙丙丁戊己庚辛壬癸][、，][甲乙丙丁戊己庚辛壬癸]/u.test(text)
const COMMON_DIGITS = '一二三四五六七八九'
const FORMAL_DIGITS = '壹貳參肆伍陸柒捌玖'
const STEMS = '甲乙丙丁戊己庚辛壬癸'

/** A formal numeral as its common one (`貳` 二, `拾` 十); any other character as it is. */
function commonDigit(char: string): string {
  if (char === '拾') return '十'
  if (char === '叁') return '三'
  return COMMON_DIGITS[FORMAL_DIGITS.indexOf(char)] ?? char
}

/** A Chinese numeral up to 99 (`三` 3, `十二` 12, `貳拾壹` 21), a Heavenly Stem's place (`丙` 3) or figures, as a number. */
export function hanNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  if (text.length === 1 && STEMS.includes(text)) return STEMS.indexOf(text) + 1
  const common = [...text].map(commonDigit).join('')
  const ten = common.indexOf('十')
  if (ten < 0) return COMMON_DIGITS.indexOf(common) + 1
  const tens = ten === 0 ? 1 : COMMON_DIGITS.indexOf(common[0]!) + 1
  return tens * 10 + (common[ten + 1] === undefined ? 0 : COMMON_DIGITS.indexOf(common[ten + 1]!) + 1)
}
/** A digit as printed: ASCII or full width (`１．`), read as ASCII. */
const DIGIT = '[0-9\\uFF10-\\uFF19]'
const FULL_WIDTH_OFFSET = 0xfee0
const asciiDigits = (text: string) =>
  text.replace(/[\uFF10-\uFF19]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - FULL_WIDTH_OFFSET))
// A number closed by a parenthesis ("1) Scope", "(a) Terms", "(iv) Costs", "b) Budget"; after a dash as some French
// documents print it, "1-) Désignation", "a-) Partie"), a small letter or Roman
// number with its stop ("a. Background", "iv. Costs"), or a number set off by a dash
// or colon ("3.1 – Methods", "2: Budget", "IV.- Ruegos", "B – Costs"); a letter or Roman number takes no colon
// ("A: Yes" is an answer's label), and a year before a dash is no number (three digits at most).
const MARKED = new RegExp(
  '^(?:\\((?<inner>\\d{1,2}|[ivx]{2,5}|[a-zA-Z])\\)|(?<closed>\\d{1,2}|[ivx]{2,5}|[IVX]{2,5}|[a-zA-Z])-?[)）]|' +
    '(?<small>[ivx]{2,5}|[a-z])\\.|' +
    '(?<dashed>\\d{1,3}(?:\\.\\d+)*\\.? ?[–—:-]|(?:[IVXLC]+|[A-Z])\\.? ?[–—-]))\\s+(?<rest>\\S.*)$',
  'u',
)
// A number run into its title, as a converter drops the space ("1.Introduction", "3.1Methods"): a dot, then a capitalised word.
const TIGHT = /^(?<tight>\d{1,2}\.(?:\d{1,2}\.?)*)(?<rest>\p{Lu}\p{Ll}.*)$/u
// Chinese enumeration, no space needed: "一、会议议题", "（一）组织", "1、提交二进制的流程", "１．全角", "2.会议纪要" (a stop
// before a Chinese character).
const ENUMERATED = new RegExp(
  `^(?:(?<listed>${CJK_NUMERAL}|${DIGIT}{1,2})(?<comma>、)?(?:(?<=、)|．|\\.(?=\\p{Script=Han}))|` +
    `[（(](?<bracketed>${CJK_NUMERAL}|${DIGIT}{1,2})[）)])\\s*(?<rest>\\S.*)$`,
  'u',
)
// "第一章 总则", "第三节：…", "第2部分": 第, a numeral and what it counts, the title (which opens with no stop: one way
// to part them, so a line of stops fails in linear time).
const ORDINAL = new RegExp(
  `^第(?<ordinal>[一二三四五六七八九十百零〇]{1,4}|${DIGIT}{1,3})(?<counter>${alternation(lexicon.chapterCounters)})[\\s:：、.．]*(?<rest>[^\\s:：、.．].*)$`,
  'u',
)
// "Chapter 3: Results", "Kapitel 2 Ergebnisse", "§ 4 Satzung", "Capítulo 3. Datos", "Appendix A   Participants": a
// chapter's or annex's word, its number, then a stop, colon or dash, or a space and a title that does not go on in small
// letters ("Section 4 of the Act" is a sentence). The number is all the digits there are (`(?!\.?\d)`): one way to end it.
const CHAPTER_WORD = alternation(cased([...lexicon.chapterWords, ...lexicon.annexWords]))
const CHAPTERED = new RegExp(
  `^(?<word>${CHAPTER_WORD}) ?(?<chaptered>\\d{1,3}(?:\\.\\d{1,3})*(?!\\.?\\d)|[IVXLC]{1,6}|[A-Z])` +
    `(?:\\.?\\s?[:：.–—-]\\s*|\\s+(?=[^\\p{Ll}\\s]))(?<rest>\\S.*)$`,
  'u',
)

// An annex's word, letter or number, and a colon or dash: "Appendix A: Participants", "Annex 2 – Budget".
const ANNEXED = new RegExp(`^(?:${ANNEX})\\s+(?<annexed>[A-Z]|\\d{1,2}|[IVX]{1,4})\\s?[:–—-]\\s+(?<rest>\\S.*)$`, 'u')
const ANNEX_LEAD = new RegExp(`^(?:${ANNEX})\\s`, 'u')

/** What follows a number and is none of it: its stop, dash or colon, and the space before them. */
const NUMBER_END = '.–—:- '

/**
 * How a number is marked, which with its numerals tells one list of headings from another (`1.` from `1)`, `一、` from
 * `（一）`, `Chapter 1` from `Section 1`): the outline's levels come from it where the markup gives none.
 */
function schemeOf(groups: Record<string, string | undefined>): string {
  if (groups.word !== undefined) return `word ${groups.word.toLowerCase()}`
  if (groups.counter !== undefined) return `counter ${groups.counter}`
  if (groups.inner !== undefined || groups.bracketed !== undefined) return 'parenthesised'
  if (groups.closed !== undefined) return 'closed'
  if (groups.dashed !== undefined) return 'dashed'
  if (groups.comma !== undefined) return 'enumerated'
  return groups.annexed === undefined ? 'stop' : 'annex'
}

/** A number in one of the marked forms, without its marks, and the title after it; or null. */
function markedNumber(text: string): { number: string; title: string; scheme: string } | null {
  if (isStemPair(text)) return null
  const groups = (MARKED.exec(text) ?? ENUMERATED.exec(text) ?? ANNEXED.exec(text) ?? TIGHT.exec(text) ?? wordNumbered(text))?.groups
  if (!groups) return null
  const { inner, closed, small, dashed, listed, bracketed, annexed, tight, chaptered, ordinal, rest } = groups
  const printed = inner ?? closed ?? small ?? listed ?? bracketed ?? annexed ?? tight ?? chaptered ?? ordinal ?? dashed!
  const number = asciiDigits(trimEndWhere(printed, (char) => NUMBER_END.includes(char)))
  return { number, title: rest!, scheme: schemeOf(groups) }
}

/**
 * A number closed by a parenthesis or in parentheses, or a small letter or Roman number with its stop (`1) Scope`,
 * `(a) Terms`, `b) Budget`, `ii. Costs`): the number without its marks, its scheme with the kind of numeral (`closed
 * digit`, `parenthesised lower`, `stop roman`: `1)` and `a)` count different lists), the title; or null.
 */
export function closedNumber(text: string): { number: string; title: string; scheme: string } | null {
  const groups = MARKED.exec(text)?.groups
  const printed = groups?.inner ?? groups?.closed ?? groups?.small
  if (!groups || printed === undefined) return null
  const kind = /^\d/.test(printed) ? 'digit' : /^[ivx]{2,}$/i.test(printed) ? 'roman' : /^[a-z]$/.test(printed) ? 'lower' : 'upper'
  const scheme = groups.small === undefined ? schemeOf(groups) : 'stop'
  return { number: printed, title: groups.rest!, scheme: `${scheme} ${kind}` }
}

/** A chapter's word or a Chinese ordinal before the title, tested only when the text opens with one's first character. */
function wordNumbered(text: string): RegExpExecArray | null {
  return text.startsWith('第') ? ORDINAL.exec(text) : CHAPTERED.exec(text)
}

/**
 * A chapter's word and number, or a Chinese ordinal, before a title (`Chapter 3: Results`, `Kapitel 2 Ergebnisse`,
 * `§ 4 Satzung`, `第一章 总则`): the number as printed, how it is marked (`word chapter`, `counter 章`), the title.
 * An annex's word is left to its readers (an annex counts annexes, not chapters).
 */
export function chapterNumber(text: string): { number: string; title: string; scheme: string } | null {
  if (ANNEX_LEAD.test(text)) return null
  const groups = wordNumbered(text)?.groups
  if (!groups) return null
  const number = asciiDigits(trimEndWhere(groups.chaptered ?? groups.ordinal!, (char) => NUMBER_END.includes(char)))
  return { number, title: groups.rest!, scheme: schemeOf(groups) }
}

/**
 * As `withNumber`, for a heading's text: a date is no number ("12. March 2020" is a date); an agenda item's
 * word and number are its number as printed (`TOP 3: Kassenbericht` → "TOP 3", "Kassenbericht"); a number
 * closed by a parenthesis, set off by a dash, or counted the Chinese way is one too (`1) Scope`, `一、议题`).
 */
export function splitNumber(text: string): { number: string | null; title: string; scheme?: string; annex?: true } {
  const item = agendaItem(text)
  if (item) return { ...item, scheme: 'item' }
  const split = markedNumber(text) ?? { ...withNumber(text), scheme: 'stop' }
  if (split.number === null || isDateOnly(text)) return { number: null, title: text }
  // An annex's number counts the annexes, not the body's sections: it takes no place in the body's outline.
  return ANNEX_LEAD.test(text) ? { number: split.number, title: split.title, annex: true } : split
}

/** As `splitNumber`, for a contents entry: its number in any of the forms a heading prints, how it is marked, and its title. */
export function entryNumber(text: string): { number: string | null; title: string; scheme?: string } {
  const { number, title, scheme, annex } = splitNumber(text)
  // An annex's number counts the annexes: no style of the outline (`Appendix A.` after `7.` is no level below it).
  if (annex) return { number, title, scheme: 'annex' }
  // A stop is the default mark (`1.`, `A.`): an entry says how its number is marked only when otherwise.
  return number === null || scheme === undefined || scheme === 'stop' ? { number, title } : { number, title, scheme }
}

/** A word of a document's number: capitals and figures, perhaps joined by slashes, hyphens or stops (`J3/03-210`, `N1234`). */
const NUMBER_WORD = /^[\p{Lu}\d]+(?:[/.-][\p{Lu}\d]+)*$/u

/**
 * A document's or paper's number alone on its line, as a committee prints it at a page's top (`J3/03-210`, `DOE/SC-0188`,
 * `WG21 N1234`, `ISO/IEC JTC1/SC22/WG5 N1549`): words of capitals and figures, a figure among them, a slash or a series'
 * `N` and its number; no heading (`CMIP5`, `COVID-19` alone are read as before).
 */
export function isDocumentNumber(text: string): boolean {
  const words = text.trim().split(/\s+/)
  if (words.length > 4 || !/\d/.test(text) || !/\p{Lu}/u.test(text) || !words.every((word) => NUMBER_WORD.test(word))) return false
  return words.some((word) => (word.includes('/') && /\d/.test(word)) || /^N\d{2,5}$/.test(word))
}

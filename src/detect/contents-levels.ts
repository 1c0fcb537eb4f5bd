// The levels of a contents page's entries, and where its list stops when the text repeats it.
import { lexicon } from '../lexicon/index.js'
import { ORGANIZATION_WORDS } from '../text/names.js'
import { isAllCaps, titleKey } from '../text/normalize.js'
import { outlineLevels } from '../text/number-styles.js'
import type { EntryText } from './contents-lines.js'

export interface RawEntry extends EntryText {
  /** The indentation its levels are read from: the column where its title begins (a wrapped title's first line). */
  column: number
  /** Where the entry's own line begins in the input (its place in diagnostics); `column` when not given. */
  at?: number
  /** Lists around the entry (1 for a flat list, 0 outside lists). */
  listDepth: number
}

/**
 * Levels: from list nesting where the page has it, then numbering, then bullets under group lines, then
 * the indentation the text kept (each deeper column one level down), else ALL-CAPS entries over the rest.
 */
export function assignLevels<Entry extends RawEntry>(
  raw: readonly Entry[],
): Array<Omit<Entry, 'listDepth' | 'bulleted' | 'centred' | 'titleLine' | 'scheme'> & { level: number }> {
  // Bulleted entries under unbulleted group lines (`Economía` / `▶ Micro y mesoeconomía ….. 51`).
  const grouped = raw.some((entry, k) => !entry.bulleted && entry.page === null && raw[k + 1]?.bulleted)
  const numbered = raw.some((entry) => entry.number !== null)
  const nested = raw.some((entry) => entry.listDepth > 1)
  const caps = raw.map((entry) => isAllCaps(entry.title))
  const mixedCase = caps.some(Boolean) && caps.some((value) => !value)
  const indents = indentLevels(raw)
  const centred = nested ? null : centredLevels(raw)
  const schemed = nested || indents ? null : schemeLevels(raw)
  const speakers = nested || indents || numbered ? null : speakerLevels(raw)
  let over: { column: number; level: number } | null = null
  return raw.map(({ listDepth, bulleted, centred: _centred, titleLine: _titleLine, scheme: _scheme, ...entry }, index) => {
    let level = 1
    const dotted = numbered && entry.number !== null && /^\d+(?:\.\d+)*$/.test(entry.number)
    // Nesting is the page's own structure; numbering may restart locally ("3. Talks" → "1. …").
    if (nested) level = Math.max(1, listDepth)
    else if (centred) level = centred[index]!
    // Numbers of several styles (none dotted, or there would be no styles) nest by style: `第一章` over `一、`.
    else if (schemed?.has(index)) level = schemed.get(index)!
    else if (dotted) level = entry.number!.split('.').length
    // An unnumbered entry set in under a numbered one (`1 Invited Talks` / `  Anna Berg (Oslo) . . . 2`) is a level below it.
    else if (numbered && over !== null && entry.column > over.column) level = over.level + 1
    else if (grouped) level = bulleted ? 2 : 1
    else if (indents) level = indents[index]!
    else if (speakers) level = speakers[index]!
    else if (mixedCase) level = caps[index] ? 1 : 2
    if (dotted) over = { column: entry.column, level }
    return { ...entry, level }
  })
}

/** A person's name and a group in brackets, as a parliamentary index lists a speaker (`Dr. Adenauer (CDU)`). */
const PERSON_ENTRY = /^[^()]{2,60} \([^()]{1,40}\)$/u
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u
const PARTICLES = new Set(lexicon.nameParticles)

function isPersonEntry(title: string): boolean {
  if (!PERSON_ENTRY.test(title)) return false
  const name = title.slice(0, title.lastIndexOf(' ('))
  const words = name.split(' ')
  return words.length <= 5 && words.every((word) => NAME_WORD.test(word) || PARTICLES.has(word)) && !ORGANIZATION_WORDS.test(name)
}

/**
 * Levels of a page that lists the speakers of each item under it without setting them in (`Wahl des Präsidenten … 3 A`
 * / `Dr. Adenauer (CDU) 3 B`): a person's name with a group in brackets a level below the item before it. Null unless
 * two such entries and two others at least, the first entry no speaker.
 */
function speakerLevels(raw: readonly RawEntry[]): number[] | null {
  const persons = raw.map((entry) => isPersonEntry(entry.title))
  const count = persons.filter(Boolean).length
  if (count < 2 || raw.length - count < 2 || persons[0]) return null
  return persons.map((person) => (person ? 2 : 1))
}

/**
 * Levels of numbered entries on a page without nesting or indentation, from how their numbers count and are marked
 * (`第一章` over `一、` over `（一）`; `I.` over `A.` over `1.`); an unnumbered entry is left to the other rules.
 */
function schemeLevels(raw: readonly RawEntry[]): Map<number, number> | null {
  const numbered = raw.flatMap((entry, index) => (entry.number === null || entry.scheme === 'annex' ? [] : [{ index, entry }]))
  const levels = outlineLevels(numbered.map(({ index, entry }) => ({ number: entry.number!, scheme: entry.scheme, index })))
  return levels === null ? null : new Map(levels.map((level, at) => [numbered[at]!.index, level]))
}

/** A whole number opening a title, a space and a capital after it (`1 Invited Talks`, as LaTeX sets a contents line). */
const COUNTED = /^(\d{1,2}) (?=\p{Lu})/u

/**
 * Entries numbered without a stop (`1 Invited Talks`, `2 Contributed Talks`): the number is the entry's when such
 * numbers count up from 1, one entry after another, at least twice; a title opening with a figure alone
 * (`2020 Budget`, `3 Questions for the Board`) is left as it is.
 */
export function countedNumbers<Entry extends RawEntry>(raw: readonly Entry[]): Entry[] {
  const counted = raw.flatMap((entry, at) => {
    const number = entry.number === null ? COUNTED.exec(entry.title)?.[1] : undefined
    return number === undefined ? [] : [{ at, number }]
  })
  if (counted.length < 2 || counted.some(({ number }, k) => Number(number) !== k + 1)) return [...raw]
  const numbers = new Map(counted.map(({ at, number }) => [at, number]))
  return raw.map((entry, at) => {
    const number = numbers.get(at)
    return number === undefined ? entry : { ...entry, number, title: entry.title.slice(number.length + 1) }
  })
}

/**
 * Levels from the entries' columns, when they stand at two to four columns. In plain text a column within
 * two of another is the same (a converter's jitter); list markers stand where their author put them, so two
 * spaces more is a level down (`3. WebRTC` over `  * Signaling`, a sublist indented too little to nest).
 */
function indentLevels(raw: readonly RawEntry[]): number[] | null {
  if (raw.length < 3) return null
  const jitter = raw.every((entry) => entry.listDepth > 0) ? 1 : 2
  const columns = [...new Set(raw.map((entry) => entry.column))].sort((a, b) => a - b)
  const steps: number[] = []
  for (const column of columns) if (steps.length === 0 || column - steps.at(-1)! > jitter) steps.push(column)
  if (steps.length < 2 || steps.length > 4 || raw[0]!.column > steps[0]! + jitter) return null
  return raw.map((entry) => steps.findLastIndex((step) => entry.column >= step - 0) + 1)
}

/**
 * Levels under group labels centred over the entries (`WITNESS`, then `Alan Greenspan, Chairman … 6`):
 * a centred label at the top, the entries after it one level below what their indentation gives.
 */
function centredLevels(raw: readonly RawEntry[]): number[] | null {
  if (!raw.some((entry) => entry.centred)) return null
  const columns = [...new Set(raw.filter((entry) => !entry.centred).map((entry) => entry.column))].sort((a, b) => a - b)
  const steps: number[] = []
  for (const column of columns) if (steps.length === 0 || column - steps.at(-1)! > 1) steps.push(column)
  let under = 0
  return raw.map((entry) => {
    if (entry.centred) {
      under = 1
      return 1
    }
    return under + steps.findLastIndex((step) => entry.column >= step) + 1
  })
}

/**
 * The entries before the page starts over: a second copy of part of the contents (a stale one on a
 * later page) repeats two entries in a row that were listed before, in the same order; the body's first
 * heading run on after the last entry (pdftotext's next page) repeats an entry's title without its page.
 */
export function uniqueRun<Entry extends EntryText>(raw: readonly Entry[]): Entry[] {
  const keys = raw.map((entry) => titleKey(entry.title))
  const paged = new Set<string>()
  for (let k = 0; k < keys.length; k++) {
    if (raw[k]!.page !== null) paged.add(keys[k]!)
    else if (paged.has(keys[k]!)) return raw.slice(0, k)
  }
  const pairs = new Map<string, number>()
  for (let k = 0; k + 1 < keys.length; k++) {
    const pair = `${keys[k]}\u0000${keys[k + 1]}`
    const seen = pairs.get(pair)
    if (seen !== undefined && seen < k - 1) return raw.slice(0, k)
    if (seen === undefined) pairs.set(pair, k)
  }
  return [...raw]
}

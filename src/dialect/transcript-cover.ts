// Who speaks in a court-reporter transcript, as its cover says: the presiding judge (`BEFORE THE HONORABLE
// RODNEY GILSTRAP` over `UNITED STATES DISTRICT JUDGE` or the court), the court from the caption (`IN THE
// UNITED STATES DISTRICT COURT` / `FOR THE EASTERN DISTRICT OF TEXAS`), and counsel from the
// `APPEARANCES:` blocks (`FOR THE PLAINTIFF:` then names with an honorific, then their firm, then its
// address). The judge answers to `THE COURT`; counsel to `MR. THOMAS` through the participants list.
import type { RosterPerson } from '../detect/speakers-roster.js'
import { participantOf } from '../detect/speakers-roster.js'
import { lexicon } from '../lexicon/index.js'
import { titleCaseName } from '../text/labels.js'
import { findDate } from '../text/dates.js'
import { collapseSpace, isAllCaps, titleCase } from '../text/normalize.js'
import { headingKey, isTranscriptHeading, type TranscriptLine } from './transcript.js'

const HONORIFICS = new Set(lexicon.honorifics.map((word) => word.toLowerCase()))
/** The labels a transcript gives its presiding judge. */
const COURT_LABELS = ['THE COURT', 'COURT']
/** Lines of a cover searched for the caption and the judge. */
const COVER_LINES = 80

export interface TranscriptCover {
  /** The judge first (when the cover names one), then counsel in the order listed. */
  participants: RosterPerson[]
  /** The court as the caption names it, in title case. */
  court: string
  /** The session's day (ISO) and place, from the caption's right-hand column (`SEPTEMBER 22, 2015`, `MARSHALL, TEXAS`). */
  date: string | null
  place: string | null
  /** What the document is (`Transcript`, `Congressional Record`). */
  documentType: string
  /** The body every speaker speaks in, where the document says so (a record's chamber); empty otherwise. */
  body: string
  /** Who speaks each `Q.`, `A.` and `THE WITNESS:` line, by its line in the input: the examining lawyer's label, the witness's name. */
  examination: Map<number, string>
}

/** A cover line's cells: text set apart by three spaces or more, or by a caption's `)(` or `*` column. */
function cellsOf(text: string): string[] {
  return text
    .replaceAll(')(', '   ')
    .replace(/ \*(?= |$)/g, '   ')
    .split(/ {3,}/)
    .map(collapseSpace)
    .filter((cell) => /\p{L}/u.test(cell))
}

/** The judge, the court and counsel a transcript's cover names; empty lists where it names none. */
export function readTranscriptCover(lines: readonly TranscriptLine[]): TranscriptCover {
  const cover = lines.slice(0, COVER_LINES)
  const court = captionCourt(cover)
  const judge = presidingJudge(cover, court)
  const right = cover.flatMap((line) => rightColumn(line.text))
  const date = right.map((cell) => findDate(cell)).find((found) => found !== null) ?? null
  const place = right.find((cell) => PLACE.test(cell) && findDate(cell) === null) ?? null
  const participants = [...(judge ? [judge] : []), ...appearances(lines)]
  const examination = examinationOf(lines)
  return { participants, court, date, place: place && titleCase(place), examination, documentType: 'Transcript', body: '' }
}

/** `BY MR. PRATT:` or `DIRECT EXAMINATION BY MR. PRATT`: the lawyer who asks the questions that follow. */
const EXAMINER = /\bBY ((?:MR|MS|MRS|MISS|DR)\. \p{Lu}[\p{Lu}'’-]{1,30}):?$/u
const QUESTION = /^([QA])[.:](?:\s|$)/

/**
 * Who asks and who answers: a `Q.` is the lawyer the last `BY MR. X:` line names, an `A.` (and `THE
 * WITNESS:`) the witness the last `NAME, … SWORN` line names. Lines before any such line are left to the
 * label (`Q.` with no name).
 */
function examinationOf(lines: readonly TranscriptLine[]): Map<number, string> {
  const found = new Map<number, string>()
  let examiner = ''
  let witness = ''
  for (const line of lines) {
    const text = collapseSpace(line.text)
    const by = EXAMINER.exec(text)
    if (by) examiner = by[1]!
    const sworn = swornWitness(text)
    if (sworn) {
      witness = sworn
      examiner = ''
    }
    const qa = QUESTION.exec(text)
    const who = qa ? (qa[1] === 'Q' ? examiner : witness) : text.startsWith('THE WITNESS:') ? witness : ''
    if (who) found.set(line.number, who)
  }
  return found
}

/** `DANA WHITFIELD, PLAINTIFF'S WITNESS, SWORN` / `JOHN DOE, PREVIOUSLY SWORN`: the witness's name, in title case. */
function swornWitness(text: string): string | null {
  if (!isAllCaps(text) || !/\bSWORN\b/.test(text)) return null
  const comma = text.indexOf(',')
  const name = comma < 0 ? '' : text.slice(0, comma)
  const words = name.split(' ')
  return words.length >= 2 && words.length <= 4 && /^[\p{Lu}.'’ -]+$/u.test(name) ? titleCaseName(name) : null
}

/** A caption's right-hand column: what follows its `)(` or `*` separator (the docket number, the place, the day). */
function rightColumn(text: string): string[] {
  const separator = /\)\(|(?:^| )\*(?= |$)/.exec(text)
  return separator ? cellsOf(text.slice(separator.index + separator[0].length)) : []
}

/** A city and its state or country, as a caption prints the place (`MARSHALL, TEXAS`, `Santa Monica, California`). */
const PLACE = /^\p{Lu}[\p{L}.' -]{1,40}, \p{Lu}[\p{L}. ]{1,30}$/u

/** `IN THE UNITED STATES DISTRICT COURT` and the `FOR THE … DISTRICT OF …` line under it. */
function captionCourt(cover: readonly TranscriptLine[]): string {
  for (let i = 0; i < cover.length; i++) {
    const cell = cellsOf(cover[i]!.text)[0] ?? ''
    const match = /^IN THE (.{3,80}\bCOURT\b.{0,80})$/i.exec(cell)
    if (!match) continue
    const next = cellsOf(cover[i + 1]?.text ?? '')[0] ?? ''
    const whole = /^(?:FOR|OF) THE\b/i.test(next) ? `${match[1]} ${next}` : match[1]!
    return titleCase(whole)
  }
  return ''
}

const BEFORE = /^BEFORE THE HONOU?RABLE\b\s*(.{0,80})$/i
/** Offices printed before a judge's name (`JUDGE RODNEY GILSTRAP`), dropped from the name. */
const OFFICE = /^(?:(?:CHIEF|SENIOR|MAGISTRATE|DISTRICT|CIRCUIT|BANKRUPTCY|UNITED STATES)\s+){0,3}(?:JUDGE|JUSTICE)\s+/i
const JUDGE_LINE = /\b(?:JUDGE|JUSTICE|MAGISTRATE)\b/i

/** `BEFORE THE HONORABLE [JUDGE] NAME` over the judge's office or court: the person `THE COURT` is. */
function presidingJudge(cover: readonly TranscriptLine[], court: string): RosterPerson | null {
  for (let i = 0; i < cover.length; i++) {
    const cell = cellsOf(cover[i]!.text)[0] ?? ''
    const match = BEFORE.exec(cell)
    if (!match) continue
    let at = i + 1
    let name = match[1]!.replace(/,$/, '').trim()
    if (name === '') name = cellsOf(cover[at++]?.text ?? '')[0] ?? ''
    name = name.replace(OFFICE, '')
    if (name.includes(',')) name = name.slice(0, name.indexOf(','))
    name = name.trim()
    if (!/^\p{L}[\p{L}.' -]{2,60}$/u.test(name)) return null
    const under = cellsOf(cover[at]?.text ?? '')[0] ?? ''
    const position = JUDGE_LINE.test(under) && under.length <= 60 ? titleCase(under) : ''
    const organization = !position && /\bCOURT\b/i.test(under) && under.length <= 80 ? titleCase(under) : court
    return { name: isAllCaps(name) ? titleCaseName(name) : name, honorific: '', position, organization, aliases: [...COURT_LABELS] }
  }
  return null
}

/**
 * Counsel in the `APPEARANCES` blocks: each name with an honorific (`Mr. Dirk D. Thomas`, `MR. GREGORY
 * DOVEL`), and the first line after a run of names that is no address (no digit) is their firm. Names
 * under another heading of the appearances (`COURT REPORTER:`) are listed with it as their position.
 */
function appearances(lines: readonly TranscriptLine[]): RosterPerson[] {
  const start = lines.findIndex((line) => headingKey(cellsOf(line.text)[0] ?? '') === 'appearances')
  if (start < 0) return []
  const people: RosterPerson[] = []
  let pending: RosterPerson[] = []
  let role = ''
  // A party's line wrapped before its colon (`FOR SAMSUNG ELECTRONICS CO., LTD., AND` / `AMERICA, INC.:`).
  let party = false
  for (const line of lines.slice(start + 1)) {
    if (isTranscriptHeading(line.text)) break
    for (const cell of cellsOf(line.text)) {
      const opensParty = /^(?:FOR|ON BEHALF OF)\b/i.test(cell) || /^APPEARANCES\b/i.test(cell)
      if (opensParty && !cell.endsWith(':')) {
        party = true
        pending = []
        continue
      }
      if (cell.endsWith(':')) {
        // `FOR THE PLAINTIFF:` opens a party's counsel; any other heading (`COURT REPORTER:`) a role.
        role = opensParty || party ? '' : titleCase(cell.slice(0, -1).replace(/S$/i, ''))
        party = false
        pending = []
        continue
      }
      party = false
      const first = cell.split(' ')[0]!.toLowerCase()
      const person = HONORIFICS.has(first) ? participantOf(cell) : null
      if (person) {
        const listed = { ...person, position: role, organization: role ? '' : person.organization }
        people.push(listed)
        if (!role && !listed.organization) pending.push(listed)
        continue
      }
      if (pending.length > 0 && !/\d/.test(cell) && cell.length <= 80) for (const waiting of pending) waiting.organization = cell
      pending = []
    }
  }
  return people
}

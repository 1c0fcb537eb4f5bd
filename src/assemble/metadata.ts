// The report's metadata, from what the detectors read (cover, event, asides, boilerplate) and the
// front matter the dialect stage set aside. Front matter is what its author typed about the page, so
// its title, date and organisation come first when they name something; the cover's come next.
import type { Detections } from '../detect/index.js'
import type { FrontMatter } from '../dialect/front-matter.js'
import type { Dialect } from '../dialect/types.js'
import { alternation, lexicon, wholeWords } from '../lexicon/index.js'
import type { Metadata } from '../schema/report.js'
import { findDate, findDay } from '../text/dates.js'
import { beforeHeld, heldPlaceInTitle } from './metadata-held.js'
import { bodyAuthor, organizationInRunning, organizationInTitle } from './metadata-organization.js'
import { collapseSpace, countWords, isAllCaps, titleCase } from '../text/normalize.js'
import { isSpace, trimEndWhere } from '../text/scan.js'

const MEETING = new RegExp(wholeWords(lexicon.meetingWords), 'iu')

export function metadataOf(found: Detections, dialect: Dialect): Metadata {
  const { cover, event, boilerplate, asides } = found
  const front = dialect.frontMatter ?? null
  const transcript = dialect.transcript ?? null
  const title = frontTitle(front, cover.title) ?? (cover.title === null ? null : collapseSpace(cover.title))
  // A cover's span of days ("25–29 September 2023") is the meeting's, never the day a document was dated.
  const coverSpan = cover.date !== null && isSpan(cover.date) ? cover.date : null
  const documentType = cover.documentType ?? frontKind(front) ?? (transcript?.documentType || null) ?? typeInTitle(title)
  const printed = (coverSpan ? null : cover.date) ?? frontDate(front)
  // A title naming a meeting and a day ("Board Meeting — 2023-11-08") gives the meeting's day; last, a record's own day.
  const eventDate =
    event.date ??
    asides.date ??
    frontEventDate(front) ??
    cover.meetingDay ??
    coverSpan ??
    transcript?.date ??
    titleDay(title) ??
    inReportYear(event.yearless, printed) ??
    // The head's day ('# Harbour Board' over '3 May 2024'), read by no rule above: a record's own day too.
    recordDay(documentType, printed ?? event.headDay)
  return {
    title,
    documentType,
    // The court or chamber a transcript's caption or a record's header names comes before what the cover guessed.
    organization:
      (transcript?.court || null) ??
      cover.organization ??
      front?.organization ??
      // A page whose author is a body ("author: Harbour Finance Committee"), not a person.
      bodyAuthor(front?.author) ??
      // A web page's site, then the body a sentence says held the meeting, before what the title suggests.
      dialect.siteName ??
      // An RFC's header names its publisher or none: the workshop's organiser is not it.
      (cover.memo ? null : event.organizer) ??
      organizationInTitle(title) ??
      // Plain text's running header or footer naming a body ("Hackspace Jena e. V.   Seite 2").
      organizationInRunning(dialect.running) ??
      // The body whose meeting the opening names ("the official meetings of the RTD Board of Directors"), last.
      event.bodyMet,
    // The meeting's day dates its record; the first of a meeting's several days dates no report of it.
    date: printed ?? (eventDate !== null && !isSpan(eventDate) ? eventDate.slice(0, 10) : null) ?? event.headDay,
    event: {
      name:
        event.name ??
        cover.meetingName ??
        quotedMeetingInTitle(title) ??
        meetingOfTitle(title) ??
        meetingInTitle(title) ??
        numberedMeetingIn(title) ??
        hearingName(documentType, title),
      date: eventDate,
      location: event.location ?? asides.location ?? front?.location ?? transcript?.place ?? placeInTitle(title) ?? heldPlaceInTitle(title),
    },
    sourceUrl: boilerplate.sourceUrl,
  }
}

/**
 * The meeting's days printed without their year (`03-18/03-22`, "from the 18th to 22nd of March") in the year of the
 * report's own date: a report is written after its meeting, so days later in the year than its date are the year before's.
 */
function inReportYear(days: string | null, printed: string | null): string | null {
  const dated = printed === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(printed)
  if (days === null || !dated) return null
  const [first, last] = days.split('/') as [string, string]
  const reported = `${dated[2] ?? '12'}-${dated[3] ?? '31'}`
  const year = Number(dated[1]) - (first > reported ? 1 : 0)
  return `${year}-${first}/${year}-${last}`
}

/** The day a title naming a meeting gives ("Board Meeting — 2023-11-08"), or that opens it ("1110811 通傳業者與公協會"); or null. */
function titleDay(title: string | null): string | null {
  const day = title === null ? null : findDay(title)
  if (day === null) return null
  return MEETING.test(title!) || (day.index === 0 && /^\s/u.test(title!.slice(day.length))) ? day.iso : null
}

const HEARING_TYPE = new RegExp(wholeWords(lexicon.hearingTypes), 'iu')

/** A hearing's record is titled by the hearing ("TERRORISM THREATS AND THE INSURANCE MARKET"): its title names the sitting. */
function hearingName(documentType: string | null, title: string | null): string | null {
  return documentType !== null && title !== null && HEARING_TYPE.test(documentType) && findDay(title) === null ? title : null
}

const RECORD_TYPE = new RegExp(wholeWords(lexicon.recordTypes), 'iu')

/** "Public Notes" of 2025-10-09, "Minutes" of 2020-07-29: a record of one sitting dated one day is that sitting's record. */
function recordDay(documentType: string | null, date: string | null): string | null {
  return documentType !== null && date !== null && /^\d{4}-\d{2}-\d{2}$/u.test(date) && RECORD_TYPE.test(documentType) ? date : null
}

/** A date that runs over a span ("2023-09-25/2023-09-29", "2020-08/2020-09"), not one day, month or year. */
function isSpan(iso: string): boolean {
  return iso.includes('/')
}

// `IETF 117`, `IETF-117`, `IETF117`: a series' name and the meeting's number, as a session's notes title it.
const NUMBERED_MEETING = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(lexicon.numberedMeetings)})[ -]?(\\d{1,4})(?![\\p{L}\\p{N}])`, 'u')

/** The numbered meeting of a series a title names (`MASQUE IETF 117` → `IETF 117`), or null. */
function numberedMeetingIn(title: string | null): string | null {
  const found = title === null ? null : NUMBERED_MEETING.exec(title)
  return found ? `${found[1]} ${found[2]}` : null
}

/** The front matter's title, unless it is one generic word ("Report") and the page has a title of its own. */
function frontTitle(front: FrontMatter | null, coverTitle: string | null): string | null {
  const title = front?.title ? collapseSpace(front.title) : null
  if (title === null || title === '') return null
  return coverTitle !== null && countWords(title, 2) < 2 ? null : title
}

const DOCUMENT_TYPE = new RegExp(`^(?:${alternation(lexicon.documentTypes)})$`, 'i')

/** The front matter's kind of page when it is a document type ("layout: minutes" → "Minutes"). */
function frontKind(front: FrontMatter | null): string | null {
  const kind = front?.kind?.replace(/[-_]+/g, ' ').trim()
  return kind && DOCUMENT_TYPE.test(kind) ? titleCase(kind) : null
}

// "Minutes of the Board", "Protokoll zur Mitgliederversammlung", "… Workshop Report", "Recap: …": a document
// type as a word of the title, with the kind of meeting written before it ("Workshop Report"); a Chinese type is
// written against the words before it (`第一次會議紀錄`).
const SPACED_MEETINGS = lexicon.meetingWords.filter((word) => !/\p{Script=Han}/u.test(word))
const TYPE_IN_TITLE = new RegExp(`(?:(?<![\\p{L}\\p{N}_])(?:${alternation(SPACED_MEETINGS)}) )?${wholeWords(lexicon.documentTypes)}`, 'iu')

/**
 * The document type a title names, as printed (title case when in capitals); null when it names none. A long
 * title names it only where it opens with it ("MINUTES OF PROCEEDINGS AT ANNUAL MEETING … HELD IN … ON …").
 */
function typeInTitle(title: string | null): string | null {
  const named = title !== null && (countWords(title, 31) <= 30 || DOCUMENT_TYPE_START.test(title))
  const found = named ? TYPE_IN_TITLE.exec(title) : null
  if (!found) return null
  const type = collapseSpace(found[0])
  return isAllCaps(type) ? titleCase(type) : type.charAt(0).toUpperCase() + type.slice(1)
}

/** The day or days the front matter says the meeting was held (`zeit: 2.–3. Dezember 2021`), as ISO; or null. */
function frontEventDate(front: FrontMatter | null): string | null {
  return front?.eventDate ? findDate(front.eventDate) : null
}

/** The front matter's date as ISO: a printed date, or the day of a timestamp ("2024-05-09T10:00:00Z"). */
function frontDate(front: FrontMatter | null): string | null {
  if (!front?.date) return null
  return findDate(front.date) ?? /^\d{4}-\d{2}(?:-\d{2})?/.exec(front.date)?.[0] ?? null
}

// "Ata da Reunião do Comitê Científico" / "Minutes of the Board Meeting": a document type, "of", the meeting.
const MEETING_OF_TITLE = new RegExp(
  `^(?:${alternation(lexicon.documentTypes)})\\s+(?:${alternation(lexicon.documentOfWords)})\\s+(\\S.*)$`,
  'i',
)

// Tried only where a run of separators starts (a match inside one would start at its start anyway):
// unanchored, each try from inside a long run scanned to its end.
const DOCUMENT_TYPE_END = new RegExp(`(?<![\\s,:–—-])[\\s,:–—-]+(?:${alternation(lexicon.documentTypes)})$`, 'iu')
const OF_START = new RegExp(`^(?:${alternation([...lexicon.documentOfWords, ...lexicon.documentFromWords])})\\s+`, 'iu')
// A preposition the date needed ("Conseil municipal du", "Meeting of"), at the end of a name.
const DATE_PREPOSITION_END = new RegExp(
  `(?<!\\s)\\s+(?:${alternation([...lexicon.dayArticles, ...lexicon.documentOfWords, 'on', 'held on'])})$`,
  'iu',
)
const HAN_TYPE_END = new RegExp(`(?:${alternation(lexicon.documentTypes.filter((word) => /^\p{Script=Han}+$/u.test(word)))})$`, 'u')
// "Meeting report", "Workshop Minutes": a kind of meeting and a document type, all a title's label before its colon says.
const MEETING_TYPE = new RegExp(`^(?:${alternation(SPACED_MEETINGS)}) (?:${alternation(lexicon.documentTypes)})$`, 'iu')
const DOCUMENT_TYPE_START = new RegExp(`^(?:${alternation(lexicon.documentTypes)})[\\s,:–—-]+`, 'iu')

// What is left after a day when it gives only the hours: `de 14h00 à 16h00`, `at 10:00`, `from 2 pm to 4 pm`.
const HOUR = String.raw`\d{1,2}(?:[h:.]\d{0,2}|\s?[ap]\.?m)`
const HOURS_AFTER = new RegExp(String.raw`^[\s,]*(?:\p{L}{1,5}\s+)?${HOUR}(?:\s+\p{L}{1,5}\s+${HOUR})?[\s.]*$`, 'iu')
const WEEKDAY_END = new RegExp(`(?<!\\S)(?:${alternation(lexicon.weekdays)}),?\\s*$`, 'iu')

/**
 * The meeting a title names with its date or the document's type around it: "Council meeting 2024-10-11"
 * → "Council meeting", "Consensus Layer Call #71 Notes" → "Consensus Layer Call #71", "PMC 例会 2025-01-12".
 */
function meetingInTitle(title: string | null): string | null {
  if (title === null || !MEETING.test(title) || countWords(title, 16) > 15) return null
  let name = title
  const day = findDay(name)
  if (day) {
    // A parenthesis holding the date goes with it ("Workshop (16 Feb – 17 Apr 2025, Ashburn, VA)").
    const open = name.lastIndexOf('(', day.index)
    const close = name.indexOf(')', day.index + day.length)
    const [from, to] =
      open >= 0 && close >= 0 && !name.slice(open, day.index).includes(')') ? [open, close + 1] : [day.index, day.index + day.length]
    // The hours after the day go with it (`du mardi 26/09/2024 de 14h00 à 16h00`), and so does its weekday.
    const rest = HOURS_AFTER.test(name.slice(to)) ? '' : name.slice(to)
    name = `${name.slice(0, from).replace(WEEKDAY_END, '')} ${rest}`
  }
  name = trimEndWhere(collapseSpace(name).replace(/^[\s,:–—|-]+/u, ''), (char) => isSpace(char) || ',:–—|(-'.includes(char))
  // A label before a colon ("Executive Summary: … Workshop") is not the meeting's name.
  // So is a document type with the kind of meeting it reports before it ("Meeting report: … F2F Meeting").
  const colon = name.indexOf(': ')
  const label = name.slice(0, colon)
  if (colon > 0 && MEETING.test(name.slice(colon + 2)) && (!MEETING.test(label) || MEETING_TYPE.test(label))) name = name.slice(colon + 2)
  name = name.replace(DOCUMENT_TYPE_END, '').replace(DOCUMENT_TYPE_START, '').replace(OF_START, '')
  // Chinese writes the type against the meeting (`项目委员会例会会议纪要`): dropped when a meeting's name remains.
  const bare = name.replace(HAN_TYPE_END, '')
  if (bare !== name && MEETING.test(bare)) name = bare
  // A preposition the date needed ("Conseil municipal du", "Meeting of") goes with it.
  name = name.replace(DATE_PREPOSITION_END, '')
  name = withoutTag(name)
  return MEETING.test(name) && countWords(name) >= 1 ? name : null
}

/** "… Workshop at Jefferson Lab, HOW2019": an acronym after the last comma names the meeting again; the name ends before it. */
function withoutTag(name: string): string {
  const comma = name.lastIndexOf(', ')
  const tag = comma < 0 ? '' : name.slice(comma + 2)
  const acronym = tag.length <= 20 && !tag.includes(' ') && (tag.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}{3}/u.test(tag)
  return acronym && MEETING.test(name.slice(0, comma)) ? name.slice(0, comma) : name
}

// "Minutes of Proceedings at …": a second document type before the meeting's name is not part of it.
const SECOND_TYPE = new RegExp(
  `^(?:${alternation(lexicon.documentTypes)})\\s+(?:${alternation([...lexicon.documentOfWords, ...lexicon.placePrepositions])})\\s+`,
  'iu',
)

// A kind of meeting and its name in quotes (`… following the workshop "Securing Data in Ancient Mesopotamia: …", held at
// …`, `Compte rendu de la journée « Open Data »`): the quoted words name the meeting.
const QUOTED_MEETING = new RegExp(`${wholeWords(lexicon.meetingWords)}\\s+["“«„]\\s?([^"“”«»„\\n]{3,200})["”»“]`, 'iu')

/** The name a title quotes after the kind of meeting, or null. */
function quotedMeetingInTitle(title: string | null): string | null {
  const quoted = title === null ? null : QUOTED_MEETING.exec(title)
  return quoted ? collapseSpace(quoted[1]!) : null
}

/** The meeting a title names after the document type, before a "held in …" clause. */
function meetingOfTitle(title: string | null): string | null {
  const match = title ? MEETING_OF_TITLE.exec(title) : null
  if (!match) return null
  const name = beforeHeld(match[1]!.replace(SECOND_TYPE, ''))
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/** The place a title's parenthesis gives after the meeting's date: "Third Workshop (May 2-4 2016, Orsay)" → "Orsay". */
function placeInTitle(title: string | null): string | null {
  if (title === null || title.length > 300 || !MEETING.test(title)) return null
  const day = findDay(title)
  if (!day) return null
  const open = title.lastIndexOf('(', day.index)
  const close = title.indexOf(')', day.index + day.length)
  if (open < 0 || close < 0 || title.slice(open, day.index).includes(')')) return null
  const place = /^,\s*(\p{Lu}[^()]{0,80})$/u.exec(title.slice(day.index + day.length, close))?.[1]?.trim()
  return place && !/\d/u.test(place) ? place : null
}

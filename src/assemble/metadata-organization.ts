// The body a report's title names when no cover line, front matter or author line gives the publisher:
// the body that met ("ECMA-402 Meeting", "Council meeting 2024-10-11", "W3C Workshop Report"), the body a
// record is of ("Procès-verbal du conseil municipal de la Commune de Brienne", "Protokoll … des Vereins X
// e. V."), or the body that wrote it ("Minutes … by the Expert Team on Ocean Data").
import { alternation, lexicon, wholeWords } from '../lexicon/index.js'
import { hasOwnName } from '../text/body-name.js'
import { beforeHeld } from './metadata-held.js'
import { findDay } from '../text/dates.js'
import { collapseSpace, countWords, isAllCaps, titleCase } from '../text/normalize.js'
import { SPACED_DASH, isSpace, trimEndWhere } from '../text/scan.js'

/** A title of more words than this is a sentence; a body of more words than this is no name. */
const MAX_TITLE_WORDS = 30
const MAX_BODY_WORDS = 12
/** A body that met, named before the kind of meeting, has this many words at most ("Publishing Working Group"). */
const MAX_MEETING_BODY_WORDS = 4
/** A title that is a body's name alone has this many words at most. */
const MAX_TITLE_BODY_WORDS = 8

const spaced = (words: readonly string[]) => words.filter((word) => !/\p{Script=Han}/u.test(word))
// "WECG Meetings 2025": a kind of meeting in the plural too.
const plurals = (words: readonly string[]) => [...words, ...words.filter((word) => !/s$/u.test(word)).map((word) => `${word}s`)]
const MEETINGS = new RegExp(wholeWords(plurals(spaced(lexicon.meetingWords))), 'giu')
// A kind of meeting that is no kind of body ("Workshop", not "Council" nor "Conseil municipal").
const BODY_KINDS = new Set(lexicon.publisherWords.map((word) => word.toLowerCase()))
const MEETING_ONLY = new RegExp(wholeWords(plurals(spaced(lexicon.meetingWords.filter((word) => !BODY_KINDS.has(word))))), 'iu')
// "… Community Group", "Ministry of …": a body's name ends with the kind of body it is, or opens with it and "of".
const ENDS_AS_BODY = new RegExp(`${wholeWords(lexicon.publisherWords)}$`, 'iu')
const OPENS_AS_BODY = new RegExp(`^${wholeWords(lexicon.publisherWords)} (?:${alternation(lexicon.documentOfWords)}) `, 'iu')
const PUBLISHER = new RegExp(wholeWords(lexicon.publisherWords), 'iu')
const DOCUMENT_TYPE = new RegExp(wholeWords(spaced(lexicon.documentTypes)), 'iu')
const KINDS = wholeWords(spaced([...lexicon.meetingWords, ...lexicon.documentTypes]))
// A kind of meeting or of document (and its year or number), then "of the", "de la", "des", "zur", or "from" (the
// meeting a record comes from): what follows is what it is of.
const OF = new RegExp(`${KINDS}(?: \\d{1,4})? (?:${alternation([...lexicon.documentOfWords, ...lexicon.documentFromWords])}) (?=\\S)`, 'iu')
const wordsOf = (lists: ReadonlyArray<readonly string[]>) => new Set(lists.flat().flatMap((word) => word.toLowerCase().split(' ')))
const JOINING = wordsOf([lexicon.nameConnectors, lexicon.smallWords, lexicon.documentOfWords, lexicon.publisherWords])
// "Este Ayuntamiento", "This Council": a body the title points at, not a name.
const OPENERS = new Set([...lexicon.sentenceOpeners, ...lexicon.smallWords].map((word) => word.toLowerCase()))
const BY = / by (?:the )?(?=\p{Lu})/u
// Two spaces or more part a running line's fields (the body's name, the page's number).
const WIDE_GAP = /(?<! ) {2,}|\t+/u
// Words a name does not end with: the article before a date, "of", and the kind of meeting ("… Board Meeting").
const TRAILING = wordsOf([lexicon.dayArticles, lexicon.documentOfWords, lexicon.meetingWords])
// The word a body's name ends with when it says what kind of body it is ("Committee", "Council", "Group").
const BODY_ENDS = new Set(lexicon.publisherWords.map((word) => word.toLowerCase().split(' ').at(-1)!))

/** The organisation a title names, or null. */
export function organizationInTitle(printed: string | null): string | null {
  // "MINUTES OF … MEETING OF THE MUNICIPAL DISTRICT OF X HELD IN <place> ON <day>": where it sat is no part of the name.
  const title = printed === null ? null : beforeHeld(printed)
  if (title === null || title.length > 300 || countWords(title, MAX_TITLE_WORDS + 1) > MAX_TITLE_WORDS) return null
  return bodyWriting(title) ?? bodyRecorded(title) ?? bodyMeeting(title) ?? bodyMeetingHan(title) ?? titleAsBody(title) ?? bodyDated(title)
}

// Words between a body's name and the day after it ("Conseil municipal du 4 juin", "Gemeinderat vom", "Board, on Tuesday").
const BEFORE_DAY = new Set(
  [...lexicon.dayArticles, ...lexicon.weekdays, ...lexicon.documentOfWords, 'on'].map((word) => word.toLowerCase()),
)

/**
 * "Conseil municipal du 4 juin 2021", "IETF 117 - Constrained RESTful Environments (CoRE) WG": a part of the title
 * between spaced dashes that is a body's name alone once the day after it, and the words that lead to that day, are cut.
 */
function bodyDated(title: string): string | null {
  const pieces = title.split(SPACED_DASH)
  if (pieces.length === 1 && findDay(title) === null) return null
  const names = pieces.map((piece) => titleAsBody(beforeDay(piece))).filter((name) => name !== null)
  // "Junta directiva - Asociación QGIS España": a body's own name before a kind of body alone.
  return names.find(hasOwnName) ?? names[0] ?? null
}

/** The words of a title's part before its day, without the words that lead to the day; "" when it opens with the day. */
function beforeDay(piece: string): string {
  const day = findDay(piece)
  if (day?.index === 0) return ''
  const words = collapseSpace(day ? piece.slice(0, day.index) : piece).split(' ')
  const bare = (word: string) => trimEndWhere(word, (char) => ',.:;'.includes(char)).toLowerCase()
  while (words.length > 1 && (BEFORE_DAY.has(bare(words.at(-1)!)) || bare(words.at(-1)!) === '')) words.pop()
  return words.join(' ').replace(/[,:;]$/u, '')
}

const han = (words: readonly string[]) => words.filter((word) => /\p{Script=Han}/u.test(word))
const HAN_MEETING = new RegExp(alternation(han(lexicon.meetingWords)), 'u')
const HAN_BODY_END = new RegExp(`(?:${alternation(han(lexicon.publisherWords))})$`, 'u')
/** A body's name written before a Chinese meeting word has this many characters at most. */
const MAX_HAN_BODY = 30

/**
 * "CloudWeGo 社区会议 8.24", "2023年11月12日 项目委员会例会会议纪要": Chinese writes the body against the kind of meeting;
 * what stands before the first meeting word (its date passed over) is the body when it ends with a kind of body.
 */
function bodyMeetingHan(title: string): string | null {
  const meeting = HAN_MEETING.exec(title)
  if (!meeting) return null
  let before = title.slice(0, meeting.index).trim()
  const day = findDay(before)
  if (day?.index === 0) before = before.slice(day.length).trim()
  return before.length <= MAX_HAN_BODY && HAN_BODY_END.test(before) && !/[.;:!?。；：！？]/u.test(before) ? before : null
}

/**
 * The body a running header or footer names ("Hackspace Jena e. V.      Seite 2", "Deutscher Bundestag — 1. Sitzung"):
 * the first part, between wide gaps and spaced dashes, that names a publisher in two words or more, and no date,
 * figure or kind of document.
 */
export function organizationInRunning(lines: readonly string[] | undefined): string | null {
  for (const line of lines ?? []) {
    if (line.length > 200) continue
    const parts = line
      .split(WIDE_GAP)
      .flatMap((gap) => gap.split(SPACED_DASH).map(collapseSpace))
      .filter(isRunningBody)
    // "Junta directiva - Asociación QGIS España": a body's own name before a kind of body alone.
    const part = parts.find(hasOwnName) ?? parts[0]
    if (part !== undefined) return isAllCaps(part) ? titleCase(part) : part
  }
  return null
}

/** A part of a running line that names a publisher in two words or more, and no date, figure or kind of document. */
function isRunningBody(part: string): boolean {
  const words = countWords(part, MAX_BODY_WORDS + 1)
  if (words < 2 || words > MAX_BODY_WORDS || !/^\p{Lu}/u.test(part) || /[:;,!?\d]/u.test(part)) return false
  // "Board minutes": a document's kind is no body's name.
  return PUBLISHER.test(part) && !DOCUMENT_TYPE.test(part)
}

/** A front matter's author that is a body ("author: Harbour Finance Committee"), not a person or a handle; or null. */
export function bodyAuthor(author: string | null | undefined): string | null {
  return author ? titleAsBody(author) : null
}

/** "The W3C Credentials Community Group": a title that is only a body's name (a site's or a group's page). */
function titleAsBody(title: string): string | null {
  const name = collapseSpace(title).replace(/^(?:the|The|THE)\s+/u, '')
  if (countWords(name, MAX_TITLE_BODY_WORDS + 1) > MAX_TITLE_BODY_WORDS || /[.;:!?,]/u.test(name)) return null
  if (MEETING_ONLY.test(name) || DOCUMENT_TYPE.test(name) || findDay(name) !== null) return null
  // "Constrained RESTful Environments (CoRE) WG": an acronym in parentheses is part of the name.
  if (!name.split(' ').every((word) => /^\(?[\p{Lu}\d]/u.test(word) || JOINING.has(word.toLowerCase()))) return null
  return ENDS_AS_BODY.test(name) || OPENS_AS_BODY.test(name) ? name : null
}

/** "… by the Expert Team on World Data Centres (ET-WDC)": the name that ends the title after "by". */
function bodyWriting(title: string): string | null {
  const by = BY.exec(title)
  if (!by) return null
  const name = title.slice(by.index + by[0].length).trim()
  return countWords(name, MAX_BODY_WORDS + 1) <= MAX_BODY_WORDS && !/[.;:!?]/.test(name) && findDay(name) === null ? name : null
}

/** "Procès-verbal du conseil municipal de la Commune de Brienne": after each "kind of …", the part naming a publisher. */
function bodyRecorded(title: string): string | null {
  let rest = title
  let found = false
  for (let i = 0; i < 3; i++) {
    const of = OF.exec(rest)
    if (!of) break
    rest = rest.slice(of.index + of[0].length)
    found = true
  }
  if (!found) return null
  // A date or a place after the name ends it ("… de la Commune de Brienne du 4 juin", "…, held in Rome").
  const day = findDay(rest)
  const all = collapseSpace((day ? rest.slice(0, day.index) : rest).split(/[,;(]| [–—-] /u)[0]!).split(' ')
  // The name ends at a word in small letters that joins no name ("Board Meeting held on …").
  // `e.V.` ends a German association's name as `e. V.` does.
  const end = all.findIndex((word) => /^\p{Ll}/u.test(word) && !JOINING.has(word.toLowerCase()))
  const words = end < 0 ? all : all.slice(0, end)
  // "… Steering Committee Meeting": the kind of meeting goes, the kind of body ("Committee", a kind of meeting too) stays.
  while (words.length > 1 && TRAILING.has(words.at(-1)!.toLowerCase()) && !BODY_ENDS.has(words.at(-1)!.toLowerCase())) words.pop()
  const name = words.join(' ')
  if (!/^\p{Lu}/u.test(name) || OPENERS.has(words[0]!.toLowerCase()) || !PUBLISHER.test(name)) return null
  if (countWords(name, MAX_BODY_WORDS + 1) > MAX_BODY_WORDS) return null
  return isAllCaps(name) ? titleCase(name) : name
}

/**
 * "2023-06-01 ECMA-402 Meeting", "Council meeting 2024-10-11", "W3C Workshop Report": the words before the
 * kind of meeting, when they name a publisher or are acronyms (in a title that is not all in capitals).
 */
function bodyMeeting(title: string): string | null {
  // The first kind of meeting after a word ("Council meeting": "meeting", not "Council", a kind of meeting too).
  const meeting = [...title.matchAll(MEETINGS)].find((match) => match.index > 0 && /\s$/u.test(title.slice(0, match.index)))
  if (!meeting) return null
  let before = title.slice(0, meeting.index).trim()
  const day = findDay(before)
  if (day?.index === 0) before = before.slice(day.length).trim()
  before = trimEndWhere(before.replace(/^(?:the|The|THE)\s+/u, ''), (char) => ',:–—|-'.includes(char) || isSpace(char))
  // "Third HSF Workshop": the count of the meeting is no part of the body's name.
  const words = before.split(/\s+/u).filter(Boolean)
  while (words.length > 1 && isOrdinal(words[0]!)) words.shift()
  // "Special Board Meeting": which sitting it was is no part of the name, and a body's kind alone names none.
  const kinds = words.length
  // … and after it ("W3C/SMPTE Joint Workshop").
  while (words.length > 1 && SESSION_KINDS.has(words[0]!.toLowerCase())) words.shift()
  while (words.length > 1 && SESSION_KINDS.has(words.at(-1)!.toLowerCase())) words.pop()
  if (words.length < kinds && words.length === 1 && PUBLISHER.test(words[0]!)) return null
  before = words.join(' ')
  if (words.length === 0 || words.length > MAX_MEETING_BODY_WORDS || DOCUMENT_TYPE.test(before) || findDay(before) !== null) return null
  // Each word a name's: opening with a capital or figure, or a capital inside it ("deRSE e.V.", "iGEM").
  if (!words.every((word) => /^\d|\p{Lu}/u.test(word))) return null
  const acronyms = !isAllCaps(title) && words.every(isAcronym)
  return PUBLISHER.test(before) || acronyms ? before : null
}

const ORDINALS = new Set(lexicon.ordinalWords)
const SESSION_KINDS = new Set(lexicon.sessionKinds)

/** "Third", "2nd", "10th", "Zweite": a word that counts the meeting. */
function isOrdinal(word: string): boolean {
  return ORDINALS.has(word.toLowerCase()) || /^\d{1,3}(?:st|nd|rd|th|er|ème|[eºª.])$/iu.test(word)
}

/** A word written as an acronym: two capitals or more, and no run of three small letters ("W3C", "ECMA-402", "CHiMaD"). */
function isAcronym(word: string): boolean {
  return (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}{3}/u.test(word)
}

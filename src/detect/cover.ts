// The cover and title pages before the contents: the report's title, kind, organisation and date.
// Their lines are not sections or blocks; a styled line that heads prose (**Disclaimer**) stays for the
// heading detector.
import type { Paragraph } from 'mdast'
import { z } from 'zod'
import { alternation, lexicon, wholeWords } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, paragraphLines, printedStart, soleEmphasis } from '../parse/text.js'
import { findDate, findDay, findDayOfLineYear, isDateOnly } from '../text/dates.js'
import { findWordDay } from '../text/words-date.js'
import { labelKind } from '../text/label-kind.js'
import { hasOwnName } from '../text/body-name.js'
import { collapseSpace, countWords, titleCase, isAllCaps } from '../text/normalize.js'
import { isDocumentNumber, splitNumber } from '../text/numbering.js'
import { type TitleBlock, titleBlockOf } from './cover-block.js'
import { meetingLineOf } from './cover-meeting.js'
import { readSeriesCover, type SeriesCover } from './cover-series.js'
import { datelineOf } from './event-venue.js'
import { memoHeader, memoStream } from './cover-memo.js'
import { type DetectContext, defineDetector } from './define.js'
import { SPACED_DASH, isSpace, trimEndWhere } from '../text/scan.js'
import { leadStampedLine, readOpening, splitStampLabel } from '../text/turns.js'

const CoverOptions = z.object({
  /** What a document calls itself, as a regular expression alternation; the lexicons' by default. */
  documentTypes: z.string().default(alternation(lexicon.documentTypes)),
  /** Words in the name of an organisation that issues reports, as an alternation; the lexicons' by default. */
  organizations: z.string().default(wholeWords(lexicon.publisherWords)),
  /** A paragraph with at least this many words is prose, not a cover line. */
  proseWords: z.number().int().positive().default(15),
})
type CoverOptions = z.infer<typeof CoverOptions>

/** The patterns an options set makes, made once per set (the defaults: once per process), not once per report. */
const patterns = new WeakMap<CoverOptions, { documentType: RegExp; organization: RegExp; typeAndBody: RegExp }>()

function patternsOf(options: CoverOptions): { documentType: RegExp; organization: RegExp; typeAndBody: RegExp } {
  let made = patterns.get(options)
  if (!made) {
    made = {
      documentType: new RegExp(`\\b(?:${options.documentTypes})\\b`, 'i'),
      organization: new RegExp(options.organizations, 'iu'),
      // "Meeting report of the Westlake Frontend Guild": the document's type and its organisation in one line.
      typeAndBody: new RegExp(`^(.{0,40}?\\b(?:${options.documentTypes}))\\s+(?:of|by)\\s+(?:the\\s+)?(\\S.*)$`, 'i'),
    }
    patterns.set(options, made)
  }
  return made
}

const MEETING = new RegExp(wholeWords(lexicon.meetingWords), 'iu')
// A colophon's "Título: …" and "Fecha de edición: Mayo de 2021" lines.
const COLOPHON_TITLE = new RegExp(`^(?:${alternation(lexicon.colophonTitleLabels)})\\s?:\\s*(\\S.{0,199})$`, 'iu')
// A byline's date (`Veröffentlicht am 8. August 2014 von …`, `Posted on 5 May 2021 by …`) is the document's.
const BYLINE = new RegExp(`^(?:${alternation(lexicon.bylineWords)})\\s`, 'iu')
const BYLINE_WORDS = 14
// "Objet de la réunion: …", "会议主题 ：…": a subject's label, a colon, the title.
const SUBJECT_LABEL = new RegExp(`^(${alternation(lexicon.subjectLabels)})[ \\t]?[:：][ \\t]*(\\S.{0,199})$`, 'iu')
const COLOPHON_DATE = new RegExp(`^(?:${alternation(lexicon.colophonDateLabels)})\\s?:\\s*(\\S.{0,59})$`, 'iu')

export interface CoverResult {
  title: string | null
  /** The day a title naming a meeting gives ("Session 2 | … briefing (Oct 13, 2025)"). */
  meetingDay: string | null
  /** The meeting's name a label gives ("Objet de la réunion: KOM X/Y", "会议主题：…"). */
  meetingName: string | null
  documentType: string | null
  organization: string | null
  date: string | null
  titleLine: number | null
  /** The top is an RFC's header: its stream is the publisher, or none is named (no workshop's organiser is). */
  memo: boolean
}

export const cover = defineDetector({
  id: 'cover',
  description: 'Reads the cover and title pages (title, document type, organisation, date) and sets them aside',
  options: CoverOptions,
  codes: {},
  empty: (): CoverResult => ({
    title: null,
    meetingDay: null,
    meetingName: null,
    documentType: null,
    organization: null,
    date: null,
    titleLine: null,
    memo: false,
  }),
  detect(context, options) {
    // A caption file's every paragraph is a cue's words: it has no cover.
    if (context.dialect.names.includes('captions')) return emptyCover()
    const flow = context.flow
    const contentsAt = context.facts.contentsStart
    const { documentType, organization, typeAndBody } = patternsOf(options)
    // A plain text's title block over its first item (`DNS Operations (DNSOP) Working Group` / `IETF 108` / a date) is its cover.
    const plain = context.dialect.names.includes('plaintext')
    const block = plain && contentsAt === null ? titleBlockOf(flow, [MEETING, documentType]) : null
    // A series' cover ends at its body's first numbered heading (`1   Executive Summary`, before the contents page).
    const seriesRegion = plain ? beforeNumberedHeading(contentsAt !== null ? flow.slice(0, contentsAt) : flow.slice(0, SERIES_REACH)) : []
    const series = readSeriesCover(seriesRegion)
    const region = block
      ? flow.slice(0, block.entries)
      : series
        ? seriesRegion
        : contentsAt !== null
          ? flow.slice(0, contentsAt)
          : leadingTitle(flow, documentType, plain, (entry) => context.claims.isClaimed(entry.node))
    const kept = proseUnderStyledLines(region, options.proseWords)

    const result = emptyCover()
    // A title in capitals before the cover's first heading is the title (a reader took later lines in capitals for headings).
    const firstHeading = region.findIndex((entry) => entry.node.type === 'heading')
    const capsTitleFirst = region.some((entry, i) => i < firstHeading && !kept.has(entry) && isCapsTitle(entry, documentType, organization))
    // Without a contents page, a Word document's bold lines at the top (but an organisation's name in capitals over them).
    const taken = (entry: FlowEntry) => context.claims.isClaimed(entry.node)
    const boldTitle = contentsAt !== null || context.dialect.names.includes('plaintext') ? [] : boldTitleOf(flow, documentType, taken)
    if (block) readTitleBlock(result, block, organization)
    if (series) readSeries(result, series)
    const titleRun = capsTitleFirst || block || series ? [] : boldTitle.length > 0 ? boldTitle : headingTitleRun(region, kept, documentType)
    titleFromRun(result, titleRun)
    const inTitle = new Set(block ? region : series ? series.entries : titleRun)
    const logOpener = datedLogOpener(titleRun, flow)
    for (const entry of region) {
      if (kept.has(entry) || context.claims.isClaimed(entry.node)) continue
      if (entry !== logOpener) context.claims.claim(entry.node)
      if (entry.node.type !== 'paragraph' && entry.node.type !== 'heading') continue
      const text = series ? seriesCoverLine(entry) : flatText(entry.node)
      if (inTitle.has(entry) || text === '') continue
      const words = countWords(text)
      // "Meeting report of the Westlake Frontend Guild": the document's type and its organisation in one line.
      const typeOf = result.documentType === null && words <= 14 ? typeAndBody.exec(text) : null
      if (result.documentType === null && words <= 14) result.documentType = typeOfMeetingLine(text)
      if (typeOf && !MEETING.test(typeOf[2]!)) {
        result.documentType = titleCase(typeOf[1]!)
        result.organization ??= typeOf[2]!.replace(/\.$/, '')
      } else if (result.date === null && isDateOnly(text)) result.date = findDate(text)
      // A byline without a date ("Published by the Northern Estuary Trust") may name the body.
      else if (result.date === null && words <= BYLINE_WORDS && BYLINE.test(text) && findDate(text) !== null) result.date = findDate(text)
      else if (result.date === null && isMeetingDayLine(text, words)) setMeetingDay(result, text)
      else if (result.date === null && words <= 12 && authorLineDate(text) !== null) result.date = authorLineDate(text)
      else if (result.documentType === null && words <= 6 && documentType.test(text) && !SECTION_NAME.test(text))
        readTypeLine(result, text, typeOfLine(text, words, documentType))
      else if (result.organization === null && words <= 12 && organization.test(text) && text !== result.title && isNameLine(text))
        result.organization = withoutTrailingAcronym(caseAsTitle(withoutOrganisedBy(text)))
      else if (result.title === null && entry.node.type === 'paragraph' && isAllCaps(text) && words <= 20 && !isDocumentNumber(text)) {
        result.title = text
        result.titleLine = entry.line
      }
    }
    const claimed = (entry: FlowEntry) => contentsAt !== null && entry.index >= contentsAt && context.claims.isClaimed(entry.node)
    completeCover(result, { region, kept, flow, asides: context.dialect.asides, organization, documentType, claimed, plain })
    if (region.length === 0) claimTitleLine(context, result)
    return withoutTitleBullet(result)
  },
  // Stryker disable all: the examples are what the tests read, not code to mutate
  examples: {
    ok: [
      {
        title: 'title, type, organisation and date before the contents; a disclaimer over prose stays for the headings',
        form: 'before the contents',
        text:
          'MINISTRY OF ENERGY\n\n# ANNUAL MEETING\n# ON GRIDS\n\nMEETING MINUTES\n\nMarch 2020\n\n' +
          '**Disclaimer**\n\n' +
          'This document has been produced without formal editing and the views are those of the authors alone.\n' +
          '\n# Contents\n\nINTRO.....\t1\n',
        found: {
          title: 'ANNUAL MEETING ON GRIDS',
          documentType: 'Meeting Minutes',
          organization: 'Ministry of Energy',
          date: '2020-03',
          titleLine: 3,
        },
      },
      {
        title: 'in plain text, short lines over the first item (a title block): the group as title and organisation, the day',
        form: 'plain-text title block',
        text:
          'DNS Operations (DNSOP) Working Group\nIETF 108\n29 July 2020\n\nAdministrivia\n        Normal review of old work\n\n' +
          'Priming, draft-one\n        Paul: no comments\n\nErrors, draft-two\n        Ben: not a good use\n\f',
        found: {
          title: 'DNS Operations (DNSOP) Working Group',
          organization: 'DNS Operations (DNSOP) Working Group',
          date: '2020-07-29',
          titleLine: 1,
        },
      },
      {
        title:
          'a title block’s lines set apart by blank lines, one naming the meeting and one the day alone (`Minutes of a Regular ' +
          'Meeting …` / `September 13, 2005`), over the opening prose: the title, organisation and day',
        form: 'plain-text title block',
        text:
          'The Python Software Foundation\n\nMinutes of a Regular Meeting of the Board of Directors\n\nSeptember 13, 2005\n\n' +
          'A regular meeting was held over IRC.\n\n1   Attendance\n--------------\n\nAnna Berg was present.\n\f',
        found: {
          title: 'Minutes of a Regular Meeting of the Board of Directors',
          organization: 'The Python Software Foundation',
          date: '2005-09-13',
          titleLine: 3,
        },
      },
      {
        title: 'a record’s header lines over a heading in capitals: the heading is the title, the lines no title block',
        form: 'plain-text title block',
        text:
          '[Congressional Record Volume 151]\n[Senate]\n\nNOMINATION OF JOHN ROBERTS\n\n' +
          '    Mr. REID. Mr. President, as we all know now, the President announced his nominee last night.\n\f',
        found: { title: 'NOMINATION OF JOHN ROBERTS' },
      },
      {
        title: 'a page’s `<title>` converted to a bullet line over a hearing’s header lines: the title without its bullet',
        form: 'plain-text title block',
        text:
          '\\- WATER RIGHTS IN THE WEST\n\n\\[House Hearing, 109 Congress\\]\n\\[From the U.S. Government Printing Office\\]\n\n' +
          '                         WATER RIGHTS\n\n                          IN THE WEST\n\n====\n',
        found: { title: 'WATER RIGHTS IN THE WEST' },
      },
      {
        title: 'a letterhead over a bold title: its place-and-date line and a blank field are passed over, its body read',
        form: 'bold title after a letterhead',
        text:
          '**Syndicat des copropriétaires de la Résidence**\n........ Rabat Le : 01/09/2019\n\n**Adresse : ..........**\n\n' +
          '**ASSEMBLÉE GÉNÉRALE ORDINAIRE**\n\nL’assemblée s’est tenue à 18h.\n',
        found: {
          title: 'ASSEMBLÉE GÉNÉRALE ORDINAIRE',
          organization: 'Syndicat des copropriétaires de la Résidence',
          titleLine: 6,
        },
      },
      {
        title: 'without a contents page: the heading lines that open the report, and the short lines under them',
        form: 'leading title',
        text: '# Session 2 | Briefing (Oct 13, 2025)\n\nSummary record\n\n## Opening\n\nText.\n',
        found: {
          title: 'Session 2 | Briefing (Oct 13, 2025)',
          documentType: 'Summary record',
          date: '2025-10-13',
          meetingDay: '2025-10-13',
          titleLine: 1,
        },
      },
      {
        title:
          'a Word document through pandoc: bold lines at the top are the title, ' +
          'an organisation’s name in capitals over them its organisation',
        form: 'bold title lines',
        text:
          '**COMMUNE DE SAINT-ANDRÉ**\n\n**Compte rendu du conseil municipal du 8 mars 2016**\n\n' +
          'Le conseil municipal s’est réuni à la mairie sous la présidence de M. Martin, Maire.\n\n**1. Budget**\n\nAdopté.\n',
        found: {
          title: 'Compte rendu du conseil municipal du 8 mars 2016',
          organization: 'Commune de Saint-André',
          date: '2016-03-08',
          titleLine: 3,
        },
      },
      {
        title: 'a document’s kind in capitals over a bold line going on from it in lowercase: one title, no body’s name',
        form: 'bold title lines',
        text:
          '**COMPTE RENDU**\n\n**du CONSEIL MUNICIPAL de la COMMUNE de FLAUX**\n\nSéance du 19 novembre 2020\n\n' +
          'L’an deux mille vingt, le dix neuf novembre, le Conseil Municipal s’est réuni.\n\n**Questions diverses**\n\nAucune.\n',
        found: { title: 'COMPTE RENDU du CONSEIL MUNICIPAL de la COMMUNE de FLAUX', date: '2020-11-19' },
      },
      {
        title:
          'a heading in capitals wrapped over two bold lines: the second opens with a small word (`DU 17 SEPTEMBRE 2021`), ' +
          'and a line naming the document’s type is no body’s name over the title',
        form: 'bold title lines',
        text:
          '**COMPTE RENDU DU CONSEIL MUNICIPAL**\n\n**DU 17 SEPTEMBRE 2021**\n\nPrésents : Yves, Marielle\n\n' +
          '**1. Budget**\n\nYves présente le budget.\n',
        found: { title: 'COMPTE RENDU DU CONSEIL MUNICIPAL DU 17 SEPTEMBRE 2021', organization: null, date: '2021-09-17' },
      },
      {
        title: 'a document’s kind alone in capitals over the sitting it records: both lines the title, no organisation',
        form: 'bold title lines',
        text:
          '**PROCÈS-VERBAL**\n\n**SÉANCE DU CONSEIL MUNICIPAL DU 17 SEPTEMBRE 2021**\n\nPrésents : Yves, Marielle\n\n' +
          '**1. Budget**\n\nAdopté.\n',
        found: { title: 'PROCÈS-VERBAL SÉANCE DU CONSEIL MUNICIPAL DU 17 SEPTEMBRE 2021', organization: null, date: '2021-09-17' },
      },
      {
        title:
          'a PDF’s lines through a Markdown converter: past the source’s link, a rule and a page’s number, bold lines ' +
          'in capitals that run on (an open end, an abbreviation’s full stop, a line split in two bold runs), up to a label',
        form: 'bold title lines',
        text:
          '[Original file](https://example.org/m.pdf)\n\n---\n1\n\n**MINUTES OF THE ANNUAL MEETING OF THE HARBOUR BOARD OF**\n\n' +
          '**KELLS HELD IN THE TOWN HALL, KELLS, CO.**\n\n**MEATH ON TUESDAY, 19TH** **JUNE, 2023 AT 9.00 A.M.**\n\n' +
          '**PRESENT:**\n\nCouncillor A. Byrne.\n',
        found: {
          title:
            'MINUTES OF THE ANNUAL MEETING OF THE HARBOUR BOARD OF KELLS HELD IN THE TOWN HALL, KELLS, CO. ' +
            'MEATH ON TUESDAY, 19TH JUNE, 2023 AT 9.00 A.M.',
          organization: null,
          date: '2023-06-19',
        },
      },
      {
        title: 'bold lines ending as sentences are no title',
        text: '**The board met in the harbour office.**\n\n**Minutes were taken.**\n\nText of the notes follows here.\n',
        found: { title: null },
      },
      {
        title: 'a document type and its organisation in one line',
        form: 'type of organisation',
        text: '# Frontend Day 2024\n\nMeeting report of the Westlake Frontend Circle\n\n## Talks\n',
        found: { title: 'Frontend Day 2024', documentType: 'Meeting Report', organization: 'Westlake Frontend Circle' },
      },
      {
        title: 'an organisation, its acronym dropped',
        text: 'United Nations Industrial Development Organization (UNIDO)\n\n# WORKSHOP ON PARKS\n\n# Contents\n\nINTRO.....\t1\n',
        found: { title: 'WORKSHOP ON PARKS', organization: 'United Nations Industrial Development Organization' },
      },
      {
        title: 'a title page with no heading: its first line naming a meeting',
        text: 'Regional Workshop on Soil Health\n3 May 2021\n\n# Contents\n\nINTRO.....\t1\n',
        found: { title: 'Regional Workshop on Soil Health', date: '2021-05-03' },
      },
      {
        title: 'a journal’s first page: its first line over the list of its authors (their affiliations’ marks after them)',
        form: 'title over authors',
        text:
          'Toward standards for tomorrow’s models\n\nAnna Berg1 , Tom Krause2,3 , Lena Lindqvist4 and Ole Dahl1\n\n' +
          'Models are promising tools for research. We organized a school to teach them.\n',
        found: { title: 'Toward standards for tomorrow’s models', titleLine: 1 },
      },
      {
        title: 'a first line that ends a sentence, or one over prose, is no title',
        text:
          'We met in Rostock.\n\nAnna Berg, Tom Krause, Lena Lindqvist and Ole Dahl came.\n\n' +
          'Toward standards\n\nThe school taught models.\n',
        found: { title: null },
      },
      {
        title: 'a date is no title: the aside naming the document is',
        text: '# 5 May 2021\n\n??? info "Ata da Reunião do Comitê Científico"\n\n    Texto.\n\n## Pauta\n',
        found: { title: 'Ata da Reunião do Comitê Científico', date: '2021-05-05' },
      },
      {
        title: 'a series’ report: the title under the line naming the series’ numbered meeting, up to its editors’ label',
        form: 'series cover',
        text:
          'Nordic Seminar Reports, Volume 14, Issue 3\n\nReport from Nordic Seminar 24101\n\n' +
          'Open Data Infrastructures for Coastal Science\nEdited by\nAnna Berg and Karl Lund\n\n' +
          '1   Executive Summary\n\nThe seminar met to agree on what a shared archive for coastal data must offer first.\n\n' +
          'Table of Contents\n\nExecutive Summary . . . . . . . . 2\nParticipants . . . . . . . . . . 6\n\f',
        found: { title: 'Open Data Infrastructures for Coastal Science', documentType: 'Report', meetingName: 'Nordic Seminar 24101' },
      },
      {
        title:
          'without a contents page, a series’ name over its number (`No. 12`), an ISSN line above: the title under them, ' +
          'the publisher’s name over its address',
        form: 'series cover',
        text:
          'ISSN 1234-5678\n\n\nHARBOUR Meeting Report\n\nNo. 12\n\nTides and Archives\n\nAnna Berg\n\n' +
          'National Institute of Harbours\n2-1 Quay Street, Bergen\n\n1   Background\n\n' +
          'The meeting brought together the people who run the harbours and the people who keep their records.\n\f',
        found: {
          title: 'Tides and Archives',
          documentType: 'HARBOUR Meeting Report',
          meetingName: 'HARBOUR Meeting 12',
          organization: 'National Institute of Harbours',
        },
      },
      {
        title: 'a title saying whose report it is (`Report from the … Workshop`), wrapped, under a banner in capitals',
        form: 'series cover',
        text:
          'NORDIC COASTAL DATA\n\nReport from the Nordic Coastal\nData Workshop\nBergen, Norway, March 3-8, 2024\n\n' +
          'Table of Contents\n\nSummary . . . . . . . . 2\nParticipants . . . . . . . . 6\n\f',
        found: { title: 'Report from the Nordic Coastal Data Workshop' },
      },
      {
        title: 'a series’ line with a date under it, not a title: no series cover',
        text:
          'Report from Nordic Seminar 24101\n\nMarch 3, 2024\n\nTable of Contents\n\nSummary . . . . . . . . 2\n' +
          'Participants . . . . . . . . 6\n\f',
        found: { meetingName: null },
      },
      {
        title: 'minutes printed from a web page: their heading over the roster (`Scribe:`) is their title, at any depth',
        form: 'heading over the roster',
        text:
          '## Minutes of the 3rd Call (May 4 2021)\n\n**Scribe:** Anna Berg\n\n**Present:** Anna Berg, Tom Lee\n\n' +
          '## Budget\n\nTom: it is in.\n',
        found: { title: 'Minutes of the 3rd Call (May 4 2021)', titleLine: 1 },
      },
      {
        title: 'a second-level heading over the text (no roster under it) opens the body: no title',
        text: '## Budget\n\nThe figures are in.\n\n## Venue\n\nThe hall is booked.\n',
        found: { title: null, titleLine: null },
      },
      {
        title: 'a part’s name as the first heading (`Quick summary` underlined, over `Roll call`) opens the body: no title',
        text: 'Quick summary\n=============\n\nThe meeting went well.\n\nRoll call\n=========\n\nanna   here\n',
        found: { title: null, titleLine: null },
      },
      {
        title: 'a numbered first heading opens the body: no title',
        text: '# 1. Introduction\n\nText.\n',
        found: { title: null, titleLine: null },
      },
      {
        title: 'a document type alone on a line of six words; of four words, the whole line',
        text: 'Final report for the full Board\n\n# Contents\n\nINTRO.....\t1\n',
        found: { documentType: 'Report' },
      },
      {
        title: 'a document type on a line of six words with the kind of meeting before it: both',
        text: 'Coastal Data Sharing Workshop Report\n\nMarch 2021\n\n# Contents\n\nINTRO.....\t1\n',
        found: { documentType: 'Workshop Report' },
      },
      {
        title: 'a byline under the title: its day, then the author after “by”; or the author, then the day',
        text: '# Harbour Workshop Notes\n\n03 Apr 2019 by Anna Berg\n\n## Sessions\n\nText.\n',
        found: { title: 'Harbour Workshop Notes', date: '2019-04-03' },
      },
      {
        title: 'a label naming who took the document’s type among the top lines: the type',
        text: 'Meeting Date: 2021-03-04\nMinutes taken by: Ann Lee\n\nWe agreed the budget.\n',
        found: { documentType: 'Minutes' },
      },
      {
        title: 'a sentence saying who took the minutes names no type',
        text: 'Meeting Date: 2021-03-04\nThe minutes were taken by Ann Lee.\n\nWe agreed the budget.\n',
        found: { documentType: null },
      },
      {
        title: 'a line saying who took the document’s type, with no colon, among the top lines: the type',
        text: 'Harbour Working Group\nMinutes by Paul Hoffman\n\nWe agreed the budget.\n',
        found: { documentType: 'Minutes' },
      },
      {
        title: 'a document type “by” an office, no person’s name: an item, no type',
        text: 'Harbour Working Group\nReport by the Treasurer\n\nWe agreed the budget.\n',
        found: { documentType: null },
      },
      {
        title: 'a line opening with the type, “of” and the meeting it records, over a day: the type',
        text: 'Harbour Trust\n\nMinutes of a Regular Meeting of the Board of Directors\n\nSeptember 13, 2005\n\n# Attendance\n\nText.\n',
        found: { documentType: 'Minutes' },
      },
      {
        title: 'in any lexicon’s language (`Protokoll der Mitgliederversammlung`)',
        text: 'Harbour Verein\n\nProtokoll der Mitgliederversammlung\n\n13.09.2005\n\nText.\n\n# Anwesend\n\nText.\n',
        found: { documentType: 'Protokoll' },
      },
      {
        title: 'a document type “of” a person or office, no meeting (`Report of the Treasurer`): no type',
        text: 'The Harbour Trust\n\nReport of the Treasurer\n\nSeptember 13, 2005\n\nText.\n\n# Attendance\n\nText.\n',
        found: { documentType: null },
      },
      {
        title: 'a byline that names the author first',
        text: '# Harbour Workshop Notes\n\nBy Anna Berg, 3 May 2021\n\n## Sessions\n\nText.\n',
        found: { date: '2021-05-03' },
      },
      {
        title: 'a line that opens with a day and goes on otherwise is no byline',
        text: '# Harbour Workshop Notes\n\n03 Apr 2019 workshop in Bergen\n\n## Sessions\n\nText.\n',
        found: { date: null },
      },
      {
        title: 'a label’s colon or a date on the type’s line: the type alone',
        text: 'Minutes for 2020-04-07\n\nNotes: Ann Lee\n\n# Contents\n\nINTRO.....\t1\n',
        found: { documentType: 'Minutes' },
      },
      {
        title: 'a line that says what a usual section says heads that section, it is no document type',
        text: 'Executive Summary\n\nFinal Report\n\n# Contents\n\nINTRO.....\t1\n',
        found: { documentType: 'Final Report' },
      },
      {
        title: 'a short line naming a kind of meeting and ending with its day gives the date and the meeting’s day',
        text: 'PROCÈS-VERBAL DU CONSEIL MUNICIPAL\n\nSéance du 23 juillet 2020\n\n# Contents\n\nINTRO.....\t1\n',
        found: { date: '2020-07-23', meetingDay: '2020-07-23' },
      },
      {
        title: 'a title naming the meeting and its day in words gives the date and the meeting’s day',
        text: '# ACTA DE LA SESIÓN ORDINARIA DEL PLENO CELEBRADA EL DÍA DOCE DE MARZO DE DOS MIL VEINTICUATRO\n\nTexto.\n',
        found: { date: '2024-03-12', meetingDay: '2024-03-12' },
      },
      {
        title: 'a line of seven words naming a document type is not its type',
        text: 'Final report for the full Board today\n\n# Contents\n\nINTRO.....\t1\n',
        found: { documentType: null },
      },
      {
        title: 'a document type line of four words is the type as printed',
        text: 'Final Workshop Report 2019\n\n# Contents\n\nINTRO.....\t1\n',
        found: { documentType: 'Final Workshop Report 2019' },
      },
      {
        title: 'an RFC’s header names the stream that publishes it, its acronym dropped',
        form: 'RFC header',
        text:
          'Internet Architecture Board (IAB)                            A. Berg\n' +
          'Request for Comments: 9999                              Example Corp\n' +
          'Category: Informational                                     May 2024\n\nReport from the Workshop on Network Naming\n',
        found: { organization: 'Internet Architecture Board' },
      },
      {
        title: 'an RFC’s old header, "Network Working Group", names no body',
        form: 'RFC header',
        text:
          'Network Working Group                                        A. Berg\n' +
          'Request for Comments: 4999                              Example Corp\n' +
          'Category: Informational                                    July 2007\n\nReport from the Workshop on Network Naming\n',
        found: { organization: null },
      },
      {
        title: 'a labelled line under the title (a role and its holder) is not the organisation, whatever words it has',
        form: 'labelled line',
        text: '# Panel on open data\n\n**Moderator:** Ms. Anna Berg, Programme Officer, Nordic Institute\n\nThe panel met online.\n',
        found: { organization: null },
      },
      {
        title: 'an organisation’s name of twelve words, not of thirteen',
        text: 'Agency for the Development of Rural Water and Sanitation Services in Africa\n\n# Contents\n\nINTRO.....\t1\n',
        found: { organization: 'Agency for the Development of Rural Water and Sanitation Services in Africa' },
      },
      {
        title: 'an organisation’s name of thirteen words is prose',
        text: 'Agency for the Development of Rural Water and Sanitation Services in West Africa\n\n# Contents\n\nINTRO.....\t1\n',
        found: { organization: null },
      },
      {
        title: 'a line that repeats the title is not the organisation',
        text: '# Ministry Annual Review\n\nMinistry Annual Review\n\n# Contents\n\nINTRO.....\t1\n',
        found: { title: 'Ministry Annual Review', organization: null },
      },
      {
        title: 'a title in capitals on a cover without headings: twenty words at most',
        text: `${'WORD '.repeat(20).trim()}\n\n# Contents\n\nINTRO.....\t1\n`,
        found: { title: 'WORD '.repeat(20).trim() },
      },
      {
        title: 'twenty-one words in capitals are no title',
        text: `${'WORD '.repeat(21).trim()}\n\n# Contents\n\nINTRO.....\t1\n`,
        found: { title: null },
      },
      {
        title: 'a colophon before the contents: the title and publication date its labels give',
        form: 'colophon',
        text:
          'Título: Informe sobre el agua.\nFecha de edición: Marzo de 2022\nISBN: 978-0-00-000000-0\n\n' +
          '# Índice\n\nIntroducción.....\t1\n',
        found: { title: 'Informe sobre el agua', date: '2022-03', titleLine: 1 },
      },
      {
        title: 'a colophon’s date label before prose is no date',
        text: 'Date: to be agreed with the members\n\n# Contents\n\nINTRO.....\t1\n',
        found: { title: null, date: null },
      },
      {
        title: 'a blog post’s byline under its title: the date it gives is the document’s (German, English)',
        form: 'byline',
        text: '# Ein Bericht von der Tagung\n\nVeröffentlicht am 8. August 2014 von Anna Berg\n\nIm letzten Jahr fand die Tagung statt.\n',
        found: { title: 'Ein Bericht von der Tagung', date: '2014-08-08' },
      },
      {
        title: 'a byline with no date, or a sentence that opens like one, gives no date',
        text:
          '# Workshop notes\n\nPosted by Anna Berg\n\n' +
          'Published results from the 2019 survey were discussed at length by the members of the group that day.\n',
        found: { title: 'Workshop notes', date: null },
      },
      {
        title: 'the first date on the cover is its date',
        text: 'March 2020\n\n5 May 2021\n\n# Contents\n\nINTRO.....\t1\n',
        found: { date: '2020-03' },
      },
      {
        title: 'a document type and organisation line of fourteen words; the full stop dropped',
        text: 'Meeting report of the Westlake Frontend Circle of friends and colleagues from the city.\n\n# Contents\n\nINTRO.....\t1\n',
        found: { documentType: 'Meeting Report', organization: 'Westlake Frontend Circle of friends and colleagues from the city' },
      },
      {
        title: 'a line of fifteen words is no document type and organisation',
        text: 'Meeting report of the Westlake Frontend Circle of friends and colleagues from the old city\n\n# Contents\n\nINTRO.....\t1\n',
        found: { documentType: null, organization: null },
      },
      {
        title: 'a title that names no meeting gives no meeting day, only the date',
        text: '# Annual Review (Oct 13, 2025)\n\n## Opening\n\nText.\n',
        found: { title: 'Annual Review (Oct 13, 2025)', date: '2025-10-13', meetingDay: null },
      },
      {
        title: 'a title page’s first line naming a meeting, of twenty-five words at most',
        text: `Workshop ${'on things '.repeat(12).trim()}\n\n# Contents\n\nINTRO.....\t1\n`,
        found: { title: `Workshop ${'on things '.repeat(12).trim()}` },
      },
      {
        title: 'a line naming a meeting of twenty-six words is prose',
        text: `Workshop ${'on things '.repeat(12).trim()} again\n\n# Contents\n\nINTRO.....\t1\n`,
        found: { title: null },
      },
      {
        title:
          'a log of meetings in one Word file (`# Notulen 11 februari 2020`, `# Notulen 13 februari 2020`): its first ' +
          'heading titles the file and gives its date in Dutch',
        form: 'title of a log of dated meetings',
        text: '# Notulen 11 februari 2020\n\nDe taken zijn verdeeld.\n\n# Notulen 13 februari 2020\n\nHet design is klaar.\n',
        found: { title: 'Notulen 11 februari 2020', date: '2020-02-11' },
      },
      {
        title: 'without contents, a subtitle naming the document and short lines under the title belong to the title page',
        text: '# 5 May 2021\n\n## ATA 001/2021\n\nScientific Committee\n\nA sentence of the body begins here.\n\n## Pauta\n',
        found: { title: '5 May 2021', documentType: 'Ata 001/2021', organization: 'Scientific Committee', date: '2021-05-05' },
      },
      {
        title: 'a cover line saying who organised the meeting gives the body without the phrase (`Organised by the …`)',
        text:
          '# Workshop Report: Data Sharing\n\nOrganised by the European Bioinformatics Institute (EMBL-EBI)\n\n' +
          'The workshop met twice.\n',
        found: { title: 'Workshop Report: Data Sharing', organization: 'European Bioinformatics Institute' },
      },
      {
        title: 'a byline without a date that says who published the report gives the body (`Published by the …`)',
        text: '# Harbour Water Quality Report 2021\n\nPublished by the Northern Estuary Trust\n\n## Summary\n\nThe water was clear.\n',
        found: { title: 'Harbour Water Quality Report 2021', organization: 'Northern Estuary Trust', date: null },
      },
      {
        title: 'a heading over prose (a disclaimer) is not the title; the heading after it is',
        text:
          '## Disclaimer\n\n' +
          'This document has been produced without formal editing and the views are those of the authors alone.\n' +
          '\n# THE REAL TITLE\n\n# Contents\n\nINTRO.....\t1\n',
        found: { title: 'THE REAL TITLE' },
      },
      {
        title: 'the first document type and the first organisation win; a later type line is an organisation',
        text:
          'WORKSHOP REPORT\n\nFinal Minutes\n\nMinistry of Energy\n\nNational Agency of Water\n\n' +
          'Summary record of the Council\n\n# Contents\n\nINTRO.....\t1\n',
        found: { documentType: 'Workshop Report', organization: 'Ministry of Energy' },
      },
      {
        title: 'an organisation’s acronym is dropped only at the end, with or without a space before it',
        text: 'National Agency of Water(NAW2)\n\n# Contents\n\nINTRO.....\t1\n',
        found: { organization: 'National Agency of Water' },
      },
      {
        title: 'an acronym inside an organisation’s name stays',
        text: 'National Agency (NAW) of Water\n\n# Contents\n\nINTRO.....\t1\n',
        found: { organization: 'National Agency (NAW) of Water' },
      },
      {
        title: 'an organisation after a document type keeps the full stops inside it',
        text: 'Report of the St. Mary Circle.\n\n# Contents\n\nINTRO.....\t1\n',
        found: { documentType: 'Report', organization: 'St. Mary Circle' },
      },
      {
        title: 'prose under a styled line is not a title, though it names a meeting',
        text:
          '**Foreword**\n\n' +
          'This workshop report was written by the members of the working group over many months of work.\n\n' +
          '# Contents\n\nINTRO.....\t1\n',
        found: { title: null },
      },
      {
        title: 'a date line wins over a date in the title',
        text: '# Workshop of 3 May 2021\n\nMarch 2020\n\n# Contents\n\nINTRO.....\t1\n',
        found: { title: 'Workshop of 3 May 2021', date: '2020-03' },
      },
      {
        title: 'an aside naming the document does not replace a title that is no date',
        text: '# Real Title\n\n??? info "Ata da Reunião do Comitê"\n\n    Texto.\n\n## Pauta\n',
        found: { title: 'Real Title' },
      },
      {
        title: 'a word in a title is no organisation of its own',
        text: '# Guild Meeting Notes\n\nText of the notes, long enough to be read as prose by anyone who reads it.\n',
        found: { title: 'Guild Meeting Notes', organization: null },
      },
      {
        title: 'no cover: the first line naming a meeting is the title, wrapped lines and all; a publishing body in a line of its own',
        form: 'top lines',
        text: 'MINUTES OF THE ORDINARY SESSION OF THE BOARD,\nHELD ON 3 MAY 2021\nRiverside Harbour Trust\n\n## Attendance\n',
        found: {
          title: 'MINUTES OF THE ORDINARY SESSION OF THE BOARD, HELD ON 3 MAY 2021',
          organization: 'Riverside Harbour Trust',
          date: '2021-05-03',
        },
      },
      {
        title: 'no cover: a body named in part of a line; a label’s line and a sentence are not read',
        text: 'Junta directiva - Asociación Hidrográfica del Norte\nFecha: 12 de marzo de 2025\n\nSe abre la sesión.\n',
        found: { organization: 'Asociación Hidrográfica del Norte' },
      },
      {
        title: 'a Word document’s first line naming the sitting and its day is the title; the heading under it is the body’s',
        form: 'meeting name over its day',
        text: 'Conseil municipal du 4 juin 2021\n\n# Subventions associatives\n\nRappel des demandes.\n\n# Questions diverses\n',
        found: { title: 'Conseil municipal du 4 juin 2021', date: '2021-06-04', meetingDay: '2021-06-04' },
      },
      {
        title: 'a top paragraph’s line whose sentence goes on in lowercase on the next is prose, no organisation’s line',
        text:
          'Conseil municipal du 12 mars 2024\n\nL’an deux mille vingt-quatre, le douze mars à vingt heures, le Conseil\n' +
          'municipal de la commune de Sainte-Aube s’est réuni.\n\n# Budget\n',
        found: { title: 'Conseil municipal du 12 mars 2024', organization: null },
      },
      {
        title: 'no cover: a line under the title naming the sitting and its day gives the date',
        text: 'PROCÈS-VERBAL DU CONSEIL MUNICIPAL\nDE LA COMMUNE DE BRIENNE\nSéance du 23 juillet 2020\n\nLe conseil s’est réuni.\n',
        found: { title: 'PROCÈS-VERBAL DU CONSEIL MUNICIPAL DE LA COMMUNE DE BRIENNE', date: '2020-07-23', meetingDay: '2020-07-23' },
      },
      {
        title: 'no cover: a meeting’s name in capitals over its day and hour is the title, the day the meeting’s',
        form: 'meeting name over its day',
        text: 'Harbour Transit Authority\n\nEXECUTIVE COMMITTEE MEETING\nMay 18, 2017 at 12:00 PM\n\nThe chair opened the meeting.\n',
        found: {
          title: 'EXECUTIVE COMMITTEE MEETING',
          date: '2017-05-18',
          meetingDay: '2017-05-18',
          organization: 'Harbour Transit Authority',
        },
      },
      {
        title:
          'no cover: a meeting’s name left open by a small word (`… DU`) runs into its day on the next line: both the ' +
          'title, and its first line names no body',
        form: 'meeting name over its day',
        text:
          'PROCÈS VERBAL DU CONSEIL MUNICIPAL DU\nLUNDI 27 JANVIER 2025\nLe jeudi 23 janvier 2025 : convocation du Conseil ' +
          'municipal.\n\nM. Paul DURAND est désigné secrétaire de séance.\n',
        found: {
          title: 'PROCÈS VERBAL DU CONSEIL MUNICIPAL DU LUNDI 27 JANVIER 2025',
          date: '2025-01-27',
          meetingDay: '2025-01-27',
          organization: null,
        },
      },
      {
        title: 'no cover: the day over the meeting’s name in title case; the name is no organisation',
        form: 'meeting name over its day',
        text: '2022-03-18\nSpecial Board of Directors Meeting\n\nCHAIR: I call the meeting to order.\n',
        found: { title: 'Special Board of Directors Meeting', date: '2022-03-18', meetingDay: '2022-03-18', organization: null },
      },
      {
        title: 'a title that is a labelled subject: the value; the meeting’s name too when the label names the meeting',
        form: 'labelled subject',
        text: '**会议主题** ：Harbour 社区会议 8.24\n\n**参会人** ：Anna, Ben\n\n## 议题\n\nText.\n',
        found: { title: 'Harbour 社区会议 8.24', meetingName: 'Harbour 社区会议 8.24' },
      },
      {
        title:
          'a Word minutes’ header table (a grid table opening the document): its labelled subject is the title, its ' +
          'date the document’s, a cell naming only the kind of document its type',
        form: 'labelled subject',
        text:
          '+----------------------------------+-----------+\n| **Refonte des standards**        | Animation |\n' +
          '+----------------------------------+-----------+\n| **COMPTE-RENDU DE REUNION**      |           |\n' +
          '+----------------------------------+-----------+\n| **Objet :** Réunion plénière du  |           |\n' +
          '| groupe du 12/10/2023 à 14h00.    |           |\n+----------------------------------+-----------+\n\n' +
          '## Récapitulatif\n\nLe compte rendu de la dernière plénière est approuvé sans remarque.\n',
        found: {
          title: 'Réunion plénière du groupe du 12/10/2023 à 14h00',
          documentType: 'Compte-Rendu de Reunion',
          date: '2023-10-12',
        },
      },
      {
        title: 'a subject’s label that names no meeting gives the title only',
        form: 'labelled subject',
        text: '# Subject: Budget review\n\nText of the notes, long enough to be read as prose by anyone who reads it.\n',
        found: { title: 'Budget review', meetingName: null },
      },
      {
        title: 'a call recorder’s export: the meeting’s name, the recording’s start and the type in the first line',
        form: 'export stem',
        text: 'Release planning-20250312_100102-Meeting Transcript\n\n12 March 2025, 10:01am\n\n27m 42s\n\nAnna Berg 0:04\\\nHello.\n',
        found: { title: 'Release planning', documentType: 'Meeting Transcript', date: '2025-03-12', meetingDay: '2025-03-12' },
      },
      {
        title: 'a stem whose start is no day is kept whole as the title',
        form: 'export stem',
        text: 'Release planning-20251345_100102-Meeting Transcript\n\nText of the notes, long enough to be read as prose.\n',
        found: { title: 'Release planning-20251345_100102-Meeting Transcript', meetingDay: null },
      },
      {
        title: 'a tail the lexicons know as no document type (`Meeting Recording`) gives the name and day, no type',
        form: 'export stem',
        text: 'Sync-20250312_100102-Meeting Recording\n\nMarch 12, 2025, 3:42PM\n\nAnna Berg 0:04\\\nHello.\n',
        found: { title: 'Sync', documentType: null, date: '2025-03-12' },
      },
      {
        title: 'no cover: a title in capitals ends at its full stop, before a label’s line in capitals',
        form: 'top lines',
        text: 'ACTA DE LA SESIÓN ORDINARIA DEL PLENO,\nCELEBRADA EL DÍA 3 DE MAYO DE 2021.\nSEÑORES ASISTENTES:\n\nSe abre la sesión.\n',
        found: { title: 'ACTA DE LA SESIÓN ORDINARIA DEL PLENO, CELEBRADA EL DÍA 3 DE MAYO DE 2021.', date: '2021-05-03' },
      },
      {
        title: 'another meeting over a day, a sentence naming a meeting, a list item’s date are no meeting’s name and day',
        text:
          'Notes of the call\n\nNext Meeting\nJune 5, 2021\n\nThe meeting was moved.\n3 May 2021\n\n' +
          '- Board Meeting\n- 4 May 2021\n\nText of the notes, long enough to be read as prose by anyone who reads it.\n',
        found: { meetingDay: null, date: null },
      },
      {
        title: 'no cover: a first line that labels the meeting’s date (`Meeting Date: …`) is no title',
        text: 'Meeting Date: 2022-11-08\nMinutes taken by: Anna\n\n** Agenda\n\nText of the minutes.\n',
        found: { title: null },
      },
      {
        title:
          'no cover: plain minutes opening with a given name’s turn (`Ryan: Meeting called to order`) have no title, ' +
          'and a roll call’s heading (`Board Members`) names no body',
        text:
          'Ryan: Meeting called to order\nRyan; asks for the reports of the officers.\n\n' +
          'Board Members\nRyan McDermott - Chair\nLarry Campbell - Treasurer\nPrescott Ogden - Secretary\n\n' +
          'Larry, The accounts of the year are in order.\nPrescott - I agree with the accounts as they stand.\n' +
          'Ryan; we will publish them in May after the board has read them.\nLarry; the auditors are content with it.\n' +
          'Prescott; I will send them to the members.\n\f',
        found: { title: null, organization: null },
      },
      {
        title: 'no cover: a chat log’s first message is a turn, though it names the meeting (`meeting in a few minutes`)',
        text:
          '[2018-03-26 10:58:00] <anna> good morning everyone. meeting in a few minutes. karl bob\n' +
          '[2018-03-26 11:00:09] <karl> morning\n[2018-03-26 11:01:02] <anna> so, to the agenda\n',
        found: { title: null },
      },
      {
        title: 'a subtitle naming the document and its day: the heading over it is the title, past a site’s banner heading',
        form: 'dated subtitle',
        text:
          '# The Harbour Community Group\n\n## Open standards for harbours\n\n### [Go Back](../)\n\n' +
          '# Harbour CG Telecon\n\n## Minutes for 2020-04-07\n\nTopics\n\n1. [Introductions](#topic-1)\n2. [Reports](#topic-2)\n\n' +
          '# Topic: Introductions\n\nText.\n\n# Topic: Reports\n\nText.\n',
        found: { title: 'Harbour CG Telecon', documentType: 'Minutes', date: '2020-04-07', meetingDay: '2020-04-07' },
      },
      {
        title: 'a subtitle naming the document without a day leaves the first heading the title',
        text: '# Harbour Group\n\n## Annual report\n\n# Findings\n\n## Summary\n\nText of the report.\n',
        found: { title: 'Harbour Group', date: null },
      },
      {
        title: 'a series’ heading: its day and month with the year printed apart',
        form: 'dated subtitle',
        text: '# Harbour CG Calls 2025, Public Notes, Oct 9\n\n * Chair: Anna Berg\n\n## Agenda\n\nText.\n',
        found: { title: 'Harbour CG Calls 2025, Public Notes, Oct 9', date: '2025-10-09' },
      },
      {
        title: 'a day and month with two years apart, or a number that is no day, give no date',
        text: '# Harbour Notes 2024–2025, Oct 9\n\nText.\n\n## Agenda\n\nText.\n',
        found: { date: null },
      },
      {
        title: 'a report dated under its text: the day alone on its last line; the span of days its title gives is the meeting’s',
        form: 'closing date',
        text:
          'Report of the Harbour Workshop, 14-18 March 2022\n\nThe workshop met for five days and agreed on three next steps.\n\n' +
          '## Next steps\n\nThe group will meet again in the autumn.\n\n22 April 2022\n',
        found: { date: '2022-04-22', meetingDay: '2022-03-14/2022-03-18' },
      },
      {
        title: 'a day alone under a heading at the end (`Next meeting` / `3 May 2022`) is the next meeting’s, no closing date',
        form: 'closing date',
        text: 'Harbour Board notes\n\nThe board met and agreed the budget.\n\n## Next meeting\n\n3 May 2022\n',
        found: { date: null },
      },
      {
        title: 'no cover: a first line naming no meeting or document is no title',
        text: 'We met in the library of the Ministry.\n\n## Notes\n',
        found: { title: null, organization: null },
      },
    ],
    notOk: [],
  },
})

// Stryker restore all: a comment inside the detector's object would not end the examples' exemption
/**
 * A title block's title and day (the meeting's, when the title names one), and its organisation: a line of it naming a
 * body, or the title itself when it is a group's name (`DNS Operations (DNSOP) Working Group`).
 */
function readTitleBlock(result: CoverResult, block: TitleBlock, organization: RegExp): void {
  Object.assign(result, { title: block.title, titleLine: block.line, date: block.date })
  if (block.date !== null && MEETING.test(block.title)) result.meetingDay = block.date
  const named = block.others.find((text) => organization.test(text) && isNameLine(text))
  if (named) result.organization = withoutTrailingAcronym(caseAsTitle(named))
  else if (organization.test(block.title) && !MEETING.test(block.title)) result.organization = withoutTrailingAcronym(block.title)
}

/** A series' cover: its title, and the series' numbered meeting and the kind of document it names. */
function readSeries(result: CoverResult, series: SeriesCover): void {
  result.title = series.title
  result.titleLine = series.titleLine
  result.meetingName = series.meetingName
  // As printed (`NII Shonan Meeting Report`), an opener's word capitalised (`report` → `Report`).
  const type = series.documentType
  result.documentType = type === null ? null : type.charAt(0).toUpperCase() + type.slice(1)
}

/** Entries at the top of a plain text without a contents page where a series' cover is looked for. */
const SERIES_REACH = 12

/** A series' cover line; a publisher's name over its address (`National Institute of Informatics` / `2-1-2 …`): its first line. */
function seriesCoverLine(entry: FlowEntry): string {
  const lines = entry.node.type === 'paragraph' ? paragraphLines(entry.node).map((line) => line.text.trim()) : []
  return lines.length === 2 && /\d/.test(lines[1]!) && !/\d/.test(lines[0]!) ? lines[0]! : flatText(entry.node)
}

/** An e-mail address: an editor's affiliation under its footnote's number (`1   University of Manchester, GB, ann@…`). */
const EMAIL = /[\w.+-]@[\w-]+\.\w/u

/** A plain text's entries before its body's first numbered heading (`1   Executive Summary`): the cover's. */
function beforeNumberedHeading(region: readonly FlowEntry[]): FlowEntry[] {
  const end = region.findIndex((entry) => {
    if (entry.node.type !== 'heading') return false
    const text = flatText(entry.node)
    const numbered = (entry.node.data !== undefined && 'sectionNumber' in entry.node.data) || splitNumber(text).number !== null
    return numbered && !EMAIL.test(text)
  })
  return end < 0 ? [...region] : region.slice(0, end)
}

/** A short line naming a kind of meeting and ending with its day ("Séance du 23 Juillet 2020", "Meeting of 3 May 2021"). */
function isMeetingDayLine(text: string, words: number): boolean {
  const day = words <= 6 && MEETING.test(text) ? findDay(text) : null
  return day !== null && day.index + day.length >= trimEndWhere(text, (char) => char === '.' || isSpace(char)).length
}

/** The day the meeting sat, from such a line, and the document's date with it. */
function setMeetingDay(result: CoverResult, text: string): void {
  result.meetingDay = findDay(text)!.iso
  result.date = result.meetingDay.slice(0, 10)
}

/** A paragraph in capitals that names neither the publisher nor the document's type nor a date: a title. */
function isCapsTitle(entry: FlowEntry, documentType: RegExp, organization: RegExp): boolean {
  if (entry.node.type !== 'paragraph') return false
  const text = flatText(entry.node)
  const words = countWords(text)
  // A document's number (`DOE/SC-0188`) is no title.
  if (!isAllCaps(text) || words > 20 || isDocumentNumber(text)) return false
  return !organization.test(text) && !(words <= 6 && documentType.test(text)) && !isDateOnly(text)
}

/** Flow entries at the top of a document without a cover where its title and publisher are looked for. */
const TOP_ENTRIES = 4
/** Flow entries at the top of a report where a meeting's name over its day is looked for. */
const MEETING_LINE_REACH = 40
/** A top line of more words than this is prose. */
const TOP_LINE_WORDS = 12

/**
 * The short lines before the first heading of a document without a cover page: the first naming a
 * meeting or a document type is the title ("PMC 例会 2025-01-12"); a line or part of a line
 * ("Board - Riverside Harbour Trust") naming a publishing body is the organisation. Nothing is claimed:
 * they may be the body's first lines too.
 */
/** A colophon before the contents ("Título: …", "Fecha de edición: Mayo de 2021"): the title and date it labels, if none yet. */
function readColophon(region: readonly FlowEntry[], result: CoverResult): void {
  for (const entry of region) {
    if (entry.node.type !== 'paragraph') continue
    for (const { text } of paragraphLines(entry.node)) {
      const line = collapseSpace(text)
      const title = result.title === null ? COLOPHON_TITLE.exec(line) : null
      if (title) {
        result.title = title[1]!.replace(/\.$/, '')
        result.titleLine = entry.line
      }
      const date = result.date === null ? COLOPHON_DATE.exec(line) : null
      if (date && isDateOnly(date[1]!)) result.date = findDate(date[1]!)
    }
  }
}

/** The entries that open the document, but those a detector before took (a contents page without a heading). */
function unclaimedTop(flow: readonly FlowEntry[], claimed: (entry: FlowEntry) => boolean, count = TOP_ENTRIES): FlowEntry[] {
  const top: FlowEntry[] = []
  for (const entry of flow) {
    if (top.length >= count) break
    if (!claimed(entry)) top.push(entry)
  }
  return top
}

/** A cover with nothing found yet. */
// A bullet before a title (`- Hearing on water`, `\\- …` escaped): what a converter made of an HTML page's `<title>` line.
const TITLE_BULLET = /^\\?[-*+•▪‣]\s+(?=\S)/u

/** The cover with its title's leading bullet dropped. */
function withoutTitleBullet(result: CoverResult): CoverResult {
  return result.title === null ? result : { ...result, title: result.title.replace(TITLE_BULLET, '') }
}

function emptyCover(): CoverResult {
  return {
    title: null,
    meetingDay: null,
    meetingName: null,
    documentType: null,
    organization: null,
    date: null,
    titleLine: null,
    memo: false,
  }
}

function readTopLines(flow: readonly FlowEntry[], result: CoverResult, organization: RegExp, documentType: RegExp, plain = false): void {
  for (const entry of flow.slice(0, TOP_ENTRIES)) {
    if (entry.node.type === 'heading') break
    if (entry.node.type !== 'paragraph' || entry.item) continue
    const lines = paragraphLines(entry.node).slice(0, 6)
    let inTitle = 0
    // The title goes on over the lines its first line runs into (a comma, a small word, capitals going on; in plain
    // text, a line as long as a converter's wrapped one).
    let run = 1
    while (
      run < lines.length &&
      (runsOn(lines[run - 1]!.text, lines[run]!.text) || (plain && wrapsOn(lines[run - 1]!.text, lines[run]!.text)))
    )
      run++
    const title = collapseSpace(
      lines
        .slice(0, run)
        .map((line) => line.text)
        .join(' '),
    )
    // A first line cut after a small word (`2020 Software Developer Diversity and`) names the document with the next.
    const named = lines.length > 0 && SMALL_END.test(lines[0]!.text.trim()) ? title : (lines[0]?.text ?? '')
    if (
      result.title === null &&
      entry === flow[0] &&
      lines.length > 0 &&
      (MEETING.test(named) || documentType.test(named) || titleOverAuthors(lines, flow[1])) &&
      !isDateOrPlaceLine(lines[0]!.text) &&
      !isGivenTurn(entry)
    ) {
      inTitle = run
      if (countWords(title, 41) <= 40) {
        result.title = title
        result.titleLine = lines[0]!.line
      } else inTitle = 0
    }
    for (const [i, { text }] of lines.slice(0, 3).entries()) {
      const words = countWords(text, TOP_LINE_WORDS + 1)
      if (i >= inTitle && result.date === null && isMeetingDayLine(text.trim(), words)) setMeetingDay(result, text)
      if (result.documentType === null) result.documentType = typeByLabel(text.trim())
      if (words > TOP_LINE_WORDS || /[.;:]$/.test(text.trim()) || /^[^:：]{1,30}[:：]/u.test(text)) continue
      if (result.documentType === null) result.documentType = typeOfMeetingLine(text)
      // A line whose sentence goes on in lowercase on the next is prose wrapped (`…, le Conseil` / `municipal de …`).
      if (/^\p{Ll}/u.test(lines[i + 1]?.text.trim() ?? '')) continue
      const parts = text.split(SPACED_DASH)
      // A line of the title names the body only in a part of its own ("Board - Riverside Trust"); so does a
      // meeting's name read as the title ("OCF Board of Directors Meeting"), alone or with the day it runs into.
      const ofTitle = i < inTitle || (result.title?.startsWith(collapseSpace(text)) ?? false)
      if (result.organization === null && (!ofTitle || parts.length > 1)) {
        const bodies = parts.filter(
          (piece) =>
            organization.test(piece) &&
            !(countWords(piece) <= 3 && MEETING.test(piece)) &&
            isNameLine(piece) &&
            !PARTICIPANTS_HEADING.test(piece.trim()),
        )
        // "Junta directiva - Asociación QGIS España": a body's own name before a kind of body alone.
        const part = bodies.find(hasOwnName) ?? bodies[0]
        if (part) result.organization = withoutEndAcronym(caseAsTitle(collapseSpace(part)))
      }
    }
  }
}

/** A roll call's heading (`Board Members` over its names): no body's name. */
const PARTICIPANTS_HEADING = new RegExp(`^(?:${alternation(lexicon.participantsHeadings)})\\s*:?$`, 'iu')

/**
 * A paragraph a given name's label opens (`Ryan: Meeting called to order`, dialect/turn-lines.ts), or a chat log's
 * message or action (`[2018-03-26 10:58:00] <anna> meeting in a few minutes`): a turn, no title.
 */
function isGivenTurn(entry: FlowEntry): boolean {
  const data: { givenLabel?: unknown } | undefined = entry.node.data
  if (data?.givenLabel !== undefined) return true
  if (entry.node.type !== 'paragraph') return false
  const line = printedStart(entry.node)
  const first = line.charAt(0)
  if (first !== '<' && first !== '[' && (first < '0' || first > '9')) return false
  const form = readOpening(line)?.form
  return form === 'chat' || form === 'action'
}

/**
 * A label naming who wrote the document's type (`Minutes taken by: Hugo`, `Notes by: Ann Lee`): the type. The name after
 * the space opens with no space (`\S`): one way to part them, so a line of spaces fails in linear time.
 */
const TYPE_BY_LABEL = new RegExp(
  `^(${alternation(lexicon.documentTypes)})(?:\\s+\\p{L}+)?\\s+(?:${alternation(lexicon.authorWords)})(?:[ \\t]*[:：]|\\s+(\\S.*)$)`,
  'iu',
)
/** The person a type's line names with no colon (`Minutes by Paul Hoffman`); not `Report by the Treasurer`, an item's name. */
const BY_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*$/u

/** The type a label or a line naming who wrote the document gives, or null. */
function typeByLabel(text: string): string | null {
  const found = TYPE_BY_LABEL.exec(text)
  return found && (found[2] === undefined || BY_NAME.test(found[2])) ? titleCase(found[1]!) : null
}

/** A document type, "of" and what it records (`Minutes of a Regular Meeting of the Board`, `Protokoll der Sitzung …`). */
const TYPE_OF = new RegExp(`^(${alternation(lexicon.documentTypes)})\\s+(?:${alternation(lexicon.documentOfWords)})\\s+(\\S.*)$`, 'iu')

/** The type a line opening with it and the meeting it records gives; not `Report of the Treasurer`, an item's name. */
function typeOfMeetingLine(text: string): string | null {
  const found = TYPE_OF.exec(text.trim())
  return found && MEETING.test(found[2]!) ? caseAsTitle(found[1]!) : null
}

/** A short label, its colon and a value (`Meeting Date: 2022-11-08`). */
const LABELLED = /^([^:：]{1,40}?)[ \t]*[:：][ \t]*\S/u

/** A line that labels the meeting's date or place (`Meeting Date: 2022-11-08`, `Location: Online`): no title. */
function isDateOrPlaceLine(text: string): boolean {
  const match = LABELLED.exec(text.trim())
  return match !== null && labelKind(match[1]!) !== null
}

// Names one after another, each with its affiliations' marks: `Dagmar Waltemath1 , Falk Schreiber2,3 , Jonathan R. Karr4 ,`.
const AUTHOR_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\s?[\d*†‡]*(?:,\d+)*`
const AUTHOR_LIST = new RegExp(String.raw`^(?:${AUTHOR_NAME}\s*,\s*){2,}${AUTHOR_NAME}`, 'u')

/** A journal's first page: a short line, no sentence, over the list of its authors' names. */
function titleOverAuthors(lines: readonly { text: string }[], next: FlowEntry | undefined): boolean {
  if (lines.length !== 1 || next?.node.type !== 'paragraph') return false
  const title = lines[0]!.text.trim()
  if (countWords(title, 21) > 20 || /[.:;,]$/.test(title) || !/^\p{Lu}/u.test(title) || findDay(title) !== null) return false
  return AUTHOR_LIST.test(collapseSpace(flatText(next.node)))
}

const SMALL_END = new RegExp(
  `(?:^|\\s)(?:${alternation([...lexicon.smallWords, ...lexicon.nameConnectors, ...lexicon.documentOfWords])})$`,
  'iu',
)
// `DU 17 SEPTEMBRE 2021`, `OF THE BOARD`: a line opening with a small word goes on from the line before it.
const SMALL_START = new RegExp(`^(?:${alternation([...lexicon.smallWords, ...lexicon.documentOfWords])})\\s`, 'iu')

/**
 * Whether a title's line runs on into the next: it ends with a comma or a small word, or both are in capitals;
 * never after a full stop or into a label.
 */
function runsOn(line: string, next: string): boolean {
  const text = line.trim()
  // A sentence's end, or a label's line after it ("SEÑORES ASISTENTES:"), ends the title.
  if (/[.:]$/u.test(text) || /[:：]$/u.test(next.trim())) return false
  return (
    /,$/.test(text) || SMALL_END.test(text) || /^\p{Ll}/u.test(next.trim()) || (isAllCaps(text) && isAllCaps(next) && !isDateOnly(next))
  )
}

/** A plain-text title's line at least this long was wrapped by the converter (a PDF's title sentence over three lines). */
const WRAPPED_TITLE_LINE = 60

/**
 * In plain text, a title's line as long as a wrapped one goes on on the next (`Report … the workshop "Securing Data in
 * Ancient` / `Mesopotamia: …`), unless it ends a sentence or the next is a date alone or a label's heading.
 */
function wrapsOn(line: string, next: string): boolean {
  const text = line.trim()
  if (text.length < WRAPPED_TITLE_LINE || /[.:;!?]$/u.test(text) || /[:：]$/u.test(next.trim())) return false
  return !isDateOnly(next.trim())
}

// A line that says only what a report's usual section says ("Executive Summary") heads that section.
const SECTION_NAME = new RegExp(`^(?:${alternation(lexicon.sectionNames)})$`, 'iu')

/**
 * A line naming the document's type: of four words at most, the whole line ("Final Workshop Report 2019"),
 * unless a label's colon or a date says the type is only part of it ("Notes: A. Kumar", "Minutes for 2020-04-07").
 */
const AUTHOR = new RegExp(`^(?:${alternation(lexicon.authorWords)}) \\p{Lu}`, 'iu')

/** A byline under the title: its day, then "by" and a name ("03 Apr 2019 by Anna Berg"), or the name, then the day. */
function authorLineDate(text: string): string | null {
  const day = findDay(text)
  if (!day || day.iso.includes('/')) return null
  const before = text.slice(0, day.index).trim()
  const after = text.slice(day.index + day.length).trim()
  if (before === '' && AUTHOR.test(after)) return day.iso
  return AUTHOR.test(before) && (after === '' || after === '.') ? day.iso : null
}

function typeOfLine(text: string, words: number, documentType: RegExp): string {
  const whole = words <= 4 && !/[:：]/u.test(text) && findDay(text) === null
  if (whole) return caseAsTitle(text)
  // The kind of meeting written before the type is part of it ("… Ecosystem Workshop Report": "Workshop Report").
  const type = documentType.exec(text)!
  const head = text.slice(0, type.index)
  const before = head.endsWith(' ') ? head.slice(head.lastIndexOf(' ', head.length - 2) + 1, -1) : ''
  return titleCase(before && MEETING_WORD.test(before) ? `${before} ${type[0]}` : type[0])
}

const MEETING_WORD = new RegExp(`^${wholeWords(lexicon.meetingWords)}$`, 'iu')

/**
 * A line that can be a body's name: it opens with a capital and is whole. Not a bracketed note ("[From the
 * Government Printing Office]"), a line a dash leaves open ("Programme for Safety -"), or a line a margin's
 * number opens ("1 in the District Court"), or a labelled line (`Moderator: Ms. Anna Berg, …, Nordic Institute`).
 */
function isNameLine(text: string): boolean {
  const line = text.trim()
  return /^\p{Lu}/u.test(line) && !/[-–—:]$/u.test(line) && !LABELLED.test(line)
}

function caseAsTitle(text: string): string {
  return isAllCaps(text) ? titleCase(text) : text
}

/**
 * Without a contents page, only the top-level heading lines that open the document form its title:
 * the first `#` run, when nothing but a few notes and no other heading comes before it.
 */
function leadingTitle(
  flow: readonly FlowEntry[],
  documentType: RegExp,
  plain: boolean,
  claimed: (entry: FlowEntry) => boolean,
): FlowEntry[] {
  const bold = plain ? [] : boldTitleRun(flow, documentType, claimed)
  if (bold.length > 0) return [...bold, ...shortLinesAfter(flow, bold.at(-1)!.index + 1)]
  const subtitled = datedSubtitleOf(flow.slice(0, SUBTITLE_REACH), documentType)
  if (subtitled) return [...subtitled, ...shortLinesAfter(flow, subtitled[1].index + 1)]
  const start = flow.slice(0, 6).findIndex((entry) => entry.node.type === 'heading')
  // In plain text a heading after a sentence (`This report summarizes the workshop.`) is the body's, not the title.
  if (plain && flow.slice(0, Math.max(0, start)).some((entry) => entry.node.type === 'paragraph' && isSentence(flatText(entry.node))))
    return []
  // A Word document's title as its first line, naming the sitting and its day (`Conseil municipal du 4 juin 2021`), over
  // Word's headings: the first of those is the body's.
  const opening = start > 0 && flow[0]!.node.type === 'paragraph' ? flatText(flow[0]!.node) : ''
  if (!plain && opening !== '' && isMeetingDayLine(opening, countWords(opening, 7))) return []
  const first = flow[start]?.node
  // A numbered heading ("1. Introduction", a plain-text reader's "议题一：…") or a part's label over numbered ones
  // (the reader's `议题：`) opens the body, it is no title.
  const printed = first?.type === 'heading' && first.data !== undefined && ('sectionNumber' in first.data || 'outlinePart' in first.data)
  // A heading of any depth over the minutes' roster (`## Minutes of …` / `**Scribe:** Anna Berg`) is their title.
  const titled = first?.type === 'heading' && (first.depth === 1 || isRosterLine(flow[start + 1]))
  if (start < 0 || first?.type !== 'heading' || !titled || printed || splitNumber(flatText(first)).number !== null) return []
  // A part's name as the first heading (`Summary`, `Quick summary` underlined, over `Roll call`, `Meeting`) opens the body.
  if (SECTION_NAME.test(flatText(first).trim())) return []
  const region: FlowEntry[] = []
  let i = start
  for (; i < flow.length; i++) {
    const entry = flow[i]!
    if (entry.node.type === 'html') continue
    if (entry.node.type !== 'heading' || entry.node.depth !== first.depth) {
      // A subtitle naming the document ("## ATA 001/2021 - Revisão 004") belongs to the title page.
      const text = entry.node.type === 'heading' ? flatText(entry.node) : ''
      if (countWords(text, 6) <= 6 && documentType.test(text) && !SECTION_NAME.test(text)) region.push(flow[i++]!)
      break
    }
    region.push(entry)
  }
  return [...region, ...shortLinesAfter(flow, i)]
}

/** A participants list's label opening a paragraph, the names after it (`Scribe: Anna Berg`, `Present: …`). */
const ROSTER_LINE = new RegExp(`^(?:${alternation(lexicon.participantsHeadings)})\\s*:\\s*\\S`, 'iu')

function isRosterLine(entry: FlowEntry | undefined): boolean {
  // The label's colon first: the pattern of every participants heading is not run (nor compiled) on a line without one.
  return entry?.node.type === 'paragraph' && flatText(entry.node).includes(':') && ROSTER_LINE.test(flatText(entry.node))
}

/** A month's name in any active language, as a whole word (lowercase). */
const MONTH_NAMES = new Set(Object.keys(lexicon.months))

/** A heading's words with its numbers and months taken out: what the headings of a log's entries share. */
function logShape(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => !/\d/u.test(word) && !MONTH_NAMES.has(word))
    .join(' ')
}

/** A run of title lines (stacked headings, bold lines) is the title, read as one line. */
function titleFromRun(result: CoverResult, titleRun: readonly FlowEntry[]): void {
  if (titleRun.length === 0) return
  result.title = collapseSpace(titleRun.map((entry) => flatText(entry.node)).join(' '))
  result.titleLine = titleRun[0]!.line
}

/**
 * A title of one heading that opens a log of dated meetings titles the file and stays its first section (a run of stacked
 * headings alike but for a number stays the title alone: the test runs once, not for each of them).
 */
function datedLogOpener(titleRun: readonly FlowEntry[], flow: readonly FlowEntry[]): FlowEntry | undefined {
  return titleRun.length === 1 && opensDatedLog(titleRun[0]!, flow) ? titleRun[0] : undefined
}

/**
 * A heading that opens a log of meetings appended to one Word file (`# Notulen 11 februari 2020`, then
 * `# Notulen 13 februari 2020`, …): a later heading of the same depth says the same but its date or number. Its
 * line titles the file and heads the first meeting's section too.
 */
function opensDatedLog(entry: FlowEntry, flow: readonly FlowEntry[]): boolean {
  if (entry.node.type !== 'heading') return false
  const { depth } = entry.node
  const text = flatText(entry.node)
  const shape = logShape(text)
  if (shape === '' || shape === text.toLowerCase() || countWords(text, 8) > 8) return false
  return flow.some(
    (other) =>
      other.index > entry.index && other.node.type === 'heading' && other.node.depth === depth && logShape(flatText(other.node)) === shape,
  )
}

/** A title line of its own read from the top lines (a journal's title over its authors) is the cover's, not a heading. */
function claimTitleLine(context: DetectContext, result: CoverResult): void {
  const [top, next] = context.flow
  if (top?.node.type === 'paragraph' && top.line === result.titleLine && titleOverAuthors(paragraphLines(top.node), next))
    context.claims.claim(top.node)
}

/** Prose of five words or more ending with a full stop. */
function isSentence(text: string): boolean {
  return /\p{Ll}\s?[.!]$/u.test(text.trim()) && countWords(text, 5) >= 5
}

/**
 * A line ending a sentence or opening a list, in either script's punctuation: a Chinese record's first turn under its
 * title (`林召集人文：…意見。`) is no line of its cover.
 */
const LINE_END = /[.!?;:。！？；：]$/u
/** A clause's comma, or a Chinese item's number (`二、…`): prose or a list, no cover line. */
const CJK_PROSE = /，|^[一二三四五六七八九十]+[、．]/u
/** Characters a short line never passes: a line in a script without spaces (Chinese) is one run of letters. */
const SHORT_LINE_CHARS = 80

/** The short plain lines under a title, from flow index `i`: the report's kind, organisation and date. */
function shortLinesAfter(flow: readonly FlowEntry[], i: number): FlowEntry[] {
  const lines: FlowEntry[] = []
  for (; i < flow.length; i++) {
    const entry = flow[i]!
    if (entry.node.type === 'html') continue
    if (entry.node.type !== 'paragraph' || entry.item || soleEmphasis(entry.node)) break
    const text = flatText(entry.node)
    const ended = LINE_END.test(text) || CJK_PROSE.test(text) || isRecordedSpeakerLine(text, flow[i + 1])
    if (countWords(text, 8) > 8 || text.length > SHORT_LINE_CHARS || ended) break
    lines.push(entry)
  }
  return lines
}

/**
 * A recorder's first speaker line under the title (`00:00:03 Speaker 1`, `@0:00 - Anna Berg`, a name over its time):
 * the time into the recording, with its seconds or a link's `@`, as a cover's clock time (`19:30 Uhr`) has not. It
 * opens the body.
 */
function isRecordedSpeakerLine(text: string, next: FlowEntry | undefined): boolean {
  // A table row's name over its time (`Anna Berg` / `00:00:03`, each a cell's paragraph).
  const split = next?.node.type === 'paragraph' ? splitStampLabel(text, flatText(next.node)) : null
  if (split !== null && split.time!.split(':').length === 3) return true
  const first = text.charAt(0)
  if (first !== '@' && (first < '0' || first > '9')) return false
  const opening = leadStampedLine(text)
  return opening !== null && (first === '@' || opening.time!.split(':').length === 3)
}

/** Most bold lines a Word document's title takes at its top. */
const MAX_BOLD_TITLE = 3
/** Entries at the top passed over before a bold title: a page's number, a rule, what a detector before took. */
const MAX_BEFORE_BOLD = 3

/**
 * The bold-only lines that open a document with no `#` heading before them, as a Word document's title reads
 * through pandoc (`**COMMUNE DE …**` over `**Compte rendu du conseil municipal du 8 mars 2016**`): not a
 * sentence's (a full stop, but after an abbreviation in capitals: `CO.`, `A.M.`) or a numbered agenda item's,
 * and some text after them. A label's line (a colon) after them ends them; one among them is no title.
 */
function boldTitleRun(flow: readonly FlowEntry[], documentType: RegExp, claimed: (entry: FlowEntry) => boolean): FlowEntry[] {
  const run: FlowEntry[] = []
  let passed = 0
  for (const entry of flow) {
    if (entry.node.type === 'html') continue
    if (run.length === 0 && passed < MAX_BEFORE_BOLD && isBeforeTitle(entry, claimed)) {
      passed++
      continue
    }
    const styled = entry.node.type === 'paragraph' && !entry.item && allStrong(entry.node)
    if (!styled || run.length > MAX_BOLD_TITLE) break
    const text = flatText(entry.node)
    if (run.length > 0 && /[:：]$/u.test(text)) break
    if (countWords(text, 20) > 20 || /[:;,]$/.test(text) || (text.endsWith('.') && !CAPS_ABBREVIATION_END.test(text))) return []
    if (text.includes('|') || splitNumber(text).number !== null) return []
    run.push(entry)
  }
  // A title names a meeting, a kind of document or a day; a speaker's line or a topic's (`**Results, Follow-up**`) does not.
  const names = (entry: FlowEntry) =>
    MEETING.test(flatText(entry.node)) || documentType.test(flatText(entry.node)) || findDay(flatText(entry.node)) !== null
  return run.length <= MAX_BOLD_TITLE && flow.length > run.length + 1 && run.some(names) ? run : []
}

// "… RATHKEALE, CO.", "… AT 9.00 A.M.": a line of a title may end with an abbreviation in capitals.
const CAPS_ABBREVIATION_END = /(?:^|[\s.])\p{Lu}{1,3}\.$/u

/** A Word document's bold title lines at the top, but a body's name in capitals over them. */
function boldTitleOf(flow: readonly FlowEntry[], documentType: RegExp, claimed: (entry: FlowEntry) => boolean): FlowEntry[] {
  return withoutBodyLine(boldTitleRun(flow, documentType, claimed), documentType)
}

/**
 * A bold title's lines without the first when it is a body's name in capitals over them (a line ending open, "… OF",
 * runs on; so does one the next goes on from in lowercase or from a small word: `COMPTE RENDU` over `du CONSEIL
 * MUNICIPAL de …`, `… CONSEIL MUNICIPAL` over `DU 17 SEPTEMBRE 2021`). A line naming the document's type is no body's.
 */
function withoutBodyLine(bold: FlowEntry[], documentType: RegExp): FlowEntry[] {
  const head = bold.length > 1 ? flatText(bold[0]!.node) : ''
  const next = bold.length > 1 ? flatText(bold[1]!.node) : ''
  const continued = /^\p{Ll}/u.test(next) || SMALL_START.test(next)
  const body = isAllCaps(head) && !/,$/u.test(head) && !SMALL_END.test(head) && !documentType.test(head)
  return body && !continued ? bold.slice(1) : bold
}

/**
 * A page's number, a rule, or an entry a detector before took (a source's link) before a bold title; a letterhead's
 * lines too: its place and date (`… Kénitra Le : 01/09/2019`), a form's field left blank (`**Adresse : ……**`).
 */
function isBeforeTitle(entry: FlowEntry, claimed: (entry: FlowEntry) => boolean): boolean {
  if (entry.node.type === 'thematicBreak' || claimed(entry)) return true
  if (entry.node.type !== 'paragraph') return false
  const text = flatText(entry.node).trim()
  return /^\d{1,3}$/u.test(text) || BLANK_FIELD.test(text) || datelineOf([entry]) !== null
}

/** A form's label over a blank to fill (`Adresse : ………`, `Date: ____`): dots or underscores only after its colon. */
const BLANK_FIELD = /^[^:：\n]{1,40}[:：][\s._…]{3,}$/u

/** A paragraph of bold runs only (`**LIMERICK ON TUESDAY, 19TH** **JUNE, 2023**`, as a PDF's converter splits a line). */
function allStrong(node: Paragraph): boolean {
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return meaningful.length > 0 && meaningful.every((child) => child.type === 'strong')
}

/**
 * The heading a subtitle naming the document and its day stands under ("# Credentials CG Telecon" over
 * "## Minutes for 2020-04-07"): the title, though a site's banner heading comes before it.
 */
function datedSubtitleOf(region: readonly FlowEntry[], documentType: RegExp): [FlowEntry, FlowEntry] | null {
  const headings = region.filter((entry) => entry.node.type !== 'html')
  for (const [i, entry] of headings.entries()) {
    const next = headings[i + 1]
    if (entry.node.type !== 'heading' || next?.node.type !== 'heading' || next.node.depth <= entry.node.depth) continue
    const text = flatText(next.node)
    if (countWords(text, 7) <= 6 && documentType.test(text) && findDay(text) !== null) return [entry, next]
  }
  return null
}

/** Flow entries at the top of a document without a contents page where a dated subtitle is looked for. */
const SUBTITLE_REACH = 12

/** The heading over a dated subtitle, or else the first run of headings, but those heading prose. */
function headingTitleRun(region: readonly FlowEntry[], kept: ReadonlySet<FlowEntry>, documentType: RegExp): FlowEntry[] {
  return datedSubtitleOf(region, documentType)?.slice(0, 1) ?? firstHeadingRun(region.filter((entry) => !kept.has(entry)))
}

/**
 * A line naming the document's type gives it; "Minutes for 2020-04-07": the day its document records too, the
 * meeting's under a meeting's title.
 */
function readTypeLine(result: CoverResult, text: string, type: string): void {
  result.documentType = type
  const day = findDay(text)?.iso ?? null
  result.date ??= day
  if (day !== null && result.title !== null && MEETING.test(result.title)) result.meetingDay ??= day
}

/** The first run of consecutive top-level headings: one title, even when a converter split it over lines. */
function firstHeadingRun(region: readonly FlowEntry[]): FlowEntry[] {
  const start = region.findIndex((entry) => entry.node.type === 'heading')
  if (start < 0) return []
  const first = region[start]!.node
  const depth = first.type === 'heading' ? first.depth : 1
  const run: FlowEntry[] = []
  for (let i = start; i < region.length; i++) {
    const node = region[i]!.node
    if (node.type === 'html') continue
    if (node.type !== 'heading' || node.depth !== depth) break
    run.push(region[i]!)
  }
  return run
}

/** A heading, or a bold-only or italic-only line, followed by prose heads a section of its own (a disclaimer, a foreword). */
function proseUnderStyledLines(region: readonly FlowEntry[], proseWords: number): Set<FlowEntry> {
  const kept = new Set<FlowEntry>()
  for (let i = 0; i < region.length; i++) {
    const entry = region[i]!
    const styled =
      entry.node.type === 'paragraph' ? soleEmphasis(entry.node)?.text : entry.node.type === 'heading' ? flatText(entry.node) : null
    if (!styled || countWords(styled, 8) > 8 || isDateOnly(styled)) continue
    let j = i + 1
    while (j < region.length && region[j]!.node.type === 'paragraph' && countWords(flatText(region[j]!.node)) >= proseWords) j++
    if (j === i + 1) continue
    for (let k = i; k < j; k++) kept.add(region[k]!)
    i = j - 1
  }
  return kept
}

/** An organisation without the acronym in parentheses that ends it (and the spaces before): `\s*\(ACRONYM\)$`, found in linear time. */
const ORGANISED_BY = lexicon.organisedByPhrases.map((phrase) => `${phrase} `)
const BODY_ARTICLES = new Set(lexicon.titleArticles.map((word) => word.toLowerCase()))

/** A cover line's body without the phrase that says it organised the meeting (`Organised by the Nordic Institute`). */
function withoutOrganisedBy(text: string): string {
  const phrase = ORGANISED_BY.find((start) => text.toLowerCase().startsWith(start))
  if (phrase === undefined) return text
  const rest = text.slice(phrase.length)
  const space = rest.indexOf(' ')
  return space > 0 && BODY_ARTICLES.has(rest.slice(0, space).toLowerCase()) ? rest.slice(space + 1) : rest
}

function withoutTrailingAcronym(text: string): string {
  const acronym = /\(\p{Lu}[\p{Lu}\d&-]+\)$/u.exec(text)
  return acronym ? text.slice(0, acronym.index).trimEnd() : text
}

const ACRONYM = /^\(\p{Lu}[\p{Lu}\d&-]+\)$/u

/** A body's name without the acronym in parentheses that ends it ("Nordic Institute (NI)" → "Nordic Institute"). */
function withoutEndAcronym(name: string): string {
  const open = name.lastIndexOf('(')
  return open >= 0 && ACRONYM.test(name.slice(open)) ? trimEndWhere(name.slice(0, open), isSpace) : name
}

/** A meeting's name over its day ("EXECUTIVE COMMITTEE MEETING" / "May 18, 2017 at 12:00 PM"): the title when none, and the day. */
function readMeetingLine(flow: readonly FlowEntry[], result: CoverResult): void {
  const meeting = result.title === null || result.date === null ? meetingLineOf(flow) : null
  if (meeting === null || (result.title !== null && collapseSpace(result.title) !== meeting.name)) return
  if (result.title === null) {
    result.title = meeting.name
    result.titleLine = meeting.line
  }
  result.meetingDay = meeting.day
  result.date ??= meeting.day
}

/**
 * A title that is a labelled subject ("Subject: Budget review", "Objet de la réunion : …"): the value, and
 * the meeting's name when the label names a meeting.
 */
function readSubjectLabel(result: CoverResult): void {
  const label = result.title === null ? null : SUBJECT_LABEL.exec(result.title)
  if (!label) return
  result.title = label[2]!
  if (MEETING.test(label[1]!)) result.meetingName = label[2]!
}

/** Most cell paragraphs of a Word header table read for the cover. */
const HEADER_TABLE_ENTRIES = 12

/**
 * A Word minutes' header table, the grid table that opens the document (its cells: a logo, the project,
 * `COMPTE-RENDU DE REUNION`, `**Objet :** Réunion plénière … du 26/09/2024`): its labelled subject is the
 * title when nothing gave one, a cell naming only the document's kind is its type.
 */
function readHeaderTable(flow: readonly FlowEntry[], result: CoverResult, documentType: RegExp): void {
  if (!flow[0]?.grid) return
  for (const entry of flow.slice(0, HEADER_TABLE_ENTRIES)) {
    if (!entry.grid) break
    if (entry.node.type !== 'paragraph') continue
    const text = collapseSpace(flatText(entry.node)).replace(/\.$/u, '')
    const words = countWords(text, 7)
    if (result.title === null && SUBJECT_LABEL.test(text)) {
      result.title = text
      result.titleLine = entry.line
    } else if (result.documentType === null && words <= 6 && documentType.test(text) && !SECTION_NAME.test(text))
      result.documentType = typeOfLine(text, words, documentType)
  }
}

/** An RFC's header names its publishing stream, or none ("Network Working Group"): its lines are no other body. */
function readMemoHeader(flow: readonly FlowEntry[], result: CoverResult): void {
  const memo = memoHeader(flow)
  if (!memo) return
  const found = result.organization
  const fromHeader = found !== null && memo.some((line) => line !== '' && found.startsWith(line))
  result.organization = memoStream(memo) ?? (fromHeader ? null : found)
  result.memo = true
}

/**
 * What a cover gives when its lines did not: a title from a line naming a meeting or from an aside, the
 * date from the title or from a line of its own.
 */
function completeCover(
  result: CoverResult,
  where: {
    region: readonly FlowEntry[]
    kept: ReadonlySet<FlowEntry>
    flow: readonly FlowEntry[]
    asides: readonly { title: string }[]
    organization: RegExp
    documentType: RegExp
    /** Taken by the contents page (one that opens the document is no cover). */
    claimed: (entry: FlowEntry) => boolean
    /** Plain text: a converter wrapped its lines. */
    plain: boolean
  },
): void {
  const { region, kept, flow, organization, documentType } = where
  readColophon(region, result)
  // A title page with no heading and nothing in capitals: its first line naming a meeting is the title.
  if (result.title === null) {
    const named = region.find(
      (entry) =>
        entry.node.type === 'paragraph' &&
        !kept.has(entry) &&
        MEETING.test(flatText(entry.node)) &&
        countWords(flatText(entry.node), 25) <= 25,
    )
    if (named?.node.type === 'paragraph') {
      result.title = collapseSpace(paragraphLines(named.node)[0]!.text)
      result.titleLine = named.line
    }
  }
  readMeetingLine(unclaimedTop(flow, where.claimed, MEETING_LINE_REACH), result)
  // Without a cover (no contents page, no title heading), the short lines that open the document.
  // Or a letterhead's lines over the title (`**Syndicat des copropriétaires …**` over `… Kénitra Le : 01/09/2019`).
  const top = unclaimedTop(flow, where.claimed).filter((entry) => region.length === 0 || entry.index < region[0]!.index)
  if (top.length > 0) readTopLines(top, result, organization, documentType, where.plain)
  readMemoHeader(flow, result)
  readHeaderTable(flow, result, documentType)
  // A title giving its day in words ("… CELEBRADA EL DÍA VEINTIOCHO DE JULIO DE DOS MIL VEINTICINCO").
  const titleDay = result.title ? (findDay(result.title)?.iso ?? findWordDay(result.title)?.iso ?? findDayOfLineYear(result.title)) : null
  if (result.date === null && result.title) result.date = findDate(result.title) ?? titleDay
  if (result.title && MEETING.test(result.title)) result.meetingDay = titleDay ?? result.meetingDay
  // Or a date anywhere on the title page ("3 May 2021" at the end of a two-column header).
  if (result.date === null) {
    const lines = region.flatMap((entry) => (entry.node.type === 'paragraph' ? paragraphLines(entry.node).map((line) => line.text) : []))
    const alone = lines.find((line) => isDateOnly(line))
    result.date = alone ? findDate(alone) : null
  }
  // Or the day alone on the document's last line, under its prose, as a report or a letter is dated after its text; a
  // span of days the title gave is the meeting's then (`… held at the Lorentz Center 14-18 march 2022` … `22 April 2022`).
  const closing = result.date === null || result.date.includes('/') ? closingDate(flow) : null
  if (closing !== null) {
    if (result.date !== null) result.meetingDay ??= result.date
    result.date = closing
  }
  // A date is not a title: an aside naming the document ("Ata da Reunião do Comitê …") is a better one.
  if (result.title === null || isDateOnly(result.title)) {
    const named = where.asides.find((aside) => documentType.test(aside.title) && MEETING.test(aside.title))
    if (named) result.title = named.title
  }
  readSubjectLabel(result)
  readExportStem(result, documentType)
}

/**
 * The day a report is dated on after its text (`22 April 2022` alone on the last line, under its last paragraph or list); null
 * when the last line is no date alone, or when a heading stands right over it (`Next meeting` / `3 May 2022`).
 */
function closingDate(flow: readonly FlowEntry[]): string | null {
  const [before, last] = [flow.at(-2), flow.at(-1)]
  if (last?.node.type !== 'paragraph' || last.item || before === undefined || before.node.type === 'heading') return null
  const lines = paragraphLines(last.node)
  return lines.length === 1 && isDateOnly(lines[0]!.text.trim()) ? findDate(lines[0]!.text) : null
}

/**
 * A call recorder's export names the transcript after the meeting, the recording's start and what it is
 * (`Release planning-20250312_100102-Meeting Transcript`, as Teams writes it at the top): the meeting's name is the
 * title, the start its day, and the tail its type when the lexicons know it.
 */
function readExportStem(result: CoverResult, documentType: RegExp): void {
  const stem = result.title === null ? null : EXPORT_STEM.exec(collapseSpace(result.title))
  if (!stem) return
  const day = `${stem[2]}-${stem[3]}-${stem[4]}`
  if (findDate(day) !== day) return
  result.title = stem[1]!
  result.meetingName ??= stem[1]!
  result.date ??= day
  result.meetingDay ??= day
  if (documentType.test(stem[5]!)) result.documentType ??= stem[5]!
}

const EXPORT_STEM = /^(\S.{0,150}?)\s?-(\d{4})(\d{2})(\d{2})_\d{6}(?:UTC)?-(\p{Lu}[\p{L} ]{2,40})$/u

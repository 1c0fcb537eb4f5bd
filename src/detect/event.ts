// The meeting the report is about, as its prose states it: "the Workshop of …, held in Beijing, China,
// on 17 April 2018" gives the event's name, place and date.
import { z } from 'zod'
import { alternation, lexicon } from '../lexicon/index.js'
import { flatText, paragraphLines } from '../parse/text.js'
import { findDay } from '../text/dates.js'
import { splitDatedPlace } from '../text/dated-place.js'
import { labelKind } from '../text/label-kind.js'
import type { FlowEntry } from '../parse/flow.js'
import { collapseSpace, countWords } from '../text/normalize.js'
import { defineDetector } from './define.js'
import { datedEventOf, meetingDayOf, openingDayOf, wordDatedOf, yearlessEventOf } from './event-dated.js'
import { bodyMetOf, organisedEventOf } from './event-organiser.js'
import { headDateOf } from './event-head.js'
import { placeBesideDate } from './event-beside.js'
import { datelineOf, venueOf } from './event-venue.js'
import { openingEventOf } from './event-opening.js'

const EventOptions = z.object({
  /** Verbs that introduce where and when the meeting took place, as an alternation; the lexicons' by default. */
  verbs: z.string().default(alternation(lexicon.eventVerbs)),
})
type EventOptions = z.infer<typeof EventOptions>

/** The patterns of "held in … on" an options set makes, once per set (the defaults: once per process), not once per report. */
const heldByOptions = new WeakMap<EventOptions, { head: RegExp; pattern: RegExp; verb: RegExp }>()

function heldPatterns(options: EventOptions): { head: RegExp; pattern: RegExp; verb: RegExp } {
  let made = heldByOptions.get(options)
  if (!made) {
    // Global and sticky: matchesFromHead sets where each starts before every use.
    const head = new RegExp(`,? (?:(?:was|were|is|will be|has been|had been) )?(?:${options.verbs}) (?:in|at) `, 'giu')
    const pattern = new RegExp(`${head.source}([^.;:]{1,${MAX_PLACE}}?),? (?:on|from|between) `, 'iuy')
    made = { head, pattern, verb: new RegExp(`(?:${options.verbs})\\s`, 'iu') }
    heldByOptions.set(options, made)
  }
  return made
}

export interface EventResult {
  name: string | null
  date: string | null
  location: string | null
  line: number | null
  /** The body a sentence says held the meeting ("The Trust held a workshop in …", "hosted by the Institute …"). */
  organizer: string | null
  /** The body whose meeting the opening paragraphs name ("an interim meeting of the Proposed RG COIN"), a last resort. */
  bodyMet: string | null
  /** The meeting's days printed without their year (`MM-DD/MM-DD`) when no date was found: the report's date gives the year. */
  yearless: string | null
  /**
   * One day the head prints with nothing saying it is the meeting's ('# Harbour Board', '3 May 2024'): the document's
   * date, the meeting's only for a record (metadata decides); a span of days there is the meeting's `date`.
   */
  headDay: string | null
}

// A name in title case: capitalised words joined by short lowercase ones ("Workshop of … on Industrial Parks"),
// ending the text: what `(?:\p{Lu}[\p{L}\p{N}'’-]*)(?:\s+(?:(?:CONNECTOR)\s+)*\p{Lu}[\p{L}\p{N}'’-]*)*$`
// matched, found from the right by nameAtEnd (the pattern was tried from every position, each try
// running to the end).
const CONNECTORS = lexicon.nameConnectors.map((connector) => connector.split(' '))
const MEETING = new RegExp(alternation(lexicon.meetingWords), 'i')

// "Date/Time: …", "**Location:** …", "Fecha: …", "Data 日期：…": a short label, a colon, a value.
const LABELLED = /^([^:：]{1,40}?)[ \t]*[:：][ \t]*(\S.{0,200})$/u
/** Flow entries at the top of a report where a meeting's date and place lines are looked for. */
const LABEL_REACH = 40
/** A place of more words than this is a sentence, not a venue. */
const PLACE_WORDS = 15

/** Longest place and date read after "held in": a bound on the work per match. */
const MAX_PLACE = 200
const MAX_DATE = 80

export const event = defineDetector({
  id: 'event',
  description: 'Reads the meeting’s name, date and place from sentences like "held in Beijing, China, on 17 April 2018"',
  options: EventOptions,
  codes: {},
  empty: (): EventResult => ({
    name: null,
    date: null,
    location: null,
    line: null,
    organizer: null,
    bodyMet: null,
    yearless: null,
    headDay: null,
  }),
  detect(context, options) {
    // The place is bounded (MAX_PLACE): unbounded, each "held in" scanned to the end of a long paragraph.
    // The text is a paragraph's flat text, every run of whitespace one space: ` ` is `\s+` there, and
    // cannot be shared with the place around it in quadratically many ways.
    // The head is found first and the whole pattern tried (sticky) only where it starts: tried from every
    // position, the bounded place still made each "held in" re-read the 200 characters after it.
    // The full pattern is tried from every space of a paragraph; one without the verb is passed over.
    const { head, pattern, verb } = heldPatterns(options)
    let best: Omit<EventResult, 'organizer' | 'bodyMet' | 'yearless' | 'headDay'> = { name: null, date: null, location: null, line: null }
    for (const entry of context.flow) {
      if (entry.node.type !== 'paragraph') continue
      const text = flatText(entry.node)
      if (!verb.test(text)) continue
      for (const match of matchesFromHead(text, head, pattern)) {
        const after = match.index + match[0].length
        const day = findDay(text.slice(after, after + MAX_DATE))
        if (!day || day.index > 0) continue
        const name = eventName(text.slice(Math.max(0, match.index - 200), match.index))
        if (best.date !== null && (name?.length ?? 0) <= (best.name?.length ?? 0)) continue
        best = { name, date: day.iso, location: collapseSpace(match[1]!), line: entry.line }
      }
    }
    const top = context.flow.slice(0, LABEL_REACH)
    const labelled = labelledFacts(top)
    const dated = datelineOf(top)
    // "held on 28 May 2008 at MIT": dated first, placed after; only when no "held in … on" sentence gave both.
    const held = best.date === null ? datedEventOf(top, options.verbs) : null
    // "The Trust held a two-day workshop in Bergen on …": the body that held it, and its place and date.
    const organised = organisedEventOf(top, options.verbs)
    // "Beim Harbour Camp 2018 in Bergen habe ich …": the event the opening sentence says the writer was at, and its town.
    const opened = openingEventOf(top)
    const location =
      best.location ?? labelled.location ?? held?.location ?? organised?.location ?? opened?.location ?? dated?.place ?? venueOf(top)
    // "L'an deux mille vingt et un, le dix-sept septembre …": the opening sentence's day in words, last.
    const worded = wordDatedOf(top)
    // `Es versammelten sich heute, am 25. Februar 2023 … zur Mitgliederversammlung`: the one day of an opening paragraph
    // naming a meeting; else "En Soria, a 9 de junio de 2017, …", "Le mardi 8 mars 2016 …": the opening sentence's day
    // in figures after a preposition. Last.
    const found: string | null = best.date ?? labelled.date ?? held?.date ?? organised?.date ?? dated?.date ?? worded?.date ?? null
    const opening: { date: string; line: number; location?: string | null } | null =
      found === null ? (meetingDayOf(top) ?? openingDayOf(top)) : null
    // "happened in Jefferson Laboratory from the 18th to 22nd of March": the days without their year.
    const yearless = found === null && opening === null ? yearlessEventOf(top, options.verbs) : null
    // '# Minutes of 5 May 2020', '14–16 March 2024, Geneva': the first full date of the head's short lines, last.
    const headed = found === null && opening === null && yearless === null ? headDateOf(context.flow, context.facts.contentsStart) : null
    const headSpan = headed !== null && headed.date.includes('/')
    const date: string | null = found ?? opening?.date ?? (headSpan ? headed.date : null)
    const headDay = headed !== null && !headSpan ? headed.date : null
    const line =
      best.line ?? labelled.line ?? held?.line ?? organised?.line ?? dated?.line ?? worded?.line ?? opening?.line ?? headed?.line ?? null
    // "Meeting held on January 10, 2000" over "Reno, NV": the title block's place line beside its date line, last.
    const place: string | null = location ?? opening?.location ?? yearless?.location ?? headed?.location ?? placeBesideDate(top, line)
    const organizer = organised?.organizer ?? worded?.body ?? null
    const bodyMet = organizer === null ? bodyMetOf(top) : null
    const name = best.name ?? opened?.name ?? null
    const days = yearless?.days ?? null
    return { ...best, name, date, location: place, line: line ?? yearless?.line ?? null, organizer, bodyMet, yearless: days, headDay }
  },
  // Stryker disable all: the examples are what the tests read, not code to mutate
  examples: {
    ok: [
      {
        title: 'the opening sentence of French council minutes: the year, then the day in words',
        form: 'date in words',
        text:
          "L'an deux mille vingt-deux, le quatorze mars à dix-huit heures, le Conseil municipal de la commune de Brienne, " +
          'légalement convoqué, s’est réuni à la mairie, sous la présidence de M. Martin, Maire.\n',
        found: { date: '2022-03-14', line: 1, organizer: 'Conseil municipal de la commune de Brienne' },
      },
      {
        title: 'the opening sentence of a Spanish acta: the day, the month and the year in words',
        form: 'date in words',
        text:
          'En la villa de Almadén, siendo las diecinueve horas del día treinta y uno de enero de dos mil diecinueve, ' +
          'se reúnen en el Salón de Plenos los señores concejales.\n',
        found: { date: '2019-01-31', line: 1 },
      },
      {
        title:
          'an opening sentence’s day in figures after a preposition that dates it, at its start or after a place and a comma ' +
          '(`En Soria, a 9 de junio de 2017, …`)',
        form: 'opening day',
        text: 'En Soria, a 9 de junio de 2017, siendo las 19:00 horas, se reúnen en el Salón de Plenos los concejales.\n',
        found: { date: '2017-06-09', location: 'Salón de Plenos', line: 1 },
      },
      {
        title: 'an opening sentence’s day in figures after its weekday (`Le mardi 8 mars 2016 …`)',
        form: 'opening day',
        text: 'Le mardi 8 mars 2016 à 20 heures, le conseil municipal s’est réuni en séance publique.\n',
        found: { date: '2016-03-08', location: null, line: 1 },
      },
      {
        title: 'an opening sentence’s day in figures in German (`Am 4. Juni 1987 trafen sich …`); a place opening it in Spanish',
        form: 'opening day',
        text: 'Am 4. Juni 1987 trafen sich die Mitglieder des Vereins.\n\nEn Villanueva, a 9 de junio de 2017, se reúnen los concejales.\n',
        found: { date: '1987-06-04', location: null, line: 1 },
      },
      {
        title: 'a place and a comma opening the sentence before its day is the place (`En Villanueva, a 9 de junio de 2017`)',
        form: 'opening day',
        text: 'En Villanueva, a 9 de junio de 2017, siendo las 19:00 horas, se reúnen los señores concejales.\n',
        found: { date: '2017-06-09', location: 'Villanueva', line: 1 },
      },
      {
        title: 'a day further into a sentence is no meeting’s (`Comments are due on 5 May 2021 …`), nor one after a clause',
        form: 'opening day',
        text: 'Comments from all members are due on 5 May 2021 at the latest.\n\nThe Board, as agreed, on 6 May 2021 met again.\n',
        found: { date: null, location: null },
      },
      {
        title: 'the opening sentence of a Portuguese ata: the days of the month, then the year in words',
        form: 'date in words',
        text: 'Aos vinte e dois dias do mês de novembro de dois mil e dezoito, reuniu-se a Assembleia Geral da associação.\n',
        found: { date: '2018-11-22', line: 1 },
      },
      {
        title: 'the opening sentence of German minutes: the day in figures and the meeting it names',
        form: 'opening day',
        text:
          'Es versammelten sich heute, am 25. Februar 2023 um 11:00 Uhr per Videokonferenz 13 Personen zur ordentlichen ' +
          'Mitgliederversammlung des Vereins.\n\n## Kassenbericht\n\nAm 3. März 2023 wurde gezahlt.\n',
        found: { date: '2023-02-25', line: 1 },
      },
      {
        title: 'an opening paragraph with two days, or with no word for a meeting, gives no day',
        text: 'Der Bericht umfasst den 3. März 2023 und den 5. April 2023 der Versammlung.\n\nStand: 1. Mai 2023, Entwurf.\n',
        found: { date: null },
      },
      {
        title: 'a date in words inside a resolution, past the opening paragraphs, is not the meeting’s',
        form: 'date in words',
        text:
          'Compte rendu.\n\n' +
          Array.from({ length: 12 }, (_, i) => `Point ${i + 1}.\n\n`).join('') +
          'Le conseil approuve la convention signée le douze mai deux mille dix-neuf.\n',
        found: { date: null, line: null },
      },
      {
        title: 'a day in words with no year in words beside it is not read',
        form: 'date in words',
        text: 'Le quatorze mars, le Conseil municipal de la commune s’est réuni à la mairie.\n',
        found: { date: null, organizer: null },
      },
      {
        title: 'name, place and date; a span of days as an interval',
        form: 'held in … on …',
        text: 'The Regional Forum on Water Security, held in Nairobi, Kenya, on 12-13 March 2019, gathered experts.\n',
        found: { name: 'Regional Forum on Water Security', date: '2019-03-12/2019-03-13', location: 'Nairobi, Kenya', line: 1 },
      },
      {
        title: 'the date before the place: held on a day, at a venue in a town',
        form: 'held on … at …',
        text: 'The workshop was held on June 7, 2022 at the Town Hall in Springfield, Illinois. It gathered experts.\n',
        found: { date: '2022-06-07', location: 'Town Hall in Springfield, Illinois', line: 1 },
      },
      {
        title: 'a line that opens with the verb, a span of days, a weekday before a date',
        form: 'held on … at …',
        text: 'Annual Forum Report\n\nHeld on 12 and 13 March 2019\n\nThe forum was held on Tuesday, 12 March 2019, in Oslo.\n',
        found: { date: '2019-03-12/2019-03-13', location: null, line: 3 },
      },
      {
        title: 'the verb straight before the dates, a span over two months, a town and its state',
        form: 'held on … at …',
        text: 'The workshop took place September 30–October 2, 2019 in Boulder, Colorado.\n',
        found: { date: '2019-09-30/2019-10-02', location: 'Boulder, Colorado' },
      },
      {
        title:
          'two days joined by an ampersand; the place after the larger meeting the workshop was part of (`as four sessions ' +
          'of the … Summer Meeting in Tacoma`)',
        form: 'held on … at …',
        text:
          'This two days workshop took place on 16 & 17 July 2019 as four sessions of the 2019 ESIP Summer Meeting in ' +
          'Tacoma, WA (USA).\n',
        found: { date: '2019-07-16/2019-07-17', location: 'Tacoma, WA' },
      },
      {
        title: 'a span over two months with a weekday before each day',
        form: 'held on … at …',
        text: 'The conference was held on Monday, September 30 – Wednesday, October 2, 2019 in Boulder, Colorado.\n',
        found: { date: '2019-09-30/2019-10-02', location: 'Boulder, Colorado', line: 1 },
      },
      {
        title: 'an `as …` after the date that names no meeting gives no place (`as announced in Newsletter 12`)',
        form: 'held on … at …',
        text: 'The call took place on 3 and 4 May 2020 as announced in Newsletter 12.\n',
        found: { date: '2020-05-03/2020-05-04', location: null },
      },
      {
        title: 'words in small letters after the date are no place',
        form: 'held on … at …',
        text: 'The symposium was held on 17 November 2013, in conjunction with the annual conference.\n',
        found: { date: '2013-11-17', location: null },
      },
      {
        title: 'the fuller name when the event is named twice',
        form: 'held in … on …',
        text:
          'Thanks to the Workshop held in Rome, Italy, on 3 May 2021.\n\n' +
          'The Expert Workshop on Soil Health, held in Rome, Italy, on 3 May 2021, was a success.\n',
        found: { name: 'Expert Workshop on Soil Health', date: '2021-05-03', location: 'Rome, Italy', line: 3 },
      },
      {
        title: 'a one-word name that is a kind of meeting',
        text: 'A Workshop was convened at Vienna on 2 June 2020.\n',
        found: { name: 'Workshop', date: '2020-06-02', location: 'Vienna' },
      },
      {
        title: 'a sentence without a date after the place is no event',
        text: 'The meeting was held in Rome, on a sunny day.\n',
        found: { name: null, date: null, location: null, line: null },
      },
      {
        title: 'of two names as long, the first',
        text: 'The Forum A, held in Rome, on 3 May 2021, met.\n\nThe Forum B, held in Oslo, on 4 May 2021, met.\n',
        found: { name: 'Forum A', location: 'Rome', date: '2021-05-03', line: 1 },
      },
      {
        title: 'a named event after one without a name',
        text: 'It was held in Rome on 3 May 2021.\n\nThe Soil Forum, held in Oslo, on 4 May 2021, met.\n',
        found: { name: 'Soil Forum', location: 'Oslo', line: 3 },
      },
      {
        title: 'an unnamed event after a named one',
        text: 'The Soil Forum, held in Oslo, on 4 May 2021, met.\n\nIt was held in Rome on 3 May 2021.\n',
        found: { name: 'Soil Forum', location: 'Oslo', line: 1 },
      },
      {
        title: 'the date must follow “on” at once for a place; a heading is no sentence; the opening sentence’s day is read last',
        text: '## The Forum held in Rome on 3 May 2021\n\nThe Forum, held in Rome, on Tuesday, 3 May 2021, met.\n',
        found: { name: null, date: '2021-05-03', location: null, line: 3 },
      },
      {
        title: 'labelled date and place lines at the top of minutes',
        form: 'Date: … / Location: …',
        text: '**Date/Time:** 13 February 2025, 10:00\n\n**Location:** MS Teams\n\n1. Welcome\n',
        found: { date: '2025-02-13', location: 'MS Teams', line: 1 },
      },
      {
        title: 'labels in other languages, two to a label, a place going on over the next line',
        form: 'Date: … / Location: …',
        text: 'Fecha: 12 de marzo de 2025\nLieu : Salle du conseil,\nHôtel de ville\n\nOrdre du jour\n',
        found: { date: '2025-03-12', location: 'Salle du conseil, Hôtel de ville' },
      },
      {
        title: 'a label that names the meeting, its small words as the language writes them (Word’s meeting-notes templates)',
        form: 'Date: … / Location: …',
        text: '**Date de la réunion:** 02/09/2022 09:30\n\n**Emplacement:** Salle du conseil\n\nNotes\n',
        found: { date: '2022-09-02', location: 'Salle du conseil' },
      },
      {
        title: 'a label in the plural for a span of days, a place’s label in capitals',
        form: 'Date: … / Location: …',
        text: '**DATES:** 16 April – 17 April 2025\n\n**VENUE:** Town Hall, Ashburn\n\nText.\n',
        found: { date: '2025-04-16/2025-04-17', location: 'Town Hall, Ashburn' },
      },
      {
        title: 'a span of days in figures as German writes it (`07.–09.03.2025`); a page’s number before a dash is none',
        form: 'Date: … / Location: …',
        text: 'Datum: 07.–09.03.2025\nOrt: Tagungshaus Lindenhof, Erfurt\n\nSeite 3 - 14.03.2025\n',
        found: { date: '2025-03-07/2025-03-09', location: 'Tagungshaus Lindenhof, Erfurt' },
      },
      {
        title: 'German labels written as one word with the meeting (`Sitzungsdatum`, `Besprechungsort`), underlined by pandoc’s spans',
        form: 'Date: … / Location: …',
        text: '[Besprechungsdatum:]{.underline} 12.11.2019\n\n[Sitzungsort:]{.underline} Rathaus, Saal 2\n\nText.\n',
        found: { date: '2019-11-12', location: 'Rathaus, Saal 2' },
      },
      {
        title: 'a compound of another word and a date’s label is no label (`Geburtsdatum`, `Abgabetermin`)',
        text: 'Geburtsdatum: 12.11.2009\n\nAbgabetermin: 3. Mai 2025\n\nText.\n',
        found: { date: null, location: null },
      },
      {
        title: 'a span of days in figures, year first, its last day alone after a slash',
        form: 'Date: … / Location: …',
        text: '**Dates:** 2025-03-07/09\n\n**Venue:** Online\n\nText.\n',
        found: { date: '2025-03-07/2025-03-09', location: 'Online' },
      },
      {
        title: 'a bilingual label and a CJK date',
        text: 'Data 日期： 2023-6-7\n地点：线上\n',
        found: { date: '2023-06-07', location: '线上' },
      },
      {
        title: 'a bilingual label written without a space between its words (`Date日期：`)',
        text: 'Date日期：2025-05-14  \nTime时间：10:00-12:00  \n会议主持：张三\n',
        found: { date: '2025-05-14' },
      },
      {
        title: 'a deadline in a labelled line is not the meeting’s date; a link is no place; a label of other words is none',
        text: 'Date: to be agreed, at the latest by 3 May 2025\n\nLocation: https://example.org/room\n\nNext date: 4 May 2025\n',
        found: { date: null, location: null, line: null },
      },
      {
        title: 'a dateline: the place, a weekday or article, the date ending the line',
        form: 'dateline',
        text: 'Stadtrat — 4. Sitzung\n\nBonn, Mittwoch, den 7. September 1949.\n\nDie Sitzung wird eröffnet.\n',
        found: { date: '1949-09-07', location: 'Bonn' },
      },
      {
        title: 'a form’s dateline: a blank field’s leader, the place, the article and a colon, no comma',
        form: 'dateline',
        text: '**Syndicat des copropriétaires**\n........................ Rabat Le : 01/09/2019\n\nL’assemblée s’est tenue.\n',
        found: { date: '2019-09-01', location: 'Rabat' },
      },
      {
        title: 'a dateline opened by a preposition (`A la chaufferie, Bègles le 11/11/23`): the place after it, a two-figure year',
        form: 'dateline',
        text: 'Compte rendu de l’assemblée constitutive\n\nA la chaufferie, Bègles le 11/11/23\n\nLa séance est ouverte.\n',
        found: { date: '2023-11-11', location: 'la chaufferie, Bègles', line: 3 },
      },
      {
        title: 'a dateline after the body’s headings (`Fait à Bègles, le 14/03/24`) is where the minutes were signed: no meeting’s day',
        text: '# Procès-verbal\n\nLe conseil se réunit.\n\n## Clôture\n\nLa séance est levée.\n\nFait à Bègles, le 14/03/24\n',
        found: { date: null, location: null },
      },
      {
        title: 'a sitting’s name before its day is no place',
        text: 'Procès-verbal\n\nSéance du 23 juillet 2020\n\nLe conseil s’est réuni.\n',
        found: { location: null },
      },
      {
        title: 'a weekday and a date are a date line without a place; a date that does not end the line is none',
        text: 'Friday, January 9, 2015\n\nRome, 3 May 2021 and after\n',
        found: { date: '2015-01-09', location: null },
      },
      {
        title: 'a session’s day under its title, with its span of hours and the session’s name after it',
        form: 'dateline',
        text: '# MASQUE IETF 117\nMonday, July 24, 2023, 09:30 - 11:30, Monday Session I\n\n## Drafts\n',
        found: { date: '2023-07-24', location: null, line: 2 },
      },
      {
        title: 'a label on a heading, qualified by the kind of meeting',
        form: 'Date: … / Location: …',
        text: '# Call #71\n\n### Meeting Date/Time: Thursday 2021/08/26 at 14:00 UTC\n',
        found: { date: '2021-08-26' },
      },
      {
        title: 'a line of facts whose part says the meeting was online',
        form: 'online venue in a line',
        text: '# Media Workshop\n\n8–19 November 2021; online event\n',
        found: { location: 'online event' },
      },
      {
        title: 'a venue a sentence names after a preposition, over the parts after a comma naming a venue or a place',
        form: 'venue in a sentence',
        text: 'The Committee met at 10:07 a.m., in room SD-100, Hart Office Building, Washington, DC, Senator Ann Lee presiding.\n',
        found: { location: 'room SD-100, Hart Office Building, Washington, DC' },
      },
      {
        title: 'a venue in French and Spanish, ending where a word in small letters joins no name',
        form: 'venue in a sentence',
        text: 'Le conseil s’est réuni à la Salle des Fêtes de Brienne en présence du public.\n',
        found: { location: 'Salle des Fêtes de Brienne' },
      },
      {
        title: 'a venue the language names in words of its own, with no proper name (salle du conseil municipal)',
        form: 'venue in a sentence',
        text: 'Le conseil municipal s’est réuni à la mairie, salle du conseil municipal, sous la présidence du Maire.\n',
        found: { location: 'mairie, salle du conseil municipal' },
      },
      {
        title: 'a room named by what it belongs to, in small letters: one noun after the venue word and its small words',
        form: 'venue in a sentence',
        text: 'Le Conseil Municipal s’est réuni dans la salle du château, sous la présidence de Monsieur Denis JUVIN.\n',
        found: { location: 'salle du château' },
      },
      {
        title: 'a venue word after a preposition with no name after it is no venue; nor is a person after a comma',
        text: 'We met in the room next door.\n\nThey sat in the hall, Senator Ann Lee presiding.\n',
        found: { location: null },
      },
      {
        title: 'the event an opening sentence says the writer was at, its name and its town given as links',
        form: 'event in the opening sentence',
        text: 'Beim [Harbour Camp 2018](https://example.org/) in [Bergen](https://example.org/b) habe ich eine Session gehalten.\n',
        found: { name: 'Harbour Camp 2018', location: 'Bergen' },
      },
      {
        title: 'an opening sentence in English: a name known by its year alone, the town before a comma',
        form: 'event in the opening sentence',
        text: 'At HarbourConf 2019 in Oslo, we gave a talk on parsers.\n',
        found: { name: 'HarbourConf 2019', location: 'Oslo' },
      },
      {
        title: 'an opening sentence in French: a name known by its kind of event',
        form: 'event in the opening sentence',
        text: 'Lors des Journées Harbour à Lyon, nous avons présenté nos travaux.\n',
        found: { name: 'Journées Harbour', location: 'Lyon' },
      },
      {
        title: 'an opening sentence in Spanish',
        form: 'event in the opening sentence',
        text: 'En las Jornadas Harbour 2021 en Sevilla presentamos el proyecto.\n',
        found: { name: 'Jornadas Harbour 2021', location: 'Sevilla' },
      },
      {
        title: 'an opening sentence about another event (`At the Next …`), one citing a paper, a venue: no event read',
        text:
          'At the Next Harbour Forum in Oslo, we will vote.\n\nAt HarbourConf 2019 in Oslo, Berg et al. (2019) showed it.\n\n' +
          'At the Council Hall in Springfield, the board met.\n',
        found: { name: null, location: null },
      },
      {
        title: 'a label of place and date: the date and the hours are no part of the place, the date is the meeting’s',
        form: 'Date: … / Location: …',
        text: 'Ort & Zeit: 28.4.2025, 14-18 Uhr, Archäologisches Zentrum, Berlin\n\nLieu et date : Lyon, 3 mai 2021\n',
        found: { date: '2025-04-28', location: 'Archäologisches Zentrum, Berlin' },
      },
      {
        title: 'a label of place and date the other way round, a weekday before the day',
        form: 'Date: … / Location: …',
        text: 'Lieu et date : Lyon, mardi 4 mai 2021, 10:00 - 12:00\n',
        found: { date: '2021-05-04', location: 'Lyon' },
      },
      {
        title: 'a kind of meeting held online',
        form: 'online meeting',
        text: 'This first virtual workshop brought together many people.\n',
        found: { location: 'Virtual' },
      },
      {
        title: 'a place of sixteen words is a sentence',
        text: `Venue: ${'word '.repeat(16).trim()}\n`,
        found: { location: null },
      },
      {
        title: 'the days without their year in the sentence that says the meeting happened, and the place before them',
        form: 'days without a year',
        text: 'The annual Harbour Data workshop happened in Harbour Hall from the 18th to 22nd of March. Many joined.\n',
        found: { date: null, yearless: '03-18/03-22', location: 'Harbour Hall', line: 1 },
      },
      {
        title: 'weekdays before the days, the span opening the sentence before its verb (the year is the report’s: metadata)',
        form: 'days without a year',
        text: 'From Tuesday, 17th to Thursday, 19th of July, the developers held a first face to face meeting in Bergen.\n',
        found: { date: null, yearless: '07-17/07-19' },
      },
      {
        title: 'days without a year in a sentence that says no meeting took place (a deadline) are none; a year after them is a date',
        form: 'days without a year',
        text: 'Comments are open from 3 to 5 May.\n\nThe forum was held from 3 to 5 May, 2021 in Oslo.\n',
        found: { yearless: null, date: '2021-05-03/2021-05-05' },
      },
      {
        title: 'a title block’s place on the line under its date line (minutes’ header, a report’s cover)',
        form: 'place beside the date line',
        text: 'Minutes from Harbour Steering Committee Meeting\n\nMeeting held on January 10, 2000\n\nReno, NV\n\n1. Called to order.\n',
        found: { date: '2000-01-10', location: 'Reno, NV' },
      },
      {
        title: 'the place over the date line when the line under it names none (a book of abstracts’ cover)',
        form: 'place beside the date line',
        text: 'Harbour Days\nDepartment of Mathematics, University of Pavia\nSeptember 14 – 17, 2026\n\nBook of Abstracts\n',
        found: { location: 'Department of Mathematics, University of Pavia' },
      },
      {
        title: 'people listed beside the date line, a subtitle, a line with a parenthesis are no place',
        form: 'place beside the date line',
        text: '# Harbour Earnings Call\n\nAnn Berg, Tom Lund, Eva Holm\n\nTuesday, January 30, 2024\n\nSubmitted by Ann Berg (ACME)\n',
        found: { date: '2024-01-30', location: null },
      },
      {
        title: 'no labelled line or sentence: the first full date of the head, in a title or a file-name-like heading',
        form: 'date in the head',
        text: '# Minutes of 5 May 2020\n\nPresent: Ann, Bob\n\n## Budget\n\nWe agreed.\n',
        found: { date: null, headDay: '2020-05-05', location: null, line: 1 },
      },
      {
        title: 'a heading of a day and a word, a day in a heading under the title, an emphasised day under it',
        form: 'date in the head',
        text: '# 2020-05-05 meeting\n\nAttendees: Ann, Bob\n\n## Notes\n',
        found: { date: null, headDay: '2020-05-05' },
      },
      {
        title: 'a day in a heading under the title',
        form: 'date in the head',
        text: '# Harbour Steering Group\n\n## 14 March 2024\n\n### Budget\n\nWe agreed.\n',
        found: { date: null, headDay: '2024-03-14', line: 3 },
      },
      {
        title: 'an emphasised day under the title, in figures day first',
        form: 'date in the head',
        text: '# Harbour Steering Group\n\n*14.03.2024*\n\n## Budget\n\nWe agreed.\n',
        found: { date: null, headDay: '2024-03-14', line: 3 },
      },
      {
        title: 'a span of days and the town after it: the event’s days and place',
        form: 'date in the head',
        text: '# Harbour Workshop Report\n\n14–16 March 2024, Geneva\n\n## Summary\n\nText.\n',
        found: { date: '2024-03-14/2024-03-16', location: 'Geneva', line: 3 },
      },
      {
        title: 'the place after a preposition (German, French), the weekday before the day',
        form: 'date in the head',
        text: '# Protokoll der Sitzung des Vorstands\n\nDonnerstag, den 4. Juni 1987, in Berlin\n\n## TOP 1\n\nText.\n',
        found: { date: null, headDay: '1987-06-04', location: 'Berlin' },
      },
      {
        title: 'a French day and place after à; a span in German with the town after in',
        form: 'date in the head',
        text: '# Compte rendu de la réunion du bureau\n\nmardi 8 mars 2016, à Paris\n\n## Ordre du jour\n\nTexte.\n',
        found: { date: null, headDay: '2016-03-08', location: 'Paris' },
      },
      {
        title: 'a German span of days and its town',
        form: 'date in the head',
        text: '# Bericht vom Workshop\n\n4.–6. Juni 1987 in Berlin\n\n## Einleitung\n\nText.\n',
        found: { date: '1987-06-04/1987-06-06', location: 'Berlin' },
      },
      {
        title: 'a place set apart by a bar, a venue and its town after at, a town before the day with its comma',
        form: 'date in the head',
        text: '# Harbour Trust\n\nMarch 14, 2024 | Geneva, Switzerland\n\n## Summary\n\nText.\n',
        found: { date: null, headDay: '2024-03-14', location: 'Geneva, Switzerland' },
      },
      {
        title: 'a venue and its town after at',
        form: 'date in the head',
        text: '# Harbour Forum 2024\n\n14 March 2024 at the Harbour Institute, Bonn\n\n## Summary\n\nText.\n',
        found: { date: null, headDay: '2024-03-14', location: 'Harbour Institute, Bonn' },
      },
      {
        title: 'a Spanish town before the day with its comma; a Chinese date',
        form: 'date in the head',
        text: '# Acta\n\nMadrid, 9 de junio de 2017\n\n## Orden del día\n\nTexto.\n\n# 纪要\n\n2021年3月5日\n',
        found: { date: '2017-06-09', headDay: null, location: 'Madrid' },
      },
      {
        title: 'a byline, a citation, a version, a link and another label’s day are refused; so is a date after the first section',
        form: 'date in the head',
        text:
          '# Harbour notes\n\nPosted on 5 May 2021 by Ann\n\nSee Berg et al., 12 March 2019.\n\nVersion 2024-03-14\n\n' +
          'https://example.org/2024-03-14/notes\n\nNext meeting: 4 June 2025\n\n## Budget\n\n3 May 2021\n',
        found: { date: null, location: null, line: null },
      },
      {
        title: 'a page’s stamp, a sentence are passed over for the head’s next day',
        form: 'date in the head',
        text: '# Harbour notes\n\nLast updated: 3 June 2024\n\nThe budget was due on 3 May 2024.\n\nThursday, 14 March 2024\n\n## Budget\n',
        found: { date: '2024-03-14', headDay: null, location: null, line: 7 },
      },
      {
        title: 'a page’s stamp alone dates nothing; a person after the day is no place; prose is passed over',
        form: 'date in the head',
        text:
          '# Harbour notes\n\nThe group met to agree on the budget for the next two years and to hear the report of the treasurer, ' +
          'who had been in office since 14 March 2019, and to elect a new board for the coming term of office at last.\n\n' +
          'Last updated: 3 June 2024\n\n14 May 2024, Anna Berg\n\n## Budget\n',
        found: { date: null, headDay: '2024-05-14', location: null },
      },
      {
        title: 'a body held a meeting in a place on a date: the organiser, the place and the date',
        form: 'organiser',
        text: 'The Northern Estuary Trust held a two-day workshop in Bergen on 10-11 February 2021 to agree on formats.\n',
        found: { organizer: 'Northern Estuary Trust', location: 'Bergen', date: '2021-02-10/2021-02-11', line: 1 },
      },
      {
        title: 'an acronym organised a meeting, the date straight after the place, the subject after other words',
        form: 'organiser',
        text: 'With this in mind the XYZF organized an open community workshop in Amsterdam May 22-24 2017 to take stock.\n',
        found: { organizer: 'XYZF', location: 'Amsterdam', date: '2017-05-22/2017-05-24' },
      },
      {
        title: 'a meeting hosted by a body',
        form: 'organiser',
        text: 'The workshop was hosted by the Institute of Marine Research, which also ran the sessions.\n',
        found: { organizer: 'Institute of Marine Research' },
      },
      {
        title: 'a meeting convened by a body, its acronym in parentheses, in a month: the organiser and the month',
        form: 'organiser',
        text: 'The Coastal Data Workshop was convened by the Harbour Data Board (HDB) in June 2019.  This report sums it up.\n',
        found: { organizer: 'Harbour Data Board', date: '2019-06' },
      },
      {
        title: 'a person who held a meeting is no organising body; the place and date still count',
        form: 'organiser',
        text: '# Team notes\n\nAnna Berg held a small workshop in Oslo on 3 May 2021 for her team.\n',
        found: { organizer: null, location: 'Oslo', date: '2021-05-03' },
      },
      {
        title:
          'the meeting after a preposition further into the sentence (`… hosted some experts from many facilities at a ' +
          'workshop at …`); the days as ordinals joined by `and` opening it',
        form: 'organiser',
        text:
          'On the 24th and 25th October 2019, the Harbour Institute and the Light Source Centre hosted some experts from ' +
          "large facilities at a workshop at Cosener's House, Abingdon.\n",
        found: { date: '2019-10-24/2019-10-25', location: "Cosener's House" },
      },
      {
        title: 'a body that organised something other than a meeting is no organiser',
        form: 'organiser',
        text: 'The Harbour Trust organised the archive in Bergen on 3 May 2021.\n',
        found: { organizer: null },
      },
      {
        title: 'the body whose meeting an opening paragraph names, a spaced dash inside its name; last of all the organisation’s sources',
        form: 'body that met',
        text: 'Minutes\n\nThis is an interim meeting of the Proposed RG COIN - Computing in the Network\nWith a focus on the edge.\n',
        found: { organizer: null, bodyMet: 'Proposed RG COIN - Computing in the Network' },
      },
      {
        title: 'meetings in the plural, the name going on over the next line',
        form: 'body that met',
        text: 'Special Board Meeting\n\nPlease note that the official meetings of the RTD Board of\nDirectors are held in person.\n',
        found: { bodyMet: 'RTD Board of Directors' },
      },
      {
        title: 'a kind of body alone, a body pointed at, a heading in capitals, a person’s name: no body that met',
        form: 'body that met',
        text:
          'ACTA DE LA SESIÓN CELEBRADA POR EL PLENO DE ESTE AYUNTAMIENTO\n\nThe meeting of the Board of Directors began.\n\n' +
          'A meeting of the Working Group followed, then a meeting of This Council and a meeting of Anna Berg.\n',
        found: { bodyMet: null },
      },
    ],
    notOk: [],
  },
})

// Stryker restore all: a comment inside the detector's object would not end the examples' exemption
/** The meeting's date and place from labelled lines at the top of the report ("Date: 13 February 2025", "Location: Online"). */
function labelledFacts(flow: readonly FlowEntry[]): { date: string | null; location: string | null; line: number | null } {
  const found: { date: string | null; location: string | null; line: number | null } = { date: null, location: null, line: null }
  for (const entry of flow) {
    // A heading may carry a label too ("### Meeting Date/Time: Thursday 2021/08/26 at 14:00 UTC").
    const node = entry.node
    const lines =
      node.type === 'paragraph' ? paragraphLines(node) : node.type === 'heading' ? [{ text: flatText(node), line: entry.line }] : []
    for (const [i, { text, line }] of lines.entries()) {
      // LABELLED needs a colon: a line without one is not cleaned.
      const match = text.includes(':') || text.includes('：') ? LABELLED.exec(collapseSpace(text)) : null
      const kind = match ? labelKind(match[1]!) : null
      if (!match || !kind) continue
      // A value ending in a comma goes on over the next line ("Institute,\nAshburn, Virginia").
      const next = lines[i + 1]?.text.trim() ?? ''
      const value = match[2]!.trim().endsWith(',') && next !== '' && !LABELLED.test(next) ? `${match[2]!.trim()} ${next}` : match[2]!.trim()
      if (kind === 'date' && found.date === null) {
        const day = findDay(value)
        // The date leads the value ("13 February 2025, 10:00"); a date further in is a deadline, not the meeting.
        if (day && day.index <= 20) {
          found.date = day.iso
          found.line ??= line
        }
      } else if (
        kind === 'place' &&
        found.location === null &&
        countWords(value, PLACE_WORDS + 1) <= PLACE_WORDS &&
        !/^https?:/i.test(value)
      ) {
        // `Ort & Zeit: 28.4.2025, 14-18 Uhr, Archäologisches Zentrum, Berlin`: the date and hours are no part of the place.
        const { place, day } = splitDatedPlace(value.replace(/[.,;]$/, ''))
        found.location = place
        found.date ??= day
        found.line ??= line
      }
    }
  }
  return found
}

function eventName(before: string): string | null {
  const found = nameAtEnd(before.trimEnd())
  if (found === null) return null
  // Keep the head noun phrase: drop a leading "One" / "The" and anything before a sentence break.
  const name = found.replace(/^(?:The|This|That|A|An|One)\s+/, '')
  return /\s/.test(name) || MEETING.test(name) ? name : null
}

const CAPITALISED = /^\p{Lu}[\p{L}\p{N}'’-]*$/u
const NAME_CHAR = /^[\p{L}\p{N}'’-]$/u
const UPPER = /^\p{Lu}$/u

/**
 * The capitalised words, joined by connectors, that end `text` (see CONNECTORS), from the leftmost place they
 * can start; null when none.
 */
export function nameAtEnd(text: string): string | null {
  const words: Array<{ start: number; text: string; spaceBefore: string }> = []
  for (const match of text.matchAll(/\S+/gu)) {
    const previous = words.at(-1)
    words.push({
      start: match.index,
      text: match[0],
      spaceBefore: previous ? text.slice(previous.start + previous.text.length, match.index) : '',
    })
  }
  if (words.length === 0 || words.at(-1)!.start + words.at(-1)!.text.length !== text.length) return null
  // continues[k]: from word k on, connectors and then a capitalised word that itself ends the text or continues.
  const continues = new Array<boolean>(words.length + 1).fill(false)
  for (let k = words.length - 1; k >= 0; k--) {
    const ends = k === words.length - 1 || continues[k + 1]!
    continues[k] =
      (CAPITALISED.test(words[k]!.text) && ends) ||
      CONNECTORS.some((connector) => connectorAt(words, k, connector) && continues[k + connector.length]!)
  }
  for (let k = 0; k < words.length; k++) {
    if (k < words.length - 1 && !continues[k + 1]) continue
    const start = capitalisedTail(words[k]!.text)
    if (start !== null) return text.slice(words[k]!.start + start)
  }
  return null
}

/** Whether the words from k on read `connector` (its words joined by single spaces, as the pattern's text has them). */
function connectorAt(words: ReadonlyArray<{ text: string; spaceBefore: string }>, k: number, connector: readonly string[]): boolean {
  return connector.every((part, i) => words[k + i]?.text === part && (i === 0 || words[k + i]!.spaceBefore === ' '))
}

/** Where in a word the capitalised part that ends it starts (the first capital of its run of name characters); null when none. */
function capitalisedTail(word: string): number | null {
  const chars = Array.from(word)
  let start = chars.length
  while (start > 0 && NAME_CHAR.test(chars[start - 1]!)) start--
  for (let i = start; i < chars.length; i++) if (UPPER.test(chars[i]!)) return chars.slice(0, i).join('').length
  return null
}

/**
 * What `text.matchAll` finds for `pattern` without its sticky flag, in the same order: `pattern`
 * (sticky) is tried only where `head` (global, the pattern's beginning) matches.
 */
export function* matchesFromHead(text: string, head: RegExp, pattern: RegExp): Generator<RegExpExecArray> {
  head.lastIndex = 0
  for (let found = head.exec(text); found; found = head.exec(text)) {
    pattern.lastIndex = found.index
    const match = pattern.exec(text)
    if (match) yield match
    head.lastIndex = match ? pattern.lastIndex : found.index + 1
  }
}

// What a lexicon is: the words report-extract knows in one language, as plain data. The detectors
// build their regular expressions from the merge of the active lexicons (index.ts), never from words
// typed into a pattern. Every list is optional in a language file; an empty list adds nothing.
import { z } from 'zod'

const Words = z.array(z.string().min(1)).default([])

export const Lexicon = z.strictObject({
  /** ISO 639 code of the language (`mul` for knowledge that belongs to no one language). */
  language: z.string().min(2),

  // People
  /**
   * Phrases after which minutes name who presides the meeting, lowercase: `sous la présidence de M. Jean Dupont,
   * Maire`, `Preside el Sr. Alcalde, D. Juan Pérez`.
   */
  presidingPhrases: Words,
  /**
   * Phrases before the name of whoever presents an item, ending the line that opens their statement, lowercase:
   * `Rappel info reçue par mail : Présentation par Yves`, `Budget — presentation by Anna Berg`.
   */
  presentedByPhrases: Words,
  /**
   * Phrases before the body that organised a meeting or published the report, on a line of a cover
   * (`Organised by the …`, `Published by the …`), lowercase.
   */
  organisedByPhrases: Words,
  /** Labels of the line that names who presides, lowercase: `Président de séance : Jean Dupont`, `Presidencia: …`. */
  presidingLabels: Words,
  /**
   * Phrases that open a record's note, on a line of its own, of who presides from there on, lowercase:
   * `(Présidence de M. R. Hotyat)`, `Presidencia del Sr. Gómez`, `Vorsitz: Dr. Anna Berg`.
   */
  presidencyNotes: Words,
  /**
   * Offices whose holder presides the meetings they are named in, lowercase ("maire", "présidente", "alcalde"):
   * a label by the office alone (`M. le Maire`, `Mme la Présidente`) names whom the minutes say presides.
   */
  presidingOffices: Words,
  /**
   * Forms of one office, `|` between them, lowercase (`chair|chairman|chairwoman|chairperson`): a label by one form
   * (`The Chairman:`) names the attendee listed by another (`Anna Berg (Chair)`).
   */
  officeForms: Words,
  /** Titles written before a name, as printed ("Dr.", "Sra."); they do not count as a name's words. */
  honorifics: Words,
  /** Lowercase words inside a personal name ("de", "van"): the surname keeps them. */
  nameParticles: Words,
  /**
   * Given names that are often a compound given name's second word, as printed (`María` in `José María Martín
   * Blázquez`, `Giovanna` in `Maria Giovanna Mora`): a name of three or four words whose second word is one of
   * these has two given names; else its last two words are two surnames (`Carlos López Quintanilla`).
   */
  secondGivenNames: Words,
  /** Korean family names of two syllables, in Hangul (`남궁`): a name written in Hangul begins with one or with one syllable. */
  hangulDoubleSurnames: Words,
  /** Words after a personal name that tell a generation, as printed (`Jr.`, `III`, `Filho`): the family name keeps them. */
  nameSuffixes: Words,
  /**
   * Family names with no vowel, as printed in capitals (`NG`): capitals without a vowel opening a name are else its
   * given name's initials (`TJ Okafor`, `JD Smith`), no family name in capitals.
   */
  vowellessSurnames: Words,
  /** Capitalised words that open sentences and never a name ("The", "Mas"). */
  sentenceOpeners: Words,
  /**
   * Subjects of a sentence that name nobody, lowercase (`we`, `everyone`, `il`, `wir`): a paragraph opening with one in
   * lowercase before a reporting verb is a sentence's continuation, not a speaker's handle (`ferringb said: …`).
   */
  anonymousSubjects: Words,
  /** Words that make a capitalised phrase an organisation rather than a person ("Institute", "Software"). */
  organizationWords: Words,
  /**
   * A company's legal form, printed after its name and a comma, lowercase, without a final stop ("inc", "ltd", "gmbh"):
   * `Risk Management Solutions, Inc.` is one institution, the last of an affiliation's parts (speakers-roster.ts).
   */
  legalForms: Words,
  /** Job titles ("Director", "Coordenadora"), matched as whole words anywhere in a line. */
  positions: Words,
  /** Words a department's name begins with ("Department", "Divisão"). */
  departmentWords: Words,
  /** Labels that stand for a person in a transcript ("Moderator"). */
  roles: Words,
  /**
   * Labels of an agenda item's line that name who presented it ("汇报人：黄然"): that person's turn. Not who
   * proposed, chaired or minuted it, who need not speak.
   */
  presenterLabels: Words,
  /**
   * Labels that open a talk's abstract under its title and speaker line in a programme or a book of abstracts
   * ("Abstract: We consider …", "Résumé : …").
   */
  abstractLabels: Words,
  /** Labels of a question and its answer ("Q", "Question", "Réponse"), lowercase: turns without a name or a position. */
  questionLabels: Words,
  /**
   * Reporting verbs as a minute-taker writes them after a speaker's name ("afirmou", "noted"). Matched
   * as the beginning of the word, so an entry also covers its longer forms ("afirma" → "afirmam",
   * "note" → "noted") and a clitic ("referiu-se").
   */
  reportingVerbs: Words,
  /**
   * Reporting verbs matched as whole words only, not as a word's beginning: a form that also begins a common word
   * of another language (French `revenu` and English `revenue`), so it is a verb only as its language writes it.
   */
  wholeReportingVerbs: Words,
  /**
   * What a call recorder's export writes after a person's name when they start or stop it (`Anna Berg started
   * transcription`), lowercase, matched as the whole rest of a paragraph: a note of the recorder, no one's words.
   */
  recorderNotices: Words,
  /**
   * What a call recorder adds in parentheses after a person's display name to say how they joined or what role the call
   * gave them, lowercase, matched as the whole parenthesis (`Anna Berg (Guest)`, `Karl Lund (Co-host)`): no
   * organisation.
   */
  displayNameTags: Words,
  /**
   * The credit a broadcaster's transcript prints after a speaker's name in capitals at the first turn, lowercase, matched
   * as the last word of the capitals after the comma (`PETER SAGAL, HOST:`, `WOLF BLITZER, CNN ANCHOR:`): the name is
   * the speaker's, the credit their position.
   */
  broadcastCredits: Words,
  /**
   * Credits among broadcastCredits that say the speaker's words are the broadcaster's staff's report, not an office
   * (`DAVID FOLKENFLIK, BYLINE:`, NPR's): the name is read, no position.
   */
  bylineCredits: Words,
  /**
   * Finite verbs of a talk in a language with verb-second order, lowercase, matched as whole words: after a lead
   * phrase and before the speaker they name (`Im Anschluss stellte Anna Berg …`, `Die Keynote hielt Jonas Weber`).
   */
  talkVerbs: Words,
  /**
   * Nouns of a talk, lowercase, found inside a word (`vortrag` in `Eröffnungsvortrag`): the opening sentence of a
   * report's paragraph that names one and then its giver after an agent word is that person's turn
   * (`Die Tagung begann mit der Keynote „…“ von Anna Berg`).
   */
  talkNouns: Words,
  /**
   * Nouns of a talk matched as whole words (a plural `s` allowed), lowercase, in languages that do not compound them:
   * a talk's line `Presentation: Title – Anna Berg`. Unlike talkNouns never found inside a word (`presentation` is
   * not inside `representation`).
   */
  talkWords: Words,
  /** Prepositions after a talk's noun or title that name who gave it, lowercase: `Keynote „…“ von Anna Berg`, `Vortrag von Tom Krause`. */
  talkGivers: Words,
  /**
   * Words after a talk's noun that open its topic, lowercase (`Berg's keynote on finger-prints`, `… talk about …`): a
   * talk the report introduces, not one it refers back to (`Berg's presentation was based on …`).
   */
  talkTopicWords: Words,
  /** Days named relative to the writing, lowercase (`today`, `yesterday`): their possessive (`Today's talk`) names no giver. */
  relativeDays: Words,
  /**
   * Participles of presenting as a noun's attribute, lowercase stems (a declension's ending follows): after a talk's
   * giver they name the presenter, `Das von Anna Berg vorgestellte Modell …`.
   */
  presentedParticiples: Words,
  /**
   * Nouns of a group or body that presents as one, lowercase, matched as a word's end (a compound's last part:
   * `Künstler*innenkollektiv`, `Projektteam`): before the group's name after a talk's verb, `zeigte das Kollektiv X …`.
   */
  presentingBodies: Words,
  /** Articles that open a noun phrase before an occupation or an attribute, lowercase: `Der Historiker Anna Berg …`. */
  nounArticles: Words,
  /**
   * Words and phrases that open a minute-taker's reporting sentence before its speaker or its verb, lowercase
   * ("seguidamente", "a continuación", "ensuite", "anschließend", "then"): `Seguidamente interviene la Sra. …`.
   */
  reportOpeners: Words,
  /**
   * Auxiliaries and adverbs between a speaker's name and the reporting verb, lowercase: `Anna Berg also noted`,
   * `Karl Lund is asking`, `Eva Smith has presented`.
   */
  verbAdverbs: Words,
  /**
   * Finite auxiliaries, lowercase: a short line with one after its first word is a sentence, never a heading
   * (`The meeting was opened at 5:15pm`).
   */
  finiteVerbs: Words,
  /**
   * Last words of a lead-in sentence before its colon, lowercase: a short line ending in one (`Examples include:`,
   * `The results were as follows:`) announces the items or paragraphs under it, it heads nothing.
   */
  listLeadIns: Words,
  /**
   * Forms of `to be` that make the reporting verb after them passive, lowercase: `Karin Holm was added to the PMC`,
   * `Anna Berg was asked to …` report no words of that person.
   */
  passiveAuxiliaries: Words,
  /** Relative pronouns that join an apposition to its verb, lowercase: `Anna Berg, Programme Officer, who presented …`. */
  relativePronouns: Words,
  /**
   * Prepositions that open a lead-in phrase before a reporting sentence's speaker, lowercase: `During the first
   * session, Anna Berg presented …`.
   */
  leadInPrepositions: Words,
  /** Unstressed pronouns between a speaker and the reporting verb ("lui", "se", "le"), lowercase: `M. le Maire lui répond`. */
  verbClitics: Words,
  /**
   * Nouns of a speech act a label opens with before the speaker it names, lowercase: `Intervention de M. Leroy :`,
   * `Réponse de Loïc :`, `Pregunta del Sr. Gómez:`, `Question from Anna Berg:` (then an agent or affiliation word, or none).
   */
  turnNouns: Words,
  /** Prepositions that name the speaker of a passive reporting sentence ("por", "par", "by"): `Se explica por el Sr. Alcalde`. */
  agentWords: Words,
  /** Words before an organisation's acronym that ends a role ("Coordenador da INPE", "Director of UNIDO"). */
  affiliationWords: Words,
  /**
   * Phrases between a listed name and the institution its holder speaks for, lowercase: `Anna Berg from Nordic
   * Institute`, `Karl Lund representing Baltic Data`, `on behalf of the City of Oslo`, as a roll call prints them.
   */
  representingPhrases: Words,
  /** Prepositions between a position and the body it is held at, in an apposition (`Senior Researcher at the …`), lowercase. */
  employerPrepositions: Words,
  /**
   * Articles of the genitive between a position and the body it belongs to, in an apposition, lowercase: `Executive
   * Director der Robot Framework Foundation`, `Leiterin des Instituts für Informatik` (read so when a body's word follows).
   */
  positionBodyArticles: Words,
  /** Focus particles that may open a sentence before its subject, capitalised as they open it: `Auch Anna Berg betonte …`. */
  subjectParticles: Words,
  /**
   * Offices written before a name as a form of address ("Chairman Shelby", "Präsident Dr. Köhler",
   * "Monsieur le Maire"): a speaker's label keeps them, the name drops them and the position takes them.
   */
  titles: Words,
  /**
   * Abbreviations of offices written before a name, `abbreviation|office`, lowercase, the office as `titles` writes
   * it: council minutes label their members so (`Bgm. Dr. Rabl:`, `GR. Hufnagl:`, `StR Müller:`). Matched with or
   * without the full stop and only before a name; the position is the office spelled out. An office that also names
   * the council (`Stadtrat|Stadtrat`) is written so too: an office before a name (`Stadtrat Müller:`), never the body.
   */
  abbreviatedTitles: Words,
  /**
   * Degrees and honours printed after a name, a comma or a space before them, as printed (`Markus Hufnagl, MBA`,
   * `Anna Berg, PhD`, `Ralph Schäfer, BSc MSc`): no part of the name, in a label or a list of who attended.
   */
  postnominals: Words,
  /** Articles written before an honorific or office in a label ("The CHAIRMAN", "le Maire", "el Sr."). */
  titleArticles: Words,
  /**
   * Words with which speakers introduce themselves in a transcript, lowercase ("i am", "je suis"): `Hi, I'm Anna Berg,
   * director of …`, `I am a certified financial planner …` give the speaker a position (assemble/persons.ts).
   */
  selfIntroductions: Words,
  /** Articles before the office a self-introduction names, lowercase ("a", "the", "une"). */
  officeArticles: Words,
  /**
   * Articles and determiners before a noun, lowercase ("the", "a", "this", "le", "der"): capitals after one are a thing's
   * acronym (`the API`, `a PR`, `le PS`), never a person's initials, which no article opens (speakers-acronyms.ts).
   */
  nounDeterminers: Words,
  /**
   * Words between an office a self-introduction names and the body the speaker holds it in, lowercase ("of", "at",
   * "chez"): `I'm the CEO of Late Checkout` gives the organisation too (assemble/persons.ts).
   */
  officeBodyLinks: Words,
  /**
   * Determiners before the office an apposition gives a person the record names in full, lowercase ("our", "the"):
   * `Michael Ford, our Chief Operations Officer,` (assemble/introductions.ts).
   */
  appositionDeterminers: Words,
  /**
   * Offices one person holds in a meeting, by which others name them before their surname, lowercase: `Chair Buzek`,
   * `Chairman Simmons`, `Madame la Présidente` aside (assemble/introductions.ts). Not an office many hold (`Director`).
   */
  soleOffices: Words,
  /**
   * Words after a person's name that give the office they are elected or designated to, lowercase: `the election of Dr.
   * Angela Merkel as President`, `Raul Estrada-Oyuela was designated as Chair` — whom the office alone names later.
   */
  electedAsLinks: Words,
  /** Words that carry an office on to its domain ("Minister of Finance", "Staatssekretär beim …"). */
  titleConnectors: Words,
  /**
   * Words that put a member's seat after the name in a record's period label (`Mr. SMITH of Texas.`, `Mrs. JO ANN
   * DAVIS of Virginia.`): the seat is where the member sits, no part of the name; the label keeps it.
   */
  seatConnectors: Words,
  /**
   * Labels that open a line as a speaker's name would but never name one: agenda and action labels and
   * metadata keys ("Action", "Decision", "Date", "Location"). Lowercase; a label is refused when it is one
   * of these or begins with one followed by a number or a second label word ("Action item 3").
   */
  notLabels: Words,
  /** Headings and labels of a list of who attended ("Present", "Attendees", "Anwesend"), lowercase. */
  participantsHeadings: Words,
  /** Headings of a list of who was absent or excused ("Absent", "Excusés", "Ausentes"), lowercase: whom they list spoke no turn. */
  absenceHeadings: Words,
  /**
   * What opens the heading of a person's statement in a hearing's record, before the name, office and institution
   * ("statement of", "prepared statement of", "testimony of"), lowercase.
   */
  statementHeadings: Words,
  /** Headers of a table's column of people's names ("name", "nom", "nombre"), lowercase: a participants table. */
  nameColumns: Words,
  /** Headers of a participants table's column of offices ("position", "fonction", "cargo"), lowercase. */
  positionColumns: Words,
  /** Headers of a participants table's column of institutions ("organisation", "affiliation", "organisme"), lowercase. */
  organizationColumns: Words,
  /** Names of the bots and services that write into chat logs, never speakers ("zakim", "chanserv"), lowercase. */
  chatBots: Words,
  /**
   * The commands a meeting bot of chat logs takes (MeetBot, zodbot, Limnoria's: `#topic`, `#info`, `#action`), lowercase,
   * without the `#`: a chair's line that opens with one is an entry of the bot's minutes, no remark.
   */
  meetingBotCommands: Words,
  /** Of those, the commands that open an item of the agenda (`#topic News`), lowercase: the heading of what follows. */
  meetingBotTopics: Words,
  /**
   * How a meeting bot opens its own messages in the log (`Meeting started Tue Sep  4 …`, `Useful Commands: #action …`),
   * as they start: the nick that prints them is the bot's, whatever it is called.
   */
  meetingBotMessages: Words,
  /**
   * Whom a video call's exported chat line is addressed to (`From Anna Berg to Everyone:`, `… to Karl(Privately):`),
   * lowercase: the recipient's first word or the mark after a private recipient.
   */
  chatRecipients: Words,
  /**
   * Words a transcript writes with a number or a letter for a speaker it cannot name (`Speaker 1`, `Male 2`,
   * `Participant B`), as automatic transcripts and their reviewers label turns; lowercase. The label is kept as the name.
   */
  speakerPlaceholders: Words,
  /**
   * How or when a remark reached the minutes, in parentheses after a speaker's label (`Anna (remote):`, `AB (via chat):`,
   * `AB (chair hat off):`, `AB (post meeting):`), as working-group notes mark a relay or a hat; matched at the start of
   * the parenthesis, lowercase. No affiliation, office or name: dropped from the label's parts.
   */
  participationNotes: Words,
  /** Personal pronouns, lowercase, as a person gives theirs after their name (`(she/her)`, `(sie/ihr)`, `(iel)`). */
  pronouns: Words,
  /** Family names, for a language that writes a name without spaces (Chinese): single and double ones. */
  surnames: Words,
  /** Words an office takes before it in a language that writes them together ("副" in 副處長, "政務" in 政務委員). */
  titlePrefixes: Words,
  /** Words that address a person after the family name alone, as colleagues do (王總, 李工, 熊博). */
  nameAddresses: Words,

  // Dates
  /** Month names and their abbreviations, lowercase, with the month's number. */
  months: z.record(z.string(), z.number().int().min(1).max(12)).default({}),
  /** Words joining the first and last day of a span ("12 to 13 March"). */
  dayRangeWords: Words,
  /** Words between day, month and year ("4 de Dezembro de 2024"). */
  dateConnectors: Words,
  /** Words opening a span of days ("from the 18th to 22nd of March", "vom 7. bis 9. März", "du 3 au 5 mars"), lowercase. */
  spanOpeners: Words,
  /** Names of the days of the week and their abbreviations, lowercase: printed before a date, never part of it. */
  weekdays: Words,
  /** Words before a day's number ("le 3 mars", "den 4. Juni", "el 9 de junio"). */
  dayArticles: Words,
  /**
   * Cardinal numbers written in words, lowercase, with their value, for days and years written out
   * ("vingt", "veintiocho", "novecientos", "mil"); 100 and 1000 multiply what comes before them; a compound
   * written with a hyphen or a space ("quatre-vingt") is one entry, its parts joined by a hyphen.
   */
  numberWords: z.record(z.string(), z.number().int().min(1).max(1000)).default({}),
  /** The word joining a number's parts ("vingt et un", "treinta y uno", "vinte e oito"). */
  numberJoiners: Words,
  /** Words inside a date written in words between its day, month and year ("dias do mês de", "del año"). */
  wordDateFillers: Words,
  /** Words naming the year before a year written in words ("L'an deux mille vingt, le …"). */
  yearWords: Words,
  /** Eras a calendar counts years from, with the Gregorian year before their year 1 ("民國": 1911, so 民國110年 is 2021). */
  eraYears: z.record(z.string(), z.number().int()).default({}),
  /** Eras (of eraYears) a record in that calendar leaves unsaid before a year of three figures or fewer (民國: "110年" is 2021). */
  unprintedEras: Words,

  // The document
  /** Headings of a contents page, lowercase ("table of contents", "sumário"). */
  contentsHeadings: Words,
  /**
   * Labels of a colophon or imprint page before the contents, lowercase, a colon after them: the title's
   * ("título: …") and the publication date's ("fecha de edición: mayo de 2021").
   */
  colophonTitleLabels: Words,
  /** Labels of a line giving a meeting's subject, its title ("Subject", "Objet", "会议主题"), lowercase. */
  subjectLabels: Words,
  colophonDateLabels: Words,
  /**
   * A blog post's or web page's byline before its date (`Veröffentlicht am 8. August 2014 von …`, `Posted on
   * 5 May 2021 by …`): the date it gives is the document's. Matched, lowercase, at the start of a short line.
   */
  bylineWords: Words,
  /** Words before an annex's number in a heading or contents entry ("Annex 2"). */
  annexWords: Words,
  /**
   * Words before a chapter's or section's number in a heading or contents entry ("Chapter 3: Results", "§ 4",
   * "Kapitel 2", "Capítulo 3."): the number is the section's, the word and the number leave its title. A
   * report's parts (`partWords`) are not among them: "Teil II: …" is the title of a part of an event.
   */
  chapterWords: Words,
  /** What a Chinese heading counts after 第 and its numeral ("第一章", "第三节"), from the largest part down. */
  chapterCounters: Words,
  /** A report's parts as a styled line numbers them before its title's colon (`Teil I: …`, `Part 2: …`), lowercase. */
  partWords: Words,
  /**
   * The usual names of a report's unnumbered sections, lowercase ("introduction", "acknowledgements"):
   * a line that says only that heads a section, wherever it stands.
   */
  sectionNames: Words,
  /**
   * The usual parts of minutes by their name, lowercase ("agenda", "notes"): a line that says only that, alone
   * between blank lines in plain text (or over a list where there are none), heads that part, as a bold line would.
   */
  minutesParts: Words,
  /**
   * Headings of a court-reporter or hearing transcript, lowercase, matched as the whole line (letter-spacing
   * and a colon aside): `P R O C E E D I N G S`, `APPEARANCES:`, `CROSS-EXAMINATION`.
   */
  transcriptHeadings: Words,
  /** Of those, the ones before or after the body, which stand at the top level ("abstract", "references"). */
  topLevelSections: Words,
  /** Labels a colon ends that introduce a note, not a section ("note", "source"), lowercase. */
  noteLabels: Words,
  /** What a contents page prints for a page without a number ("inside back cover"), lowercase. */
  pageWords: Words,
  /** What a contents page prints over its column of pages ("Page", "Seite"), lowercase: no entry's title. */
  pageColumnWords: Words,
  /** Words before an agenda item's number in a heading ("Item 3", "Asunto IV.-", "TOP 5"). */
  agendaItemWords: Words,
  /** Ordinal words before an agenda item's word, lowercase ("première" in "Première résolution", "second"). */
  itemOrdinals: Words,
  /** What a document calls itself, lowercase ("minutes", "relatório"). */
  documentTypes: Words,
  /**
   * Document types that record one sitting as it happened, lowercase ("minutes", "procès-verbal", "acta"): such a
   * record's own day is its meeting's when nothing else gives one.
   */
  recordTypes: Words,
  /** Document types of a hearing's record, lowercase ("hearing", "audiencia"): its title is the hearing's own name. */
  hearingTypes: Words,
  /** Words joining a document type to the meeting it records ("Minutes of the", "Ata da"). */
  documentOfWords: Words,
  /** Words joining a record to the meeting it comes from ("Minutes from the Board Meeting", "Notes from …"), lowercase. */
  documentFromWords: Words,
  /**
   * Words that open a report's title naming the meeting it reports on, lowercase ("report from", "compte rendu
   * de"): `Report from the Harbour Data Workshop`, `Report from Nordic Seminar 24101`.
   */
  meetingReportOpeners: Words,
  /** Labels of a series' number before its figures, lowercase, full stop kept ("no.", "nr."): `No. 203`. */
  seriesNumberLabels: Words,
  /** Labels over a report's editors or organisers under its title, lowercase ("edited by", "organizers"). */
  editorLabels: Words,
  /** Words in the name of an organisation that issues a report ("Ministry", "Foundation"). */
  publisherWords: Words,
  /** The word that names a text's author in its byline ("03 Apr 2019 by Anna Berg": "by", "par", "von"), lowercase. */
  authorWords: Words,
  /** What a site's first link to its root says when it gives no name ("home", "accueil"), lowercase. */
  siteLinkWords: Words,
  /** Ordinal words that count a meeting before its name ("Third", "Zweite"), lowercase: a count, not part of a body's name. */
  ordinalWords: Words,
  /** Names of kinds of meeting ("workshop", "reunião"). */
  meetingWords: Words,
  /**
   * Series of meetings known by a body's name and the meeting's number (`IETF 117`, `ICANN 78`, `RIPE 87`), as printed:
   * such a name and its number in a title name the meeting the document's session was part of.
   */
  numberedMeetings: Words,
  /** Words before a kind of meeting that name another meeting than the report's ("next", "prochaine"), lowercase. */
  otherMeetingWords: Words,
  /** Words before a kind of meeting saying which sitting it is ("special", "ordinaire"), lowercase: no part of a body's name. */
  sessionKinds: Words,
  /** Verbs saying where and when a meeting took place ("held", "convened"). */
  eventVerbs: Words,
  /** Words joining the words of a meeting's name in title case ("Forum on Water"). */
  nameConnectors: Words,
  /** A meeting's place when it met online, as reports print it ("Virtual", "Online", "MS Teams"), lowercase. */
  onlineVenues: Words,
  /** Nouns that name a meeting's venue ("room", "city hall", "mairie", "Rathaus"), lowercase. */
  venueWords: Words,
  /** Prepositions before a meeting's venue in a sentence ("in", "at the", "à la", "en el"), lowercase. */
  placePrepositions: Words,
  /**
   * Words opening a report's first sentence before the event the writer was at (`Beim Harbour Camp 2018 in Bergen habe
   * ich …`, `At HarbourConf 2019 in Oslo, …`, `Lors des Journées Harbour 2021 à Lyon`), lowercase.
   */
  eventPrepositions: Words,
  /** Kinds of public event beyond meetings, lowercase ("camp", "hackathon", "journées"): such a word names an event. */
  eventWords: Words,
  /** Words after an hour or a span of hours (`14-18 Uhr`, `10:00 UTC`, `9 h`), lowercase. */
  clockWords: Words,
  /**
   * Words opening a dateline, the line that says where and when a document was written or signed, before its place
   * (`Fait à Bègles le 11/11/23`, `À Bordeaux, le 3 mars 2021`, `Done at Geneva, 3 May 2021`), lowercase.
   */
  datelineOpeners: Words,
  /**
   * Words right before the day an opening sentence gives in figures ("On 5 May 2021, the board met", "En Soria, a 9 de
   * junio de 2017", "Le mardi 8 mars 2016 à 20 heures", "Am 4. Juni 1987 trafen sich"), lowercase.
   */
  dayPrepositions: Words,
  /** Labels of a list that gives a meeting's place, and of its date and time ("venue"; "date"). */
  placeLabels: Words,
  dateLabels: Words,
  /**
   * Letters that join the parts of a closed compound, lowercase (German `Besprechung|s|datum`, `Sitzung|s|ort`; parts
   * joined directly are always tried, `Versammlung|ort`): a kind of meeting joined to a date or place label is that label.
   */
  compoundLinks: Words,
  /**
   * Words opening a line that stamps when a page was changed or printed, not when its meeting sat (`Last updated:
   * 3 June 2024`, `Stand: 4. Juni 2024`, `Mis à jour le 3 juin 2024`), lowercase: its date dates no meeting.
   */
  stampWords: Words,
  /** Words before a version's number or date (`Version 2024-03-14`, `v1.2`), lowercase: the date there is the version's. */
  versionWords: Words,
  /** Words that mark a citation of another work (`et al.`, `doi`, `pp.`), lowercase: a date beside them is the work's. */
  citationWords: Words,
  /** Words joining the last item of a list ("A, B and C"). */
  listJoiners: Words,
  /**
   * What a record prints in parentheses for the audience's reaction ("applause", "Beifall", "rires"),
   * lowercase; matched as the beginning of a word anywhere in the parentheses ("beifall" → "Lebhafter
   * Beifall bei der SPD", "zuruf" → "Zurufe von der CDU/CSU").
   */
  interjections: Words,
  /** Notices a converter or a download site adds, as phrases found anywhere in a paragraph. */
  notices: Words,
  /**
   * Words that say where the document itself is published, lowercase, before its address at the top of the
   * document ("available at: https://…", "[Original file](…)", "Permalink: …").
   */
  sourceLabels: Words,

  // Text
  /** Words that stay lowercase inside a title ("of", "da"). */
  smallWords: Words,
  /** Conjunctions after a suspended hyphen ("pre- and post-war"), which keeps its space. */
  conjunctions: Words,
  /**
   * Prepositions, lowercase: the word after a name's parenthesis that is one opens a phrase, not a reporting verb
   * (`Kursspezifische Email (Regenbekleidung) durch Gemeinde`, `Anna Berg (chair) to circulate the draft`).
   */
  prepositions: Words,
})

export type Lexicon = z.infer<typeof Lexicon>
export type LexiconInput = z.input<typeof Lexicon>

/** The keys of a lexicon, in the schema's order; `months`, `eraYears` and `numberWords` are records, the others lists of words. */
const KEYS = Object.keys(Lexicon.shape) as Array<keyof Lexicon>
const RECORDS: ReadonlySet<string> = new Set(['months', 'eraYears', 'numberWords'])

/**
 * A language file's lexicon with every list present (empty where the file gives none), its keys in the
 * schema's order: what `Lexicon.parse` returns. It is not checked here, at every start of the pipeline
 * (checking the eight lexicons took about a fifth of loading it): test/lexicon.test.ts checks each
 * against the schema, and the types check what a language file may hold.
 */
export function defineLexicon(input: LexiconInput): Lexicon {
  const lexicon: Record<string, unknown> = {}
  for (const key of KEYS) lexicon[key] = RECORDS.has(key) ? {} : []
  return Object.assign(lexicon, input) as Lexicon
}

// German. General knowledge of how Protokolle and reports in German are written: nothing here is in the
// list because one document has it.
import { defineLexicon } from './types.js'

export const de = defineLexicon({
  language: 'de',
  honorifics: ['Herr', 'Frau', 'Herrn', 'Dr.', 'Prof.', 'Dipl.-Ing.', 'Abg.', 'Fräulein'],
  sentenceOpeners: ['Der', 'Die', 'Das', 'Ein', 'Eine', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Und', 'Aber', 'Auch', 'Nach', 'Zum', 'Zur'],
  organizationWords: ['gmbh', 'ag', 'e.v.', 'verein', 'verband', 'stiftung', 'institut', 'universität', 'ministerium', 'amt', 'fraktion'],
  positions: [
    'präsident', 'präsidentin', 'vizepräsident', 'vizepräsidentin', 'vorsitzender', 'vorsitzende', 'schatzmeister',
    'schatzmeisterin', 'schriftführer', 'schriftführerin', 'geschäftsführer', 'geschäftsführerin', 'leiter', 'leiterin',
    'direktor', 'direktorin', 'minister', 'ministerin', 'staatssekretär', 'staatssekretärin', 'referent', 'referentin',
    'sprecher', 'sprecherin', 'vorstand', 'beisitzer', 'beisitzerin', 'bürgermeister', 'bürgermeisterin',
  ],
  questionLabels: ['frage', 'antwort', 'fragen', 'antworten'],
  roles: ['präsident', 'präsidentin', 'vorsitzender', 'vorsitzende', 'moderator', 'moderatorin', 'frage', 'antwort', 'publikum'],
  // Third person of the present and of the past, as minutes and records write them; matched as word beginnings.
  reportingVerbs: [
    'sagt', 'sagte', 'erklärt', 'erklärte', 'berichtet', 'berichtete', 'betont', 'betonte', 'fragt', 'fragte', 'antwortet',
    'antwortete', 'schlägt vor', 'schlug vor', 'weist darauf hin', 'wies darauf hin', 'verweist', 'verwies', 'meint', 'meinte',
    'merkt an', 'merkte an', 'ergänzt', 'ergänzte', 'begrüßt', 'begrüßte', 'bedankt', 'bedankte', 'dankt', 'dankte', 'eröffnet',
    'eröffnete', 'schließt', 'schloss', 'informiert', 'informierte', 'erläutert', 'erläuterte', 'führt aus', 'führte aus',
    'spricht', 'sprach', 'bittet', 'bat', 'fordert', 'forderte', 'kritisiert', 'kritisierte', 'stimmt zu', 'stimmte zu',
    'widerspricht', 'widersprach', 'präsentiert', 'präsentierte', 'stellt vor', 'stellte vor', 'teilt mit', 'teilte mit',
    'bemerkt', 'bemerkte', 'erinnert', 'erinnerte', 'regt an', 'regte an', 'findet', 'fand', 'schildert', 'schilderte',
    'beantragt', 'beantragte', 'kandidiert', 'äußert', 'äußerte', 'hält fest', 'hielt fest', 'gibt zu bedenken', 'gab zu bedenken',
  ],
  affiliationWords: ['der', 'des', 'von', 'vom', 'beim'],
  titles: [
    'präsident', 'präsidentin', 'vizepräsident', 'vizepräsidentin', 'alterspräsident', 'alterspräsidentin', 'bundespräsident',
    'bundespräsidentin', 'bundeskanzler', 'bundeskanzlerin', 'bundesminister', 'bundesministerin', 'minister', 'ministerin',
    'ministerpräsident', 'ministerpräsidentin', 'staatsminister', 'staatsministerin', 'staatssekretär', 'staatssekretärin',
    'parl. staatssekretär', 'parl. staatssekretärin', 'parlamentarischer staatssekretär', 'parlamentarische staatssekretärin',
    'abgeordneter', 'abgeordnete', 'senator', 'senatorin', 'bürgermeister', 'bürgermeisterin', 'oberbürgermeister',
    'oberbürgermeisterin', 'vorsitzender', 'vorsitzende', 'berichterstatter', 'berichterstatterin', 'schriftführer',
    'schriftführerin', 'schatzmeister', 'schatzmeisterin',
  ],
  titleArticles: ['der', 'die'],
  titleConnectors: ['beim', 'bei der', 'im', 'für', 'des', 'der'],
  notLabels: [
    'beschluss', 'beschlüsse', 'entscheidung', 'ergebnis', 'abstimmung', 'notiz', 'hinweis', 'anmerkung', 'tagesordnung',
    'tagesordnungspunkt', 'top', 'datum', 'uhrzeit', 'zeit', 'ort', 'beginn', 'ende', 'anwesend', 'anwesende', 'abwesend',
    'entschuldigt', 'teilnehmer', 'teilnehmende', 'teilnehmerinnen', 'gäste', 'protokoll', 'protokollant', 'protokollantin',
    'protokollführer', 'protokollführerin', 'versammlungsleiter', 'versammlungsleitung', 'sitzungsleitung', 'leitung', 'thema',
    'themen', 'betreff', 'inhalt', 'ziel', 'fazit', 'zusammenfassung', 'aufgabe', 'aufgaben', 'todo', 'link', 'quelle',
    'beispiel', 'uhr', 'dafür', 'dagegen', 'enthaltung', 'enthaltungen', 'konsens', 'allgemein', 'aufruf', 'nächste sitzung',
  ],
  participantsHeadings: ['anwesend', 'anwesende', 'teilnehmer', 'teilnehmende', 'teilnehmerinnen und teilnehmer', 'anwesenheit', 'gäste'],
  contentsHeadings: ['inhalt', 'inhaltsverzeichnis', 'inhaltsübersicht'],
  conjunctions: ['und', 'oder'],

  // Dates and the document (long-form reports)
  months: {
    januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10,
    november: 11, dezember: 12,
    'jan.': 1, 'feb.': 2, 'mär.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'sept.': 9, 'okt.': 10, 'nov.': 11, 'dez.': 12,
  },
  dayRangeWords: ['bis', 'und'],
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'],
  dayArticles: ['den', 'am', 'vom'],
  annexWords: ['Anhang', 'Anlage'],
  agendaItemWords: ['TOP', 'Tagesordnungspunkt'],
  sectionNames: [
    'zusammenfassung', 'einleitung', 'hintergrund', 'ergebnisse', 'fazit', 'ausblick', 'danksagung', 'literatur',
    'literaturverzeichnis', 'quellen', 'anhang', 'anlagen', 'glossar', 'tagesordnung', 'verschiedenes', 'kontakt',
  ],
  topLevelSections: ['zusammenfassung', 'danksagung', 'literatur', 'literaturverzeichnis', 'quellen', 'anlagen', 'glossar', 'kontakt'],
  pageWords: ['umschlag', 'umschlagseite'],
  documentTypes: ['protokoll', 'plenarprotokoll', 'sitzungsprotokoll', 'ergebnisprotokoll', 'niederschrift', 'bericht', 'tagungsbericht', 'stenographischer bericht'],
  documentOfWords: ['der', 'des', 'zur', 'zum', 'über'],
  meetingWords: ['sitzung', 'mitgliederversammlung', 'versammlung', 'tagung', 'konferenz', 'ausschuss', 'treffen', 'besprechung', 'workshop'],
  placePrepositions: ['in', 'im', 'in der', 'in den'],
  placeLabels: ['ort', 'tagungsort'],
  dateLabels: ['datum', 'zeit', 'uhrzeit'],
  onlineVenues: ['online', 'virtuell', 'videokonferenz'],
  venueWords: ['rathaus', 'sitzungssaal', 'saal', 'vereinsräume', 'raum'],
  // Audience reactions a record prints in parentheses (block kind interjection)
  interjections: ['beifall', 'zuruf', 'heiterkeit', 'lachen', 'widerspruch', 'unruhe', 'bravo', 'händeklatschen', 'sehr richtig', 'sehr gut', 'sehr wahr', 'hört, hört', 'glocke des präsidenten', 'pfui'],
  noteLabels: ['hinweis', 'anmerkung', 'quelle', 'quellen', 'beispiel', 'achtung'],
  publisherWords: ['bundestag', 'bundesrat', 'landtag', 'verein', 'e. v.', 'e.v.', 'gesellschaft', 'ministerium', 'institut', 'universität', 'stiftung', 'verband', 'gemeinde', 'stadtrat', 'arbeitsgruppe', 'arbeitskreis'],
})

// German. Only the words report-extract knew before its vocabularies became data; to be completed.
import { defineLexicon } from './types.js'

export const de = defineLexicon({
  language: 'de',
  sentenceOpeners: ['Der', 'Die', 'Das'],
  organizationWords: ['gmbh', 'ag'],
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
  placeLabels: ['ort', 'tagungsort'],
  dateLabels: ['datum', 'zeit', 'uhrzeit'],
  onlineVenues: ['online', 'virtuell', 'videokonferenz'],
  venueWords: ['rathaus', 'sitzungssaal', 'saal', 'vereinsräume', 'raum'],
  // Audience reactions a record prints in parentheses (block kind interjection)
  interjections: ['beifall', 'zuruf', 'heiterkeit', 'lachen', 'widerspruch', 'unruhe', 'bravo', 'händeklatschen', 'sehr richtig', 'sehr gut', 'sehr wahr', 'hört, hört', 'glocke des präsidenten', 'pfui'],
  noteLabels: ['hinweis', 'anmerkung', 'quelle', 'quellen', 'beispiel', 'achtung'],
  publisherWords: ['bundestag', 'bundesrat', 'landtag', 'verein', 'e. v.', 'e.v.', 'gesellschaft', 'ministerium', 'institut', 'universität', 'stiftung', 'verband', 'gemeinde', 'stadtrat', 'arbeitsgruppe', 'arbeitskreis'],
})

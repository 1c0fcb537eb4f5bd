// French. Only the words report-extract knew before its vocabularies became data; to be completed.
import { defineLexicon } from './types.js'

export const fr = defineLexicon({
  language: 'fr',
  sentenceOpeners: ['Et', 'La', 'Le', 'Les'],
  organizationWords: ['sa'],
  contentsHeadings: ['sommaire', 'table des matières', 'table des matieres'],
  annexWords: ['Annexe'],
  documentTypes: ['compte rendu', 'compte-rendu', 'procès-verbal', 'procès verbal', 'proces-verbal', 'proces verbal', 'rapport', 'relevé de décisions'],
  documentOfWords: ['de la', 'du', 'de'],
  meetingWords: ['réunion', 'comité', 'séance', 'conseil municipal', 'conseil', 'assemblée générale', 'assemblée', 'atelier', 'colloque', 'séminaire', 'conférence', 'commission', 'groupe de travail'],
  placeLabels: ['lieu', 'adresse'],
  listJoiners: ['et'],
  smallWords: ['de', 'du', 'des', 'la', 'le'],
  conjunctions: ['et', 'ou'],

  // Dates and the document (long-form reports)
  months: {
    janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10,
    novembre: 11, décembre: 12, decembre: 12,
    'janv.': 1, 'févr.': 2, 'fév.': 2, 'avr.': 4, 'juil.': 7, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'déc.': 12,
  },
  dayRangeWords: ['au', 'et'],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  dayArticles: ['le', 'du'],
  agendaItemWords: ['Point'],
  sectionNames: [
    'résumé', 'synthèse', 'introduction', 'contexte', 'conclusion', 'conclusions', 'recommandations', 'remerciements',
    'références', 'bibliographie', 'annexe', 'annexes', 'glossaire', 'ordre du jour', 'questions diverses', 'contact',
  ],
  topLevelSections: ['résumé', 'synthèse', 'remerciements', 'références', 'bibliographie', 'annexes', 'glossaire', 'contact'],
  pageWords: ['deuxième de couverture', 'troisième de couverture', 'quatrième de couverture', 'couverture'],
  dateLabels: ['date', 'heure', 'horaire'],
  onlineVenues: ['en ligne', 'visioconférence', 'en visioconférence', 'à distance'],
  venueWords: ['mairie', 'hôtel de ville', 'salle des fêtes', 'salle du conseil', 'salle', 'maison des associations'],
  // Audience reactions a record prints in parentheses (block kind interjection)
  interjections: ['applaudissements', 'rires', 'exclamations', 'protestations', 'murmures', 'sourires', 'interruptions', 'très bien'],
  noteLabels: ['note', 'nota', 'remarque', 'source', 'sources', 'exemple', 'attention'],
  publisherWords: ['ministère', 'association', 'commune', 'mairie', 'conseil municipal', 'conseil', 'université', 'institut', 'agence', 'fédération', 'fondation', 'syndicat', 'communauté de communes', 'assemblée nationale', 'sénat', 'groupe de travail'],
})

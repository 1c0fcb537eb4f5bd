// French. General knowledge of how procès-verbaux, comptes rendus and reports in French are written:
// nothing here is in the list because one document has it.
import { defineLexicon } from './types.js'

export const fr = defineLexicon({
  language: 'fr',
  honorifics: ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Mme.', 'Monsieur', 'Madame', 'Mademoiselle', 'Messieurs', 'Mesdames', 'Me', 'Pr', 'Dr'],
  sentenceOpeners: ['Et', 'La', 'Le', 'Les', 'Un', 'Une', 'Il', 'Elle', 'Ils', 'Elles', 'Nous', 'Vous', 'On', 'Ce', 'Cette', 'Après', 'Pour'],
  organizationWords: ['sa', 'sas', 'sarl', 'association', 'mairie', 'commune', 'conseil', 'ministère', 'université', 'institut', 'direction', 'service'],
  positions: [
    'maire', 'adjoint', 'adjointe', 'président', 'présidente', 'vice-président', 'vice-présidente', 'secrétaire', 'trésorier',
    'trésorière', 'conseiller', 'conseillère', 'directeur', 'directrice', 'chef', 'chargé', 'chargée', 'responsable', 'ministre',
    'préfet', 'préfète', 'député', 'députée', 'sénateur', 'sénatrice', 'rapporteur', 'rapporteure', 'animateur', 'animatrice',
  ],
  departmentWords: ['direction', 'service', 'bureau', 'département', 'division', 'pôle'],
  questionLabels: ['question', 'réponse', 'questions', 'réponses'],
  roles: ['président', 'présidente', 'maire', 'secrétaire', 'animateur', 'animatrice', 'modérateur', 'modératrice', 'question', 'réponse', 'intervenant', 'intervenante', 'public', 'salle'],
  // Third person of the present (minutes are written in it) and the passé composé's participle, as word beginnings.
  reportingVerbs: [
    'indique', 'indiqu', 'précise', 'précis', 'explique', 'expliqu', 'rappelle', 'rappel', 'propose', 'propos', 'informe', 'inform',
    'demande', 'demand', 'répond', 'souligne', 'soulign', 'ajoute', 'ajout', 'estime', 'estim', 'expose', 'expos', 'présente',
    'présent', 'remercie', 'remerci', 'annonce', 'annonc', 'déclare', 'déclar', 'évoque', 'évoqu', 'signale', 'signal', 'constate',
    'constat', 'intervient', 'intervenu', 'revient', 'revenu', 'suggère', 'suggér', 'confirme', 'confirm', 'considère', 'considér',
    'regrette', 'regrett', 'rapporte', 'rapport', 'interroge', 'interrog', 's’interroge', "s'interroge", 'affirme', 'affirm',
    'insiste', 'insist', 'note', 'not', 'observe', 'observ', 'répète', 'résume', 'résum', 'conclut', 'conclu', 'ouvre', 'ouvert',
    'clôt', 'clôture', 'salue', 'salu', 'souhaite', 'souhait', 'est d’accord', "est d'accord", 'donne lecture', 'donne connaissance',
    'donne la parole', 'fait part', 'fait remarquer', 'fait observer', 'fait savoir', 'fait le point', 'fait une présentation',
    'fait plusieurs', 'fait état', 'a indiqué', 'a précisé', 'a expliqué', 'a rappelé', 'a proposé', 'a demandé', 'a répondu',
    'a souligné', 'a ajouté', 'a présenté', 'a remercié', 'a déclaré', 'a évoqué',
  ],
  affiliationWords: ['de', 'du', 'de la', 'des'],
  titles: [
    'maire', 'adjoint', 'adjointe', 'premier adjoint', 'première adjointe', 'président', 'présidente', 'vice-président',
    'vice-présidente', 'secrétaire', 'trésorier', 'trésorière', 'conseiller', 'conseillère', 'rapporteur', 'rapporteure',
    'ministre', 'préfet', 'préfète', 'député', 'députée', 'sénateur', 'sénatrice', 'directeur', 'directrice',
  ],
  titleArticles: ['le', 'la', 'les', 'l’', "l'"],
  titleConnectors: ['de', 'du', 'des', 'de la', 'chargé de', 'chargée de'],
  notLabels: [
    'action', 'actions', 'décision', 'décisions', 'résolution', 'délibération', 'vote', 'votes', 'note', 'nota', 'remarque',
    'ordre du jour', 'objet', 'sujet', 'point', 'points', 'conclusion', 'conclusions', 'résultat', 'résultats', 'date', 'heure',
    'horaire', 'lieu', 'présents', 'présentes', 'présent', 'présente', 'absents', 'absentes', 'absent', 'absente', 'excusés',
    'excusées', 'excusé', 'excusée', 'absente excusée', 'absent excusé', 'pouvoir', 'pouvoirs', 'secrétaire de séance', 'participants',
    'rédacteur', 'rédaction', 'prochaine réunion', 'lien', 'liens', 'source', 'contexte', 'objectif', 'objectifs', 'exemple',
    'pour', 'contre', 'abstention', 'abstentions', 'considérant', 'décide', 'article', 'annexe', 'points clés', 'risque', 'cible',
    'adopté', 'adoptée', 'approuvé', 'approuvée', 'unanimité',
  ],
  participantsHeadings: [
    'présents', 'présentes', 'étaient présents', 'participants', 'participantes', 'personnes présentes', 'assistaient', 'membres présents',
    'excusés', 'absents',
  ],
  contentsHeadings: ['sommaire', 'table des matières', 'table des matieres'],
  annexWords: ['Annexe'],
  documentTypes: ['compte rendu', 'compte-rendu', 'procès-verbal', 'procès verbal', 'proces-verbal', 'proces verbal', 'rapport', 'relevé de décisions'],
  documentOfWords: ['de la', 'du', 'de'],
  meetingWords: ['réunion', 'comité', 'séance', 'conseil municipal', 'conseil', 'assemblée générale', 'assemblée', 'atelier', 'colloque', 'séminaire', 'conférence', 'commission', 'groupe de travail'],
  placePrepositions: ['à', 'à la', 'au', 'dans', 'dans la', 'dans le', 'en la'],
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

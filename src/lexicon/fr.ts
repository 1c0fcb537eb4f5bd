// French. Only the words report-extract knew before its vocabularies became data; to be completed.
import { defineLexicon } from './types.js'

export const fr = defineLexicon({
  language: 'fr',
  sentenceOpeners: ['Et', 'La', 'Le', 'Les'],
  organizationWords: ['sa'],
  contentsHeadings: ['sommaire', 'table des matières'],
  annexWords: ['Annexe'],
  documentTypes: ['compte rendu'],
  documentOfWords: ['de la', 'du', 'de'],
  meetingWords: ['réunion', 'comité'],
  placeLabels: ['lieu'],
  listJoiners: ['et'],
  smallWords: ['de', 'du', 'des', 'la', 'le'],
  conjunctions: ['et', 'ou'],
})

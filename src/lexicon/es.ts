// Spanish. Only the words report-extract knew before its vocabularies became data; to be completed.
import { defineLexicon } from './types.js'

export const es = defineLexicon({
  language: 'es',
  honorifics: ['Sr.', 'Sra.', 'Dra.'],
  sentenceOpeners: ['Y', 'El', 'La', 'Los', 'Las'],
  organizationWords: ['sa'],
  meetingWords: ['reunión', 'comité'],
  placeLabels: ['lugar'],
  listJoiners: ['y'],
  conjunctions: ['y', 'o'],
})

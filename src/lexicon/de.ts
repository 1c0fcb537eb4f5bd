// German. Only the words report-extract knew before its vocabularies became data; to be completed.
import { defineLexicon } from './types.js'

export const de = defineLexicon({
  language: 'de',
  sentenceOpeners: ['Der', 'Die', 'Das'],
  organizationWords: ['gmbh', 'ag'],
  contentsHeadings: ['inhalt', 'inhaltsverzeichnis'],
  conjunctions: ['und', 'oder'],
})

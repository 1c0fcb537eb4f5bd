// Dutch. General knowledge of how meeting notes (notulen) and reports in Dutch are written: nothing here is in
// the list because one document has it. A start: months, what a document calls itself, the labels of its date and
// place; fill in more lists (see types.ts) as Dutch documents come.
import { defineLexicon } from './types.js'

export const nl = defineLexicon({
  language: 'nl',
  months: {
    januari: 1,
    februari: 2,
    maart: 3,
    april: 4,
    mei: 5,
    juni: 6,
    juli: 7,
    augustus: 8,
    september: 9,
    oktober: 10,
    november: 11,
    december: 12,
  },
  // Notulen are the minutes of one meeting; a verslag is a report (of a meeting, a year); a besluitenlijst lists
  // a meeting's decisions.
  documentTypes: ['notulen', 'verslag', 'besluitenlijst'],
  recordTypes: ['notulen'],
  placeLabels: ['locatie', 'plaats'],
  dateLabels: ['datum', 'tijd'],
})

// Knowledge of personal names that belongs to no one language: a report in English names "Ronald van
// Buss", "Pedro da Silva Dias" and "Matthias St. Pierre" as readily as one in Dutch, Portuguese or French.
import { defineLexicon } from './types.js'

export const names = defineLexicon({
  language: 'mul',
  nameParticles: [
    'de',
    'da',
    'do',
    'dos',
    'das',
    'van',
    'von',
    'der',
    'den',
    'del',
    'della',
    'di',
    'du',
    'la',
    'le',
    'bin',
    'al',
    'el',
    'St.',
    'Ste.',
  ],
})

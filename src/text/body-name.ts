// Whether a body's name is its own or only says what kind of body it is ("Junta directiva", "Conseil municipal").
import { lexicon } from '../lexicon/index.js'

const KIND_WORDS = new Set(
  [...lexicon.publisherWords, ...lexicon.nameConnectors, ...lexicon.smallWords].flatMap((word) => word.toLowerCase().split(' ')),
)

/** A name with a word of its own in capitals, not only a kind of body ("Asociación QGIS España", not "Junta directiva"). */
export function hasOwnName(name: string): boolean {
  return name.split(/\s+/u).some((word) => /^\(?[\p{Lu}\d]/u.test(word) && !KIND_WORDS.has(word.toLowerCase()))
}

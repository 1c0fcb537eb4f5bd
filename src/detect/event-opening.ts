// The event a report's opening sentence says the writer was at, as blog posts and web reports open: "Beim
// [Reiseblogger Camp 2018] in [Wolfenbüttel] habe ich …", "At HarbourConf 2019 in Oslo, we …", "Lors des Journées
// Harbour 2021 à Lyon, …": a preposition of the lexicon, the event's name (a kind of event, or its year), a preposition
// of place and the town.
import { alternation, lexicon, wholeWords } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText } from '../parse/text.js'
import { trimEndWhere } from '../text/scan.js'

/** The paragraphs at the top of a report whose opening sentence is read. */
const OPENING_PARAGRAPHS = 3
/** A name of more words than this is a sentence going on; a town of more words, too. */
const MAX_NAME_WORDS = 8
const MAX_PLACE_WORDS = 3

// `Lors de l’Atelier …`: a preposition ending in an apostrophe runs on into the name.
const OPENER = new RegExp(`^(?:${alternation(lexicon.eventPrepositions)})(?: |(?<=[’']))`, 'iu')
const lower = (words: readonly string[]) => new Set(words.flatMap((word) => word.toLowerCase().split(' ')))
const EVENT_WORDS = lower([...lexicon.meetingWords, ...lexicon.eventWords])
const JOINING = lower([...lexicon.nameConnectors, ...lexicon.smallWords, ...lexicon.documentOfWords])
/** The prepositions before a town: the one-word prepositions of place ("in", "à", "en"). */
const TOWN_PREPOSITIONS = new Set(lexicon.placePrepositions.filter((word) => !word.includes(' ')))
const OTHER = lower(lexicon.otherMeetingWords)
// "At the Council Hall in Springfield": a venue's name, not an event's.
const VENUE = new RegExp(wholeWords(lexicon.venueWords), 'iu')
// "Smith et al. (2019)": a sentence citing a paper reports on the paper, not on the writer's event.
const CITATION = /\bet al\.|\(\d{4}[a-z]?\)/u
const YEAR = /^(?:19|20)\d{2}$/u
const NAME_WORD = /^[\p{Lu}\d]/u

export interface OpeningEvent {
  name: string
  location: string
  line: number
}

/** The event and its town the opening sentence of one of the first paragraphs names, or null. */
export function openingEventOf(flow: readonly FlowEntry[]): OpeningEvent | null {
  let paragraphs = 0
  for (const entry of flow) {
    if (entry.node.type !== 'paragraph' || entry.item !== null) continue
    if (++paragraphs > OPENING_PARAGRAPHS) break
    const text = flatText(entry.node)
    const opener = OPENER.exec(text)
    if (!opener) continue
    const sentence = /^.*?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text
    if (CITATION.test(sentence)) continue
    const found = nameAndTown(sentence.slice(opener[0].length).split(' '))
    if (found) return { ...found, line: entry.line }
  }
  return null
}

/** The words of an event's name up to a preposition of place, and the town's capitalised words after it. */
function nameAndTown(words: readonly string[]): { name: string; location: string } | null {
  for (let k = 0; k < Math.min(words.length, MAX_NAME_WORDS + 1); k++) {
    const word = words[k]!
    if (k > 0 && TOWN_PREPOSITIONS.has(word.toLowerCase()) && NAME_WORD.test(words[k + 1] ?? '')) {
      const name = nameOf(words.slice(0, k))
      const location = townOf(words.slice(k + 1))
      return name !== null && location !== null ? { name, location } : null
    }
    // A word ending in a stop or a comma ends the name before any town ("Beim Camp, in Bergen …").
    if (/[,.;:!?)]$/u.test(word) || !(NAME_WORD.test(word) || JOINING.has(word.toLowerCase()))) return null
  }
  return null
}

/** The name, when it names an event: a kind of event or a year among its words; no venue, no word saying it is another one. */
function nameOf(words: readonly string[]): string | null {
  const kept = [...words]
  while (kept.length > 0 && JOINING.has(kept.at(-1)!.toLowerCase())) kept.pop()
  if (!NAME_WORD.test(kept[0] ?? '') || kept.some((word) => OTHER.has(word.toLowerCase()))) return null
  const named = kept.some((word) => YEAR.test(word) || EVENT_WORDS.has(word.toLowerCase()))
  return named && !VENUE.test(kept.join(' ')) ? kept.join(' ') : null
}

/** The town's capitalised words, up to a punctuation mark or a word in small letters. */
function townOf(words: readonly string[]): string | null {
  const kept: string[] = []
  for (const word of words.slice(0, MAX_PLACE_WORDS + 1)) {
    const bare = trimEndWhere(word, (char) => ',.;:!?)'.includes(char))
    if (!/^\p{Lu}/u.test(bare)) break
    kept.push(bare)
    if (bare !== word) break
  }
  return kept.length > 0 && kept.length <= MAX_PLACE_WORDS ? kept.join(' ') : null
}

// The header the US Government Publishing Office prints over each article of the Congressional Record
// in plain text: `[Congressional Record Volume 151, Number 99 (Wednesday, July 20, 2005)]` over the
// chamber (`[Senate]`, `[House of Representatives]`, `[Extensions of Remarks]`). It gives the document's
// kind and day, and the body every speaker of the article speaks in. A hearing's (`[Senate Hearing 109-204]`)
// gives its chamber.
import { findDate } from '../text/dates.js'
import type { TranscriptCover } from './transcript-cover.js'

/** Lines at the top of a text searched for the header. */
const HEADER_LINES = 12
const VOLUME = /^\[Congressional Record Volume \d{1,4}, Number \d{1,4} \(([^()]{6,40})\)\]$/
const CHAMBERS = new Map([
  ['senate', 'Senate'],
  ['house', 'House of Representatives'],
  ['house of representatives', 'House of Representatives'],
  ['extensions of remarks', 'House of Representatives'],
])

// `[Senate Hearing 109-204]`, `[House Hearing, 110 Congress]`: a hearing's header names its chamber.
const HEARING = /^\[(Senate|House) Hearing[ ,][^[\]]{1,40}\]$/

/** The record's header as a transcript's cover (no participants, the chamber as its body), or null. */
export function readRecordHeader(text: string): TranscriptCover | null {
  const lines = text
    .split('\n', HEADER_LINES * 4)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, HEADER_LINES)
  const volume = lines.map((line) => VOLUME.exec(line)).find((match) => match !== null)
  const hearing = lines.map((line) => HEARING.exec(line)).find((match) => match !== null)
  if (!volume && hearing) {
    // Who speaks at a hearing is not all of the chamber (witnesses): the chamber is the document's body only.
    const chamber = hearing[1] === 'Senate' ? 'United States Senate' : 'United States House of Representatives'
    return { participants: [], court: chamber, date: null, place: null, examination: new Map(), documentType: 'Hearing', body: '' }
  }
  if (!volume) return null
  const chamber = lines.map((line) => /^\[([a-z ]{5,30})\]$/i.exec(line)?.[1]?.toLowerCase() ?? '').find((name) => CHAMBERS.has(name))
  const body = chamber ? CHAMBERS.get(chamber)! : ''
  const date = findDate(volume[1]!)
  return { participants: [], court: body, date, place: null, examination: new Map(), documentType: 'Congressional Record', body }
}

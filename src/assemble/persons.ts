// Who a speaker is beyond what their own line says: the institution a participants list gives them,
// and the one their other turns give the same person.
import type { Participant } from '../detect/asides.js'
import type { Speaker } from '../schema/report.js'
import { slug } from '../text/normalize.js'

/**
 * A lookup of a speaker's institution in the participants list. Minutes shorten names: "Haroldo
 * Fraga" is the list's "Haroldo Fraga de Campos Velho", "Saulo Freitas" its "Saulo Ribeiro de
 * Freitas". A name matches a participant when both have two words or more, begin with the same word,
 * and the shorter's words all occur in the longer in order; a participant named exactly so comes
 * first. Several matches with different institutions give none.
 */
export function participantOrganizations(participants: readonly Participant[]): (name: string) => string {
  const byFirst = new Map<string, Array<{ words: string[]; organization: string }>>()
  for (const participant of participants) {
    const words = nameWords(participant.name)
    if (words.length < 2) continue
    const list = byFirst.get(words[0]!) ?? []
    list.push({ words, organization: participant.organization })
    byFirst.set(words[0]!, list)
  }
  return (name) => {
    const words = nameWords(name)
    if (words.length < 2) return ''
    const exact = new Set<string>()
    const loose = new Set<string>()
    for (const candidate of byFirst.get(words[0]!) ?? []) {
      const [shorter, longer] = words.length <= candidate.words.length ? [words, candidate.words] : [candidate.words, words]
      if (!inOrder(shorter, longer)) continue
      loose.add(candidate.organization)
      if (shorter.length === longer.length) exact.add(candidate.organization)
    }
    const organizations = exact.size > 0 ? exact : loose
    return organizations.size === 1 ? [...organizations][0]! : ''
  }
}

/** A speaker with no institution takes the one every other turn of the same person that has one agrees on. */
export function shareOrganizations(speakers: readonly Speaker[]): void {
  const known = new Map<string, Set<string>>()
  for (const speaker of speakers) {
    if (!speaker.organization) continue
    const organizations = known.get(speaker.person_id) ?? new Set<string>()
    organizations.add(speaker.organization)
    known.set(speaker.person_id, organizations)
  }
  for (const speaker of speakers) {
    const organizations = known.get(speaker.person_id)
    if (!speaker.organization && organizations?.size === 1) speaker.organization = [...organizations][0]!
  }
}

/** A name's words, accents and case aside. */
function nameWords(name: string): string[] {
  return slug(name).split('-').filter(Boolean)
}

/** Whether every word of `shorter` occurs in `longer`, in the same order. */
function inOrder(shorter: readonly string[], longer: readonly string[]): boolean {
  let at = 0
  for (const word of shorter) {
    at = longer.indexOf(word, at) + 1
    if (at === 0) return false
  }
  return true
}

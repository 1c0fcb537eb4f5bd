// Asides: boxes a site generator draws beside the body (MkDocs admonitions and tabs). They are not body
// text, but they often hold the meeting's facts: who took part for which institution, where and when.
import { z } from 'zod'
import { alternation, lexicon } from '../lexicon/index.js'
import { flatText, soleEmphasis } from '../parse/text.js'
import { findDay } from '../text/dates.js'
import { collapseSpace } from '../text/normalize.js'
import { defineDetector } from './define.js'

const AsidesOptions = z.object({
  /** More labels of the list that gives the meeting's place (and date), besides those the lexicons make. */
  venueLabels: z.array(z.string()).default([]),
})
type AsidesOptions = z.infer<typeof AsidesOptions>

export interface Participant {
  name: string
  organization: string
}

export interface AsidesResult {
  /** Titles of the asides (admonitions, tabs), in order. */
  titles: string[]
  participants: Participant[]
  location: string | null
  date: string | null
}

const PLACE_WORDS = new Set(lexicon.placeLabels)
const DATE_WORDS = new Set(lexicon.dateLabels)
// "A, B e C": the items of a list written in a line (names, or the words of a label). The spaces before
// a separator are taken from the start of their run only (a match never starts inside one): tried
// from each space of a long run, `\s*,` and `\s+and` were quadratic.
const LIST_SEPARATOR = new RegExp(`(?:(?<!\\s)\\s+)?,\\s*|(?<!\\s)\\s+(?:${alternation(lexicon.listJoiners)})\\s+`)

/** A venue list's label: place words and date words ("Local, Data e Hora", "Date and place"), one place word at least. */
export function isVenueLabel(label: string, extra: readonly string[] = []): boolean {
  const text = label.toLowerCase()
  if (extra.some((given) => given.toLowerCase() === text)) return true
  const parts = text.split(LIST_SEPARATOR)
  return parts.some((part) => PLACE_WORDS.has(part)) && parts.every((part) => PLACE_WORDS.has(part) || DATE_WORDS.has(part))
}

export const asides = defineDetector({
  id: 'asides',
  description: 'Sets aside admonitions and tabs, reading participants by institution, venue and date from them',
  options: AsidesOptions,
  codes: {},
  empty: (): AsidesResult => ({ titles: [], participants: [], location: null, date: null }),
  detect(context, options) {
    const ranges = context.dialect.asides
    const result: AsidesResult = {
      titles: ranges.map((range) => range.title).filter(Boolean),
      participants: [],
      location: null,
      date: null,
    }
    if (ranges.length === 0) return result
    const inAside = (line: number) => ranges.some((range) => line >= range.startLine && line <= range.endLine)
    let label = ''
    // Whether the label over the items is a venue list's, read once per label rather than once per item.
    let venue = isVenueLabel(label, options.venueLabels)
    for (const entry of context.flow) {
      if (!inAside(entry.line) || context.claims.isClaimed(entry.node)) continue
      context.claims.claim(entry.node)
      if (entry.node.type !== 'paragraph') continue
      const styled = entry.item ? null : soleEmphasis(entry.node)
      if (styled) {
        label = collapseSpace(styled.text).replace(/:$/, '')
        venue = isVenueLabel(label, options.venueLabels)
        continue
      }
      const [first] = entry.node.children
      if (entry.item && first?.type === 'strong' && /:$/.test(flatText(first).trim())) {
        // `**INPE:** Antonio Ocimar Manzi, Caio Coelho, …`
        const organization = flatText(first).trim().replace(/:$/, '')
        const names = flatText(entry.node)
          .slice(flatText(first).length)
          .replace(/^\s*:?\s*/, '')
          .replace(/\.$/, '')
        for (const name of names.split(LIST_SEPARATOR))
          if (name.trim()) result.participants.push({ name: collapseSpace(name), organization })
        continue
      }
      // Once the place and the date are both read, later items change nothing.
      if (entry.item && venue && (result.date === null || result.location === null)) {
        const text = flatText(entry.node)
        const day = findDay(text)
        if (day) result.date ??= day.iso
        else result.location ??= text
      }
    }
    return result
  },
  // Stryker disable all: the examples are what the tests read, not code to mutate
  examples: {
    ok: [
      {
        title: 'participants by institution, venue and date in a MkDocs admonition',
        form: 'admonition',
        text:
          '# Minutes\n\n??? info "Details"\n\n    **Participants**\n\n' +
          '    * **INPE:** Ana Souza, Rui Lima and Caio Reis\n\n    **Date and place**\n\n    * Online\n' +
          '    * 4 December 2024\n\nBody.\n',
        found: {
          titles: ['Details'],
          participants: [
            { name: 'Ana Souza', organization: 'INPE' },
            { name: 'Rui Lima', organization: 'INPE' },
            { name: 'Caio Reis', organization: 'INPE' },
          ],
          location: 'Online',
          date: '2024-12-04',
        },
      },
      {
        title: 'a venue list under a label of place and date words in Portuguese',
        form: 'tab',
        text: '# Ata\n\n=== "Informações"\n\n    **Local, Data e Hora**\n\n    * Plataforma Web\n    * 04 de Dezembro de 2024\n\nCorpo.\n',
        found: { titles: ['Informações'], location: 'Plataforma Web', date: '2024-12-04' },
      },
      {
        title: 'a list under a label that names no place is not the venue',
        text: '# Minutes\n\n??? info "Details"\n\n    **Date and time**\n\n    * Online\n    * 4 December 2024\n\nBody.\n',
        found: { location: null, date: null },
      },
      {
        title: 'a label of your own, as an option',
        text: '# Minutes\n\n??? info "Details"\n\n    **Notes**\n\n    * Bring laptops\n\n    **Meeting room**\n\n    * Room 4\n\nBody.\n',
        options: { venueLabels: ['meeting room'] },
        found: { location: 'Room 4' },
      },
      {
        title: 'a label with a word that is neither a place nor a date is not a venue list',
        text: '# Minutes\n\n??? info "Details"\n\n    **Venue and notes**\n\n    * Bring laptops\n\nBody.\n',
        found: { location: null },
      },
      {
        title: 'an admonition without a title; initials and a trailing comma in a participants list',
        text: '# Minutes\n\n!!! note\n\n    * **LNCC:** Roberto P. Souto, Ana Lima,\n    * **Note: in order** of arrival\n\nBody.\n',
        found: {
          titles: [],
          participants: [
            { name: 'Roberto P. Souto', organization: 'LNCC' },
            { name: 'Ana Lima', organization: 'LNCC' },
          ],
        },
      },
      {
        title: 'a label with its colon, and a participants line the converter wrapped',
        text:
          '# Minutes\n\n??? info "Details"\n\n    **Date and place:**\n\n    * Online\n    * 4 December 2024\n\n' +
          '    **Participants**\n\n    * **INPE:** Ana Souza e Rui\n      Lima\n\nBody.\n',
        found: {
          participants: [
            { name: 'Ana Souza', organization: 'INPE' },
            { name: 'Rui Lima', organization: 'INPE' },
          ],
          location: 'Online',
          date: '2024-12-04',
        },
      },
      {
        title: 'a list item whose label is not bold is not an institution with its people',
        text: '# Minutes\n\n??? info "Details"\n\n    * Note: *bring a laptop*\n\nBody.\n',
        found: { titles: ['Details'], participants: [] },
      },
    ],
    notOk: [],
  },
})
// Stryker restore all: a comment inside the detector's object would not end the examples' exemption

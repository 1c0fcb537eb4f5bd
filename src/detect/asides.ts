// Asides: boxes a site generator draws beside the body (MkDocs admonitions and tabs). They are not body
// text, but they often hold the meeting's facts: who took part for which institution, where and when.
import type { Root } from 'mdast'
import { z } from 'zod'
import { flatText, soleEmphasis } from '../parse/text.js'
import { findDay } from '../text/dates.js'
import { collapseSpace } from '../text/normalize.js'
import type { Detector } from './types.js'

export const AsidesOptions = z.object({
  /** Labels of the list that gives the meeting's place (and date). */
  venueLabels: z.string().default('local|local, data e hora|venue|place|location|lieu|lugar|where|date and place|date, time and place'),
})
export type AsidesOptions = z.infer<typeof AsidesOptions>

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

export const asides: Detector<AsidesOptions, AsidesResult, 'asides'> = {
  id: 'asides',
  description: 'Sets aside admonitions and tabs, reading participants by institution, venue and date from them',
  options: AsidesOptions,
  detect(_tree: Root, context, options) {
    const ranges = context.dialect.asides
    const result: AsidesResult = { titles: ranges.map((range) => range.title).filter(Boolean), participants: [], location: null, date: null }
    if (ranges.length === 0) return result
    const venueLabel = new RegExp(`^(?:${options.venueLabels})$`, 'i')
    const inAside = (line: number) => ranges.some((range) => line >= range.startLine && line <= range.endLine)
    let label = ''
    for (const entry of context.flow) {
      if (!inAside(entry.line) || context.claimedBy(entry.node)) continue
      context.claim(entry.node, this.id)
      if (entry.node.type !== 'paragraph') continue
      const styled = entry.item ? null : soleEmphasis(entry.node)
      if (styled) {
        label = collapseSpace(styled.text).replace(/:$/, '')
        continue
      }
      const [first] = entry.node.children
      if (entry.item && first?.type === 'strong' && /:$/.test(flatText(first).trim())) {
        // `**INPE:** Antonio Ocimar Manzi, Caio Coelho, …`
        const organization = flatText(first).trim().replace(/:$/, '')
        const names = flatText(entry.node).slice(flatText(first).length).replace(/^\s*:?\s*/, '').replace(/\.$/, '')
        for (const name of names.split(/\s*,\s*|\s+e\s+|\s+and\s+/)) if (name.trim()) result.participants.push({ name: collapseSpace(name), organization })
        continue
      }
      if (entry.item && venueLabel.test(label)) {
        const text = flatText(entry.node)
        const day = findDay(text)
        if (day) result.date ??= day.iso
        else result.location ??= text
      }
    }
    return result
  },
}

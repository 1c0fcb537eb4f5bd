// Speaker blocks: who speaks (name, position, department, organisation) where their remarks begin.
// Forms, tried in this order for each paragraph or heading:
//   line     **Name, Position, Department, Organization**
//   turn     **Org | Name | Role**  (or **Org | Role** for a delegation)
//   stacked  a presenter's lines, one per paragraph (italic, bold, or plain with a CAPITALISED surname)
//   label    **Name:** alone, or opening a paragraph of remarks
//   heading  ## Name, Position, …  /  ### 1. Chen Lu (Ant Group)  /  ### Atmosfera (Paulo Kubota)
//   inline   Gilvan Sampaio (Coordenador-Geral da CGCT/INPE) agradece …
// A speaker on its own line is taken from the flow; a heading stays for the heading detector, and an
// opening label or inline name stays in its paragraph, which becomes the first block of remarks.
import type { Paragraph, Root } from 'mdast'
import { z } from 'zod'
import type { FlowEntry } from '../parse/flow.js'
import { alternation, lexicon } from '../lexicon/index.js'
import { flatText, headingAttributes, soleEmphasis } from '../parse/text.js'
import { hasCapitalisedSurname, isPersonName } from '../text/names.js'
import { collapseSpace, countWords } from '../text/normalize.js'
import { splitNumber } from '../text/numbering.js'
import { type SpeakerFields, type Vocabulary, commaLine, fromParts, headingPresenter, inlineSpeaker, label, pipeTurn } from './speakers-forms.js'
import type { DetectContext, Detector } from './types.js'

// Each option is a regular expression alternation; the lexicons' words by default.
export const SpeakersOptions = z.object({
  /** Job titles, matched as whole words anywhere in a part of a speaker line. */
  positions: z.string().default(alternation(lexicon.positions)),
  /** Words a department's name begins with. */
  departments: z.string().default(alternation(lexicon.departmentWords)),
  /** Labels that stand for a person (`**Moderator:**`). */
  roles: z.string().default(alternation(lexicon.roles)),
  /** Reporting verbs that follow an inline name in minutes ("… agradece", "… noted"), matched as word beginnings. */
  verbs: z.string().default(alternation(lexicon.reportingVerbs)),
})
export type SpeakersOptions = z.infer<typeof SpeakersOptions>

export interface SpeakerLine extends SpeakerFields {
  /** The speaker block as one line of text, for matching against contents entries. */
  text: string
  form: 'line' | 'turn' | 'stacked' | 'label' | 'heading' | 'inline'
  line: number
  column: number
  /** Flow indices of the block's first and last node. */
  first: number
  last: number
}

export interface SpeakersResult {
  speakers: SpeakerLine[]
}

export const speakers: Detector<SpeakersOptions, SpeakersResult, 'speakers'> = {
  id: 'speakers',
  description: 'Finds speaker blocks: speaker lines, transcript turns, presenter lines and headings, Q&A labels, inline names in minutes',
  options: SpeakersOptions,
  detect(_tree: Root, context, options) {
    const words: Vocabulary = {
      position: new RegExp(`\\b(?:${options.positions})\\b`, 'i'),
      department: new RegExp(`^(?:${options.departments})\\b`, 'i'),
      roles: new RegExp(`^(?:${options.roles})$`, 'i'),
      verbs: new RegExp(`^(?:${options.verbs})`, 'i'),
    }
    const found: SpeakerLine[] = []
    const flow = context.flow
    let lastHeading = -1
    for (let i = 0; i < flow.length; i++) {
      const entry = flow[i]!
      const node = entry.node
      if (node.type === 'heading') lastHeading = i
      if (context.claimedBy(node) || entry.item || entry.quoteDepth > 0) continue
      const at = { line: entry.line, column: entry.column, first: i, last: i }
      if (node.type === 'heading') {
        const heading = headingAttributes(flatText(node)).text
        const split = splitNumber(heading)
        const presenter = headingPresenter(split.title, words, split.number !== null)
        if (presenter) found.push({ ...presenter.fields, text: heading, form: 'heading', ...at })
        continue
      }
      if (node.type !== 'paragraph') continue
      const styled = soleEmphasis(node)
      const stacked = stackedRun(flow, i, context, words)
      if (stacked) {
        for (const item of stacked.run) context.claim(item.node, this.id)
        found.push({ ...stacked.fields, text: stacked.lines.join(', '), form: 'stacked', ...at, last: i + stacked.run.length - 1 })
        i += stacked.run.length - 1
        continue
      }
      if (styled?.kind === 'strong') {
        const text = collapseSpace(styled.text)
        const fields = (text.includes('|') ? pipeTurn(text, words) : null) ?? commaLine(text, words) ?? label(text, words)
        if (fields) {
          context.claim(node, this.id)
          found.push({ ...fields, text, form: text.includes('|') ? 'turn' : text.endsWith(':') ? 'label' : 'line', ...at })
        }
        continue
      }
      const opening = openingLabel(node, words)
      if (opening) {
        context.claimOpening(node, 1)
        found.push({ ...opening, text: opening.name || opening.position, form: 'label', ...at })
        continue
      }
      const inline = inlineSpeaker(flatText(node), words)
      // "### Atmosfera (Paulo Kubota)" then "Paulo Kubota apresentou …": one speaker block, not two.
      const previous = found.at(-1)
      const sameTurn = previous?.name === inline?.name && previous !== undefined && previous.first >= lastHeading
      if (inline && !sameTurn) {
        found.push({ ...inline, text: inline.name, form: 'inline', ...at })
      }
    }
    return { speakers: found }
  },
}

/** Most lines a stacked speaker block has (name, position, departments, organisation); scanning further is quadratic. */
const MAX_STACK = 8

/** `**Name:** remarks…` — a bold label that opens a paragraph of remarks. */
function openingLabel(node: Paragraph, words: Vocabulary): SpeakerFields | null {
  const [first, second] = node.children
  if (first?.type !== 'strong') return null
  const text = collapseSpace(flatText(first))
  const after = second?.type === 'text' ? second.value : ''
  if (text.endsWith(':')) return label(text, words)
  if (after.startsWith(':')) return label(`${text}:`, words)
  return null
}

/**
 * A presenter's stacked lines: consecutive short paragraphs, each one line of the same style, the first a
 * person's name. Plain (unstyled) lines count only when the name has a CAPITALISED surname.
 */
function stackedRun(flow: readonly FlowEntry[], start: number, context: DetectContext, words: Vocabulary) {
  const styleOf = (entry: FlowEntry) => (entry.node.type === 'paragraph' ? (soleEmphasis(entry.node)?.kind ?? 'plain') : null)
  const style = styleOf(flow[start]!)
  const run: FlowEntry[] = []
  const lines: string[] = []
  for (let i = start; i < flow.length && run.length < MAX_STACK; i++) {
    const entry = flow[i]!
    if (entry.node.type !== 'paragraph' || context.claimedBy(entry.node) || entry.item || styleOf(entry) !== style) break
    const text = flatText(entry.node)
    if (countWords(text, 12) > 12 || /[.;:|]$/.test(text) || text.includes('|')) break
    run.push(entry)
    lines.push(text)
  }
  if (run.length < 2) return null
  const [name, ...rest] = lines
  if (style === 'plain' ? !hasCapitalisedSurname(name!) : !isPersonName(name!, rest[0]!, words.position)) return null
  if (style === 'plain' && !words.position.test(rest[0]!) && !words.department.test(rest[0]!)) return null
  return { run, lines, fields: fromParts(name!, rest, words) }
}

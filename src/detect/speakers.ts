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
import type { Paragraph } from 'mdast'
import { z } from 'zod'
import { alternation, lexicon } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, headingAttributes, soleEmphasis } from '../parse/text.js'
import { hasCapitalisedSurname, isPersonName } from '../text/names.js'
import { collapseSpace, countWords } from '../text/normalize.js'
import { splitNumber } from '../text/numbering.js'
import { type DetectContext, defineDetector } from './define.js'
import { type SpeakerFields, type Vocabulary, commaLine, fromParts, headingPresenter, inlineSpeaker, label, pipeTurn } from './speakers-forms.js'

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

/** The regular expressions of a set of options, made once per set (the defaults: once). */
const vocabularies = new WeakMap<SpeakersOptions, Vocabulary>()

export function vocabularyOf(options: SpeakersOptions): Vocabulary {
  let words = vocabularies.get(options)
  if (!words) {
    words = {
      position: new RegExp(`\\b(?:${options.positions})\\b`, 'i'),
      department: new RegExp(`^(?:${options.departments})\\b`, 'i'),
      roles: new RegExp(`^(?:${options.roles})$`, 'i'),
      verbs: new RegExp(`^(?:${options.verbs})`, 'i'),
    }
    vocabularies.set(options, words)
  }
  return words
}

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

export const speakers = defineDetector({
  id: 'speakers',
  description: 'Finds speaker blocks: speaker lines, transcript turns, presenter lines and headings, Q&A labels, inline names in minutes',
  options: SpeakersOptions,
  codes: {},
  empty: (): SpeakersResult => ({ speakers: [] }),
  detect(context, options) {
    const words = vocabularyOf(options)
    const found: SpeakerLine[] = []
    const flow = context.flow
    let lastHeading = -1
    for (let i = 0; i < flow.length; i++) {
      const entry = flow[i]!
      const node = entry.node
      if (node.type === 'heading') lastHeading = i
      if (context.claims.isClaimed(node) || entry.item || entry.quoteDepth > 0) continue
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
        for (const item of stacked.run) context.claims.claim(item.node)
        found.push({ ...stacked.fields, text: stacked.lines.join(', '), form: 'stacked', ...at, last: i + stacked.run.length - 1 })
        i += stacked.run.length - 1
        continue
      }
      if (styled?.kind === 'strong') {
        const text = collapseSpace(styled.text)
        const fields = (text.includes('|') ? pipeTurn(text, words) : null) ?? commaLine(text, words) ?? label(text, words)
        if (fields) {
          context.claims.claim(node)
          found.push({ ...fields, text, form: text.includes('|') ? 'turn' : text.endsWith(':') ? 'label' : 'line', ...at })
        }
        continue
      }
      const opening = openingLabel(node, words)
      if (opening) {
        context.claims.claimOpening(node, 1)
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
  // Stryker disable all: the examples are what the tests read, not code to mutate
  examples: {
    ok: [
      {
        title: 'a bold speaker line: name, position, department, organisation',
        form: 'speaker line',
        text: '**Tianruo WANG, Director, Department of International Trade, Ministry of Commerce**\n\nRemarks.\n',
        found: {
          speakers: [
            {
              name: 'Tianruo WANG',
              given_name: 'Tianruo',
              family_name: 'WANG',
              position: 'Director',
              department: 'Department of International Trade',
              organization: 'Ministry of Commerce',
              form: 'line',
              line: 1,
            },
          ],
        },
      },
      {
        title: 'a speaker line without a department; a position before a second organisation line',
        form: 'speaker line',
        text: '**Wei ZHANG, Vice President, Chinese Academy of Sciences**\n\nText.\n\n**Ana Lima, Director, Division of Energy, Ministry of Mines**\n',
        found: {
          speakers: [
            { name: 'Wei ZHANG', position: 'Vice President', department: '', organization: 'Chinese Academy of Sciences', form: 'line' },
            { name: 'Ana Lima', position: 'Director', department: 'Division of Energy', organization: 'Ministry of Mines', form: 'line' },
          ],
        },
      },
      {
        title: 'a presenter’s stacked italic lines, hard breaks inside',
        form: 'stacked presenter lines',
        text: '*Jie ZHAO*\n\n*Industrial  \nDevelopment Officer*\n\n*Department of  \nProgrammes*\n\n*UNIDO*\n\nThe talk.\n',
        found: {
          speakers: [
            {
              name: 'Jie ZHAO',
              position: 'Industrial Development Officer',
              department: 'Department of Programmes',
              organization: 'UNIDO',
              form: 'stacked',
              text: 'Jie ZHAO, Industrial Development Officer, Department of Programmes, UNIDO',
              line: 1,
              first: 0,
              last: 3,
            },
          ],
        },
      },
      {
        title: 'stacked bold lines',
        form: 'stacked presenter lines',
        text: '**Maria Lopez**\n\n**Senior Economist**\n\n**Andean Development Bank**\n\nThe talk.\n',
        found: { speakers: [{ name: 'Maria Lopez', position: 'Senior Economist', organization: 'Andean Development Bank', form: 'stacked' }] },
      },
      {
        title: 'stacked plain lines with a CAPITALISED surname and a position',
        form: 'stacked presenter lines',
        text: 'Tianruo WANG\n\nDirector\n\nMinistry of Commerce\n\nThe talk went on for a while and covered many subjects.\n',
        found: { speakers: [{ name: 'Tianruo WANG', position: 'Director', organization: 'Ministry of Commerce', form: 'stacked' }] },
      },
      {
        title: 'a transcript turn: organisation, name, role',
        form: 'transcript turn',
        text: '**IAHWG | Carolyn Schwalger | Co-Chair**\n\nThank you.\n\n**UN Secretariat | Ayaka Suzuki | Director, EOSG**\n\nThanks.\n',
        found: {
          speakers: [
            { name: 'Carolyn Schwalger', organization: 'IAHWG', position: 'Co-Chair', family_name: 'Schwalger', form: 'turn' },
            { name: 'Ayaka Suzuki', organization: 'UN Secretariat', position: 'Director, EOSG', form: 'turn' },
          ],
        },
      },
      {
        title: 'a delegation’s turn: organisation and role, no name',
        form: 'transcript turn',
        text: '**South Africa | Representative**\n\nWe agree.\n',
        found: { speakers: [{ name: '', given_name: '', family_name: '', organization: 'South Africa', position: 'Representative', form: 'turn' }] },
      },
      {
        title: 'a Q&A label alone, and a role as a label',
        form: 'Q&A label',
        text: '**Zhou Yan:**\n\nA question.\n\n**Moderator:**\n\nAn answer.\n',
        found: {
          speakers: [
            { name: 'Zhou Yan', form: 'label' },
            { name: '', position: 'Moderator', form: 'label' },
          ],
        },
      },
      {
        title: 'a Q&A label opening the remarks, the colon inside the bold',
        form: 'Q&A label',
        text: '## Q1\n\n**Ravi Menon:** Yes. It matters.\n\n**Moderator:** Thank you.\n',
        found: { speakers: [{ name: 'Ravi Menon', text: 'Ravi Menon', form: 'label', line: 3 }, { name: '', position: 'Moderator', text: 'Moderator', form: 'label' }] },
      },
      {
        title: 'a Q&A label opening the remarks, the colon outside the bold',
        form: 'Q&A label',
        text: '## Q1\n\n**Ravi Menon**: Yes. It matters.\n',
        found: { speakers: [{ name: 'Ravi Menon', form: 'label', line: 3 }] },
      },
      {
        title: 'a speaker line as a heading',
        form: 'presenter heading',
        text: '## Tianruo WANG, Director, Ministry of Commerce\n\nRemarks.\n',
        found: { speakers: [{ name: 'Tianruo WANG', position: 'Director', organization: 'Ministry of Commerce', form: 'heading' }] },
      },
      {
        title: 'a numbered presenter heading: the name first, whatever the parenthesis holds',
        form: 'presenter heading',
        text: '### 1. Lin Xiaowen (Tidewater)\n\nThe talk.\n',
        found: { speakers: [{ name: 'Lin Xiaowen', organization: 'Tidewater', form: 'heading' }] },
      },
      {
        title: 'unnumbered, a name before a parenthesis that names no organisation is no presenter',
        text: '### Lin Xiaowen (Tidewater)\n\nThe talk.\n',
        found: { speakers: [] },
      },
      {
        title: 'an unnumbered presenter heading with an organisation word in the parenthesis',
        form: 'presenter heading',
        text: '### Chen Lu (Ant Group)\n\nThe talk.\n',
        found: { speakers: [{ name: 'Chen Lu', organization: 'Ant Group', form: 'heading' }] },
      },
      {
        title: 'a talk’s title with its presenter in the parenthesis, then the presenter named again: one speaker',
        form: 'presenter heading',
        text: '### Atmosfera (Paulo Kubota)\n\nPaulo Kubota apresentou os resultados do modelo.\n',
        found: { speakers: [{ name: 'Paulo Kubota', organization: '', form: 'heading' }] },
      },
      {
        title: 'minutes naming the speaker inline, the role in a parenthesis',
        form: 'inline in minutes',
        text: 'Gilvan Sampaio (Coordenador-Geral da CGCT/INPE) agradece a todos.\n',
        found: { speakers: [{ name: 'Gilvan Sampaio', position: 'Coordenador-Geral da CGCT/INPE', organization: 'INPE', form: 'inline' }] },
      },
      {
        title: 'an organisation’s acronym in the parenthesis',
        form: 'inline in minutes',
        text: 'Daniel Vila (OMM) destacou a relevância do modelo.\n',
        found: { speakers: [{ name: 'Daniel Vila', position: '', organization: 'OMM', form: 'inline' }] },
      },
      {
        title: 'an aside between commas, then a reporting verb',
        form: 'inline in minutes',
        text: 'Ronald Buss, pelo chat, sugeriu um nome melhor para o modelo.\n',
        found: { speakers: [{ name: 'Ronald Buss', form: 'inline' }] },
      },
      {
        title: 'reporting verbs of English and Portuguese',
        form: 'inline in minutes',
        text: 'Maria Lopez praised the work.\n\nPedro Dias elogiou a apresentação.\n\nAna Souza mencionou o curso.\n\nSaulo Freitas pediu desculpas pelo tempo.\n',
        found: { speakers: [{ name: 'Maria Lopez' }, { name: 'Pedro Dias' }, { name: 'Ana Souza' }, { name: 'Saulo Freitas' }] },
      },
      {
        title: 'the same person named again in the next paragraph, with no heading between: one turn',
        text: 'Paulo Kubota (INPE) apresentou o modelo.\n\nPaulo Kubota mostrou os resultados.\n\nAna Souza comentou.\n',
        found: { speakers: [{ name: 'Paulo Kubota', organization: 'INPE' }, { name: 'Ana Souza' }] },
      },
      {
        title: 'a reporting verb of your own, as an option',
        text: 'Maria Lopez quipped that the work was done.\n',
        options: { verbs: 'quipped' },
        found: { speakers: [{ name: 'Maria Lopez', form: 'inline' }] },
      },
      {
        title: 'a speaker line right after a presenter’s stacked lines',
        text: '*Jie ZHAO*\n\n*Industrial Development Officer*\n\n**Ana LIMA, Director, Ministry of Mines**\n\nText.\n',
        found: { speakers: [{ name: 'Jie ZHAO', form: 'stacked' }, { name: 'Ana LIMA', form: 'line', line: 5 }] },
      },
      {
        title: 'a speaker line in a list or a quote is no speaker',
        text: '- **Ana LIMA, Director, Ministry of Mines**\n\n> **Wei ZHANG, Vice President, Academy of Sciences**\n',
        found: { speakers: [] },
      },
      {
        title: 'bold notes, labels and titles are no speakers',
        text: '**Disclaimer**\n\n**Main Results, Follow-up Actions**\n\n**UNITED NATIONS, NEW YORK**\n\n**Example:**\n\n**Keynote: Parks and People**\n\n*Guiding Framework*\n\n*UNIDO*\n',
        found: { speakers: [] },
      },
      {
        title: 'plain stacked lines need a position or department after the name',
        text: 'Maria SILVA\n\nLisbon Portugal\n\nSomething else entirely\n',
        found: { speakers: [] },
      },
      {
        title: 'a talk in a heading with a year in the parenthesis is no presenter',
        text: '### Results (2019)\n\nText.\n',
        found: { speakers: [] },
      },
      {
        title: 'sentences that open with capitalised words are no inline speakers',
        text: 'The Secretary General’s report recommends strengthening the linkage.\n\nUnited Nations staff met in Geneva.\n\nAnd I’d encourage that perhaps the Secretariat can provide it.\n',
        found: { speakers: [] },
      },
      {
        title: 'two people speaking together are no one speaker',
        text: 'Saulo Freitas e Pedro Dias cumprimentam a todos.\n',
        found: { speakers: [] },
      },
      {
        title: 'a transcript title with a pipe is no turn',
        text: '**Session 2 | Mandate Creation briefing**\n',
        found: { speakers: [] },
      },
    ],
    notOk: [],
  },
  // Stryker restore all
})

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
    if (entry.node.type !== 'paragraph' || context.claims.isClaimed(entry.node) || entry.item || styleOf(entry) !== style) break
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

// Assembly: turn what the detectors found into the report's records — contents linked to sections,
// sections with levels and parents, speakers with their remarks, blocks with section and speaker.
import { type PageStart, pageAt } from '../dialect/types.js'
import type { Assembly } from '../detect/define.js'
import type { Detections } from '../detect/index.js'
import type { Dialect } from '../dialect/types.js'
import type { Block, ContentsEntry, Metadata, Section, Speaker } from '../schema/report.js'
import { countWords, slug } from '../text/normalize.js'
import { isRecorderNotice } from '../text/interjections.js'
import { type Candidate, matchContents } from './match.js'
import { metadataOf } from './metadata.js'
import { addressedPositions, appositionPositions, parenthesisOrganizations } from './introductions.js'
import { participantOrganizations, selfIntroducedNames, selfIntroducedPositions, shareOrganizations } from './persons.js'
import { resolveShortNames } from './person-names.js'
import { assignLevels, assignParents } from './sections.js'

export interface Assembled {
  metadata: Metadata
  contents: ContentsEntry[]
  sections: Section[]
  speakers: Speaker[]
  blocks: Block[]
}

interface Start extends Candidate {
  depth: number | null
  index: number
  speaker: number | null
  heading: boolean
}

const SECTION_FORMS = new Set(['line', 'stacked', 'turn'])

/** The report's records, and where each contents entry led (for the contents detector's review). */
export function assemble(found: Detections, dialect: Dialect): { assembled: Assembled; assembly: Assembly } {
  const entries = found.contents.entries
  const candidates = sectionCandidates(found)
  const links = matchContents(entries, candidates)
  const entryOf = new Map<number, number>()
  links.forEach((candidate, entry) => candidate >= 0 && entryOf.set(candidate, entry))

  // Candidate index of each start, kept as a list: looking each one up again is quadratic.
  const startAt = candidates.flatMap((candidate, i) => (candidate.heading || entryOf.has(i) ? [i] : []))
  const starts = startAt.map((i) => candidates[i]!)
  const entryForStart = startAt.map((i) => {
    const entry = entryOf.get(i)
    return entry === undefined ? null : entries[entry]!
  })
  const printedPage = pagesFromMarks(
    dialect.pages,
    starts.map((start, i) => ({ line: start.line, printed: entryForStart[i]?.page ?? null })),
  )
  const sections = sectionsOf(starts, entryForStart, printedPage)
  const sectionIdOfCandidate = new Map(startAt.map((at, i) => [at, sections[i]!.section_id]))

  const targets = links.map((candidate) => (candidate >= 0 ? candidates[candidate]! : null))
  const contents: ContentsEntry[] = entries.map((entry, i) => {
    const candidate = links[i]!
    const section_id = candidate >= 0 ? sectionIdOfCandidate.get(candidate)! : null
    return { index: i + 1, level: entry.level, number: entry.number, title: entry.title, page: entry.page, section_id, line: entry.line }
  })

  const { speakers, blocks } = attach(found, starts, sections, printedPage)
  const assembled = { metadata: metadataOf(found, dialect), contents, sections, speakers, blocks }
  const contentsTargets = targets.map((target) => (target ? { title: target.title, line: target.line, column: target.column } : null))
  return { assembled, assembly: { contentsTargets } }
}

/**
 * What may open a section, in document order: every heading (a presenter's heading is a speech), and a
 * speaker on a line of its own, which opens one only when the contents page lists it.
 */
function sectionCandidates(found: Detections): Start[] {
  const speakerLines = found.speakers.speakers
  const speakerAtHeading = new Map(speakerLines.flatMap((speaker, i) => (speaker.form === 'heading' ? [[speaker.first, i] as const] : [])))
  const speakerStart = (speaker: (typeof speakerLines)[number], i: number): Start => ({
    title: speaker.text,
    number: null,
    depth: null,
    line: speaker.line,
    column: speaker.column,
    index: speaker.first,
    speaker: i,
    heading: false,
  })
  return [
    ...found.headings.headings.map((heading) => ({ ...heading, speaker: speakerAtHeading.get(heading.index) ?? null, heading: true })),
    ...speakerLines.flatMap((speaker, i) => (SECTION_FORMS.has(speaker.form) ? [speakerStart(speaker, i)] : [])),
  ].sort((a, b) => a.index - b.index)
}

/** The sections the starts open, with levels and parents, numbered and paged from their contents entries. */
function sectionsOf(
  starts: readonly Start[],
  entryOfStart: ReadonlyArray<Detections['contents']['entries'][number] | null>,
  printedPage: (line: number) => Section['page'],
): Section[] {
  const levels = assignLevels(starts.map((start, i) => ({ ...start, contentsLevel: entryOfStart[i]?.level ?? null })))
  const parents = assignParents(levels)
  return starts.map((start, i) => {
    const entry = entryOfStart[i] ?? null
    return {
      section_id: `sec-${i + 1}`,
      parent_id: parents[i] === null ? null : `sec-${parents[i]! + 1}`,
      level: levels[i]!,
      number: start.number ?? entry?.number ?? null,
      title: start.title,
      kind: start.speaker === null ? 'section' : 'speech',
      page: entry?.page ?? printedPage(start.line),
      line: start.line,
    }
  })
}

/** Walk the flow once: each block belongs to the section and the speaker last opened before it. */
function attach(
  found: Detections,
  starts: readonly Start[],
  sections: readonly Section[],
  pageOf: (line: number) => Section['page'],
): Pick<Assembled, 'speakers' | 'blocks'> {
  type Event = { index: number; order: number; kind: 'section' | 'speaker' | 'block'; at: number }
  const events: Event[] = [
    ...starts.map((start, at) => ({ index: start.index, order: 0, kind: 'section' as const, at })),
    ...found.speakers.speakers.map((speaker, at) => ({ index: speaker.first, order: 1, kind: 'speaker' as const, at })),
    ...found.blocks.blocks.map((block, at) => ({ index: block.index, order: 2, kind: 'block' as const, at })),
  ].sort((a, b) => a.index - b.index || a.order - b.order)

  const newSpeaker = speakerMaker(found)
  const speakers: Speaker[] = []
  const blocks: Block[] = []
  let section: string | null = null
  let speaker: Speaker | null = null
  for (const event of events) {
    if (event.kind === 'section') {
      section = sections[event.at]!.section_id
      speaker = null
    } else if (event.kind === 'speaker') {
      speaker = newSpeaker(event.at, `spk-${speakers.length + 1}`, section)
      speakers.push(speaker)
    } else {
      const block = found.blocks.blocks[event.at]!
      // A recorder's note (`Anna Berg stopped transcription`) is no one's words and ends the turn.
      if (isRecorderNotice(block.text)) speaker = null
      // An interjection is the audience's, not the speaker's words; the turn goes on after it. So is a page's margin.
      const speaking = block.kind === 'interjection' || block.margin ? null : speaker
      const record: Block = {
        block_id: `blk-${blocks.length + 1}`,
        section_id: block.margin ? null : section,
        speaker_id: speaking?.speaker_id ?? null,
        kind: block.kind,
        line: block.line,
        page: pageOf(block.line),
        text: block.text,
        depth: block.depth,
        links: block.links,
      }
      blocks.push(record)
      if (speaking) {
        speaking.paragraphs += 1
        speaking.words += countWords(block.text)
        speaking.remarks.push(record.block_id)
      }
    }
  }
  resolveShortNames(
    speakers,
    found.asides.participants.map((participant) => participant.name),
  )
  shareOrganizations(speakers)
  const texts = new Map(blocks.map((block) => [block.block_id, block.text]))
  selfIntroducedPositions(speakers, (id) => texts.get(id) ?? '')
  appositionPositions(speakers, texts.values())
  addressedPositions(speakers, texts.values())
  parenthesisOrganizations(speakers, texts.values())
  selfIntroducedNames(speakers, (id) => texts.get(id) ?? '')
  return { speakers, blocks }
}

/**
 * Makes the speaker record of the n-th speaker line: one person per name, the organisation from the participants
 * list when the line has none.
 */
function speakerMaker(found: Detections): (at: number, speaker_id: string, section_id: string | null) => Speaker {
  const persons = new Map<string, string>()
  let organizationOf: ((name: string) => string) | undefined
  return (at, speaker_id, section_id) => {
    const line = found.speakers.speakers[at]!
    // A turn that names no one is the person of every turn labelled alike, its number aside (`Q.1.` … `Q.5.` one asker).
    const personKey = slug(line.name || `${line.organization} ${line.position}`) || unnumbered(line.label) || `speaker-${at + 1}`
    if (!persons.has(personKey)) persons.set(personKey, personKey)
    return {
      speaker_id,
      person_id: persons.get(personKey)!,
      section_id,
      name: line.name,
      given_name: line.given_name,
      family_name: line.family_name,
      position: line.position,
      department: line.department,
      organization: line.organization || (organizationOf ??= participantOrganizations(found.asides.participants))(line.name),
      line: line.line,
      paragraphs: 0,
      words: 0,
      label: line.label,
      honorific: line.honorific,
      remarks: [],
    }
  }
}

/** A label's words without its numbers, as a key (`Q.3.` → `q`); empty when nothing else is left. */
function unnumbered(label: string): string {
  const key = slug(label.replace(/\d+/g, ' '))
  return key ? `label-${key}` : ''
}

/**
 * The printed page of a line, from the page marks a converter left. Marks count the PDF's pages; the
 * printed numbers differ by the offset that most sections linked to the contents page agree on.
 */
function pagesFromMarks(
  marks: readonly PageStart[],
  linked: ReadonlyArray<{ line: number; printed: Section['page'] }>,
): (line: number) => Section['page'] {
  if (marks.length === 0) return () => null
  const votes = new Map<number, number>()
  for (const { line, printed } of linked) {
    const marked = pageAt(marks, line)
    if (typeof printed === 'number' && typeof marked === 'number') votes.set(printed - marked, (votes.get(printed - marked) ?? 0) + 1)
  }
  const offset = [...votes].sort((a, b) => b[1] - a[1] || Math.abs(a[0]) - Math.abs(b[0]))[0]?.[0] ?? 0
  return (line) => {
    const marked = pageAt(marks, line)
    // Before the first numbered page (cover, front matter) there is no printed number to give.
    return typeof marked === 'number' ? (marked + offset >= 1 ? marked + offset : null) : marked
  }
}

// The text of a report as TEI, in the shape ParlaMint gives speeches: a `div` per section (nested as
// the sections are, the section's own text before its subsections) with its `head`; a `u who="#person"`
// per speaker turn holding a `seg` per block of remarks; the blocks no speaker is said to speak as
// `p`, and runs of list items as `list` of `item`. A `pb` marks where a new printed page starts. Every
// element keeps the report's id (`xml:id`), so the TEI and the JSON and CSVs can be joined.
import type { Block, Report, Section, Speaker } from '../../schema/report.js'
import type { XmlIds } from './header.js'
import { escapeText, inline, type XmlLines } from './xml.js'

/** The kinds of block written as a `p` with the kind as its `rend` (the schema's values). */
const PARAGRAPH_KINDS: ReadonlySet<string> = new Set(['quote', 'code', 'table'])

/** Whether a block no one speaks is written as a `note`: any kind but paragraph, list item, quote, code and table. */
function isNote(block: Block): boolean {
  const kind: string = block.kind
  return kind !== 'paragraph' && kind !== 'list_item' && !PARAGRAPH_KINDS.has(kind)
}

/** What a section (or the text before the first) holds, in reading order: blocks and turns. */
type Item = { line: number; block: Block } | { line: number; speaker: Speaker }

export function writeBody(xml: XmlLines, report: Report, ids: XmlIds): void {
  const blocks = new Map(report.blocks.map((block) => [block.block_id, block]))
  const items = new Map<string | null, Item[]>()
  const add = (section: string | null, item: Item) => items.set(section, [...(items.get(section) ?? []), item])
  for (const block of report.blocks) if (block.speaker_id === null) add(block.section_id, { line: block.line, block })
  for (const speaker of report.speakers) add(speaker.section_id, { line: speaker.line, speaker })
  const children = new Map<string | null, Section[]>()
  for (const section of report.sections) children.set(section.parent_id, [...(children.get(section.parent_id) ?? []), section])
  const writer = new BodyWriter(xml, blocks, items, children, ids)
  xml.start('text').start('body')
  if (report.blocks.length === 0 && report.speakers.length === 0 && report.sections.length === 0) xml.line('<p/>')
  writer.content(null)
  xml.end().end()
}

class BodyWriter {
  /** The printed page the last section or block written starts on. */
  private page: Block['page'] = null

  constructor(
    private readonly xml: XmlLines,
    private readonly blocks: ReadonlyMap<string, Block>,
    private readonly items: ReadonlyMap<string | null, Item[]>,
    private readonly children: ReadonlyMap<string | null, Section[]>,
    private readonly ids: XmlIds,
  ) {}

  /** A section's own blocks and turns (`null`: the text before the first section), then its subsections. */
  content(section: string | null): void {
    const { items, within } = this.notesWithinTurns([...(this.items.get(section) ?? [])].sort((a, b) => a.line - b.line))
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!
      if ('speaker' in item) this.turn(item.speaker, within.get(item.speaker.speaker_id) ?? [])
      else if (item.block.kind === 'list_item') {
        // A run of list items is one list.
        let end = i
        while (end + 1 < items.length && 'block' in items[end + 1]! && (items[end + 1] as { block: Block }).block.kind === 'list_item')
          end++
        this.list(items.slice(i, end + 1).map((run) => (run as { block: Block }).block))
        i = end
      } else this.paragraph(item.block)
    }
    for (const child of this.children.get(section) ?? []) this.division(child)
  }

  /**
   * A block written as a note (an audience's reaction) printed between a turn's first and last remarks
   * goes inside that turn's `u`, where it was printed, as ParlaMint places what interrupts a speech.
   * Returns the other items, and those notes by speaker_id.
   */
  private notesWithinTurns(sorted: readonly Item[]): { items: Item[]; within: Map<string, Block[]> } {
    const items: Item[] = []
    const within = new Map<string, Block[]>()
    let open: { id: string; end: number } | null = null
    for (const item of sorted) {
      if ('speaker' in item) {
        const lines = item.speaker.remarks.map((id) => this.blocks.get(id)?.line ?? 0)
        open = { id: item.speaker.speaker_id, end: Math.max(0, ...lines) }
      } else if (open && item.line < open.end && isNote(item.block)) {
        within.set(open.id, [...(within.get(open.id) ?? []), item.block])
        continue
      }
      items.push(item)
    }
    return { items, within }
  }

  private division(section: Section): void {
    this.xml.start('div', { type: section.kind, 'xml:id': section.section_id, n: section.number })
    this.pageBreak(section.page)
    this.xml.text('head', section.title)
    this.content(section.section_id)
    this.xml.end()
  }

  /** A turn: a `seg` per block of its remarks, and the notes printed among them (`notes`) where they were. */
  private turn(speaker: Speaker, notes: readonly Block[]): void {
    const label = (speaker as Speaker & { label?: string | null }).label
    if (label) this.xml.text('note', label, { type: 'speaker' })
    const remarks = speaker.remarks.map((id) => this.blocks.get(id)).filter((block): block is Block => block !== undefined)
    if (remarks.length === 0) {
      this.xml.line(inline('u', { who: `#${this.ids.person(speaker.person_id)}`, 'xml:id': speaker.speaker_id }))
      return
    }
    this.xml.start('u', { who: `#${this.ids.person(speaker.person_id)}`, 'xml:id': speaker.speaker_id })
    const remark = new Set(remarks)
    for (const block of [...remarks, ...notes].sort((a, b) => a.line - b.line)) {
      this.pageBreak(block.page)
      if (remark.has(block)) this.xml.line(inline('seg', { 'xml:id': block.block_id }, escapeText(block.text)))
      else this.note(block)
    }
    this.xml.end()
  }

  /** A run of list items: a `list`, an item deeper than the one before it in a `list` inside that one. */
  private list(items: readonly Block[]): void {
    this.xml.start('list')
    /** The depths of the items left open, each holding a nested list. */
    const open: number[] = []
    items.forEach((item, i) => {
      const depth = item.depth ?? 1
      const next = items[i + 1]
      this.pageBreak(item.page)
      if (next && (next.depth ?? 1) > depth) {
        this.xml.startWithText('item', escapeText(item.text), { 'xml:id': item.block_id }).start('list')
        open.push(depth)
        return
      }
      this.xml.line(inline('item', { 'xml:id': item.block_id }, escapeText(item.text)))
      const nextDepth = next ? (next.depth ?? 1) : 0
      while (open.length > 0 && open.at(-1)! >= nextDepth) {
        this.xml.end().end()
        open.pop()
      }
    })
    this.xml.end()
  }

  /**
   * A block no speaker speaks: a paragraph, or a quote, code or table kept as a paragraph with its kind
   * as `rend`; a block of any other kind (an audience's reaction, say) is no text of the report's own,
   * and is written as ParlaMint writes what the transcriber adds: a `note` whose type is the kind.
   */
  private paragraph(block: Block): void {
    this.pageBreak(block.page)
    const kind: string = block.kind
    if (isNote(block)) this.note(block)
    else this.xml.line(inline('p', { 'xml:id': block.block_id, rend: kind === 'paragraph' ? undefined : kind }, escapeText(block.text)))
  }

  private note(block: Block): void {
    this.xml.line(inline('note', { type: block.kind, 'xml:id': block.block_id }, escapeText(block.text)))
  }

  /** A `pb` before a section or block that starts on another printed page than what came before. */
  private pageBreak(page: Block['page']): void {
    if (page === null || page === this.page) return
    this.page = page
    this.xml.line(inline('pb', { n: String(page) }))
  }
}

// Transcripts kept as tables, as interview and focus-group transcripts are typed in Word (and reach Markdown as
// pandoc's pipe or grid tables): a column of speakers (`Interviewer`, `Anna Berg`, the same few again and again)
// beside a column of their words, perhaps a column of times. Such a table is no table but the transcript itself: each
// row is rewritten, in place, as its words under a `Speaker:` label, so the speakers detector reads a turn a row and
// the blocks are the words. The header row and the time column are dropped; a row without a speaker goes on with the
// turn before. A table of people each named once (a participants list), or whose other column is no speech (votes,
// affiliations), stays a table.
import type { BlockContent, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { parseLabel } from '../text/labels.js'
import { countWords } from '../text/normalize.js'

/** Rows a speaker table has at least, and how many of them on average one speaker's name is printed in. */
const MIN_ROWS = 3
const MIN_ROWS_A_SPEAKER = 2
/** Words a speaker's cell has at most, and the words a row of speech has on average at least. */
const MAX_NAME_WORDS = 5
const MIN_SPEECH_WORDS = 5
const TIME = /^\[?\(?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\)?\]?$/

/** One cell: its text, flattened, and its blocks (a pipe table's cell holds phrasing only: one paragraph). */
interface Cell {
  text: string
  blocks: RootContent[]
  position: Nodes['position']
}

/** Rewrites, in place, every speaker table among the tree's top-level blocks. */
export function readSpeakerTables(tree: Root): Root {
  if (!tree.children.some((node) => isTable(node))) return tree
  tree.children = tree.children.flatMap((node) => {
    if (!isTable(node)) return [node]
    const read = transcriptRows(rowsOf(node))
    return read ? turnsOf(read.rows, read.columns) : [node]
  })
  return tree
}

function isTable(node: RootContent): boolean {
  return node.type === 'table' || (node as { type: string }).type === 'gridTable'
}

/**
 * The table's rows of cells, its header row first. A Word table reaches a grid table without a header when it was
 * not marked as one: its first row is read as a header all the same (a turn only if its speaker speaks again).
 */
function rowsOf(node: RootContent): Cell[][] {
  if (node.type === 'table') return node.children.map((row) => row.children.map((cell) => pipeCell(cell.children, cell.position)))
  const sections = (node as unknown as GridNode).children ?? []
  return sections.flatMap((section) => (section.children ?? []).map((row) => (row.children ?? []).map(gridCell)))
}

interface GridNode {
  type: string
  children?: GridNode[]
}

function pipeCell(children: PhrasingContent[], position: Nodes['position']): Cell {
  const paragraph: Paragraph = { type: 'paragraph', children, position }
  return { text: textOf(paragraph), blocks: children.length > 0 ? [paragraph] : [], position }
}

function gridCell(cell: GridNode): Cell {
  const blocks = (cell.children ?? []) as unknown as RootContent[]
  return { text: blocks.map(textOf).join(' ').trim(), blocks, position: blocks[0]?.position }
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : ''
}

/** The speaker's and the words' columns of a table's body rows, when it is a transcript; else null. */
function speakerColumns(rows: readonly Cell[][]): { speaker: number; words: number } | null {
  if (rows.length < MIN_ROWS) return null
  const width = Math.max(...rows.map((row) => row.length))
  const filled = (column: number) => rows.filter((row) => (row[column]?.text ?? '') !== '')
  // Other columns than the two may hold times only.
  const content = [...Array(width).keys()].filter((column) => filled(column).some((row) => !TIME.test(row[column]!.text)))
  if (content.length !== 2) return null
  const [speaker, words] = content as [number, number]
  const names = filled(speaker).map((row) => row[speaker]!.text)
  if (names.length < MIN_ROWS || !names.every(isSpeakerName)) return null
  if (new Set(names).size * MIN_ROWS_A_SPEAKER > names.length) return null
  const said = filled(words)
  const spoken = said.reduce((sum, row) => sum + countWords(row[words]!.text), 0)
  return said.length >= names.length / 2 && spoken >= said.length * MIN_SPEECH_WORDS ? { speaker, words } : null
}

/**
 * A transcript's rows and columns: its body rows, the header row first when it is a turn too (a table typed without a
 * header, whose first row pandoc or GFM makes the header: a speaker the body names again).
 */
function transcriptRows(rows: readonly Cell[][]): { rows: readonly Cell[][]; columns: { speaker: number; words: number } } | null {
  const [header, ...body] = rows
  const columns = speakerColumns(body) ?? speakerColumns(rows)
  if (!columns) return null
  const name = header?.[columns.speaker]?.text ?? ''
  const turn = name !== '' && body.some((row) => row[columns.speaker]?.text === name)
  // (A table that reads as a transcript only with its header row counted is one only when that row is a turn.)
  return turn ? { rows, columns } : speakerColumns(body) ? { rows: body, columns } : null
}

/** A cell that names who speaks: a few words a label reads (a name, a role, `Participant 3`), no sentence. */
function isSpeakerName(text: string): boolean {
  const name = text.replace(/[:：]$/, '').trim()
  if (countWords(name) > MAX_NAME_WORDS || /[.?!]$/.test(name)) return false
  const parts = parseLabel(name, 'colon')
  return parts !== null && (parts.kind === 'role' || parts.strong)
}

/** A row a turn: its words' first paragraph under the speaker's label, its other blocks after it. */
function turnsOf(rows: readonly Cell[][], columns: { speaker: number; words: number }): RootContent[] {
  return rows.flatMap((row) => {
    const name = row[columns.speaker]?.text.replace(/[:：]$/, '').trim() ?? ''
    const words = row[columns.words]?.blocks ?? []
    if (name === '') return words
    const [first, ...rest] = words
    const label: PhrasingContent = { type: 'text', value: `${name}: ` }
    const position = row[columns.speaker]?.position ?? first?.position
    if (first?.type === 'paragraph')
      return [{ ...first, children: [label, ...first.children], position: first.position ?? position }, ...rest]
    const alone: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `${name}:` }], position }
    return [alone, ...(words as BlockContent[])]
  })
}

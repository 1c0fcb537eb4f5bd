// A line that opens a speaker's turn starts a paragraph, blank line or not: chat logs print one message a
// line (`15:26 <anna> hi`), and transcripts and records run turns on without a blank line between them
// (`MR. THOMAS: …` / `THE COURT: …`, `Mr. REID. …`). The parsed tree's paragraphs are split at such
// lines, in Markdown and plain text alike, so each turn is a paragraph of its own. Only labels that say
// who speaks by themselves split a paragraph; whether each is a turn stays the speakers detector's call.
import type { Nodes, Paragraph, PhrasingContent, Root, Text } from 'mdast'
import { parseLabel } from '../text/labels.js'
import { readOpening } from '../text/turns.js'
import { lexicon } from '../lexicon/index.js'

const PRESENTERS = new Set(lexicon.presenterLabels.map((word) => word.toLowerCase()))

/** Split, in place, every paragraph of `tree` at the lines that open a turn. */
export function splitTurnLines(tree: Root, source: string): Root {
  let sourceLines: string[] | null = null
  const found: Array<{ siblings: Nodes[]; index: number; read: ReadLines }> = []
  // One-line paragraphs are read only when a record's labels must be counted (most documents never ask).
  const single: Line[] = []
  let labels = 0
  let nicks = 0
  const nickUses = new Map<string, number>()
  const useNick = (text: string) => {
    const nick = nickOf(text)
    nickUses.set(nick, (nickUses.get(nick) ?? 0) + 1)
    nicks++
  }
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading') continue
    const children = node.children as Nodes[]
    // Last child first, so that splitting one never moves the index of another still to split.
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!
      if (child.type !== 'paragraph') {
        stack.push(child)
        continue
      }
      const lines = linesOfParagraph(child)
      if (lines.length < 2) {
        single.push(...lines)
        continue
      }
      const read = { lines, opens: lines.map((line) => opensTurn(line.text.trimStart())) }
      labels += read.opens.filter((kind) => kind === 'label').length
      read.opens.forEach((kind, k) => kind === 'nick' && useNick(lines[k]!.text))
      found.push({ siblings: children, index: i, read })
    }
  }
  // A record whose turns have labels (three lines at least) runs one on after other text as well; so do minutes
  // written as nicks before a colon (`mgasidlo: …`), once enough lines open so.
  let counted = 0
  let lowered: string | undefined
  const countSingles = (enough: () => boolean) => {
    while (!enough() && counted < single.length) {
      const text = single[counted++]!.text
      const kind = opensTurn(text.trimStart())
      if (kind === 'label') labels++
      else if (kind === 'nick') useNick(text)
    }
  }
  const record = {
    labels: () => (countSingles(() => labels >= RECORD_LABELS), labels >= RECORD_LABELS),
    nicks: (text: string) => {
      countSingles(() => false)
      return nicks >= RECORD_NICKS && isLogin(nickOf(text), nickUses, (lowered ??= source.toLowerCase()))
    },
  }
  for (const { siblings, index, read } of found) {
    const starts = turnStarts(read, record)
    if (starts.length === 0) continue
    sourceLines ??= source.split('\n')
    siblings.splice(index, 1, ...splitAt(siblings[index] as Paragraph, starts, sourceLines))
  }
  return tree
}

/** Lines that open a turn in a document before one alone after other text in a paragraph starts a turn. */
const RECORD_LABELS = 3
/** The same for nicks before a colon, which prose and key lines (`note: …`) open too now and then. */
const RECORD_NICKS = 5

interface Line {
  /** Index of the child the line starts in, and the offset in its value (0 for any other node). */
  child: number
  offset: number
  text: string
}

/** The lines of a paragraph as its children give them: soft line ends in text, hard breaks. */
function linesOf(paragraph: Paragraph): Line[] {
  const lines: Line[] = [{ child: 0, offset: 0, text: '' }]
  paragraph.children.forEach((child, index) => {
    if (child.type === 'break') {
      lines.push({ child: index + 1, offset: 0, text: '' })
      return
    }
    const value = child.type === 'text' || child.type === 'html' || child.type === 'inlineCode' ? child.value : phrasingText(child)
    if (child.type !== 'text') {
      lines.at(-1)!.text += value
      return
    }
    let from = 0
    for (let at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', from)) {
      lines.at(-1)!.text += value.slice(from, at)
      from = at + 1
      lines.push({ child: index, offset: from, text: '' })
    }
    lines.at(-1)!.text += value.slice(from)
  })
  return lines
}

function phrasingText(node: PhrasingContent): string {
  if ('value' in node) return node.value
  if (!('children' in node)) return ''
  return node.children.map(phrasingText).join('')
}

interface ReadLines {
  lines: Line[]
  opens: Array<ReturnType<typeof opensTurn>>
}

/** A paragraph's lines; a one-line paragraph's from its text. */
function linesOfParagraph(paragraph: Paragraph): Line[] {
  const value = paragraph.children.length === 1 && paragraph.children[0]!.type === 'text' ? paragraph.children[0].value : null
  return value !== null && !value.includes('\n') ? [{ child: 0, offset: 0, text: value }] : linesOf(paragraph)
}

/**
 * Lines after the first that open a turn; none unless two lines at least open one (the first counts), or the
 * document is a record whose turns have labels.
 */
function turnStarts({ lines, opens }: ReadLines, record: { labels: () => boolean; nicks: (text: string) => boolean }): Line[] {
  // Chat minutes: messages a line (`15:26 <anna> hi`), or nicks before a colon from the first line on (`ab: hi` / `kn: …`).
  const nicks = opens.filter((kind) => kind === 'chat' || kind === 'nick').length
  const chat = opens.filter((kind) => kind === 'chat').length >= 2 || ((opens[0] === 'chat' || opens[0] === 'nick') && nicks >= 2)
  const labelled = (i: number) => opens[i] === 'label' || opens[i] === 'period' || opens[i] === 'presenter' || (chat && opens[i] !== null)
  const starts = lines.filter((_, i) => i > 0 && labelled(i))
  if (starts.length > 0 && (opens[0] !== null || starts.length >= 2)) return starts
  // The period form (`Chairman Greenspan.`) also ends a line of prose before a name: only a colon's label runs on alone,
  // and a presenter's line (`汇报人：黄然`) under its agenda item in any document.
  return lines.filter(
    (_, i) =>
      i > 0 &&
      ((opens[i] === 'label' && record.labels()) || (opens[i] === 'nick' && record.nicks(lines[i]!.text)) || opens[i] === 'presenter'),
  )
}

/**
 * Whether a nick opening a line after other text is a speaker's: it opens other lines too, other nicks open lines
 * as well (a dialogue), and the document writes it in running text no more often than it opens lines with it
 * (`practice: …` wrapped in prose, `note: …` are ordinary words).
 */
function isLogin(nick: string, uses: ReadonlyMap<string, number>, lowered: string): boolean {
  const own = uses.get(nick) ?? 0
  if (own < 2 || nick === '') return false
  return uses.size >= 2 && wordCount(lowered, nick) <= 2 * own
}

/** Occurrences of `word` as a whole word in `text`. */
function wordCount(text: string, word: string): number {
  let count = 0
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = at > 0 ? text[at - 1]! : ' '
    const after = text[at + word.length] ?? ' '
    if (!/[\p{L}\d_]/u.test(before) && !/[\p{L}\d_]/u.test(after)) count++
  }
  return count
}

/** The nick a line opens with, in lowercase (`Mgasidlo:` and `mgasidlo:` are one). */
function nickOf(text: string): string {
  return readOpening(text.trimStart())?.label.toLowerCase() ?? ''
}

/** What a line opens: a chat message (or a timed note between them), a turn under a label that says who speaks, or nothing. */
function opensTurn(text: string): 'chat' | 'timed' | 'label' | 'period' | 'presenter' | 'nick' | null {
  const opening = readOpening(text)
  if (!opening) return null
  if (opening.time !== null) return opening.form === 'system' ? 'timed' : 'chat'
  if (opening.form === 'chat') return 'chat'
  if (opening.form !== 'colon' && opening.form !== 'period') return null
  if (opening.form === 'period' && opening.end >= text.length) return null
  const parts = parseLabel(opening.label, opening.form)
  // A nick or initials (`ab:`, `kn:`) say who speaks only among other such lines.
  if (opening.form === 'colon' && (parts?.kind === 'nick' || parts?.kind === 'initials')) return parts.strong ? 'label' : 'nick'
  if (!parts?.strong) return null
  if (parts.kind === 'role' && PRESENTERS.has(parts.position.toLowerCase())) return 'presenter'
  return opening.form === 'period' ? 'period' : 'label'
}

/** The paragraph cut before each of `starts`, each part with the position of its first and last line. */
function splitAt(paragraph: Paragraph, starts: readonly Line[], sourceLines: readonly string[]): Paragraph[] {
  const parts: PhrasingContent[][] = [[]]
  const firstLines: number[] = [paragraph.position?.start.line ?? 1]
  let next = 0
  let lineNumber = firstLines[0]!
  paragraph.children.forEach((child, index) => {
    if (child.type === 'break') lineNumber++
    let rest: PhrasingContent = child
    while (next < starts.length && starts[next]!.child === index) {
      const start = starts[next]!
      if (rest.type === 'text' && start.offset > 0) {
        const consumed = (child as Text).value.length - rest.value.length
        const head = rest.value.slice(0, start.offset - consumed)
        lineNumber += countLineEnds(head)
        if (head.replace(/\n$/, '') !== '') parts.at(-1)!.push({ type: 'text', value: head.replace(/\n$/, '') })
        rest = { type: 'text', value: rest.value.slice(start.offset - consumed) }
      }
      parts.push([])
      firstLines.push(lineNumber)
      next++
    }
    if (rest.type === 'text') lineNumber += countLineEnds(rest.value)
    if (rest.type !== 'text' || rest.value !== '') parts.at(-1)!.push(rest === child ? child : rest)
  })
  const endLine = paragraph.position?.end.line ?? lineNumber
  return parts
    .map((children, i) => ({ children, first: firstLines[i]!, last: i + 1 < firstLines.length ? firstLines[i + 1]! - 1 : endLine }))
    .filter((part) => part.children.length > 0)
    .map((part, i) => {
      const split = paragraphOf(part.children, part.first, part.last, sourceLines)
      // The first part starts where the paragraph did.
      if (i === 0 && paragraph.position) split.position = { start: paragraph.position.start, end: split.position!.end }
      // A turn cut from a list item's paragraph (`- Budget` / `anna: …`) opens as the item's first paragraph would.
      if (i > 0) split.data = { turnLine: true }
      return split
    })
}

function countLineEnds(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++
  return count
}

function paragraphOf(children: PhrasingContent[], first: number, last: number, sourceLines: readonly string[]): Paragraph {
  const firstText = children[0]?.type === 'text' ? children[0].value : children[0]?.type === 'html' ? children[0].value : ''
  const startLine = sourceLines[first - 1] ?? ''
  const found = firstText === '' ? -1 : startLine.indexOf(firstText.slice(0, 12).trimStart())
  const column = found >= 0 ? found + 1 : startLine.length - startLine.trimStart().length + 1
  const endText = sourceLines[last - 1] ?? ''
  const position = { start: { line: first, column }, end: { line: Math.max(first, last), column: endText.length + 1 } }
  if (children[0]?.type === 'text') children[0] = { ...children[0], value: children[0].value.trimStart(), position }
  return { type: 'paragraph', children, position }
}

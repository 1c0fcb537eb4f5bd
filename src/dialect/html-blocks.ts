// Blocks of raw HTML that an HTML-to-Markdown library left as they were (`<div class="summary">` /
// `<p>Anna Berg said that …</p>` / `</div>`): CommonMark keeps such a block as raw HTML up to the next
// blank line, so its text would be nobody's. Each run of text between block elements becomes a paragraph
// (strong, emphasis and links kept), with positions in the source; a heading element, and the anchors
// before it, stay raw HTML for the headings detector. Blocks that hold code, scripts, tables or comments
// are left alone.
import type { Html, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'

type Point = NonNullable<Paragraph['position']>['start']

const TAG = /<(\/?)([a-z][a-z0-9]{0,15})\b[^<>]{0,500}>/gi
const HREF = /\bhref\s*=\s*["']([^"'<>\s]{1,2000})["']/i
// Elements whose content is not running text: the block is left as it is.
const OPAQUE_ELEMENTS = 'script style pre textarea table svg math code form button input select iframe object noscript template'
// (A quote and its cite are the speakers detector's: cited-quotes.)
const QUOTE_ELEMENTS = 'blockquote cite'
const OPAQUE = new RegExp(`<(?:!--|(?:${`${OPAQUE_ELEMENTS} ${QUOTE_ELEMENTS}`.split(' ').join('|')})\\b)`, 'i')
const BLOCK_ELEMENTS = 'address article aside blockquote center dd details div dl dt fieldset figcaption figure footer form header hr'
const BLOCK = new Set(`${BLOCK_ELEMENTS} li main nav ol p section summary ul`.split(' '))
const STRONG = new Set(['strong', 'b'])
const EMPHASIS = new Set(['em', 'i'])
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The tree with every root-level block of HTML that carries running text read as paragraphs (in place). */
export function readHtmlBlocks(tree: Root, source: string): Root {
  if (!tree.children.some((node) => node.type === 'html')) return tree
  const children: RootContent[] = []
  for (const node of tree.children) {
    if (node.type !== 'html') children.push(node)
    else children.push(...htmlBlockNodes(node, source))
  }
  tree.children = children
  return tree
}

/** One block of HTML as paragraphs and the raw HTML between them; the node itself when it holds no running text. */
function htmlBlockNodes(node: Html, source: string): RootContent[] {
  const start = node.position?.start
  const value = node.value
  if (!start || start.offset === undefined || OPAQUE.test(value) || source.slice(start.offset, start.offset + value.length) !== value)
    return [node]
  const reader = new BlockReader(value, start)
  reader.read()
  return reader.out.some((out) => out.type === 'paragraph') ? reader.out : [node]
}

interface Open {
  node: Paragraph | Extract<PhrasingContent, { children: PhrasingContent[] }>
  tag: string
}

/** Walks one block of HTML, tag by tag, building its paragraphs. */
class BlockReader {
  out: RootContent[] = []
  /** Where the raw HTML not yet given to a paragraph or heading begins. */
  private rawFrom = 0
  private paragraph: Paragraph | null = null
  private stack: Open[] = []
  private counted = 0
  private line: number
  private column: number

  constructor(
    private readonly value: string,
    private readonly start: Point,
  ) {
    this.line = start.line
    this.column = start.column
  }

  read(): void {
    let at = 0
    const tags = new RegExp(TAG.source, 'g')
    for (let match = tags.exec(this.value); match; match = tags.exec(this.value)) {
      this.text(at, match.index)
      at = match.index + match[0].length
      const name = match[2]!.toLowerCase()
      const closing = match[1] === '/'
      if (/^h[1-6]$/.test(name) && !closing) {
        // A heading element stays raw HTML, with what came before it since the last paragraph (its anchors).
        this.endParagraph(match.index)
        const close = this.value.toLowerCase().indexOf(`</${name}>`, at)
        at = close < 0 ? this.value.length : close + name.length + 3
        this.raw(at)
        tags.lastIndex = at
      } else if (BLOCK.has(name)) this.endParagraph(match.index)
      else if (name === 'br') this.append('\n', match.index, at)
      else this.inline(name, closing, match[0], match.index)
    }
    this.text(at, this.value.length)
    this.endParagraph(this.value.length)
  }

  /** Text between tags: added to the open paragraph (one is opened for text that is not blank). */
  private text(from: number, to: number): void {
    if (from >= to) return
    const raw = this.value.slice(from, to)
    if (this.paragraph === null && raw.trim() === '') return
    const text = decodeEntities(collapseRuns(raw))
    const lead = this.paragraph === null ? raw.length - raw.trimStart().length : 0
    this.append(lead > 0 ? text.trimStart() : text, from + lead, to)
  }

  private open(from: number): Paragraph {
    this.paragraph = { type: 'paragraph', children: [], position: { start: this.pointAt(from), end: this.pointAt(from) } }
    this.stack = [{ node: this.paragraph, tag: '' }]
    return this.paragraph
  }

  private append(text: string, from: number, to: number): void {
    if (text === '' || (this.paragraph === null && text.trim() === '')) return
    const paragraph = this.paragraph ?? this.open(from)
    const parent = this.stack.at(-1)!.node
    const last = parent.children.at(-1)
    if (last?.type === 'text') last.value += text
    else parent.children.push({ type: 'text', value: text, position: { start: this.pointAt(from), end: this.pointAt(to) } })
    paragraph.position!.end = this.pointAt(to)
  }

  /** Strong, emphasis and links open and close inside the paragraph; other inline tags are passed over. */
  private inline(name: string, closing: boolean, tag: string, at: number): void {
    const kind = STRONG.has(name) ? 'strong' : EMPHASIS.has(name) ? 'emphasis' : name === 'a' ? 'link' : null
    if (kind === null) return
    if (closing) {
      const open = this.stack.findLastIndex((entry) => entry.tag === name)
      if (open > 0) this.stack.length = open
      return
    }
    const href = kind === 'link' ? HREF.exec(tag)?.[1] : undefined
    if (kind === 'link' && href === undefined) return
    if (this.paragraph === null) this.open(at)
    const child: Open['node'] = kind === 'link' ? { type: 'link', url: decodeEntities(href!), children: [] } : { type: kind, children: [] }
    this.stack.at(-1)!.node.children.push(child as PhrasingContent)
    this.stack.push({ node: child, tag: name })
  }

  /** The open paragraph ends at `at` (kept when it has text); the raw HTML after it starts there. */
  private endParagraph(at: number): void {
    const paragraph = this.paragraph
    if (paragraph === null) return
    trimEnd(paragraph)
    if (toString(paragraph).trim() !== '') {
      this.out.push(paragraph)
      this.rawFrom = at
    }
    this.paragraph = null
    this.stack = []
  }

  /** The raw HTML from the last cut up to `to`, as a node of its own. */
  private raw(to: number): void {
    const value = this.value.slice(this.rawFrom, to)
    const from = this.rawFrom + value.length - value.trimStart().length
    const trimmed = value.trim()
    if (trimmed !== '')
      this.out.push({ type: 'html', value: trimmed, position: { start: this.pointAt(from), end: this.pointAt(from + trimmed.length) } })
    this.rawFrom = to
  }

  /** The source point of an offset into the block (asked for in increasing order, mostly). */
  private pointAt(offset: number): Point {
    if (offset < this.counted) {
      this.counted = 0
      this.line = this.start.line
      this.column = this.start.column
    }
    for (; this.counted < offset; this.counted++) {
      if (this.value[this.counted] === '\n') {
        this.line++
        this.column = 1
      } else this.column++
    }
    return { line: this.line, column: this.column, offset: this.start.offset! + offset }
  }
}

function toString(node: Nodes): string {
  if ('value' in node) return node.value
  return 'children' in node ? (node.children as Nodes[]).map(toString).join('') : ''
}

/** Trailing white space off a paragraph's last text. */
function trimEnd(paragraph: Paragraph): void {
  let node: Nodes | undefined = paragraph
  while (node && 'children' in node) node = (node.children as Nodes[]).at(-1)
  if (node?.type === 'text') node.value = node.value.trimEnd()
  paragraph.children = paragraph.children.filter((child) => !(child.type === 'text' && child.value === ''))
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return ENTITIES[name.toLowerCase()] ?? entity
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
  })
}

/** Each run of white space as one space, or one line break when the run holds one (a scanner: the patterns backtrack). */
function collapseRuns(text: string): string {
  let out = ''
  let run = ''
  for (const char of text) {
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') run += char
    else {
      if (run !== '') out += run.includes('\n') ? '\n' : ' '
      run = ''
      out += char
    }
  }
  return run === '' ? out : out + (run.includes('\n') ? '\n' : ' ')
}

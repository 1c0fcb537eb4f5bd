// A Markdown file whose body is HTML (the minutes a scribe tool wrote, a page pasted whole): CommonMark reads
// it as one block of raw HTML, up to its first blank line. Such a block, when it holds a heading element and
// paragraphs or list items, is read as the blocks its elements are: `<h2>` a heading (its ids and those of the
// element wrapping it kept for links), `<p>` and `<address>` paragraphs, `<ul>`/`<ol>` lists, `<dt>`/`<dd>` pairs a
// labelled paragraph (`Chair: Ada`), `<hr>` a rule; inside them `<a href>` a link, `<br>` a line break,
// `<strong>`/`<b>` and `<em>`/`<i>` emphasis, other tags dropped and entities decoded. Positions are the
// elements' in the input. Other blocks of HTML stay as they are.
import type { Heading, Html, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, ThematicBreak } from 'mdast'

/** Fewest paragraphs and list items a block of HTML with a heading holds to be read as a body. */
const MIN_BODY_BLOCKS = 3
/** Tags read at most in one block: past them the block stays raw HTML. */
const MAX_TAGS = 20_000

const TAG = /<(\/?)([a-z][a-z0-9]{0,9})\b((?:[^<>"']|"[^"]{0,500}"|'[^']{0,500}'){0,50})(\/?)>|<!--[\s\S]{0,2000}?-->/gi
const ATTRIBUTE = /\b(id|name|href)\s*=\s*(?:"([^"]{0,500})"|'([^']{0,500})'|([^\s"'>]{1,500}))/gi
const ENTITY = /&(#\d{1,6}|#x[\da-f]{1,5}|[a-z]{2,8});/gi
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
const BLOCKS = new Set(['p', 'address', 'dt', 'dd', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const LISTS = new Set(['ul', 'ol'])
const EMPHASIS: Record<string, 'strong' | 'emphasis'> = { strong: 'strong', b: 'strong', em: 'emphasis', i: 'emphasis' }

type Point = { line: number; column: number; offset: number }

/** Replaces each top-level block of HTML that is a document's body by the blocks its elements are. */
export function readHtmlBodies(tree: Root, text: string): void {
  if (!tree.children.some((node) => node.type === 'html' && isBody(node.value))) return
  const starts = lineStartsOf(text)
  tree.children = tree.children.flatMap((node) => (node.type === 'html' && isBody(node.value) ? bodyBlocks(node, starts) : [node]))
}

/** A heading element and paragraphs or list items enough: a body, not a figure or a widget. */
function isBody(value: string): boolean {
  if (!/<h[1-6][\s>]/i.test(value)) return false
  return (value.match(/<(?:p|li|dd|address)[\s>]/gi)?.length ?? 0) >= MIN_BODY_BLOCKS
}

/** What the reader holds while it walks the tags of one block. */
interface Reader {
  base: number
  out: RootContent[]
  /** The open lists, innermost last, and the item each is in. */
  lists: Array<{ list: List; item: ListItem | null }>
  /** The block element being read: its node, its inline content, the emphasis open in it. */
  block: { node: Paragraph | Heading; tag: string; start: number; inline: PhrasingContent[][] } | null
  /** Where the input's lines start, for positions. */
  lineStarts: number[]
  /** Ids of elements (a wrapping `<div id>`, an `<a name>`) waiting for the next heading. */
  ids: string[]
  /** The open link's node. */
  link: PhrasingContent[] | null
}

function bodyBlocks(node: Html, lineStarts: number[]): RootContent[] {
  const base = node.position!.start.offset!
  const value = node.value
  const reader: Reader = { base, out: [], lists: [], block: null, lineStarts, ids: [], link: null }
  let last = 0
  let count = 0
  TAG.lastIndex = 0
  for (let match = TAG.exec(value); match; match = TAG.exec(value)) {
    if (++count > MAX_TAGS) return [node]
    addText(reader, value.slice(last, match.index), last)
    last = match.index + match[0].length
    if (match[0].startsWith('<!--')) continue
    const [, closing, name, attributes] = match
    tagOf(reader, closing === '/', name!.toLowerCase(), attributes ?? '', match.index, last)
  }
  addText(reader, value.slice(last), last)
  endBlock(reader, value.length)
  return reader.out
}

function tagOf(reader: Reader, closing: boolean, name: string, attributes: string, start: number, end: number): void {
  const attrs = attributesOf(attributes)
  if (BLOCKS.has(name)) return closing ? endBlock(reader, end, name) : openBlock(reader, name, attrs, start)
  if (LISTS.has(name)) return closing ? closeList(reader, start) : openList(reader, name, start)
  if (name === 'hr' && !closing) {
    endBlock(reader, start)
    return place(reader, { type: 'thematicBreak', position: span(reader, start, end) } satisfies ThematicBreak)
  }
  if (name === 'br') {
    if (reader.block) inlineOf(reader).push({ type: 'break', position: span(reader, start, end) })
  } else if (name in EMPHASIS) emphasis(reader, closing, EMPHASIS[name]!, start)
  else if (name === 'a') anchor(reader, closing, attrs, start)
  else if (!closing && attrs.id) reader.ids.push(attrs.id)
}

function attributesOf(text: string): { id?: string; name?: string; href?: string } {
  const found: Record<string, string> = {}
  for (const match of text.matchAll(ATTRIBUTE)) found[match[1]!.toLowerCase()] = decode(match[2] ?? match[3] ?? match[4] ?? '')
  return found
}

function openBlock(reader: Reader, name: string, attrs: { id?: string }, start: number): void {
  // A `<dd>` goes on in its `<dt>`'s paragraph; any other block ends the one open, as a browser closes a `<p>` left open.
  if (name === 'dd' && reader.block?.tag === 'dt:') {
    reader.block.tag = 'dd'
    return
  }
  endBlock(reader, start)
  if (attrs.id) reader.ids.push(attrs.id)
  if (name === 'li') return openItem(reader, start)
  const heading = /^h([1-6])$/.exec(name)
  const node: Paragraph | Heading = heading
    ? { type: 'heading', depth: Number(heading[1]) as Heading['depth'], children: [] }
    : { type: 'paragraph', children: [] }
  reader.block = { node, tag: name, start, inline: [node.children] }
}

function openItem(reader: Reader, start: number): void {
  const open = reader.lists.at(-1)
  if (!open) return openBlock(reader, 'p', {}, start)
  const item: ListItem = { type: 'listItem', spread: false, children: [], position: span(reader, start, start) }
  open.list.children.push(item)
  open.item = item
  const paragraph: Paragraph = { type: 'paragraph', children: [] }
  reader.block = { node: paragraph, tag: 'li', start, inline: [paragraph.children] }
}

/** Ends the open block at `end`: placed when it holds text, a closed `<dt>` kept open as the label of its `<dd>`. */
function endBlock(reader: Reader, end: number, tag = ''): void {
  const block = reader.block
  if (!block) return
  if (block.tag === 'dt' && tag === 'dt') {
    block.inline = [block.node.children]
    block.node.children.push({ type: 'text', value: ': ' })
    block.tag = 'dt:'
    return
  }
  reader.block = null
  trimEdges(block.node.children)
  if (block.node.children.length === 0) return
  block.node.position = span(reader, block.start, end)
  if (block.node.type === 'heading') {
    const data: Record<string, unknown> = { htmlIds: reader.ids }
    block.node.data = data
    reader.ids = []
  }
  const item = reader.lists.at(-1)?.item
  if (block.tag === 'li' && item) {
    item.children.push(block.node)
    item.position = span(reader, block.start, end)
  } else place(reader, block.node)
}

function openList(reader: Reader, name: string, start: number): void {
  const open = reader.lists.at(-1)
  endBlock(reader, start)
  const list: List = { type: 'list', ordered: name === 'ol', spread: false, children: [], position: span(reader, start, start) }
  if (open?.item) open.item.children.push(list)
  else reader.out.push(list)
  reader.lists.push({ list, item: null })
}

function closeList(reader: Reader, start: number): void {
  endBlock(reader, start)
  const closed = reader.lists.pop()
  const lastItem = closed?.list.children.at(-1)
  if (closed && lastItem?.position) closed.list.position = { start: closed.list.position!.start, end: lastItem.position.end }
}

/** A block outside lists goes to the output; inside a list item, after the item's text. */
function place(reader: Reader, node: Paragraph | Heading | ThematicBreak): void {
  const item = reader.lists.at(-1)?.item
  if (item && node.type !== 'heading') item.children.push(node)
  else reader.out.push(node)
}

function emphasis(reader: Reader, closing: boolean, type: 'strong' | 'emphasis', start: number): void {
  const block = reader.block
  if (!block) return
  if (!closing) {
    const node = { type, children: [] as PhrasingContent[], position: span(reader, start, start) }
    inlineOf(reader).push(node)
    block.inline.push(node.children)
  } else if (block.inline.length > 1) block.inline.pop()
}

function anchor(reader: Reader, closing: boolean, attrs: { id?: string; name?: string; href?: string }, start: number): void {
  if (closing) {
    if (reader.link && reader.block && reader.block.inline.at(-1) === reader.link) reader.block.inline.pop()
    reader.link = null
    return
  }
  for (const id of [attrs.id, attrs.name]) if (id && !reader.ids.includes(id)) reader.ids.push(id)
  if (attrs.href === undefined) return
  if (!reader.block) openBlock(reader, 'p', {}, start)
  const children: PhrasingContent[] = []
  inlineOf(reader).push({ type: 'link', url: attrs.href, children, position: span(reader, start, start) })
  reader.block!.inline.push(children)
  reader.link = children
}

function inlineOf(reader: Reader): PhrasingContent[] {
  return reader.block!.inline.at(-1)!
}

/** Text between tags: in the open block (a paragraph opened for text outside any), spaces collapsed. */
function addText(reader: Reader, raw: string, at: number): void {
  const value = decode(raw.replace(/\s+/g, ' '))
  if (value.trim() === '') {
    if (reader.block && value !== '') inlineOf(reader).push({ type: 'text', value: ' ' })
    return
  }
  if (!reader.block) openBlock(reader, 'p', {}, at)
  inlineOf(reader).push({ type: 'text', value, position: span(reader, at, at + raw.length) })
}

function decode(text: string): string {
  return text.replace(ENTITY, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : entity
    }
    return NAMED[name.toLowerCase()] ?? entity
  })
}

/** Adjacent text nodes joined (as a parser makes them), then spaces at the ends of a block's text and after its breaks dropped. */
function trimEdges(children: PhrasingContent[]): void {
  for (let i = children.length - 1; i > 0; i--) {
    const [before, after] = [children[i - 1]!, children[i]!]
    if (before.type !== 'text' || after.type !== 'text') continue
    before.value += after.value
    if (before.position && after.position) before.position = { start: before.position.start, end: after.position.end }
    children.splice(i, 1)
  }
  while (children[0]?.type === 'text' && children[0].value.trim() === '') children.shift()
  while (children.at(-1)?.type === 'text' && (children.at(-1) as { value: string }).value.trim() === '') children.pop()
  const first = children[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  const last = children.at(-1)
  if (last?.type === 'text') last.value = last.value.trimEnd()
  for (let i = 0; i < children.length; i++) {
    const next = children[i + 1]
    if (children[i]!.type === 'break' && next?.type === 'text') next.value = next.value.trimStart()
  }
}

/** The position of the block's characters `start` to `end`. */
function span(reader: Reader, start: number, end: number): { start: Point; end: Point } {
  return { start: pointAt(reader.lineStarts, reader.base + start), end: pointAt(reader.lineStarts, reader.base + Math.max(start, end)) }
}

function pointAt(starts: readonly number[], offset: number): Point {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: offset - starts[low]! + 1, offset }
}

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

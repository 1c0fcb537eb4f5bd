// Blocks of raw HTML an HTML-to-Markdown library left: their running text read as paragraphs.
import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { readHtmlBlocks } from '../../src/dialect/html-blocks.js'
import { parseMarkdown } from '../../src/parse/parse.js'

const read = (text: string): Root => readHtmlBlocks(parseMarkdown(text), text)
const summary = (tree: Root) =>
  tree.children.map((node) => [node.type, node.position?.start.line, node.position?.start.column, 'value' in node ? node.value : undefined])

describe('readHtmlBlocks', () => {
  it('reads each <p> of a <div> as a paragraph at its own line and column', () => {
    const text = 'Intro.\n\n<div class="x">\n  <p>First point.</p>\n  <p>Second &amp; last.</p>\n</div>\n'
    const tree = read(text)
    expect(summary(tree)).toEqual([
      ['paragraph', 1, 1, undefined],
      ['paragraph', 4, 6, undefined],
      ['paragraph', 5, 6, undefined],
    ])
    const second = tree.children[2]!
    expect(second.type === 'paragraph' && second.children).toEqual([expect.objectContaining({ type: 'text', value: 'Second & last.' })])
    expect(second.position?.start.offset).toBe(text.indexOf('Second'))
  })

  it('keeps a heading element raw, with the anchors before it, and builds strong, emphasis and links', () => {
    const tree = read(
      '<div id="a"><h2>Talks</h2><p><strong>Note:</strong> see <a href="https://example.org">the <em>site</em></a>.</p></div>\n',
    )
    expect(tree.children.map((node) => node.type)).toEqual(['html', 'paragraph'])
    expect(tree.children[0]).toMatchObject({ type: 'html', value: '<div id="a"><h2>Talks</h2>' })
    const paragraph = tree.children[1]!
    expect(paragraph.type === 'paragraph' && paragraph.children.map((child) => child.type)).toEqual(['strong', 'text', 'link', 'text'])
    const link = paragraph.type === 'paragraph' ? paragraph.children[2] : null
    expect(link).toMatchObject({ type: 'link', url: 'https://example.org', children: [{ value: 'the ' }, { type: 'emphasis' }] })
  })

  it('a <br> is a line break inside the paragraph', () => {
    const tree = read('<div>One line<br>and the next</div>\n')
    const only = tree.children[0]!
    expect(only.type === 'paragraph' && only.children).toEqual([expect.objectContaining({ value: 'One line\nand the next' })])
  })

  it('leaves comments, tables, code, forms and quotes raw, and HTML without running text', () => {
    for (const html of [
      '<!-- image -->\n',
      '<table><tr><td>Port</td></tr></table>\n',
      '<pre>code</pre>\n',
      '<form><button>Send</button></form>\n',
      '<blockquote><p>Quoted.</p><cite>Anna</cite></blockquote>\n',
      '<div id="x"></div>\n',
    ]) {
      expect(read(html).children.map((node) => node.type)).toEqual(['html'])
    }
  })
})

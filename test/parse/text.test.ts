import type { Paragraph, PhrasingContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { flatText, plainText } from '../../src/parse/text.js'
import { parseMarkdown } from '../../src/parse/parse.js'

/** A paragraph whose text sits under `depth` nested emphasis and strong nodes. */
function deepParagraph(depth: number): Paragraph {
  let node: PhrasingContent = { type: 'text', value: 'innermost' }
  for (let i = 0; i < depth; i++) node = i % 2 ? { type: 'emphasis', children: [node] } : { type: 'strong', children: [node] }
  return { type: 'paragraph', children: [{ type: 'text', value: 'Start ' }, node, { type: 'text', value: ' end' }] }
}

describe('plain text of nodes', () => {
  it('reads 100,000 levels of inline nesting without overflowing the stack', () => {
    expect(plainText(deepParagraph(100_000))).toBe('Start innermost end')
  })

  it('leaves out images and HTML, keeps inline code, and turns hard breaks into line ends', () => {
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'A ' },
        { type: 'image', url: 'x.png', alt: 'alt text' },
        { type: 'html', value: '<br>' },
        { type: 'inlineCode', value: 'code' },
        { type: 'break' },
        { type: 'link', url: 'https://example.com', children: [{ type: 'text', value: 'link' }] },
      ],
    }
    expect(plainText(paragraph)).toBe('A code\nlink')
    expect(flatText(paragraph)).toBe('A code link')
  })

  it('leaves out a footnote mark in `<sup>` after a word (marker), keeps an exponent after a figure and a footnote’s own number', () => {
    const text = (markdown: string) => flatText(parseMarkdown(markdown).children[0]!)
    expect(text('Anna Berg<sup>1</sup>, Lars Holm<sup>2,3</sup> and the Authority.<sup>*</sup>')).toBe(
      'Anna Berg, Lars Holm and the Authority.',
    )
    expect(text('A budget of 10<sup>6</sup> euros, the 1<sup>st</sup> item.')).toBe('A budget of 106 euros, the 1st item.')
    expect(text('<sup>1</sup> The authority for the northern ports.')).toBe('1 The authority for the northern ports.')
  })
})

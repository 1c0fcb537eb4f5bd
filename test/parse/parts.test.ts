// A long document is parsed in parts; the tree must be exactly the one a whole-file parse gives.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import { parseInParts, parseMarkdown } from '../../src/parse/parse.js'
import { splitPoints } from '../../src/parse/split.js'

const whole = unified().use(remarkParse)
const fixtures = readdirSync('fixtures', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(join('fixtures', entry.name)).includes('input.md'))
  .map((entry) => readFileSync(join('fixtures', entry.name, 'input.md'), 'utf8'))

describe('parsing in parts', () => {
  it('gives the whole-file tree for every fixture cut as finely as it allows', () => {
    let cut = 0
    for (const text of fixtures) {
      if (splitPoints(text, 1).length > 3) cut++
      // A size larger than the text gives no cut: the whole-file parse, with the same syntax (tables or not).
      expect(parseInParts(text, 1)).toEqual(parseInParts(text, Number.MAX_SAFE_INTEGER))
    }
    expect(cut).toBeGreaterThanOrEqual(10)
  })

  it('gives the whole-file tree for a long document of many reports', () => {
    const text = Array.from({ length: 30 }, (_, i) => fixtures[i % fixtures.length]!.replace(/^# /m, `# ${i} `)).join('\n\n')
    expect(splitPoints(text, 32 * 1024).length).toBeGreaterThan(5)
    expect(parseInParts(text, 32 * 1024)).toEqual(parseInParts(text, Number.MAX_SAFE_INTEGER))
  })

  it('cuts only at a heading in column 1 after a blank line, outside fences and HTML blocks', () => {
    const text = 'a\n\n# one\n\n```\n\n# in fence\n```\n\n# two\n<!--\n\n# in comment\n-->\n\n# three\n- item\n# four\n'
    const starts = splitPoints(text, 1).map((offset) => text.slice(offset, text.indexOf('\n', offset)))
    expect(starts).toEqual(['# one', '# two', '# three'])
    expect(parseInParts(text, 1)).toEqual(whole.parse(text))
  })

  it('parses GFM tables in a text with a table row, also in parts', () => {
    const withTables = unified()
      .use(remarkParse)
      .use(function tables() {
        const data = this.data()
        ;(data.micromarkExtensions ??= []).push(gfmTable())
        ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
      })
    const table = '# Contents\n\n| Title | Page |\n| --- | --- |\n| Opening | 5 |\n\n# Opening\n\nText | with a pipe.\n\n'
    expect(parseMarkdown(table).children.map((node) => node.type)).toEqual(['heading', 'table', 'heading', 'paragraph'])
    expect(parseMarkdown('# A\n\nx | y\n').children.map((node) => node.type)).toEqual(['heading', 'paragraph'])
    const long = table.repeat(20)
    expect(splitPoints(long, 1).length).toBeGreaterThan(10)
    expect(parseInParts(long, 1)).toEqual(withTables.parse(long))
  })

  it('does not cut a document whose block structure it cannot be sure of', () => {
    expect(splitPoints('a\n\n# one\n\n[x]: /url\n\n# two\n', 1)).toEqual([])
    expect(splitPoints('- a\n\n  ```\n\n# one\n  ```\n', 1)).toEqual([])
    expect(splitPoints('a\n\n# one\n\n```\nnever closed\n\n# two\n', 1)).toEqual([])
  })
})

// A long document is parsed in parts; the tree must be exactly the one a whole-file parse gives.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import { lastTableMark, parseAt, parseInParts, parseMarkdown, TABLE_ROW } from '../../src/parse/parse.js'
import { GRID_BORDER } from '../../src/parse/grid.js'
import { mayHoldMultilineTable } from '../../src/parse/multiline.js'
import { splitPoints } from '../../src/parse/split.js'
import { readHtmlBodies } from '../../src/parse/html-body.js'
import { VFile } from 'vfile'

const whole = unified().use(remarkParse)
const withTables = unified()
  .use(remarkParse)
  .use(function tables() {
    const data = this.data()
    ;(data.micromarkExtensions ??= []).push(gfmTable())
    ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
  })
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
    // Of the fixtures that can be cut at all (one with a link definition or a doubtful fence cannot).
    const cuttable = fixtures.filter((fixture) => splitPoints(fixture, 0).length > 0)
    const text = Array.from({ length: 30 }, (_, i) => cuttable[i % cuttable.length]!.replace(/^# /m, `# ${i} `)).join('\n\n')
    // Parts of a tenth of the text, whatever the fixtures weigh: at least six cuts, so the parts really are many.
    const size = Math.floor(text.length / 10)
    expect(splitPoints(text, size).length).toBeGreaterThan(5)
    expect(parseInParts(text, size)).toEqual(parseInParts(text, Number.MAX_SAFE_INTEGER))
  })

  it('cuts only at a heading in column 1 after a blank line, outside fences and HTML blocks', () => {
    const text = 'a\n\n# one\n\n```\n\n# in fence\n```\n\n# two\n<!--\n\n# in comment\n-->\n\n# three\n- item\n# four\n'
    const starts = splitPoints(text, 1).map((offset) => text.slice(offset, text.indexOf('\n', offset)))
    expect(starts).toEqual(['# one', '# two', '# three'])
    expect(parseInParts(text, 1)).toEqual(whole.parse(text))
  })

  it('parses GFM tables in a text with a table row, also in parts', () => {
    const table = '# Contents\n\n| Title | Page |\n| --- | --- |\n| Opening | 5 |\n\n# Opening\n\nText | with a pipe.\n\n'
    expect(parseMarkdown(table).children.map((node) => node.type)).toEqual(['heading', 'table', 'heading', 'paragraph'])
    expect(parseMarkdown('# A\n\nx | y\n').children.map((node) => node.type)).toEqual(['heading', 'paragraph'])
    const long = table.repeat(20)
    expect(splitPoints(long, 1).length).toBeGreaterThan(10)
    expect(parseInParts(long, 1)).toEqual(withTables.parse(long))
  })

  it('gives every fixture the whole-file tree, with the table syntax only up to the cut after its last table mark', () => {
    let cutAfterTables = 0
    // Those with a grid table: grid.test.ts; with a multiline table: multiline.test.ts.
    for (const text of fixtures.filter((fixture) => !GRID_BORDER.test(fixture) && !mayHoldMultilineTable(fixture))) {
      const tables = TABLE_ROW.test(text)
      // A body written in HTML (fixtures/html-body-minutes) is read as its elements' blocks after the parse.
      const expected = (tables ? withTables : whole).parse(text)
      readHtmlBodies(expected, text)
      expect(parseMarkdown(text)).toEqual(expected)
      const cut = splitPoints(text, 0).find((point) => point > lastTableMark(text))
      if (tables && cut !== undefined) {
        cutAfterTables++
        expect(parseAt(text, [cut], true)).toEqual(withTables.parse(text))
      }
    }
    expect(cutAfterTables).toBeGreaterThanOrEqual(2)
  })

  it('keeps a table with no pipe after the last pipe (an alignment colon makes one) in the part with the table syntax', () => {
    const text =
      `# Contents\n\n| Title | Page |\n| --- | --- |\n| Opening | 5 |\n\n` +
      `# Scores\n\nTeam\n:-:\nBlue\n\n# Opening\n\n${'Text. '.repeat(50)}\n`
    expect(withTables.parse(text).children.map((node) => node.type)).toEqual([
      'heading',
      'table',
      'heading',
      'table',
      'heading',
      'paragraph',
    ])
    // The cut comes after the second table, which a cut after the last pipe would have lost.
    expect(splitPoints(text, 0).find((point) => point > lastTableMark(text))).toBe(text.indexOf('# Opening'))
    expect(parseMarkdown(text)).toEqual(withTables.parse(text))
  })

  it('reports an emphasis storm after the table cut at its line in the whole text', () => {
    const text = `# Contents\n\n| Title | Page |\n| --- | --- |\n\n# Opening\n\n${'Text. '.repeat(300)}\n\n# Body\n\n${'*a '.repeat(400)}\n`
    expect(splitPoints(text, 0).find((point) => point > lastTableMark(text))).toBe(text.indexOf('# Opening'))
    const file = new VFile({ value: text })
    parseMarkdown(text, file)
    const stormLine = text.split('\n').findIndex((line) => line.startsWith('*a ')) + 1
    expect(stormLine).toBe(12)
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['parse-emphasis-literal', stormLine]])
  })

  it('rests on this: a text with no pipe, `:-` or `-:` parses the same with the table syntax as without', () => {
    const pieces = [
      'a',
      'Title',
      ' ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '-',
      '--',
      ':',
      '=',
      '#',
      '> ',
      '* ',
      '1. ',
      '`',
      '***',
      '[x]',
      '(y)',
      '<b>',
      '\\',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        fc.pre(!/\||:-|-:/.test(text))
        expect(withTables.parse(text)).toEqual(whole.parse(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('does not cut a document whose block structure it cannot be sure of', () => {
    expect(splitPoints('a\n\n# one\n\n[x]: /url\n\n# two\n', 1)).toEqual([])
    expect(splitPoints('- a\n\n  ```\n\n# one\n  ```\n', 1)).toEqual([])
    expect(splitPoints('a\n\n# one\n\n```\nnever closed\n\n# two\n', 1)).toEqual([])
  })
})

// A long document is parsed in parts; the tree must be exactly the one a whole-file parse gives.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parseInParts } from '../../src/parse/parse.js'
import { splitPoints } from '../../src/parse/split.js'

const whole = unified().use(remarkParse)
const fixtures = readdirSync('fixtures').map((name) => readFileSync(join('fixtures', name, 'input.md'), 'utf8'))

describe('parsing in parts', () => {
  it('gives the whole-file tree for every fixture cut as finely as it allows', () => {
    for (const text of fixtures) {
      const points = splitPoints(text, 1)
      expect(points.length).toBeGreaterThan(3)
      expect(parseInParts(text, 1)).toEqual(whole.parse(text))
    }
  })

  it('gives the whole-file tree for a long document of many reports', () => {
    const text = Array.from({ length: 30 }, (_, i) => fixtures[i % fixtures.length]!.replace(/^# /m, `# ${i} `)).join('\n\n')
    expect(splitPoints(text, 32 * 1024).length).toBeGreaterThan(5)
    expect(parseInParts(text, 32 * 1024)).toEqual(whole.parse(text))
  })

  it('cuts only at a heading in column 1 after a blank line, outside fences and HTML blocks', () => {
    const text = 'a\n\n# one\n\n```\n\n# in fence\n```\n\n# two\n<!--\n\n# in comment\n-->\n\n# three\n- item\n# four\n'
    const starts = splitPoints(text, 1).map((offset) => text.slice(offset, text.indexOf('\n', offset)))
    expect(starts).toEqual(['# one', '# two', '# three'])
    expect(parseInParts(text, 1)).toEqual(whole.parse(text))
  })

  it('does not cut a document whose block structure it cannot be sure of', () => {
    expect(splitPoints('a\n\n# one\n\n[x]: /url\n\n# two\n', 1)).toEqual([])
    expect(splitPoints('- a\n\n  ```\n\n# one\n  ```\n', 1)).toEqual([])
    expect(splitPoints('a\n\n# one\n\n```\nnever closed\n\n# two\n', 1)).toEqual([])
  })
})

// Golden files: every fixtures/<case>/input.* is extracted and compared with its expected.json.
// `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites them (refused under CI); review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Nodes } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { detectAll } from '../src/detect/index.js'
import { createContext } from '../src/detect/types.js'
import { reportJson } from '../src/emit/json.js'
import { extractReport } from '../src/index.js'
import { flowOf } from '../src/parse/flow.js'
import { parseMarkdown } from '../src/parse/parse.js'

const ROOT = 'fixtures'
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const input = readdirSync(join(ROOT, entry.name)).find((name) => name.startsWith('input.'))
    return { name: entry.name, input: input ? join(ROOT, entry.name, input) : null }
  })
  .filter((c): c is { name: string; input: string } => c.input !== null)
  .sort((a, b) => a.name.localeCompare(b.name))

if (process.env.UPDATE && process.env.CI) throw new Error('UPDATE is refused under CI: regenerate golden files locally and review the diff')

describe('fixtures', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  for (const fixture of cases) {
    it(`${fixture.name}: matches expected.json`, () => {
      const actual = reportJson(extractReport(readFileSync(fixture.input), { id: fixture.name, path: fixture.input }))
      const expectedPath = join(ROOT, fixture.name, 'expected.json')
      if (process.env.UPDATE || !existsSync(expectedPath)) {
        if (process.env.CI) throw new Error(`${expectedPath} is missing`)
        writeFileSync(expectedPath, actual)
      }
      expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
    })

    it(`${fixture.name}: every detector runs on the tree with positions removed`, () => {
      const text = readFileSync(fixture.input, 'utf8')
      const tree = parseMarkdown(text)
      const stack: Nodes[] = [tree]
      while (stack.length > 0) {
        const node = stack.pop()!
        delete node.position
        if ('children' in node) stack.push(...(node.children as Nodes[]))
      }
      const found = detectAll(tree, createContext(text, flowOf(tree), new VFile()))
      const withPositions = detectAll(parseMarkdown(text), createContext(text, flowOf(parseMarkdown(text)), new VFile()))
      // Positions place things; they must not decide what is found.
      expect(found.blocks.blocks.map((b) => b.text)).toEqual(withPositions.blocks.blocks.map((b) => b.text))
      expect(found.headings.headings.map((h) => h.title)).toEqual(withPositions.headings.headings.map((h) => h.title))
      expect(found.speakers.speakers.map((s) => s.name)).toEqual(withPositions.speakers.speakers.map((s) => s.name))
    })
  }
})

// Every fixture: fixtures/<case>/input.* matches its expected.json (the `check` command's comparison,
// so a failure names the fields that moved), and every detector runs on its tree without positions.
// `report-extract check --update` rewrites the expected files (refused under CI); review the diff.
import { readFileSync } from 'node:fs'
import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { listCases } from '../src/check/cases.js'
import { checkCase } from '../src/check/check.js'
import { formatChange } from '../src/check/diff.js'
import { detectAll } from '../src/detect/index.js'
import { flowOf } from '../src/parse/flow.js'
import { parseMarkdown } from '../src/parse/parse.js'

const cases = listCases('fixtures').filter((fixture): fixture is typeof fixture & { input: string } => fixture.input !== null)

describe('fixtures', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  for (const fixture of cases) {
    it(`${fixture.name}: matches expected.json`, async () => {
      const outcome = await checkCase(fixture)
      const changes =
        outcome.status === 'failed' ? [...outcome.changes.map(formatChange), ...(outcome.problem ? [outcome.problem] : [])] : []
      expect(changes).toEqual([])
      expect(outcome.status).toBe('passed')
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
      const dialect = { names: [], asides: [], pages: [], columnShift: new Map<number, number>() }
      const ignore = () => {}
      const found = detectAll({ tree, source: text, flow: flowOf(tree), dialect }, ignore)
      const positioned = parseMarkdown(text)
      const withPositions = detectAll({ tree: positioned, source: text, flow: flowOf(positioned), dialect }, ignore)
      // Positions place things; they must not decide what is found.
      expect(found.blocks.blocks.map((b) => b.text)).toEqual(withPositions.blocks.blocks.map((b) => b.text))
      expect(found.headings.headings.map((h) => h.title)).toEqual(withPositions.headings.headings.map((h) => h.title))
      expect(found.speakers.speakers.map((s) => s.name)).toEqual(withPositions.speakers.speakers.map((s) => s.name))
    })
  }
})

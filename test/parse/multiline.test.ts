// Multiline tables (pandoc's form of a Word table whose cells wrap): each cell's blocks reach the flow,
// each placed where its text stands in the file; a table of one-line rows is left as CommonMark reads it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { flowOf } from '../../src/parse/flow.js'
import { parseMarkdown } from '../../src/parse/parse.js'
import { flatText } from '../../src/parse/text.js'

const text = readFileSync('fixtures/pandoc-multiline-table-minutes/input.md', 'utf8')

describe('multiline tables', () => {
  const flow = flowOf(parseMarkdown(text))
  const texts = flow.map((entry) => flatText(entry.node))

  it('reads each cell of a row as blocks of its own, its wrapped lines joined', () => {
    expect(texts).toContain('Budget supplémentaire')
    expect(texts).toContain('M. BRUNET demande si les tarifs de location seront révisés pour les associations de la commune.')
    // Header cells too; no rule of the table is left as a block.
    expect(texts.slice(texts.indexOf('Objet'), texts.indexOf('Objet') + 3)).toEqual([
      'Objet',
      'Débats et décisions',
      'Budget supplémentaire',
    ])
    expect(flow.some((entry) => entry.node.type === 'thematicBreak' || entry.node.type === 'heading')).toBe(false)
  })

  it('places every cell block at the line, column and offset where its text begins', () => {
    const turn = flow.find((entry) => flatText(entry.node).startsWith('Mme DELORME'))!
    expect([turn.line, turn.column]).toEqual([19, 39])
    const offset = turn.node.position!.start.offset!
    expect(text.slice(offset, offset + 11)).toBe('Mme DELORME')
    const last = flow.find((entry) => flatText(entry.node).startsWith('Le Conseil municipal'))!
    expect(last.node.position!.end.line).toBe(31)
  })

  it('leaves a table whose rows are one line each as rows run together', () => {
    const names =
      '  -------------------------\n  Anna          Berg\n  ------------- -----------\n  Tomas         Lind\n\n' +
      '  Clara         Vogt\n  -------------------------\n'
    const rows = flowOf(parseMarkdown(names)).map((entry) => flatText(entry.node))
    expect(rows).toContain('Tomas Lind')
    expect(rows).not.toContain('Tomas')
  })
})

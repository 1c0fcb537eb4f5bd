// Grid tables (pandoc's form of a Word table whose cells hold paragraphs or lists): their cells' blocks
// reach the flow, each placed where its text stands in the file.
import { readFileSync } from 'node:fs'
import type { Paragraph } from 'mdast'
import { describe, expect, it } from 'vitest'
import { flowOf } from '../../src/parse/flow.js'
import { parseInParts, parseMarkdown } from '../../src/parse/parse.js'
import { flatText } from '../../src/parse/text.js'

const text = readFileSync('fixtures/pandoc-grid-tables/input.md', 'utf8')

describe('grid tables', () => {
  const flow = flowOf(parseMarkdown(text))
  const cells = flow.filter((entry) => entry.grid)

  it('reads each cell’s paragraphs and list items as blocks of the flow', () => {
    const texts = cells.map((entry) => flatText(entry.node))
    expect(texts).toContain('Mme Claire Durand, trésorière')
    expect(texts).toContain('du 5 février 2026')
    expect(texts.filter((value) => /^(?:Mme Durand|M\. Martin) :/.test(value))).toEqual([
      'Mme Durand : Le budget des semences s’élève à huit cents euros pour l’année.'.replaceAll('’', "'"),
      'M. Martin : Ce montant comprend-il les outils ?',
      "Mme Durand : Non, les outils relèvent d'une autre ligne.",
    ])
    // Outside the tables nothing is in a cell, and a list in a cell is not inside any list around the table.
    expect(flow.find((entry) => flatText(entry.node) === 'La séance est levée à 20 h 30.')?.grid).toBe(false)
    const member = cells.find((entry) => flatText(entry.node) === 'M. Paul Martin, président')!
    expect(member.listDepth).toBe(1)
  })

  it('places every block of a cell at its line, column and offset in the file', () => {
    const lines = text.split('\n')
    const turn = cells.find((entry) => flatText(entry.node).startsWith('M. Martin :'))!
    expect([turn.line, turn.column]).toEqual([36, 39])
    for (const entry of cells) {
      const start = (entry.node as Paragraph).position!.start
      const first = flatText(entry.node).slice(0, 3)
      // The source at the node's offset, and at its line and column, is where its text begins (after `**` or `- `).
      expect(lines[start.line - 1]!.slice(start.column - 1)).toMatch(/^(\*\*)?\S/)
      expect(text.slice(start.offset, start.offset! + 8).replace(/^\*\*/, '')).toContain(first.replace(/'/, ''))
    }
    expect(cells.length).toBe(21)
  })

  it('gives the same tree parsed in parts', () => {
    expect(parseInParts(text, 1)).toEqual(parseInParts(text, Number.MAX_SAFE_INTEGER))
  })

  it('leaves a text without a border line to the other syntaxes: `+` starting a list, pipes a pipe table', () => {
    expect(parseMarkdown('+ one\n+ two\n').children.map((node) => node.type)).toEqual(['list'])
    expect(parseMarkdown('| a |\n| - |\n| 1 |\n').children.map((node) => node.type)).toEqual(['table'])
  })
})

describe('a Word page laid out as a table (the minutes in one column, the margin in the other)', () => {
  const sentence = 'Monsieur le Maire informe les membres du Conseil que le matériel a été commandé.'
  const row = (left: string, right: string) => `| ${left.padEnd(14)} | ${right.padEnd(86)} |`
  const border = `+${'-'.repeat(16)}+${'-'.repeat(88)}+`
  const body = (words: number) => {
    const lines = [border, row('**Nombre de', '**Questions diverses**'), row('membres**', ''), row('', '')]
    for (let i = 0; i * 13 < words; i++) lines.push(row(i === 0 ? '1/3' : '', sentence), row('', ''))
    return [...lines.slice(0, -1), border, ''].join('\n')
  }

  it('reads the cell holding most of the words as the document’s flow, before the margin beside it', () => {
    const flow = flowOf(parseMarkdown(body(130)))
    expect(flow.map((entry) => [flatText(entry.node), entry.grid]).slice(0, 2)).toEqual([
      ['Questions diverses', false],
      [sentence, false],
    ])
    // The margin's cell stays a cell, after the body, and is the page's margin.
    expect(flow.slice(-2).map((entry) => [flatText(entry.node), entry.grid, entry.margin])).toEqual([
      ['Nombre de membres', true, true],
      ['1/3', true, true],
    ])
    expect(flow.filter((entry) => entry.margin).length).toBe(2)
  })

  it('leaves a table of short cells, or a long cell beside more text outside the table, a table', () => {
    expect(flowOf(parseMarkdown(body(60))).every((entry) => entry.grid)).toBe(true)
    const outside = `${sentence} `.repeat(20)
    const flow = flowOf(parseMarkdown(`${outside}\n\n${body(130)}\n${outside}\n`))
    expect(flow.filter((entry) => entry.grid).length).toBe(flow.length - 2)
  })
})

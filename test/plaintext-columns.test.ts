// Two-column pages of `pdftotext -layout`: which rows are split into a left and a right column.
import { describe, expect, it } from 'vitest'
import { separateColumns } from '../src/dialect/plaintext-columns.js'
import type { Line } from '../src/dialect/plaintext-pages.js'

function page(rows: readonly string[]): Line[] {
  return rows.map((text, i) => ({ number: i + 1, text, indent: text.length - text.trimStart().length, offset: 0 }))
}

const pad = (left: string, right: string) => `${left.padEnd(48)}${right}`
const LEFT = [
  'Whole-cell models are promising tools for',
  'biological research and bioengineering, and',
  'they need standards that describe them all;',
  'the school taught how to encode such models',
  'in SBML and simulate them with SED-ML files',
  'and drew maps of their pathways with SBGN.',
  'Students worked in ten groups of five each,',
  'every group led by an experienced teacher.',
  'Each day closed with a short progress talk.',
]
const RIGHT = [
  'The groups met several challenges as they',
  'read the model and its documentation, since',
  'the code holds most details of the model and',
  'the documents give only their overviews. A',
  'second challenge was serial execution that',
  'SBML, being no programming language, does',
  'not expose to the modeller or to simulators.',
  'Random numbers were a third challenge here',
  'and arrays a fourth one for every group.',
]
const columns = LEFT.map((left, i) => pad(left, RIGHT[i]!))
const texts = (lines: readonly Line[]) => lines.map((line) => line.text.trim()).filter((text) => text !== '')

describe('separateColumns', () => {
  it('separates the two columns of a page, the left one first', () => {
    expect(texts(separateColumns(page(columns)))).toEqual([...LEFT, ...RIGHT])
  })

  it('keeps a title block over the whole width whole and separates the columns under it', () => {
    const cover = [
      '                Toward standards for tomorrow’s whole-cell models',
      '',
      '      Dagmar Waltemath, Falk Schreiber, Jonathan R. Karr and Chris J. Myers',
      '   Whole-cell models are promising tools for biological research and medicine. We organized',
      '   a summer school to teach whole-cell modeling and to evaluate the need for new standards.',
      '',
    ]
    const lines = separateColumns(page([...cover, ...columns]))
    expect(texts(lines)).toEqual([...texts(page(cover)), ...LEFT, ...RIGHT])
    expect(lines.find((line) => line.text.includes('Toward standards'))!.offset).toBe(0)
    expect(lines.find((line) => line.text === RIGHT[0])!.offset).toBe(48)
  })

  it('reads a right column whose lines hang under their first (a references list)', () => {
    const references = [
      '[1] J. L. Reed, T. R. Patel, K. H. Chen,',
      '    and B. O. Palsson, “Systems approach',
      '    to refining genome annotation,” 2006.',
    ]
    const right = [...references, ...references, ...references].map((text, i) => `${text} ${i}`)
    const lines = separateColumns(page(LEFT.map((left, i) => pad(left, right[i]!))))
    expect(texts(lines)).toEqual([...LEFT, ...right.map((text) => text.trim())])
  })

  it('leaves a page of one column as it is', () => {
    const rows = [...LEFT, ...RIGHT].map((text) => `${text} ${text}`)
    expect(separateColumns(page(rows)).map((line) => line.text)).toEqual(rows)
  })
})

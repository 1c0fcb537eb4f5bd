// Printed page numbers from a converter's page marks (src/assemble/index.ts, pagesFromMarks): the offset
// between the marks (the PDF's pages) and the printed numbers is the one most sections linked to the
// contents page agree on, whichever comes first; roman page numbers give no vote.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/pipeline.js'

/** marker's separator for the PDF's page `n` (counted from 0). */
const page = (n: number) => `{${n}}------------------------------------------------`
const pages = (parts: string[]) => extractReport(`${parts.join('\n\n')}\n`).blocks.map((block) => [block.text, block.page])

describe('the offset of printed pages', () => {
  it('is the one most linked sections agree on, not the first one seen', () => {
    // A is printed 2 on the second PDF page (offset 0); B and C agree on +2.
    const contents = [page(0), '# Contents', 'A ..... 2\nB ..... 5\nC ..... 6']
    const text = [...contents, page(1), '# A', 'Text a.', page(2), '# B', 'Text b.', page(3), '# C', 'Text c.']
    expect(pages(text)).toEqual([
      ['Text a.', 4],
      ['Text b.', 5],
      ['Text c.', 6],
    ])
  })

  it('takes no vote from roman page numbers, however many', () => {
    const contents = [page(0), '# Contents', 'Foreword ..... ii\nPreface ..... iii\nA ..... 1']
    const text = [...contents, page(1), '# Foreword', 'Words.', page(2), '# Preface', 'More.', page(3), '# A', 'Text a.']
    // A is printed 1 on the fourth PDF page: the pages before it have no printed number.
    expect(pages(text)).toEqual([
      ['Words.', null],
      ['More.', null],
      ['Text a.', 1],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { isDocumentNumber } from '../../src/text/numbering.js'

describe('isDocumentNumber', () => {
  it('reads a document’s or paper’s number printed alone at a page’s top', () => {
    for (const text of ['J3/03-210', 'DOE/SC-0188', 'WG21 N1234', 'ISO/IEC JTC1/SC22/WG5 N1549', '  WG5/N1549  '])
      expect(isDocumentNumber(text), text).toBe(true)
  })
  it('refuses a name in capitals, a figure alone, a title and a slash without a figure', () => {
    for (const text of ['CMIP5', 'COVID-19', 'TCP/IP', '2020/21', 'ISIMIP2B (4)', 'Appendix 3/4', 'DOE/SC-0188 A B C D'])
      expect(isDocumentNumber(text), text).toBe(false)
  })
})

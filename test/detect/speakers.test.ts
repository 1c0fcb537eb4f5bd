import { describe, expect, it } from 'vitest'
import { splitName } from '../../src/text/names.js'
import { detect } from '../helpers.js'

describe('speakers detector', () => {
  it('reads a bold one-line speaker with and without a department', () => {
    const { found } = detect('**Ana LIMA, Director, Division of Energy, Ministry of Mines**\n\nText.\n\n**Wei ZHANG, Vice President, Chinese Academy of Sciences**\n')
    expect(found.speakers.speakers.map(({ name, position, department, organization, form }) => ({ name, position, department, organization, form }))).toEqual([
      { name: 'Ana LIMA', position: 'Director', department: 'Division of Energy', organization: 'Ministry of Mines', form: 'line' },
      { name: 'Wei ZHANG', position: 'Vice President', department: '', organization: 'Chinese Academy of Sciences', form: 'line' },
    ])
  })

  it('reads stacked italic lines with hard breaks inside', () => {
    const { found } = detect('*Jie ZHAO*\n\n*Industrial  \nDevelopment Officer*\n\n*Department of  \nProgrammes*\n\n*UNIDO*\n\nThe talk.\n')
    const [speaker] = found.speakers.speakers
    expect(speaker).toMatchObject({ name: 'Jie ZHAO', position: 'Industrial Development Officer', department: 'Department of Programmes', organization: 'UNIDO', form: 'stacked', line: 1, first: 0, last: 3 })
  })

  it('does not take bold labels, headings or titles for speakers', () => {
    const { found } = detect('**Disclaimer**\n\n**Main Results, Follow-up Actions**\n\n**UNITED NATIONS, NEW YORK**\n\n*Guiding Framework*\n\n*UNIDO*\n')
    expect(found.speakers.speakers).toEqual([])
  })

  it('splits names by the CAPITALISED surname convention, else the last word', () => {
    expect(splitName('Tianruo WANG')).toEqual({ given_name: 'Tianruo', family_name: 'WANG' })
    expect(splitName('LI Yong')).toEqual({ given_name: 'Yong', family_name: 'LI' })
    expect(splitName('Carolyn Schwalger')).toEqual({ given_name: 'Carolyn', family_name: 'Schwalger' })
  })
})

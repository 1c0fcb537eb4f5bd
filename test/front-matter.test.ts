// Front matter (YAML `---`, TOML `+++`): metadata, never a section or block.
import { describe, expect, it } from 'vitest'
import { readFrontMatter } from '../src/dialect/front-matter.js'
import { extractReport } from '../src/index.js'

describe('readFrontMatter', () => {
  it('reads TOML keys, quoted values and a one-line list', () => {
    const front = readFrontMatter([
      '+++',
      'title = "Recap: Summit 2024"',
      'authors = ["Ann Lee", "Bo Kim"]',
      'date = 2024-05-09T10:00:00Z',
      '+++',
      '',
      'Text',
    ])
    expect(front).toMatchObject({ title: 'Recap: Summit 2024', author: 'Ann Lee', date: '2024-05-09T10:00:00Z', endLine: 5 })
  })

  it('reads a publication date as themes spell its key (Hugo `publishDate`, `publication_date`)', () => {
    expect(readFrontMatter(['---', 'title: Recap', 'publishDate: 2024-05-09', '---'])).toMatchObject({ date: '2024-05-09' })
    expect(readFrontMatter(['---', 'title: Recap', 'publication_date: 2018-04-16', '---'])).toMatchObject({ date: '2018-04-16' })
  })

  it('skips a block value and keeps the first of two keys for one field', () => {
    const front = readFrontMatter(['---', 'title: >', '  folded', 'name: Board minutes', 'venue: City Hall', 'place: Elsewhere', '...'])
    expect(front).toMatchObject({ title: 'Board minutes', location: 'City Hall', endLine: 7 })
  })

  it('takes a value after any spaces or tabs, and a key whose value is 100,000 spaces as none, at once', () => {
    const spaced = readFrontMatter(['---', 'title:\t   Board minutes  ', 'venue   =  City Hall', '---'])
    expect(spaced).toMatchObject({ title: 'Board minutes', location: 'City Hall' })
    const started = performance.now()
    expect(readFrontMatter(['---', `title:${' '.repeat(100_000)}`, 'venue: Hall', '---'])).toMatchObject({ title: null, location: 'Hall' })
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('reads the meeting’s place and days under the keys a German or French page gives them (`ort:`, `zeit:`, `lieu:`)', () => {
    const front = readFrontMatter(['---', 'title: Bericht', 'zeit: 2.–3. Dezember 2021', 'ort: Saalbau Gallus, Frankfurt am Main', '---'])
    expect(front).toMatchObject({ date: null, eventDate: '2.–3. Dezember 2021', location: 'Saalbau Gallus, Frankfurt am Main' })
    expect(readFrontMatter(['---', 'lieu: Mairie de Rots', 'date: 2025-01-27', '---'])).toMatchObject({
      location: 'Mairie de Rots',
      eventDate: null,
    })
  })

  it('is none without a closing fence, without key lines, or not at the top', () => {
    expect(readFrontMatter(['---', 'title: x'])).toBeNull()
    expect(readFrontMatter(['---', 'Just a line', '---'])).toBeNull()
    expect(readFrontMatter(['', '---', 'title: x', '---'])).toBeNull()
  })

  it('reads a TOML block after a few blank lines (Zola reads it there), its lines counted from the top', () => {
    expect(readFrontMatter(['', '', '+++', 'title = "x"', '+++'])).toMatchObject({ title: 'x', startLine: 3, endLine: 5 })
    expect(readFrontMatter(['', '', '', '', '+++', 'title = "x"', '+++'])).toBeNull()
  })
})

describe('front matter in a report', () => {
  const report = extractReport('+++\ntitle = "Recap: Rivers Summit 2024"\ndate = 2024-05-09\n+++\n\n## Morning\n\nWe met.\n')

  it('gives the title and date', () => {
    expect(report.metadata.title).toBe('Recap: Rivers Summit 2024')
    expect(report.metadata.date).toBe('2024-05-09')
  })

  it('is no section and no block', () => {
    expect(report.sections.map((section) => section.title)).toEqual(['Morning'])
    expect(report.blocks.map((block) => block.line)).toEqual([8])
  })

  it('gives the meeting’s days and place a German page’s `zeit:` and `ort:` hold, and the meeting its title reports on', () => {
    const german = extractReport(
      '---\ntitle: Bericht vom Netzwerktreffen in Frankfurt\nzeit: 2.–3. Dezember 2021\n' +
        'ort: Saalbau Gallus, Frankfurt am Main\n---\n\nWir trafen uns.\n',
    )
    expect(german.metadata.event).toEqual({
      name: 'Netzwerktreffen in Frankfurt',
      date: '2021-12-02/2021-12-03',
      location: 'Saalbau Gallus, Frankfurt am Main',
    })
    // The first of a meeting's several days dates no report of it.
    expect(german.metadata.date).toBeNull()
  })

  it('a one-word title gives way to the page’s own', () => {
    expect(extractReport('---\ntitle: Report\n---\n\n# Workshop on Rivers\n\n## Morning\n\nWe met.\n').metadata.title).toBe(
      'Workshop on Rivers',
    )
  })
})

describe('front matter a converter reflowed into a paragraph', () => {
  it('splits its keys where a word and a colon follow a space', () => {
    const front = readFrontMatter([
      '--- title: Minutes of the 2nd Live Session (September 22 2020)',
      'layout: subpage date: 2020-09-22 ---',
      '',
      'Text',
    ])
    expect(front).toMatchObject({
      title: 'Minutes of the 2nd Live Session (September 22 2020)',
      kind: 'subpage',
      date: '2020-09-22',
      endLine: 2,
    })
  })
  it('is none unless the paragraph closes with ---', () => {
    expect(readFrontMatter(['--- title: x', 'more text', '', 'Text'])).toBeNull()
  })
})

describe('front matter reflowed and escaped by pandoc', () => {
  it('reads past the escapes', () => {
    expect(readFrontMatter(['\\-\\-- title: Minutes layout:', 'subpage prevtitle: \\"Old\\" \\-\\--', ''])).toMatchObject({
      title: 'Minutes',
      kind: 'subpage',
      endLine: 2,
    })
  })
})

describe('the meeting a title names', () => {
  it.each([
    ['Council meeting 2024-10-11', 'Council meeting'],
    ['Board Meeting #71 Notes', 'Board Meeting #71'],
    ['Conseil municipal du 4 juin 2021', 'Conseil municipal'],
    ['Executive Summary: Leadership Workshop (16 Feb – 17 Apr 2025, Ashburn, VA)', 'Leadership Workshop'],
    ['Report from the Workshop on Rivers', 'Workshop on Rivers'],
  ])('%s → %s', (title, name) => {
    expect(extractReport(`---\ntitle: "${title}"\n---\n\n## Notes\n\nText.\n`).metadata.event.name).toBe(name)
  })

  it('a title naming no meeting names none', () => {
    expect(extractReport('---\ntitle: "Annual accounts 2024"\n---\n\n## Notes\n\nText.\n').metadata.event.name).toBeNull()
  })
})

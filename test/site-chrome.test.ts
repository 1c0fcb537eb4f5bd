// The header and footer of a web page converted whole (src/dialect/site-chrome.ts): found only where a run
// of link lines stands before the first heading, never in a report that lists links of its own.
import { describe, expect, it } from 'vitest'
import { readSiteChrome } from '../src/dialect/site-chrome.js'

const menu = ['- [About](/about.html)', '- [Members](/members.html)', '- [Groups](/groups.html)', '- [Events](/events.html)']
const page = (header: string[], body: string[], footer: string[] = []) => [...header, '', ...body, ...footer]

describe('readSiteChrome', () => {
  it('takes the title line, the site’s name, five link lines or more and rules up to the first heading', () => {
    const lines = page(['Spring Workshop', '[Harbour Network](/)', ...menu, '* * *'], ['# Spring Workshop', '', 'Text.'])
    expect(readSiteChrome(lines, 0)).toEqual({ siteName: 'Harbour Network', start: 0, end: 8, footer: lines.length })
  })

  it('takes the footer after the last rule when a few lines mostly of links follow it', () => {
    const lines = page(
      ['[Harbour Network](/)', ...menu],
      ['# Spring Workshop', '', 'Text.'],
      ['', '* * *', '', '[Edit this page](https://x.org/e) and [Jekyll](https://j.org).'],
    )
    expect(readSiteChrome(lines, 0)?.footer).toBe(lines.length - 3)
    // Prose after the rule is the article's: no footer.
    const prose = page(
      ['[Harbour Network](/)', ...menu],
      ['# Spring Workshop'],
      ['* * *', 'The workshop ended with a dinner in the old town hall.'],
    )
    expect(readSiteChrome(prose, 0)?.footer).toBe(prose.length)
  })

  it('names no site when the first link is not to the root, or says only “Home”', () => {
    expect(readSiteChrome(page(['[Harbour Network](/news.html)', ...menu], ['# Spring Workshop']), 0)?.siteName).toBeNull()
    expect(readSiteChrome(page(['[Home](/)', ...menu], ['# Spring Workshop']), 0)?.siteName).toBeNull()
    expect(readSiteChrome(page(['[Harbour Network](https://harbour.example.org/)', ...menu], ['# Spring Workshop']), 0)?.siteName).toBe(
      'Harbour Network',
    )
  })

  it('finds none with fewer than five link lines, with prose among them, or with no heading after them', () => {
    expect(readSiteChrome(page(menu, ['# Spring Workshop']), 0)).toBeNull()
    expect(readSiteChrome(page(['[Harbour Network](/)', 'We met twice this spring.', ...menu], ['# Spring Workshop']), 0)).toBeNull()
    expect(readSiteChrome(['[Harbour Network](/)', ...menu, '', 'Text after the links.'], 0)).toBeNull()
    // A report that opens with its heading has no header, whatever links follow.
    expect(readSiteChrome(['# Minutes', '', '[Harbour Network](/)', ...menu, '## Items'], 0)).toBeNull()
  })
})

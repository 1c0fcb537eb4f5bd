// Review pages without a browser: escaping, what the page and the index show, the marks in the
// source, determinism, and the `review` command and `--html` as a user runs them.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReviewArgs } from '../src/cli/commands/review.js'
import { extractReport } from '../src/index.js'
import { escapeHtml, html, pageHref, raw, safeUrl } from '../src/emit/html/escape.js'
import { renderIndexPage } from '../src/emit/html/index-page.js'
import { marksOf } from '../src/emit/html/marks.js'
import { renderReportPage } from '../src/emit/html/page.js'

const SEED = 'fixtures/seed-unido/input.md'
const INJECTION = 'fixtures/html-injection/input.md'
const seedSource = readFileSync(SEED, 'utf8')
const seed = extractReport(seedSource, { id: 'seed', path: SEED })
const injectionSource = readFileSync(INJECTION, 'utf8')
const injection = extractReport(injectionSource, { id: 'html-injection', path: INJECTION })

/** The elements the review pages are made of: any other tag in a page came from a report. */
const OWN_TAGS = new Set(
  (
    'html head meta title style body script a header div h1 h2 h3 p dl dt dd ul ol li nav b main section span mark code br ' +
    'figure figcaption svg g rect text clippath table caption thead tbody tr th td button'
  ).split(' '),
)

function tags(page: string): string[] {
  return [...page.matchAll(/<\/?([a-z][a-z0-9-]*)(\s[^>]*)?>/gi)].map((m) => m[0])
}

function attribute(page: string, selector: RegExp): string[] {
  return [...page.matchAll(selector)].map((m) => m[1]!)
}

describe('escaping', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;')
  })

  it('html escapes every value, keeps Html as is, flattens lists and drops null', () => {
    const name = '<b>“Ann” & co</b>'
    expect(html`<p title="${name}">${name}${raw('<br>')}${[1, '<', null, undefined, false]}</p>`.value).toBe(
      '<p title="&lt;b&gt;“Ann” &amp; co&lt;/b&gt;">&lt;b&gt;“Ann” &amp; co&lt;/b&gt;<br>1&lt;</p>',
    )
  })

  it('links report ids as one path segment and report URLs only when http(s)', () => {
    expect(pageHref('a b#c?d/e')).toBe('a%20b%23c%3Fd%2Fe.html')
    expect(safeUrl('javascript:alert(1)')).toBeNull()
    expect(safeUrl('JAVASCRIPT:alert(1)')).toBeNull()
    expect(safeUrl('data:text/html,<script>')).toBeNull()
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1')
  })

  it('a report full of markup gives a page made only of the review page’s own elements', () => {
    const page = renderReportPage(injection, injectionSource)
    const foreign = tags(page).filter((tag) => !OWN_TAGS.has(/^<\/?([a-z0-9-]+)/i.exec(tag)![1]!.toLowerCase()))
    expect(foreign).toEqual([])
    expect(tags(page).filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([])
    expect(page.match(/<script>/g)).toHaveLength(1)
    // The source shows the markup as text.
    expect(page).toContain(
      `<span class="tx"># Minutes of the &lt;script&gt;window.__pwned = &#39;title&#39;&lt;/script&gt;` +
        ` Board &lt;img src=x onerror=&quot;window.__pwned=&#39;title-img&#39;&quot;&gt;</span>`,
    )
    expect(page).toContain('[click me](javascript:window.__pwned=&#39;click&#39;)')
    // Every link goes to a line, the index, or the report's http(s) source with its quotes escaped.
    const hrefs = attribute(page, /href="([^"]*)"/g)
    expect(hrefs.filter((href) => !/^#(?:L\d+|source|outline|contents|speakers|diagnostics)$/.test(href) && href !== 'index.html')).toEqual(
      ['https://example.org/full?x=&quot;onfocus=&quot;window.__pwned=&#39;url&#39;&quot;autofocus=&quot;'],
    )
  })

  it('the index escapes titles, ids and failure reasons', () => {
    const odd = { ...injection, id: 'odd"<id>', metadata: { ...injection.metadata, title: '<script>alert(1)</script>' } }
    const page = renderIndexPage([odd], [{ path: 'bad<img src=x onerror=alert(1)>.md', reason: 'the input is <empty>' }])
    expect(tags(page).filter((tag) => !OWN_TAGS.has(/^<\/?([a-z0-9-]+)/i.exec(tag)![1]!.toLowerCase()))).toEqual([])
    expect(page.match(/<script>/g)).toHaveLength(1)
    expect(page).toContain('<a href="odd%22%3Cid%3E.html">&lt;script&gt;alert(1)&lt;/script&gt;</a>')
    expect(page).toContain('bad&lt;img src=x onerror=alert(1)&gt;.md<div class="sub">the input is &lt;empty&gt;</div>')
  })

  it('allows exactly the page’s own style and script by hash, and nothing from the network', () => {
    for (const page of [renderReportPage(seed, seedSource), renderIndexPage([seed], [])]) {
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!.replaceAll('&#39;', "'")
      const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!
      const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!
      const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
      expect(policy).toBe(
        `default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; img-src data:; base-uri 'none'; form-action 'none'`,
      )
    }
  })
})

describe('the report page', () => {
  const page = renderReportPage(seed, seedSource)

  it('shows the report’s figures in its header', () => {
    const counts = Object.fromEntries([...page.matchAll(/data-count="(\w+)">(\d+)</g)].map((m) => [m[1], Number(m[2])]))
    expect(counts).toEqual({ contents: 32, linked: 8, sections: 9, speakers: 4, blocks: 23, warnings: 26 })
  })

  it('reconciles the contents: matched, differs with both texts, missing', () => {
    const statuses = attribute(page, /<li class="entry lvl-\d" data-status="(\w+)"/g)
    expect(statuses).toHaveLength(32)
    expect(statuses.filter((s) => s === 'matched')).toHaveLength(7)
    expect(statuses.indexOf('differs')).toBe(4)
    expect(statuses.filter((s) => s === 'missing')).toHaveLength(24)
    expect(statuses.slice(8).every((s) => s === 'missing')).toBe(true)
    // Both texts of entry 5, the differing part marked: “Agri-business” against “Agribusiness”.
    expect(page).toContain('Department of Agri<mark>-</mark>business')
    expect(page).toContain('Department of Agri<mark class="gap" title="missing here"></mark>business')
    expect(page).toContain('<p class="summary" data-summary="contents">8 of 32 entries linked to a section:')
  })

  it('links each item to its lines: an entry to its contents line, the linked section to its heading', () => {
    const entry5 = /<li class="entry lvl-2" data-status="differs" data-index="5">.*?<\/li>/.exec(page)![0]
    expect(attribute(entry5, /data-from="(\d+)"/g)).toEqual(['39', '39', '109'])
    const card = /<li class="card" data-speaker="spk-4">.*?<\/li>/s.exec(page)![0]
    expect(card).toContain('href="#L125" data-from="125" data-to="135">Jie ZHAO</a>')
    expect(card).toContain('data-from="137" data-to="145">5 paragraphs, 297 words</a>')
    expect(card).toContain('<dt>organisation</dt><dd>UNIDO</dd>')
  })

  it('nests the outline by parent, with level, page and kind', () => {
    expect(page).toMatch(/<li data-section="sec-4">.*?<ol><li data-section="sec-5">.*?sec-5 · level 2 · p\. 5 · speech · line 103/s)
    expect(page.match(/<li data-section=/g)).toHaveLength(9)
  })

  it('numbers every source line and marks each by the kind of item on it', () => {
    expect(page.match(/<div class="ln[^"]*" id="L\d+">/g)).toHaveLength(150)
    const line = (n: number) => new RegExp(`<div class="([^"]*)" id="L${n}">`).exec(page)![1]
    expect(line(38)).toBe('ln k-contents')
    expect(line(39)).toBe('ln k-contents d-warning')
    expect(line(68)).toBe('ln k-section')
    expect(line(103)).toBe('ln k-section k-speaker')
    expect(line(105)).toBe('ln k-remarks')
    expect(line(130)).toBe('ln k-speaker')
    expect(line(20)).toBe('ln k-block')
    expect(line(145)).toBe('ln k-remarks d-warning')
    expect(line(147)).toBe('ln k-boilerplate d-info')
    expect(line(149)).toBe('ln k-boilerplate d-info')
    expect(line(1)).toBe('ln')
  })

  it('finds each item’s extent in the source', () => {
    const marks = marksOf(seed, seedSource)
    expect(marks.extentOf(125, 'speaker')).toEqual({ from: 125, to: 135 })
    expect(marks.extentOf(103, 'speaker')).toEqual({ from: 103, to: 103 })
    expect(marks.extentOf(38, 'contents')).toEqual({ from: 38, to: 38 })
    expect(marks.extentOf(5)).toEqual({ from: 5, to: 6 })
    expect(marks.labels.get(103)).toEqual(['sec-5', 'spk-1'])
  })

  it('says so when a report has no contents page, sections or speakers', () => {
    const text = 'Just one paragraph of minutes, ending properly.\n'
    const bare = extractReport(text, { id: 'bare' })
    const barePage = renderReportPage(bare, text)
    for (const note of ['No sections found.', 'No contents page found.', 'No speakers found.', 'report-no-structure'])
      expect(barePage).toContain(note)
    expect(barePage.match(/<div class="ln[^"]*" id="L\d+">/g)).toEqual(['<div class="ln k-block d-warning" id="L1">'])
    expect(renderIndexPage([bare], [])).toContain(
      '<g data-report="bare"><text class="label" x="0" y="15" clip-path="url(#coverage-labels)"><title>bare</title>bare</text>' +
        '<rect class="none"',
    )
  })

  it('is deterministic and shows no folder of the input', () => {
    const elsewhere = extractReport(seedSource, { id: 'seed', path: '/home/someone/private/seed.md' })
    const a = renderReportPage(elsewhere, seedSource)
    expect(renderReportPage(elsewhere, seedSource)).toBe(a)
    expect(a).not.toContain('/home/someone')
    expect(a).toContain('seed.md')
  })
})

describe('the index page', () => {
  const page = renderIndexPage([seed, injection], [{ path: 'input/empty.md', reason: 'the input is empty (nothing but whitespace)' }])

  it('has one row per report, sorted by id, then the failures', () => {
    const rows = [...page.matchAll(/<tr data-(report|failed)="([^"]+)">(.*?)<\/tr>/g)]
    expect(rows.map((m) => m[2])).toEqual(['html-injection', 'seed', 'input/empty.md'])
    const cells = (row: string) => attribute(row, /<td[^>]*data-v="([^"]*)"/g)
    expect(cells(rows[1]![3]!)).toEqual([
      'first workshop of unido-china joint study on industrial parks',
      '2018-04',
      '32',
      '8',
      '9',
      '4',
      '26',
      'warning truncated',
    ])
    expect(cells(rows[0]![3]!).slice(2)).toEqual(['3', '3', '3', '1', '2', 'warning truncated'])
    expect(rows[1]![3]).toContain(
      '<span class="chip differs">warning</span> ' +
        '<span class="chip missing" title="the report stops early (report-truncated)">truncated</span></td>',
    )
    expect(cells(rows[2]![3]!).at(-1)).toBe('failed')
    expect(rows[1]![3]).toContain('<a href="seed.html">FIRST WORKSHOP OF UNIDO-CHINA JOINT STUDY ON INDUSTRIAL PARKS</a>')
  })

  it('shows each report’s worst severity in Status, and “truncated” for one that stops early', () => {
    const status = (report: typeof seed) => {
      const row = /<tr data-report="[^"]+">(.*?)<\/tr>/.exec(renderIndexPage([report], []))![1]!
      return /<td data-v="([^"]*)">(?:(?!<td).)*<\/td>$/.exec(row)![1]
    }
    const only = (...severities: Array<'error' | 'warning' | 'info'>) => ({
      ...seed,
      diagnostics: severities.map((severity, i) => ({
        severity,
        code: `x-${severity}`,
        line: i + 1,
        column: 1,
        message: severity,
        cause: null,
      })),
    })
    expect([status(only()), status(only('info')), status(only('info', 'warning')), status(only('warning', 'error', 'info'))]).toEqual([
      'ok',
      'ok',
      'warning',
      'error',
    ])
    const cut = { ...seed, diagnostics: seed.diagnostics.filter((d) => d.code === 'report-truncated') }
    expect(status(cut)).toBe('warning truncated')
    expect(status(seed)).toBe('warning truncated')
  })

  it('charts coverage per report and speakers per organisation', () => {
    expect(page).toContain('<g data-report="seed" data-linked="8" data-total="32">')
    expect(page).toContain('<g data-report="html-injection" data-linked="3" data-total="3">')
    const organisations = [...page.matchAll(/<g data-organisation="([^"]*)" data-speakers="(\d+)">/g)].map((m) => [m[1], Number(m[2])])
    expect(organisations.reduce((sum, [, n]) => sum + (n as number), 0)).toBe(5)
    expect(organisations).toContainEqual(['UNIDO', 1])
    expect(organisations).toContainEqual(['Acme &amp; Co window.__pwned=&#39;case&#39;', 1])
  })
})

describe('parseReviewArgs', () => {
  it('reads inputs, --out and --encoding; help; usage errors as data', () => {
    const limits = { maxBytes: 8 * 1024 * 1024, followSymlinks: false }
    expect(parseReviewArgs(['input'])).toEqual({ command: 'review', inputs: ['input'], out: 'output', encoding: undefined, ...limits })
    const named = parseReviewArgs(['-o', 'pages', '--encoding', 'latin1', 'a.md', 'b'])
    expect(named).toEqual({ command: 'review', inputs: ['a.md', 'b'], out: 'pages', encoding: 'latin1', ...limits })
    expect(parseReviewArgs(['--help'])).toEqual({ command: 'help' })
    expect(parseReviewArgs([])).toEqual({
      command: 'usage-error',
      message: 'no input given: name one or more files or folders',
      usage: true,
    })
    expect(parseReviewArgs(['--out', ' ', 'x'])).toMatchObject({ command: 'usage-error', message: '--out needs a folder name' })
    expect(parseReviewArgs(['--bogus', 'x'])).toEqual({ command: 'usage-error', message: 'unknown option --bogus', usage: true })
    expect(parseReviewArgs(['--encodng', 'latin1', 'x'])).toEqual({
      command: 'usage-error',
      message: 'unknown option --encodng (did you mean --encoding?)',
      usage: true,
    })
  })
})

describe('report-extract review / --html', () => {
  const BIN = resolve('dist/bin/cli.js')
  const run = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-review-'))
    mkdirSync(join(dir, 'input'))
    copyFileSync(resolve(SEED), join(dir, 'input', 'seed.md'))
    return dir
  }

  it('writes a page per report and the index; --html writes the same pages beside the JSON', () => {
    const dir = scratch()
    const review = run(['review', '--out', 'a', 'input'], dir)
    expect(review.status).toBe(0)
    expect(review.stderr).toBe(`report-extract review: 1 page, 0 failed → ${join('a', 'index.html')}\n`)
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['index.html', 'seed.html'])
    expect(run(['--html', '--out', 'b', 'input'], dir).status).toBe(0)
    expect(readdirSync(join(dir, 'b'))).toContain('seed.html')
    for (const name of ['seed.html', 'index.html'])
      expect(readFileSync(join(dir, 'b', name), 'utf8')).toBe(readFileSync(join(dir, 'a', name), 'utf8'))
    expect(run(['review', '--out', 'c', 'input'], dir).status).toBe(0)
    expect(readFileSync(join(dir, 'c', 'seed.html'))).toEqual(readFileSync(join(dir, 'a', 'seed.html')))
    // Without --html the main run writes no pages.
    expect(run(['--out', 'd', 'input'], dir).status).toBe(0)
    expect(readdirSync(join(dir, 'd')).filter((name) => name.endsWith('.html'))).toEqual([])
  })

  it('lists failed inputs in the index and exits 1; exits 2 on usage errors', () => {
    const dir = scratch()
    writeFileSync(join(dir, 'input', 'empty.md'), '\n  \n')
    const result = run(['review', 'input'], dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('input/empty.md: error: the input is empty (nothing but whitespace)\n')
    expect(result.stderr).toContain('report-extract review: 1 page, 1 failed')
    expect(readFileSync(join(dir, 'output', 'index.html'), 'utf8')).toContain('<tr data-failed="input/empty.md">')
    // A report named index would overwrite the run's index: it gets no page, and says why.
    copyFileSync(resolve(SEED), join(dir, 'input', 'INDEX.md'))
    const clash = run(['review', '--out', 'clash', 'input'], dir)
    expect(clash.status).toBe(1)
    expect(clash.stderr).toContain(
      'input/INDEX.md: error: no review page: the report id “INDEX” would overwrite the run’s index.html (rename the file)\n',
    )
    expect(clash.stderr).toContain('report-extract review: 1 page, 2 failed')
    expect(readdirSync(join(dir, 'clash')).sort()).toEqual(['index.html', 'seed.html'])
    expect(readFileSync(join(dir, 'clash', 'index.html'), 'utf8')).toContain('<tr data-failed="input/INDEX.md">')
    expect(run(['review'], dir)).toMatchObject({
      status: 2,
      stderr:
        'report-extract review: no input given: name one or more files or folders\n' +
        "Usage: report-extract review [options] <file|folder>...\nTry 'report-extract review --help'.\n",
    })
    const help = run(['review', '--help'], dir)
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: report-extract review \[options\] <file\|folder>\.\.\./)
  })
})

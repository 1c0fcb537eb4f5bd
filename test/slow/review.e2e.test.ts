// The review pages in a real browser: an installed Chromium or the one @sparticuz/chromium carries
// (scripts/browser.mjs says which), driven by playwright-core, one browser for the whole file. The
// pages are written by the built CLI (`--html`) into a temporary folder and opened from disk, as a
// user opens them. Nothing is written into the repository (`npm run screenshot` makes the docs' image).
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserLaunchOptions } from '../../scripts/browser.mjs'
import type { Report } from '../../src/index.js'

let out = ''
let scratch = ''
let profile = ''
let context: BrowserContext | undefined

beforeAll(async () => {
  const browser = await browserLaunchOptions()
  console.log(`review pages in ${browser.source}`)
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-e2e-'))
  scratch = dir
  mkdirSync(join(dir, 'input'))
  copyFileSync('fixtures/seed-unido/input.md', join(dir, 'input', 'seed.md'))
  copyFileSync('fixtures/html-injection/input.md', join(dir, 'input', 'html-injection.md'))
  const run = spawnSync(process.execPath, [resolve('dist/bin/cli.js'), '--html', '--quiet', '--out', 'out', 'input'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  expect(run.status, run.stderr).toBe(0)
  out = join(dir, 'out')
  profile = mkdtempSync(join(tmpdir(), 'report-extract-chromium-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.executablePath,
    args: browser.args,
    viewport: { width: 1280, height: 800 },
  })
}, 60_000)

afterAll(async () => {
  await context?.close()
  for (const dir of [scratch, profile]) if (dir) rmSync(dir, { recursive: true, force: true })
})

function json(id: string): Report {
  return JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')) as Report
}

/** A page of the run opened from disk, with everything it requested and every error it raised. */
async function open(name: string, viewport = { width: 1280, height: 800 }) {
  const page = await context!.newPage()
  page.setDefaultTimeout(10_000)
  await page.setViewportSize(viewport)
  const requests: string[] = []
  const errors: string[] = []
  const dialogs: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] }
    w.__violations = []
    document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  const [file, hash] = name.split('#')
  const url = pathToFileURL(join(out, file!)).href + (hash ? `#${hash}` : '')
  await page.goto(url)
  return { page, url, requests, errors, dialogs }
}

/** Whether source line n is highlighted and wholly visible, inside the source pane and the window. */
function lineState(page: Page, n: number) {
  return page.evaluate((n) => {
    const line = document.getElementById(`L${n}`)!
    const pane = document.getElementById('source')!.getBoundingClientRect()
    const box = line.getBoundingClientRect()
    const visible = box.top >= pane.top && box.bottom <= pane.bottom && box.top >= 0 && box.bottom <= window.innerHeight
    return { hit: line.classList.contains('hit'), visible }
  }, n)
}

const hits = (page: Page) => page.$$eval('#source .hit', (lines) => lines.map((line) => Number(line.id.slice(1))))

describe('review page in Chromium', () => {
  it('clicking a contents entry scrolls the source to its line and highlights it', async () => {
    const { page, url, requests, errors } = await open('seed.html')
    expect(await lineState(page, 39)).toEqual({ hit: false, visible: false })
    await page.click('#contents li[data-index="5"] .what > a.go')
    expect(await lineState(page, 39)).toEqual({ hit: true, visible: true })
    expect(await hits(page)).toEqual([39])
    expect(await page.evaluate(() => location.hash)).toBe('#L39')
    expect(await page.getAttribute('#contents li[data-index="5"] .what > a.go', 'aria-current')).toBe('true')

    // The section an entry links to, a speaker's stacked lines, a diagnostic: each scrolls and highlights.
    await page.click('#contents li[data-index="8"] .sub a.go')
    expect(await lineState(page, 121)).toEqual({ hit: true, visible: true })
    expect(await lineState(page, 39)).toEqual({ hit: false, visible: false })
    await page.click('#speakers li[data-speaker="spk-4"] h3 a')
    expect(await hits(page)).toEqual([125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135])
    await page.click('#diagnostics li[data-code="boilerplate-notice-removed"] p a')
    expect(await lineState(page, 147)).toEqual({ hit: true, visible: true })

    // By keyboard: a focused entry opens with Enter; Escape clears the highlight.
    await page.focus('#contents li[data-index="2"] .what > a.go')
    await page.keyboard.press('Enter')
    expect(await hits(page)).toEqual([36])
    expect(await lineState(page, 36)).toEqual({ hit: true, visible: true })
    await page.keyboard.press('Escape')
    expect(await hits(page)).toEqual([])

    expect(errors).toEqual([])
    expect(requests).toEqual([url])
    await page.close()
  })

  it('opens at the line named in the address', async () => {
    const { page } = await open('seed.html#L109')
    expect(await lineState(page, 109)).toEqual({ hit: true, visible: true })
    await page.close()
  })

  it('shows the counts of the JSON', async () => {
    const report = json('seed')
    const { page } = await open('seed.html')
    const counts = await page.$$eval('[data-count]', (cells) =>
      Object.fromEntries(cells.map((cell) => [(cell as HTMLElement).dataset.count, Number(cell.textContent)])),
    )
    expect(counts).toEqual({
      contents: report.contents.length,
      linked: report.contents.filter((entry) => entry.section_id !== null).length,
      sections: report.sections.length,
      speakers: report.speakers.length,
      blocks: report.blocks.length,
      warnings: report.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error').length,
    })
    expect(counts.contents).toBe(32)
    expect(await page.locator('#contents li.entry').count()).toBe(report.contents.length)
    expect(await page.locator('#contents li[data-status="missing"]').count()).toBe(
      report.contents.filter((entry) => entry.section_id === null).length,
    )
    expect(await page.locator('#contents li[data-status="differs"]').count()).toBe(
      report.diagnostics.filter((d) => d.code === 'contents-title-differs').length,
    )
    expect(await page.locator('#outline li[data-section]').count()).toBe(report.sections.length)
    expect(await page.locator('#diagnostics li.diag').count()).toBe(report.diagnostics.length)
    expect(await page.locator('#source .ln').count()).toBe(
      readFileSync('fixtures/seed-unido/input.md', 'utf8').replace(/\n$/, '').split('\n').length,
    )
    for (const speaker of report.speakers) {
      const card = page.locator(`#speakers li[data-speaker="${speaker.speaker_id}"]`)
      expect(await card.locator('h3').innerText()).toBe(speaker.name)
      expect(await card.innerText()).toContain(
        `${speaker.remarks.length} ${speaker.remarks.length === 1 ? 'paragraph' : 'paragraphs'}, ${speaker.words} words`,
      )
      expect(await card.innerText()).toContain(speaker.organization)
    }
    await page.close()
  })

  it('is readable at 1280×800 and at phone width: panes side by side, then stacked, nothing wider than the screen', async () => {
    const wide = await open('seed.html')
    const layout = (page: Page) =>
      page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        panels: document.querySelector('.panels')!.getBoundingClientRect().toJSON() as DOMRect,
        source: document.getElementById('source')!.getBoundingClientRect().toJSON() as DOMRect,
      }))
    const desktop = await layout(wide.page)
    expect(desktop.width).toBeLessThanOrEqual(1280)
    expect(desktop.source.left).toBeGreaterThanOrEqual(desktop.panels.right - 1)
    expect(desktop.source.bottom).toBeLessThanOrEqual(800)
    await wide.page.close()

    const phone = await open('seed.html', { width: 390, height: 844 })
    const small = await layout(phone.page)
    expect(small.width).toBeLessThanOrEqual(390)
    expect(small.source.width).toBeGreaterThan(370)
    expect(small.panels.top).toBeGreaterThanOrEqual(small.source.bottom - 1)
    await phone.page.click('#contents li[data-index="5"] .what > a.go')
    expect(await lineState(phone.page, 39)).toEqual({ hit: true, visible: true })
    await phone.page.close()
  })

  it('renders the seed’s page to a PNG in a temporary folder (what `npm run screenshot` does for the docs)', async () => {
    const { page } = await open('seed.html')
    await page.click('#outline li[data-section="sec-4"] > a.go')
    expect(await lineState(page, 99)).toEqual({ hit: true, visible: true })
    const png = join(scratch, 'review-seed.png')
    await page.screenshot({ path: png })
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG')
    await page.close()
  })
})

describe('index page in Chromium', () => {
  it('shows a row per report with the JSON’s figures, sorts, and links to each page', async () => {
    const { page, errors } = await open('index.html')
    for (const id of ['html-injection', 'seed']) {
      const report = json(id)
      const cells = await page.$$eval(`#reports tr[data-report="${id}"] td`, (tds) => tds.map((td) => (td as HTMLElement).innerText.trim()))
      expect(cells.slice(1)).toEqual([
        report.metadata.date ?? '',
        String(report.contents.length),
        String(report.contents.filter((entry) => entry.section_id !== null).length),
        String(report.sections.length),
        String(report.speakers.length),
        String(report.diagnostics.filter((d) => d.severity === 'warning').length),
        'warning truncated',
      ])
    }
    const order = () => page.$$eval('#reports tbody tr', (rows) => rows.map((row) => (row as HTMLElement).dataset.report))
    expect(await order()).toEqual(['html-injection', 'seed'])
    await page.click('#reports th:nth-child(1) button')
    expect(await order()).toEqual(['seed', 'html-injection'])
    expect(await page.getAttribute('#reports th:nth-child(1)', 'aria-sort')).toBe('ascending')
    await page.click('#reports th:nth-child(6) button')
    await page.click('#reports th:nth-child(6) button')
    expect(await page.getAttribute('#reports th:nth-child(6)', 'aria-sort')).toBe('descending')
    expect(await order()).toEqual(['seed', 'html-injection'])
    expect(await page.locator('#organisations-chart g[data-organisation]').count()).toBe(5)
    await page.click('#reports tr[data-report="seed"] a')
    await page.waitForURL(/seed\.html$/)
    expect(await page.locator('h1').innerText()).toBe(json('seed').metadata.title)
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('script injection', () => {
  it('the harness sees a script run when one does (control)', async () => {
    const page = await context!.newPage()
    await page.setContent(`<img src="x" onerror="window.__pwned = 'control'">`)
    await page.waitForFunction(() => (window as unknown as { __pwned?: string }).__pwned === 'control')
    await page.close()
  })

  for (const name of ['html-injection.html', 'index.html']) {
    it(`${name}: the report's markup is shown as text and nothing in it runs or loads`, async () => {
      const { page, url, requests, errors, dialogs } = await open(name)
      // Activate what can be activated: every link to a line, hover and focus over the source.
      for (const link of await page.locator('a.go').all()) await link.click()
      await page.mouse.move(700, 300)
      await page.keyboard.press('Tab')
      const state = await page.evaluate(() => {
        const w = window as unknown as { __pwned?: unknown; __violations: string[] }
        const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${element.tagName} ${a.name}`),
        )
        return {
          pwned: w.__pwned ?? null,
          violations: w.__violations,
          scripts: document.scripts.length,
          foreign: document.querySelectorAll('img, iframe, object, embed, form, input, body style, link, base, meta[http-equiv="refresh"]')
            .length,
          handlers,
          links: [...document.querySelectorAll('a[href]')]
            .map((a) => a.getAttribute('href')!)
            .filter((href) => !/^(?:#|index\.html$|[\w%-]+\.html$|https:\/\/)/.test(href)),
          bodyShown: getComputedStyle(document.body).display !== 'none',
          text: document.body.innerText,
        }
      })
      expect(state).toMatchObject({ pwned: null, violations: [], scripts: 1, foreign: 0, handlers: [], links: [], bodyShown: true })
      expect(dialogs).toEqual([])
      expect(errors).toEqual([])
      expect(requests.every((request) => request.startsWith('file://'))).toBe(true)
      if (name === 'html-injection.html') {
        expect(requests).toEqual([url])
        expect(state.text).toContain(
          `# Minutes of the <script>window.__pwned = 'title'</script> Board <img src=x onerror="window.__pwned='title-img'">`,
        )
        expect(state.text).toContain(`[click me](javascript:window.__pwned='click')`)
        expect(state.text).toContain(`<style>body { display: none }</style>`)
      } else {
        expect(state.text).toContain(`Minutes of the window.__pwned = 'title' Board`)
      }
      await page.close()
    })
  }
})

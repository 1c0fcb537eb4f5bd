#!/usr/bin/env node
// `npm run screenshot [-- FILE]`: the docs' picture of a review page (default docs/review-seed.png).
// Extracts the seed report with the built CLI (`--html`) into a temporary folder, opens its page in
// the browser scripts/browser.mjs finds, highlights the OPENING SESSION heading and saves a PNG.
// Run on purpose, after a change to the pages; the tests never write into the repository.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { browserLaunchOptions } from './browser.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const target = resolve(process.argv[2] ?? join(root, 'docs', 'review-seed.png'))
const dir = mkdtempSync(join(tmpdir(), 'report-extract-screenshot-'))
try {
  mkdirSync(join(dir, 'input'))
  copyFileSync(join(root, 'fixtures', 'seed-unido', 'input.md'), join(dir, 'input', 'seed.md'))
  const run = spawnSync(process.execPath, [join(root, 'dist', 'bin', 'cli.js'), '--html', '--quiet', '--out', 'out', 'input'], {
    cwd: dir,
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`report-extract --html failed (exit ${run.status}): ${run.stderr}`)
  const options = await browserLaunchOptions()
  const browser = await chromium.launch({ executablePath: options.executablePath, args: options.args, headless: true })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(pathToFileURL(join(dir, 'out', 'seed.html')).href)
    await page.click('#outline li[data-section="sec-4"] > a.go')
    mkdirSync(dirname(target), { recursive: true })
    await page.screenshot({ path: target })
  } finally {
    await browser.close()
  }
  console.log(`screenshot: ${target} (${options.source})`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}

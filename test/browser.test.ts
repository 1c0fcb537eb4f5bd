// Which Chromium the browser tests (test/slow/review.e2e.test.ts) and `npm run screenshot` drive:
// CHROMIUM_PATH, then an installed browser in a usual place, else the npm package's, so that
// `npm install` is the only step before them.
import { describe, expect, it } from 'vitest'
import { chooseBrowser, NPM_BROWSER, USUAL_PATHS } from '../scripts/browser.mjs'

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path)

describe('the browser for the review pages’ tests', () => {
  it('takes the npm package’s Chromium on a machine with no browser installed', () => {
    expect(chooseBrowser({}, only())).toEqual({ source: 'npm' })
    expect(chooseBrowser({ CHROMIUM_PATH: '' }, only())).toEqual({ source: 'npm' })
  })

  it('takes an installed Chromium or Chrome first, in the order of the usual places', () => {
    expect(chooseBrowser({}, only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toEqual({
      source: 'system',
      path: '/usr/bin/chromium-browser',
    })
    expect(chooseBrowser({}, only('/usr/bin/google-chrome'))).toEqual({ source: 'system', path: '/usr/bin/google-chrome' })
    expect(USUAL_PATHS.slice(0, 3)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'])
  })

  it('takes CHROMIUM_PATH before any installed browser, and refuses one that is not there rather than pick another', () => {
    expect(chooseBrowser({ CHROMIUM_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', '/usr/bin/chromium'))).toEqual({
      source: 'CHROMIUM_PATH',
      path: '/opt/chrome/chrome',
    })
    expect(chooseBrowser({ CHROMIUM_PATH: '/opt/missing' }, only('/usr/bin/chromium'))).toEqual({
      error: `CHROMIUM_PATH=/opt/missing is not an executable file (unset it to use an installed Chromium or ${NPM_BROWSER})`,
    })
  })

  it(`takes the npm package’s Chromium when CHROMIUM_PATH=${NPM_BROWSER}, even with a browser installed`, () => {
    expect(chooseBrowser({ CHROMIUM_PATH: NPM_BROWSER }, only('/usr/bin/chromium'))).toEqual({ source: 'npm' })
  })
})

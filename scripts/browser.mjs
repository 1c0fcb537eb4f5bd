// The Chromium that the review pages' browser tests and `npm run screenshot` drive through
// playwright-core, found without any step outside `npm install`: CHROMIUM_PATH when set, else a
// Chromium or Chrome installed in a usual place, else the one the devDependency @sparticuz/chromium
// carries (unpacked into the temporary folder on first use). No browser is downloaded.
import { accessSync, constants, statSync } from 'node:fs'

/** CHROMIUM_PATH set to this uses the npm package even when a system browser is installed. */
export const NPM_BROWSER = '@sparticuz/chromium'

export const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/** What a system browser is started with: headless, sandbox off (containers, root), nothing phoned home. */
const SYSTEM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * The package's own flags but those that would weaken what the tests check (that a page loads
 * nothing and runs nothing it should not): the same-origin policy and mixed content stay enforced.
 */
const WEAKENING = new Set(['--disable-web-security', '--allow-running-insecure-content'])

export function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Which browser to use, from the environment: `{ source: 'CHROMIUM_PATH' | 'system', path }`,
 * `{ source: 'npm' }`, or `{ error }` for a CHROMIUM_PATH that is no executable file. Pure but for
 * `executable`, which tells whether a path is one.
 */
export function chooseBrowser(env, executable = isExecutable) {
  const wanted = env.CHROMIUM_PATH?.trim()
  if (wanted === NPM_BROWSER) return { source: 'npm' }
  if (wanted)
    return executable(wanted)
      ? { source: 'CHROMIUM_PATH', path: wanted }
      : { error: `CHROMIUM_PATH=${wanted} is not an executable file (unset it to use an installed Chromium or ${NPM_BROWSER})` }
  const found = USUAL_PATHS.find((path) => executable(path))
  return found ? { source: 'system', path: found } : { source: 'npm' }
}

/** `{ executablePath, args, source }` for playwright-core's `chromium.launch…`; throws when there is none. */
export async function browserLaunchOptions(env = process.env) {
  const choice = chooseBrowser(env)
  if (choice.error) throw new Error(choice.error)
  if (choice.source !== 'npm') return { executablePath: choice.path, args: SYSTEM_ARGS, source: `${choice.path} (${choice.source})` }
  const { default: chromium } = await import('@sparticuz/chromium')
  const executablePath = await chromium.executablePath()
  return { executablePath, args: chromium.args.filter((arg) => !WEAKENING.has(arg)), source: `${NPM_BROWSER} (${executablePath})` }
}

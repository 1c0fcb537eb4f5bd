// `npm run lint`: ESLint (tools/lint/eslint.config.mjs), knip (knip.jsonc) and, once the code has been
// formatted, Prettier's check (.prettierrc.json); one line of counts, exit 1 when any of them fails.
// `npm run format`: Prettier writes the code's files (.prettierignore says which).
// The tools have their own package.json here: typescript-eslint needs TypeScript's JavaScript API, which
// TypeScript 7 (the build's compiler) no longer has, so they run on TypeScript 6 apart from the build.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const here = fileURLToPath(new URL('.', import.meta.url))
const bin = (name) => `${here}node_modules/.bin/${name}`
// Prettier's check is part of the lint since `npm run format` was run over all the code (issue 18).
const FORMAT_ENFORCED = true
const SUPPRESSIONS = `${here}eslint-suppressions.json`

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...options })
}

function install() {
  const installed = `${here}node_modules/.package-lock.json`
  if (existsSync(installed) && readFileSync(installed, 'utf8').length > 0 && existsSync(bin('eslint'))) return
  const npm = run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' })
  if (npm.status !== 0) {
    console.error('lint: npm ci in tools/lint failed')
    process.exit(1)
  }
}

function eslint() {
  // `npm run lint -- --prune` drops the suppressions of problems that are gone (ESLint fails until they are dropped).
  const prune = process.argv.includes('--prune') ? ['--prune-suppressions'] : []
  const args = ['-c', `${here}eslint.config.mjs`, '--suppressions-location', SUPPRESSIONS, ...prune, '-f', 'stylish', '.']
  const result = run(bin('eslint'), args)
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  const counts = /^✖ \d+ problems? \((\d+) errors?, (\d+) warnings?\)/m.exec(result.stdout)
  const suppressed = Object.values(JSON.parse(readFileSync(SUPPRESSIONS, 'utf8')))
    .flatMap((rules) => Object.values(rules))
    .reduce((sum, rule) => sum + rule.count, 0)
  const summary = counts ? `${counts[1]} errors, ${counts[2]} warnings` : '0 errors, 0 warnings'
  const linearity = unsuppressible()
  for (const problem of linearity) console.error(`lint: ${problem}`)
  const ok = result.status === 0 && linearity.length === 0
  return { ok, line: `eslint ${summary}, ${suppressed} suppressed (tools/lint/eslint-suppressions.json)` }
}

// Issue 23: CI fails on any super-linear pattern in src/. These rules may not be recorded as suppressions
// for src/ (a pattern in a test that must keep an old pattern as its oracle says so in a disable comment).
const LINEAR_RULES = ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move']

function unsuppressible() {
  const recorded = JSON.parse(readFileSync(SUPPRESSIONS, 'utf8'))
  return Object.entries(recorded)
    .filter(([file]) => file.startsWith('src/'))
    .flatMap(([file, rules]) => LINEAR_RULES.filter((rule) => rules[rule]).map((rule) => `${file}: ${rule} may not be suppressed`))
}

function knip() {
  const result = run(bin('knip'), ['--no-progress'])
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  const issues = [...result.stdout.matchAll(/^[A-Z][\w ]+ \((\d+)\)$/gm)].reduce((sum, match) => sum + Number(match[1]), 0)
  return { ok: result.status === 0, line: `knip ${issues} issues` }
}

function prettierCheck() {
  const result = run(bin('prettier'), ['--list-different', '.'])
  const files = result.stdout.split('\n').filter(Boolean).length
  if (!FORMAT_ENFORCED) return { ok: true, line: `prettier: ${files} files not yet formatted (not enforced until \`npm run format\`)` }
  if (files > 0) process.stdout.write(result.stdout)
  return { ok: result.status === 0, line: `prettier ${files} files not formatted` }
}

install()
if (process.argv.includes('--format')) {
  const result = run(bin('prettier'), ['--write', '--log-level', 'warn', '.'], { stdio: 'inherit' })
  process.exit(result.status ?? 1)
}
const results = [eslint(), knip(), prettierCheck()]
console.log(`lint: ${results.map((result) => result.line).join('; ')}`)
process.exit(results.every((result) => result.ok) ? 0 : 1)

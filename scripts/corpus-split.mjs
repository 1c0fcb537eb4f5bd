// Draw the corpus's test split at random, once, before any rule is written for its cases: every form and
// every language gets at least one test case, each language keeps at least MIN_DEV dev cases, and the
// rest of the test split is filled in the seeded shuffle's order. Prints the draw; --apply copies the
// folders from FROM into TO/dev and TO/test.
//   node scripts/corpus-split.mjs --from /work/pool --seed 20261206 --test 18 [--apply --to corpus]
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const MIN_DEV = 3
const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string', default: 'corpus' },
    seed: { type: 'string' },
    test: { type: 'string' },
    apply: { type: 'boolean', default: false },
  },
})
if (!values.from || !values.seed || !values.test)
  throw new Error('usage: corpus-split.mjs --from DIR --seed N --test COUNT [--apply --to corpus]')

/** mulberry32: a small seeded generator, so the draw can be repeated from the seed alone. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const field = (text, key) => text.match(new RegExp(`^${key}:\\s*(.+)$`, 'm'))?.[1].trim()
const cases = readdirSync(values.from, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(values.from, entry.name, 'source.md')))
  .map((entry) => {
    const source = readFileSync(join(values.from, entry.name, 'source.md'), 'utf8')
    return { name: entry.name, form: field(source, 'form'), language: field(source, 'language') }
  })
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

// Fisher–Yates over the sorted names with the seeded generator.
const next = random(Number(values.seed))
const order = [...cases]
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1))
  ;[order[i], order[j]] = [order[j], order[i]]
}

const test = new Set()
const count = (key, value, inTest) => cases.filter((item) => item[key] === value && test.has(item) === inTest).length
const mayTake = (item) => !test.has(item) && count('language', item.language, false) > MIN_DEV
for (const key of ['language', 'form']) {
  for (const value of [...new Set(cases.map((item) => item[key]))].sort()) {
    if (count(key, value, true) > 0) continue
    const pick = order.find((item) => item[key] === value && mayTake(item))
    if (pick) test.add(pick)
    else console.error(`no test case can be drawn for ${key} ${value} without leaving fewer than ${MIN_DEV} dev cases in its language`)
  }
}
for (const item of order) if (test.size < Number(values.test) && mayTake(item)) test.add(item)

console.log(`seed ${values.seed}: ${test.size} test, ${cases.length - test.size} dev of ${cases.length} cases`)
for (const item of cases) console.log(`${test.has(item) ? 'test' : 'dev '}  ${item.name}  (${item.language}, ${item.form})`)

if (values.apply) {
  for (const item of cases) {
    const target = join(values.to, test.has(item) ? 'test' : 'dev', item.name)
    mkdirSync(join(target, '..'), { recursive: true })
    if (existsSync(target)) throw new Error(`${target} exists already`)
    cpSync(join(values.from, item.name), target, { recursive: true })
  }
}

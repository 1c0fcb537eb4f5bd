// The floor: read every report of a folder and parse it with remark-parse, nothing else.
// `node bench/floor.mjs DIR [I/N]` parses only the I-th of N shares: N such processes side by side
// show how much faster two cores make the parse alone on this machine. The shares are balanced by
// bytes (largest report first, each to the share with the fewest bytes so far), as a pool of workers
// balances itself: the corpus's sizes follow its fixtures in turn, so every other report would give
// one share nearly twice the bytes of the other.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const dir = process.argv[2]
const [index, count] = (process.argv[3] ?? '0/1').split('/').map(Number)
const processor = unified().use(remarkParse)
const names = readdirSync(dir).sort()
const sizes = names.map((name) => statSync(join(dir, name)).size)
const load = new Array(count).fill(0)
const mine = []
for (const i of names.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b)) {
  let share = 0
  for (let k = 1; k < count; k++) if (load[k] < load[share]) share = k
  load[share] += sizes[i]
  if (share === index) mine.push(i)
}
let nodes = 0
for (const i of mine.sort((a, b) => a - b)) nodes += processor.parse(readFileSync(join(dir, names[i]), 'utf8')).children.length
if (nodes === 0) process.exitCode = 1

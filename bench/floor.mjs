// The floor: read every report of a folder and parse it with remark-parse, nothing else.
// `node bench/floor.mjs DIR [I/N]` parses only every N-th report from the I-th: N such processes side
// by side show how much faster two cores make the parse alone on this machine.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const dir = process.argv[2]
const [index, count] = (process.argv[3] ?? '0/1').split('/').map(Number)
const processor = unified().use(remarkParse)
let nodes = 0
const names = readdirSync(dir).sort()
for (let i = index; i < names.length; i += count) nodes += processor.parse(readFileSync(join(dir, names[i]), 'utf8')).children.length
if (nodes === 0) process.exitCode = 1

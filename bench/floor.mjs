// The floor: read every report of a folder and parse it with remark-parse, nothing else.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const dir = process.argv[2]
const processor = unified().use(remarkParse)
let nodes = 0
for (const name of readdirSync(dir).sort()) nodes += processor.parse(readFileSync(join(dir, name), 'utf8')).children.length
if (nodes === 0) process.exitCode = 1

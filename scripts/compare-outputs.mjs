// node scripts/compare-outputs.mjs BASE_TREE [TREE]: extract every fixture input and rendition and every corpus
// input with two builds (each tree's dist/bin/cli.js, `--jobs 1 --force`) and compare their output folders file by
// file. For a change meant to leave every output as it was (a speed-up): exits 1 when any file differs. A differing
// output of a corpus/test case is counted, never shown (nobody studies the test split).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const [base, tree = '.'] = process.argv.slice(2).map((path) => resolve(path))
if (!base) {
  console.error('usage: node scripts/compare-outputs.mjs BASE_TREE [TREE]')
  process.exit(2)
}
const work = mkdtempSync(join(tmpdir(), 'report-extract-outputs-'))
const inputs = join(work, 'inputs')
mkdirSync(inputs)

/** Copies each input of each case folder under `root` as `<prefix>__<case>__<file>`, so every report id differs. */
function gather(root, prefix, wanted) {
  if (!existsSync(root)) return 0
  let count = 0
  for (const name of readdirSync(root, { withFileTypes: true })) {
    if (!name.isDirectory()) continue
    for (const file of readdirSync(join(root, name.name)).filter(wanted)) {
      copyFileSync(join(root, name.name, file), join(inputs, `${prefix}__${name.name}__${file}`))
      count++
    }
  }
  return count
}
const counted = [
  gather('fixtures', 'fixtures', (file) => /^(?:input|rendition)\./.test(file)),
  gather('corpus/dev', 'dev', (file) => /^input\./.test(file)),
  gather('corpus/test', 'test', (file) => /^input\./.test(file)),
]
console.log(`inputs: ${counted[0]} fixtures' inputs and renditions, ${counted[1]} dev, ${counted[2]} test`)

// The manifest of an incremental run names the build that wrote it, so it differs between any two builds.
const hashes = (dir) =>
  new Map(
    readdirSync(dir)
      .filter((file) => file !== '.report-extract-manifest.json')
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
  )

function extract(root, out) {
  const cli = join(root, 'dist/bin/cli.js')
  const result = spawnSync(process.execPath, [cli, '--quiet', '--force', '--jobs', '1', '--out', out, inputs], { encoding: 'utf8' })
  if (result.status !== 0 && result.status !== 1) throw new Error(`${cli} exited ${result.status}: ${result.stderr}`)
  return hashes(out)
}
const before = extract(base, join(work, 'base'))
const after = extract(tree, join(work, 'tree'))
const differ = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).sort()
const hidden = differ.filter((file) => file.startsWith('test__')).length
for (const file of differ.filter((name) => !name.startsWith('test__'))) console.log(`differs: ${file}`)
if (hidden > 0) console.log(`differs: ${hidden} output(s) of corpus/test cases (not shown)`)
console.log(`${before.size} files compared: ${differ.length === 0 ? 'all identical' : `${differ.length} differ`}`)
rmSync(work, { recursive: true, force: true })
process.exitCode = differ.length === 0 ? 0 : 1

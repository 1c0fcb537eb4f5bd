// The README's examples marked `<!-- example:NAME … -->` are what a reader copies: each TypeScript one
// is type-checked with the package's own types (it imports `report-extract/…` as a user's code would)
// and run from the repository's folder; each shell one is run by bash in a scratch folder holding a
// copy of input/, with `npx report-extract` the built command.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../src/index.js'

/** The code block after each `<!-- example:NAME` mark, by name, with its language. */
export function readmeExamples(text: string): Map<string, { language: string; code: string }> {
  const examples = new Map<string, { language: string; code: string }>()
  for (const match of text.matchAll(/^<!-- example:([\w-]+) [^\n]*-->\n```(\w+)\n([\s\S]*?)^```$/gm)) {
    examples.set(match[1]!, { language: match[2]!, code: match[3]! })
  }
  return examples
}

const examples = readmeExamples(readFileSync('README.md', 'utf8'))
// What the examples print is what the library gives for the same file (the README's own is not pinned).
const SEED = 'input/unido-china-industrial-parks-workshop-2018.md'
const seedSpeakers = extractReport(readFileSync(SEED)).speakers
// Inside the repository (in a folder git ignores), so that `report-extract/remark` resolves to this
// package by its own name, as it does for a user who installed it.
const folder = mkdtempSync(resolve('.vitest-readme-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** tsc over the files, with the settings a strict user's project would have; JavaScript beside them (emitted even with errors). */
function tsc(files: string[]) {
  const compilerOptions = {
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    types: ['node'],
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
  }
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }))
  const result = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', folder], { encoding: 'utf8' })
  return { status: result.status, errors: `${result.stdout}${result.stderr}`.split('\n').filter(Boolean) }
}

// One compilation for every example, and for a file with a type error that must be found (the check can fail).
for (const [name, example] of examples) if (example.language === 'ts') writeFileSync(join(folder, `${name}.ts`), example.code)
writeFileSync(
  join(folder, 'wrong.ts'),
  "import remarkReport from 'report-extract/remark'\nimport { unified } from 'unified'\n" +
    'unified().use(remarkReport, { detectors: { speakers: { verbs: 3 } } })\n',
)
const checked = tsc([...[...examples].filter(([, example]) => example.language === 'ts').map(([name]) => `${name}.ts`), 'wrong.ts'])
/** Text as one argument of bash. */
const shellQuote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`
const errorsOf = (name: string) => checked.errors.filter((line) => line.includes(`${name}.ts(`))

/**
 * Run a shell example in a scratch folder with a copy of input/; each command it names (`jq`, `duckdb`,
 * `xmllint`) is the real one when installed, else its stand-in replaces its text.
 */
function shell(code: string, standIns: ReadonlyArray<{ command: string; from: string; to: string }> = []) {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-readme-'))
  cpSync('input', join(dir, 'input'), { recursive: true })
  let script = code.replaceAll('npx report-extract', `node ${JSON.stringify(resolve('dist/bin/cli.js'))}`)
  // jq, duckdb and xmllint are not on every machine: without them, the example's program is done by node.
  for (const standIn of standIns) if (spawnSync(standIn.command, ['--version']).error) script = script.replace(standIn.from, standIn.to)
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { ...result, dir }
}

describe('the README’s examples', () => {
  it('are found', () => {
    expect([...examples.keys()]).toContain('remark')
  })

  it('type-check against the built package: only the wrong file has errors', () => {
    expect(checked.errors.filter((line) => /^\S.*\(\d+,\d+\): error/.test(line) && !line.includes('wrong.ts('))).toEqual([])
    expect(errorsOf('wrong')).toEqual([expect.stringMatching(/wrong\.ts\(3,\d+\): error TS\d+: .*verbs: number/)])
    expect(checked.status).not.toBe(0)
  })

  it('remark: prints the speakers and the diagnostics', () => {
    expect(examples.get('remark')!.language).toBe('ts')
    const ran = spawnSync(process.execPath, [join(folder, 'remark.js')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(ran.status).toBe(0)
    expect(seedSpeakers.length).toBeGreaterThan(1)
    expect(ran.stdout).toContain(`'${seedSpeakers[0]!.name}, ${seedSpeakers[0]!.organization}'`)
    expect(ran.stderr).toMatch(/^input\/unido-china-industrial-parks-workshop-2018\.md\n39:1 +warning/)
    expect(ran.stderr).toMatch(/contents-title-differs +report-extract/)
  })

  it('stdin: a report piped in and its JSON piped on to jq', () => {
    const example = examples.get('stdin')!
    expect(example.language).toBe('sh')
    const ran = shell(example.code, [
      {
        command: 'jq',
        from: "jq -r '.speakers[].name'",
        to: `node -e "for (const s of JSON.parse(require('fs').readFileSync(0, 'utf8')).speakers) console.log(s.name)"`,
      },
    ])
    expect([ran.status, ran.stderr]).toEqual([0, ''])
    expect(ran.stdout).toBe(seedSpeakers.map((speaker) => `${speaker.name}\n`).join(''))
  })

  it('formats: Parquet joined in DuckDB, JSON lines read by jq, TEI valid against its schema with a u per speaker turn', () => {
    const example = examples.get('formats')!
    expect(example.language).toBe('sh')
    const module = (name: string) => JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve(name)).href)
    // Without the commands, npm packages do their work and print what they would: duckdb -csv, jq's
    // tab-separated lines, xmllint --noout (the verdict on stderr).
    const duckdb = `const { DuckDBInstance } = await import(${module('@duckdb/node-api')});
const reader = await (await (await DuckDBInstance.create(':memory:')).connect()).runAndReadAll(process.argv[1]);
console.log(reader.columnNames().join(','));
for (const row of reader.getRowsJson())
  console.log(row.map((cell) => (/[",\\n]/.test(cell) ? '"' + cell.replaceAll('"', '""') + '"' : cell)).join(','))`
    const jq = `for (const line of require('fs').readFileSync(process.argv[1], 'utf8').split('\\n').filter(Boolean)) {
  const r = JSON.parse(line); console.log(r.id + '\\t' + r.speakers.length)
}`
    const xmllint = `const { validateXML } = await import(${module('xmllint-wasm')});
const fs = await import('node:fs');
const [schema, file] = process.argv.slice(1);
const xml = { fileName: file, contents: fs.readFileSync(file, 'utf8') };
const result = await validateXML({ xml, schema: { fileName: schema, contents: fs.readFileSync(schema, 'utf8') }, extension: 'relaxng' });
process.stderr.write(result.rawOutput);
process.exitCode = result.valid ? 0 : 3`
    const ran = shell(example.code, [
      { command: 'duckdb', from: 'duckdb -csv -c', to: `node --input-type=module -e ${shellQuote(duckdb)}` },
      { command: 'jq', from: "jq -r '[.id, (.speakers | length)] | @tsv'", to: `node -e ${shellQuote(jq)}` },
      { command: 'xmllint', from: 'xmllint --noout --relaxng', to: `node --input-type=module -e ${shellQuote(xmllint)}` },
    ])
    expect(ran.status).toBe(0)
    const seedId = 'unido-china-industrial-parks-workshop-2018'
    expect(ran.stderr).toMatch(
      new RegExp(`^report-extract: 4 extracted, \\d+ warnings, 0 failed in [\\d.]+s → output\noutput/${seedId}\\.xml validates\n$`),
    )
    expect(readdirSync(join(ran.dir, 'output')).filter((name) => /\.(?:parquet|jsonl|xml|rng)$/.test(name))).toHaveLength(5 + 1 + 4 + 1)
    const lines = ran.stdout.split('\n')
    expect(lines.pop()).toBe('')
    // The join: a line `name,section` per speaker in a section, the seed's among them.
    expect(lines[0]).toBe('name,section')
    const seed = extractReport(readFileSync(SEED), { id: seedId })
    const quoted = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)
    const title = (id: string | null) => seed.sections.find((section) => section.section_id === id)!.title
    const joined = seed.speakers.filter((speaker) => speaker.section_id !== null)
    expect(joined.length).toBeGreaterThan(0)
    for (const speaker of joined) expect(lines).toContain(`${quoted(speaker.name)},${quoted(title(speaker.section_id))}`)
    // reports.jsonl: a line per report, in id order, with its number of speakers.
    const ids = readdirSync('input')
      .map((name) => name.replace(/\.md$/, ''))
      .sort()
    const speakers = (id: string) => JSON.parse(readFileSync(join(ran.dir, 'output', `${id}.json`), 'utf8')).speakers.length
    expect(lines.slice(-1 - ids.length, -1)).toEqual(ids.map((id) => `${id}\t${speakers(id)}`))
    // The TEI file: as many u as the seed has speaker turns.
    expect(lines.at(-1)).toBe(String(seedSpeakers.length))
  })
})

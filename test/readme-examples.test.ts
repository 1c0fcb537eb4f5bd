// The README's examples marked `<!-- example:NAME … -->` are what a reader copies: each TypeScript one
// is type-checked with the package's own types (it imports `report-extract/…` as a user's code would)
// and run from the repository's folder.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/** The code block after each `<!-- example:NAME` mark, by name, with its language. */
export function readmeExamples(text: string): Map<string, { language: string; code: string }> {
  const examples = new Map<string, { language: string; code: string }>()
  for (const match of text.matchAll(/^<!-- example:([\w-]+)[^\n]*-->\n```(\w+)\n([\s\S]*?)^```$/gm)) {
    examples.set(match[1]!, { language: match[2]!, code: match[3]! })
  }
  return examples
}

const examples = readmeExamples(readFileSync('README.md', 'utf8'))
// Inside the repository (in a folder git ignores), so that `report-extract/remark` resolves to this
// package by its own name, as it does for a user who installed it.
const folder = mkdtempSync(resolve('.vitest-readme-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** tsc over the files, with the settings a strict user's project would have; JavaScript beside them (emitted even with errors). */
function tsc(files: string[]) {
  const compilerOptions = { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: ['node'], strict: true, noUncheckedIndexedAccess: true, skipLibCheck: true }
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }))
  const result = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', folder], { encoding: 'utf8' })
  return { status: result.status, errors: `${result.stdout}${result.stderr}`.split('\n').filter(Boolean) }
}

// One compilation for every example, and for a file with a type error that must be found (the check can fail).
for (const [name, example] of examples) if (example.language === 'ts') writeFileSync(join(folder, `${name}.ts`), example.code)
writeFileSync(join(folder, 'wrong.ts'), "import remarkReport from 'report-extract/remark'\nimport { unified } from 'unified'\nunified().use(remarkReport, { detectors: { speakers: { verbs: 3 } } })\n")
const checked = tsc([...[...examples].filter(([, example]) => example.language === 'ts').map(([name]) => `${name}.ts`), 'wrong.ts'])
const errorsOf = (name: string) => checked.errors.filter((line) => line.includes(`${name}.ts(`))

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
    expect(ran.stdout).toContain("'Dejene TEZERA, United Nations Industrial Development Organisation'")
    expect(ran.stderr).toMatch(/^input\/unido-china-industrial-parks-workshop-2018\.md\n39:1 +warning/)
    expect(ran.stderr).toMatch(/contents-title-differs +report-extract/)
  })
})

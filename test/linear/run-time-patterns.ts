// Every regular expression the code builds at run time (from the lexicons, the detectors' options,
// numbers), collected by running the whole pipeline with `RegExp` watched: each fixture, and each
// owner's examples with the options they set. `npm run lint` checks the patterns written as literals;
// these are checked by test/slow/redos.test.ts (recheck). `regexSites` lists where src/
// calls `new RegExp(`, so that a
// pattern built where no run reaches is a failure rather than a pattern nobody checked.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { vi } from 'vitest'

export interface RunTimePattern {
  source: string
  flags: string
  /** Where src/ built it: `src/detect/event.ts:28`. */
  sites: string[]
}

/** `file:line` of each `new RegExp(` in src/. */
export function regexSites(): string[] {
  const sites: string[] = []
  for (const name of readdirSync('src', { recursive: true }) as string[]) {
    if (!name.endsWith('.ts')) continue
    readFileSync(join('src', name), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.includes('new RegExp(')) sites.push(`src/${name}:${index + 1}`)
      })
  }
  return sites.sort()
}

/**
 * The patterns built while the pipeline extracts every fixture and every example (modules loaded afresh, so that
 * those built at load time count).
 */
export async function runTimePatterns(): Promise<RunTimePattern[]> {
  const Native = globalThis.RegExp
  const found = new Map<string, { source: string; flags: string; sites: Set<string> }>()
  const record = (args: unknown[]) => {
    const pattern = Reflect.construct(Native, args) as RegExp
    const site = /\/(src\/[^:()]+\.ts):(\d+)/.exec(new Error().stack!.split('\n').slice(2).join('\n'))
    if (!site) return pattern
    const key = `/${pattern.source}/${pattern.flags}`
    if (!found.has(key)) found.set(key, { source: pattern.source, flags: pattern.flags, sites: new Set() })
    found.get(key)!.sites.add(`${site[1]}:${site[2]}`)
    return pattern
  }
  globalThis.RegExp = new Proxy(Native, { construct: (_, args) => record(args), apply: (_, __, args) => record(args) })
  try {
    vi.resetModules()
    const { extract, owners } = await import('../../src/pipeline.js')
    const { detectors } = await import('../../src/detect/index.js')
    const detectorIds = new Set<string>(detectors.map((detector) => detector.id))
    for (const fixture of readdirSync('fixtures')) {
      for (const input of ['input.md', 'input.txt']) {
        const path = join('fixtures', fixture, input)
        if (existsSync(path)) extract(readFileSync(path), { path })
      }
    }
    for (const owner of owners) {
      for (const example of [...owner.examples.ok, ...owner.examples.notOk]) {
        const options = detectorIds.has(owner.id) && example.options ? { detectors: { [owner.id]: example.options } } : {}
        extract(example.text, options)
      }
    }
  } finally {
    globalThis.RegExp = Native
    vi.resetModules()
  }
  return [...found.values()].map((pattern) => ({ source: pattern.source, flags: pattern.flags, sites: [...pattern.sites].sort() }))
}

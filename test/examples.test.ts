// Every owner's examples (src/detect/*.ts, and the stages'), run through the whole pipeline: each form
// read with what it must give, each look-alike refused, each diagnostic code triggered. The same
// examples make the tables of docs/detectors.md (scripts/docs-tables.mjs), so the docs cannot drift.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectors } from '../src/detect/index.js'
import { extract, owners } from '../src/pipeline.js'
import type { Example } from '../src/stage.js'
// @ts-expect-error: a script, without types
import { renderDetectorDocs } from '../scripts/docs-tables.mjs'

const detectorIds = new Set<string>(detectors.map((detector) => detector.id))

function run(ownerId: string, example: Example) {
  const options = detectorIds.has(ownerId) && example.options ? { detectors: { [ownerId]: example.options } } : {}
  return extract(example.text, options)
}

describe.each(owners.map((owner) => [owner.id, owner] as const))('%s', (id, owner) => {
  const codes = owner.codes as Record<string, unknown>
  const examples: Array<[string, Example]> = [
    ...owner.examples.ok.map((example) => ['ok', example] as [string, Example]),
    ...owner.examples.notOk.map((example) => ['not ok', example] as [string, Example]),
  ]
  it.each(examples.map(([kind, example]) => [`${kind}: ${example.title}`, kind, example] as const))('%s', (_, kind, example) => {
    const { report, found } = run(id, example)
    const own = report.diagnostics.filter((diagnostic) => Object.hasOwn(codes, diagnostic.code)).map((d) => `${d.line}:${d.column} ${d.code}`)
    expect(own).toEqual(example.diagnostics ?? [])
    if (kind === 'not ok') expect(own.length).toBeGreaterThan(0)
    expect(report.diagnostics.filter((diagnostic) => diagnostic.code.endsWith('-failed'))).toEqual([])
    if (example.found !== undefined) expect((found as Record<string, unknown>)[id]).toMatchObject(example.found as object)
  })

  it('has an example for every code it declares', () => {
    const triggered = new Set(owner.examples.notOk.flatMap((example) => (example.diagnostics ?? []).map((diagnostic) => diagnostic.split(' ')[1])))
    const declared = Object.keys(codes).filter((code) => code !== `${id}-failed`)
    expect(declared.filter((code) => !triggered.has(code))).toEqual([])
  })
})

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8')
  const allCodes = new Set(owners.flatMap((owner) => Object.keys(owner.codes)))
  const section = (heading: string) => {
    const start = readme.indexOf(heading)
    expect(start, heading).toBeGreaterThanOrEqual(0)
    return readme.slice(start, readme.indexOf('\n\n', readme.indexOf('| ---', start)))
  }

  it('names only codes that an owner declares, and every code declared but the -failed ones', () => {
    const table = section('Diagnostic codes')
    const named = [...table.matchAll(/^\| `([a-z]+(?:-[a-z]+)+)` \|/gm)].map((match) => match[1]!)
    expect(named.filter((code) => !allCodes.has(code))).toEqual([])
    expect([...allCodes].filter((code) => !code.endsWith('-failed') && !named.includes(code))).toEqual([])
  })

  it('names only speaker forms that have an example, and every one that has', () => {
    const table = section('Speaker forms:')
    const named = [...table.matchAll(/^\| ([^|`]+?) \| `/gm)].map((match) => match[1]!)
    const forms = new Set(owners.find((owner) => owner.id === 'speakers')!.examples.ok.flatMap((example) => (example.form ? [example.form] : [])))
    expect(named.length).toBeGreaterThan(0)
    expect(named.filter((form) => !forms.has(form))).toEqual([])
    expect([...forms].filter((form) => !named.includes(form))).toEqual([])
  })

  // The README names contents and heading forms in prose: each phrase, and the example form that shows it.
  const prose: Array<[string, string, string]> = [
    ['contents', 'lines with leaders of any kind', 'leaders'],
    ['contents', 'a page run together on one line', 'run together'],
    ['contents', 'titles wrapped over two lines', 'wrapped'],
    ['contents', 'leader-only lines', 'leaders only'],
    ['contents', 'GFM tables', 'table'],
    ['contents', 'nested lists of anchor links, with or without pages', 'link list'],
    ['contents', 'else numbering (`3.1.2` → 3)', 'numbered'],
    ['headings', 'Bold-only or italic-only heading lines count', 'bold-only or italic-only line'],
    ['headings', '`3.1.2.`-numbered headings', 'numbered heading'],
    ['headings', 'headings with `{#id .class}` attributes', 'heading attributes'],
  ]
  it.each(prose)('%s: “%s” is shown by an example (%s)', (ownerId, phrase, form) => {
    expect(readme).toContain(phrase)
    const owner = owners.find((candidate) => candidate.id === ownerId)!
    expect(owner.examples.ok.some((example) => example.form === form)).toBe(true)
  })
})

describe('docs/detectors.md', () => {
  it('is the tables the examples make (`npm run docs` writes it)', () => {
    expect(readFileSync('docs/detectors.md', 'utf8')).toBe(renderDetectorDocs(owners))
  })
})

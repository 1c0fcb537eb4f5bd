// Every owner's examples (src/detect/*.ts, and the stages'), run through the whole pipeline: each form
// read with what it must give, each look-alike refused, each diagnostic code triggered. The same
// examples make the tables of docs/detectors.md (scripts/detector-docs.mjs), so the docs cannot drift.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectors } from '../src/detect/index.js'
import { extract, owners } from '../src/pipeline.js'
import type { Example } from '../src/stage.js'
// @ts-expect-error: a script, without types
import { renderDetectorDocs } from '../scripts/detector-docs.mjs'

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
    const own = report.diagnostics
      .filter((diagnostic) => Object.hasOwn(codes, diagnostic.code))
      .map((d) => `${d.line}:${d.column} ${d.code}`)
    expect(own).toEqual(example.diagnostics ?? [])
    if (kind === 'not ok') expect(own.length).toBeGreaterThan(0)
    expect(report.diagnostics.filter((diagnostic) => diagnostic.code.endsWith('-failed'))).toEqual([])
    if (example.found !== undefined) expect((found as Record<string, unknown>)[id]).toMatchObject(example.found as object)
  })

  it('has an example for every code it declares', () => {
    const triggered = new Set(
      owner.examples.notOk.flatMap((example) => (example.diagnostics ?? []).map((diagnostic) => diagnostic.split(' ')[1])),
    )
    const declared = Object.keys(codes).filter((code) => code !== `${id}-failed`)
    expect(declared.filter((code) => !triggered.has(code))).toEqual([])
  })
})

describe('the docs', () => {
  // The tables of codes and speaker forms are docs/detectors.md, generated from the owners below; the
  // prose of the README and docs/ names contents and heading forms, each shown by an example.
  const readme = [
    'README.md',
    ...readdirSync('docs')
      .filter((name) => name.endsWith('.md') && name !== 'detectors.md')
      .map((name) => `docs/${name}`),
  ]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')

  it('point to the generated tables of codes and speaker forms', () => {
    expect(readFileSync('docs/diagnostics.md', 'utf8')).toContain('(detectors.md#diagnostic-codes)')
    expect(readFileSync('docs/dialects.md', 'utf8')).toContain('(detectors.md#speakers)')
  })

  // Each phrase, and the example form that shows it.
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

// Paths read from a manifest are ids, checked before use; a report file is checked for ownership
// before it is overwritten, even when the manifest lists its id.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isReportId } from '../../src/emit/manifest.js'
import { cli, scratch } from './helpers.js'

const MANIFEST = '.report-extract-manifest.json'

/** A scratch folder with in/a.md extracted to o/. */
function extracted(): string {
  const dir = scratch()
  mkdirSync(join(dir, 'in'))
  writeFileSync(join(dir, 'in', 'a.md'), '# A report\n\n## One\n\nText.\n')
  expect(cli(['-q', '-o', 'o', 'in'], dir).status).toBe(0)
  return dir
}

/** Add an entry under `id` to the manifest of `folder`, a copy of the entry of `a`. */
function listInManifest(folder: string, id: string): void {
  const manifest = JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8'))
  manifest.reports[id] = manifest.reports.a
  writeFileSync(join(folder, MANIFEST), JSON.stringify(manifest))
}

describe('ids from a manifest', () => {
  it('are file names: no separators, no dot first, no control characters', () => {
    for (const id of ['a', 'report 2020', 'a.b', 'é…', '=x']) expect(isReportId(id)).toBe(true)
    for (const id of ['', '.', '..', '../victim/evil', 'a/b', 'a\\b', '.hidden', 'a\u0000b', 'a\u001b]0;x'])
      expect(isReportId(id)).toBe(false)
  })

  it('refuse a run whose --out manifest names ../site/index, and delete nothing outside --out', () => {
    const dir = extracted()
    mkdirSync(join(dir, 'site'))
    writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><meta name="generator" content="report-extract">')
    writeFileSync(join(dir, 'site', 'index.json'), readFileSync(join(dir, 'o', 'a.json')))
    listInManifest(join(dir, 'o'), '../site/index')
    const run = cli(['-q', '-o', 'o', 'in'], dir)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('lists “../site/index”, which is not a report id')
    expect(existsSync(join(dir, 'site', 'index.html'))).toBe(true)
    expect(existsSync(join(dir, 'site', 'index.json'))).toBe(true)
  })

  it('refuse a merge of a shard whose manifest names ../victim/evil, and write nothing outside --out', () => {
    const dir = extracted()
    // The report the shard's manifest points to, as its id says (o/../victim/evil.json).
    mkdirSync(join(dir, 'victim'))
    writeFileSync(
      join(dir, 'victim', 'evil.json'),
      readFileSync(join(dir, 'o', 'a.json'), 'utf8').replace('"id": "a"', '"id": "../victim/evil"'),
    )
    listInManifest(join(dir, 'o'), '../victim/evil')
    const merge = cli(['merge', '-o', 'all/x', 'o'], dir)
    expect(merge.status).toBe(1)
    expect(merge.stderr).toContain('lists “../victim/evil”, which is not a report id')
    expect(existsSync(join(dir, 'all', 'victim', 'evil.json'))).toBe(false)
    expect(existsSync(join(dir, 'all'))).toBe(false)
  })
})

describe('a report file the user replaced', () => {
  it('is not overwritten by --force though the manifest lists its id', () => {
    const dir = extracted()
    writeFileSync(join(dir, 'o', 'a.json'), '{"mine": true}\n')
    const run = cli(['-q', '--force', '-o', 'o', 'in'], dir)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('a.json exists and was not written by report-extract')
    expect(readFileSync(join(dir, 'o', 'a.json'), 'utf8')).toBe('{"mine": true}\n')
  })
})

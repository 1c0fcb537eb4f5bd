// The printed diagnostics keep vfile-reporter's layout exactly (without colour), wide characters included.
import { readFileSync } from 'node:fs'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import { diagnosticsFile, formatDiagnostics, width } from '../src/emit/diagnostics.js'
import { extractReport } from '../src/index.js'

describe('printed diagnostics', () => {
  const report = extractReport(readFileSync('fixtures/seed-unido/input.md'), { id: 'seed', path: 'input/seed.md' })

  it('prints what vfile-reporter prints, with and without info', () => {
    for (const quiet of [false, true]) {
      expect(formatDiagnostics(report, { quiet, color: false })).toBe(reporter([diagnosticsFile(report, quiet)], { color: false, quiet: true }))
    }
    expect(formatDiagnostics(report, { quiet: false, color: false })).toContain('预览已结束')
  })

  it('prints nothing for a report without diagnostics', () => {
    expect(formatDiagnostics({ ...report, diagnostics: [] }, { quiet: false, color: false })).toBe('')
  })

  it('measures wide characters as two columns', () => {
    expect([width('abc'), width('预览'), width('Café'), width('e\u0301')]).toEqual([3, 4, 4, 1])
  })
})

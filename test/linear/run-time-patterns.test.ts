// Every `new RegExp(` in src/ is reached by the run that collects the run-time patterns, so that none
// goes unchecked because nothing built it; test/slow/redos.test.ts (npm run test:all, run by CI) checks
// each collected pattern with recheck.
import { beforeAll, describe, expect, it } from 'vitest'
import { type RunTimePattern, regexSites, runTimePatterns } from './run-time-patterns.js'

let patterns: RunTimePattern[] = []
beforeAll(async () => {
  patterns = await runTimePatterns()
}, 60_000)

describe('run-time patterns', () => {
  it('are collected from every place src/ builds one', () => {
    const reached = new Set(patterns.flatMap((pattern) => pattern.sites))
    expect(regexSites().filter((site) => !reached.has(site))).toEqual([])
    expect(patterns.length).toBeGreaterThan(20)
  })
})

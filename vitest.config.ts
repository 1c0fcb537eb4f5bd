// `npm test`: every suite but those in test/slow/ (scale, the browser, random documents, Parquet in DuckDB) and
// the four end-to-end CLI suites that spawn the built command by the hundred (SLOW_SUITES: a third of the
// default run's CPU time), which `npm run test:all` adds (vitest.all.config.ts; CI runs both). On two
// cores two workers finish sooner than vitest's default of one: most suites wait on the CLI processes
// they spawn. The test files share their worker's modules
// (isolate: false; no test mocks a module or changes global state): loading the code once per worker
// instead of once per file saves a fifth of the run's CPU time.
import { defineConfig } from 'vitest/config'

export const shared = {
  testTimeout: 30_000,
  pool: 'threads' as const,
  maxWorkers: 2,
  isolate: false,
  globalSetup: ['test/global/repository-unchanged.ts'],
}

/** Suites of test/ that only `npm run test:all` runs: sharding and merging, hostile input, merge, check's CLI. */
export const SLOW_SUITES = ['test/batch.test.ts', 'test/hostile.test.ts', 'test/merge.test.ts', 'test/check.test.ts']

export default defineConfig({
  test: {
    ...shared,
    include: ['test/**/*.test.ts'],
    exclude: ['test/slow/**', ...SLOW_SUITES, '**/node_modules/**'],
  },
})

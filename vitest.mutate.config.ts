// The tests Stryker runs against each mutant of src/detect/ and src/assemble/ (`npm run mutate`): those
// that run the extraction in this process. Tests of the built CLI (spawned) cannot see a mutant, and the
// slow pathological inputs prove bounds, not values. seed.test.ts and dialects.test.ts extract their
// reports when the file loads, which would make every mutant "static" (run against all tests); what they
// check is in the fixtures' goldens, which fixtures.test.ts compares inside its tests.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'test/examples.test.ts',
      'test/detect/**/*.test.ts',
      'test/fixtures.test.ts',
      'test/dialect.test.ts',
      'test/assemble/**/*.test.ts',
      'test/text/**/*.test.ts',
      'test/parse/**/*.test.ts',
    ],
    testTimeout: 30_000,
    pool: 'threads',
  },
})

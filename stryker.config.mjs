// Mutation testing of the detectors and the assembly (`npm run mutate`): which of their claims no test
// guards. The score and the survivors judged equivalent are in docs/quality.md.
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: ['src/detect/**/*.ts', 'src/assemble/**/*.ts'],
  coverageAnalysis: 'perTest',
  // The machine is shared: one test process, and run it a file or a few at a time (`npm run mutate -- --mutate src/detect/event.ts`).
  concurrency: 1,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  // Stryker reads tsconfig.json with TypeScript's JavaScript API to rewrite `extends` and `references`,
  // which TypeScript 7 no longer has; ours has neither, so it is left as it is (a name no file has).
  tsconfigFile: 'no-tsconfig-to-rewrite.json',
  // Only the sources are type-checked and instrumented; the corpus, outputs and tools stay out of the sandbox
  // (no test Stryker runs reads them, and the corpus's HTML originals are not Stryker's to parse).
  disableTypeChecks: 'src/**/*.ts',
  ignorePatterns: ['corpus', 'dist', 'output', 'scratch', 'reports', 'bench', 'tools', 'input'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}

#!/usr/bin/env node
// `npm run fuzz`: the property tests of test/slow/property.test.ts with many more cases.
// FUZZ_RUNS (default 50000) sets the number of documents, FUZZ_SEED replays a failure; fast-check
// prints the seed, the path and the shrunk counterexample when a property fails.
import { spawnSync } from 'node:child_process'

const runs = process.env.FUZZ_RUNS || '50000'
const env = { ...process.env, FUZZ_RUNS: runs }
console.log(`fuzz: ${runs} documents${process.env.FUZZ_SEED ? `, seed ${process.env.FUZZ_SEED}` : ''}`)
const vitest = ['vitest', 'run', '--config', 'vitest.all.config.ts', 'test/slow/property.test.ts']
const result = spawnSync('npx', vitest, { stdio: 'inherit', env })
process.exit(result.status ?? 1)

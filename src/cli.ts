#!/usr/bin/env node
// The report-extract command. Loads the extraction code only when there is something to extract.
import { main } from './cli/main.js'
import { setRunFlags } from './cli/v8-flags.js'

setRunFlags()
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })

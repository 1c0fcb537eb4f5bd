// `node .ci/summary.mjs NAME REPORT.json STATUS`: one line of counts from a vitest JSON report, and
// exit 1 when the command exited non-zero (STATUS), a test or a whole suite failed (a file that fails
// to import has no test to fail: only numFailedTestSuites counts it), nothing passed, or no report
// was written.
import { readFileSync } from 'node:fs'

const [name, file, status] = process.argv.slice(2)
let results
try {
  results = JSON.parse(readFileSync(file, 'utf8'))
} catch (error) {
  console.error(`${name}: no test results in ${file} (${error.message}); the command exited ${status}`)
  process.exit(1)
}
const skipped = results.numPendingTests + results.numTodoTests
console.log(
  `${name}: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped; ` +
    `${results.numPassedTestSuites} of ${results.numTotalTestSuites} files passed, ${results.numFailedTestSuites} failed; exit status ${status}`,
)
const failed = status !== '0' || results.numFailedTests > 0 || results.numFailedTestSuites > 0 || results.numPassedTests === 0 || results.success === false
process.exit(failed ? 1 : 0)

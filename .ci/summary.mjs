// `node .ci/summary.mjs NAME REPORT.json STATUS`: one line of counts from a vitest JSON report, and
// exit 1 when the command exited non-zero (STATUS), a test, a suite or a test file failed (a file
// that fails to import has no test to fail: only the failed suites and files count it), nothing
// passed, or no report was written.
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
const files = results.testResults.length
const failedFiles = results.testResults.filter((file) => file.status === 'failed').map((file) => file.name)
console.log(
  `${name}: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped; ` +
    `${files - failedFiles.length} of ${files} files passed; ${results.numFailedTestSuites} suites failed; exit status ${status}`,
)
for (const file of failedFiles) console.log(`${name}: failed: ${file}`)
const failed =
  status !== '0' ||
  results.numFailedTests > 0 ||
  results.numFailedTestSuites > 0 ||
  failedFiles.length > 0 ||
  results.numPassedTests === 0 ||
  results.success === false
process.exit(failed ? 1 : 0)

// Check corpus case folders without extracting anything: gold.json against the gold schema, source.md's
// fields, an input beside them. For people writing gold (who must not run the tool on their case).
//   npm run build && node scripts/validate-corpus-case.mjs /work/pool/*/
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Gold } from '../dist/eval/gold.js'
import { CaseSource, readSourceFields } from '../dist/eval/source.js'

let failed = 0
for (const dir of process.argv.slice(2)) {
  const problems = []
  const inputs = readdirSync(dir).filter((file) => /^input\.(?:md|txt)$/.test(file))
  if (inputs.length !== 1) problems.push(`needs exactly one input.md or input.txt, has ${inputs.length}`)
  const source = CaseSource.safeParse(readSourceFields(dir))
  if (!source.success) problems.push(...source.error.issues.map((issue) => `source.md ${issue.path.join('.')}: ${issue.message}`))
  const goldFile = join(dir, 'gold.json')
  if (!existsSync(goldFile)) problems.push('no gold.json')
  else {
    try {
      const gold = Gold.safeParse(JSON.parse(readFileSync(goldFile, 'utf8')))
      if (!gold.success)
        problems.push(...gold.error.issues.slice(0, 5).map((issue) => `gold.json ${issue.path.join('.')}: ${issue.message}`))
    } catch (error) {
      problems.push(`gold.json: ${error.message}`)
    }
  }
  if (problems.length > 0) failed++
  console.log(problems.length === 0 ? `${dir}: ok` : `${dir}:\n  ${problems.join('\n  ')}`)
}
process.exit(failed > 0 ? 1 : 0)

// Regenerate the committed report.schema.json and gold.schema.json from their zod schemas, and
// report-tei.rng, the RELAX NG schema of the TEI files, from its source (after `npm run build`).
import { writeFileSync } from 'node:fs'
import { schemaJson } from '../dist/emit/json.js'
import { TEI_SCHEMA } from '../dist/emit/tei/schema.js'
import { goldSchemaJson } from '../dist/eval/gold.js'

writeFileSync(new URL('../report.schema.json', import.meta.url), schemaJson())
writeFileSync(new URL('../gold.schema.json', import.meta.url), goldSchemaJson())
writeFileSync(new URL('../report-tei.rng', import.meta.url), TEI_SCHEMA)

// Regenerate the committed report.schema.json and gold.schema.json from their zod schemas (after `npm run build`).
import { writeFileSync } from 'node:fs'
import { schemaJson } from '../dist/emit/json.js'
import { goldSchemaJson } from '../dist/eval/gold.js'

writeFileSync(new URL('../report.schema.json', import.meta.url), schemaJson())
writeFileSync(new URL('../gold.schema.json', import.meta.url), goldSchemaJson())

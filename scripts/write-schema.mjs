// Regenerate the committed report.schema.json from the zod schema (after `npm run build`).
import { writeFileSync } from 'node:fs'
import { schemaJson } from '../dist/emit/json.js'

writeFileSync(new URL('../report.schema.json', import.meta.url), schemaJson())

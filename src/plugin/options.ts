// The options of the remark plugin (and so of extractReport), checked by zod before a report is read:
// an unknown key, an unknown detector or an unknown option of a detector is an error, whether the
// options come from TypeScript or from JavaScript, where nothing checked them before.
import { z } from 'zod'
import { type DetectorOptions, detectors } from '../detect/index.js'

/** Options given to report-extract that it cannot take: what is wrong, one line per problem. */
export class OptionsError extends Error {
  override name = 'OptionsError'
}

/** Each detector's options, every key optional and no other key allowed; no other detector allowed. */
function detectorOptionsSchema(): z.ZodType<DetectorOptions, DetectorOptions> {
  const shape: Record<string, z.ZodType> = {}
  for (const detector of detectors) {
    const options: z.ZodType = detector.options
    shape[detector.id] = (options instanceof z.ZodObject ? options.partial().strict() : options).optional()
  }
  return z.strictObject(shape)
}

/** Made on first use: a run that gives no options builds no schema. */
let schema: ReturnType<typeof optionsSchema> | undefined

function optionsSchema() {
  return z.strictObject({
    id: z
      .string()
      .min(1)
      .optional()
      .describe('The report’s id; by default the file’s name without its extension (its stem), else "report"'),
    encoding: z.string().min(1).optional().describe('Force a decoding of a file whose value is bytes (`latin1`, `windows-1252`, …)'),
    detectors: detectorOptionsSchema().optional().describe('Options for individual detectors, keyed by detector id'),
  })
}

/** What the plugin takes: `{ id?, encoding?, detectors? }`. */
export type RemarkReportOptions = z.input<ReturnType<typeof optionsSchema>>

/** The options as given, once checked; throws `OptionsError` naming every problem. */
export function checkOptions(options: unknown): RemarkReportOptions {
  if (options === undefined || options === null) return {}
  schema ??= optionsSchema()
  const result = schema.safeParse(options)
  if (!result.success) throw new OptionsError(`report-extract: invalid options\n${z.prettifyError(result.error)}`)
  // The options as given, not as parsed: a detector fills in its own defaults (and keeps them made once).
  return options
}

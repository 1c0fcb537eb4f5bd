// The bytes of a report's JSON file, kept apart from the schema so that reading or writing one loads no zod.
import type { Report } from '../schema/report.js'

/** A report `extractReport` returned (already validated, keys in schema order) as its JSON file: two-space indent, LF, final newline. */
export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

/** How every report file begins: how a file report-extract wrote is told from one it did not. */
export const REPORT_JSON_START = '{\n  "schemaVersion": '

// One JSON file per report, keys in schema order, two-space indent, LF, final newline.
import { Report, reportJsonSchema } from '../schema/report.js'

export function reportJson(report: Report): string {
  return serializeReport(Report.parse(report))
}

/** A report `extractReport` returned (already validated, keys in schema order) as its JSON file. */
export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

/** How every report file begins: how a file report-extract wrote is told from one it did not. */
export const REPORT_JSON_START = '{\n  "schemaVersion": '

export function schemaJson(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`
}

// One JSON file per report, keys in schema order, two-space indent, LF, final newline.
import { Report, reportJsonSchema } from '../schema/report.js'

export function reportJson(report: Report): string {
  return `${JSON.stringify(Report.parse(report), null, 2)}\n`
}

export function schemaJson(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`
}

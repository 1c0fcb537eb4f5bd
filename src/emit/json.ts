// One JSON file per report, keys in schema order, two-space indent, LF, final newline.
import { Report, reportJsonSchema } from '../schema/report.js'
import { serializeReport } from './report-file.js'

export function reportJson(report: Report): string {
  return serializeReport(Report.parse(report))
}

export function schemaJson(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`
}

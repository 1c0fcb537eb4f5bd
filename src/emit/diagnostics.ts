// Diagnostics as vfile messages again, for vfile-reporter to format at the edge (sorted by position).
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { Report } from '../schema/report.js'

export function diagnosticsFile(report: Report, quiet: boolean): VFile {
  const file = new VFile({ path: report.source.path || report.id })
  for (const diagnostic of report.diagnostics) {
    if (quiet && diagnostic.severity === 'info') continue
    const message = new VFileMessage(diagnostic.message, {
      place: { line: diagnostic.line, column: diagnostic.column },
      ruleId: diagnostic.code,
      source: 'report-extract',
    })
    message.file = file.path
    message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined
    file.messages.push(message)
  }
  return file
}

// Diagnostics printed at the edge, sorted by position, in vfile-reporter's layout: the file, then
// one aligned row per message (place, severity, reason, code, source), then a count. Written here
// rather than through vfile-reporter because its width measure (string-width) took a third of a
// batch run's time; `diagnosticsFile` gives the vfile form for anyone who wants the original.
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

const ESCAPES = { bold: '\u001B[1m', normal: '\u001B[22m', underline: '\u001B[4m', noUnderline: '\u001B[24m', red: '\u001B[31m', yellow: '\u001B[33m', green: '\u001B[32m', cyan: '\u001B[36m', reset: '\u001B[39m' }

/** A report's diagnostics as vfile-reporter prints them (`quiet` drops info); empty when none is left. */
export function formatDiagnostics(report: Report, options: { quiet: boolean; color: boolean }): string {
  const diagnostics = report.diagnostics.filter((d) => !options.quiet || d.severity !== 'info')
  if (diagnostics.length === 0) return ''
  const e = options.color ? ESCAPES : (Object.fromEntries(Object.keys(ESCAPES).map((key) => [key, ''])) as typeof ESCAPES)
  const rows = diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, d.message, d.code, 'report-extract'])
  const sizes = [0, 1, 2, 3, 4].map((cell) => Math.max(...rows.map((row) => width(row[cell]!))))
  const paint = (cell: number, text: string, severity: string) =>
    cell === 1 ? `${severity === 'error' ? e.red : e.yellow}${text}${e.reset}` : cell === 2 ? `${e.bold}${codeSpans(text, e)}${e.normal}` : text
  const lines = rows.map((row, index) =>
    row
      .map((cell, i) => paint(i, cell, diagnostics[index]!.severity) + ' '.repeat(sizes[i]! + 1 - width(cell)))
      .join('')
      .trimEnd(),
  )
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length
  const name = report.source.path || report.id
  const head = `${e.underline}${errors ? e.red : e.yellow}${name}${e.reset}${e.noUnderline}`
  const counts = [errors ? `${e.red}✖${e.reset} ${errors} error${errors === 1 ? '' : 's'}` : '', warnings ? `${e.yellow}⚠${e.reset} ${warnings} warning${warnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ')
  const byline = !counts ? [] : ['', diagnostics.length !== errors && diagnostics.length !== warnings ? `${diagnostics.length} messages (${counts})` : counts]
  return [head, ...lines, ...byline].join('\n')
}

/** `code` in a reason, coloured as vfile-reporter does (matching runs of backticks). */
function codeSpans(reason: string, e: typeof ESCAPES): string {
  if (!e.cyan || !reason.includes('`')) return reason
  return reason.replace(/(`+)[^`]*?\1/g, (span) => `${e.cyan}${span}${e.reset}`)
}

/** Columns a string takes in a terminal: wide East Asian characters count two, combining marks none. */
export function width(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x20-\x7e]*$/.test(text)) return text.length
  let columns = 0
  for (const character of text) {
    const code = character.codePointAt(0)!
    if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || code === 0xfe0f) continue
    columns += isWide(code) ? 2 : 1
  }
  return columns
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  )
}

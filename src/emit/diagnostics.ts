// Diagnostics printed at the edge, sorted by position: the file, then one row per message (place,
// severity, code, reason: the columns of fixed kind first, aligned, so that the reason can run to
// the line's end or be cut there), then a count. A finding that explains a run of others prints
// with the first of them and a count instead of the rest; the CSV keeps every row. `diagnosticsFile`
// gives the vfile form for anyone who wants vfile-reporter's layout.
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { Report } from '../schema/report.js'
import { printable } from './printable.js'

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

const ESCAPES = {
  bold: '\u001B[1m',
  normal: '\u001B[22m',
  underline: '\u001B[4m',
  noUnderline: '\u001B[24m',
  red: '\u001B[31m',
  yellow: '\u001B[33m',
  green: '\u001B[32m',
  cyan: '\u001B[36m',
  reset: '\u001B[39m',
}

export interface PrintOptions {
  /** Only errors (no warnings, no info). */
  quiet: boolean
  color: boolean
  /** Cut each row to this many columns (a terminal's width); null prints every reason whole. */
  columns: number | null
  /** Where every diagnostic is written in full, named in a count row (default: diagnostics.csv). */
  fullList?: string
}

export interface Printed {
  text: string
  /** Whether some reason was cut to fit `columns`. */
  cut: boolean
}

/**
 * A finding that explains the findings of another code from its `cause` on: the report stops early,
 * so the contents entries after the cut have no section. Those print as the first and a count.
 */
const EXPLAINS = [
  { by: 'report-truncated', code: 'contents-no-section', what: 'contents entries after the cut' },
] as const satisfies ReadonlyArray<{
  by: string
  code: string
  what: string
}>

/** The fewest columns a reason is cut to, however narrow the terminal. */
const MIN_REASON = 24

type Row = { place: string; severity: string; code: string; reason: string }

/** A report's diagnostics for people (`quiet` keeps only errors); empty text when none is left. */
export function formatDiagnostics(report: Report, options: PrintOptions): Printed {
  const diagnostics = report.diagnostics.filter((d) => !options.quiet || d.severity === 'error')
  if (diagnostics.length === 0) return { text: '', cut: false }
  const e = options.color ? ESCAPES : (Object.fromEntries(Object.keys(ESCAPES).map((key) => [key, ''])) as typeof ESCAPES)
  const rows = collapse(diagnostics, options.fullList ?? 'diagnostics.csv')
  const sizes = {
    place: Math.max(...rows.map((row) => width(row.place))),
    severity: Math.max(...rows.map((row) => width(row.severity))),
    code: Math.max(...rows.map((row) => width(row.code))),
  }
  const indent = sizes.place + sizes.severity + sizes.code + 6
  const room = options.columns === null ? Infinity : Math.max(MIN_REASON, options.columns - indent)
  let cut = false
  const lines = rows.map((row) => {
    // A count row has no place, severity or code of its own: it runs on from the code's column.
    // A title or file name quoted in a reason prints with its control characters escaped.
    const whole = printable(row.reason)
    const reason = fit(whole, row.place ? room : room + sizes.code + 2)
    cut ||= reason !== whole
    const severity = row.severity === 'error' ? e.red : row.severity === 'warning' ? e.yellow : ''
    const start = [
      pad(row.place, sizes.place),
      `${severity}${row.severity}${severity ? e.reset : ''}${' '.repeat(sizes.severity - width(row.severity))}`,
    ]
    return row.place
      ? [...start, pad(row.code, sizes.code), `${e.bold}${codeSpans(reason, e)}${e.normal}`].join('  ')
      : [...start, reason].join('  ')
  })
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length
  const name = printable(report.source.path || report.id)
  const head = `${e.underline}${errors ? e.red : e.yellow}${name}${e.reset}${e.noUnderline}`
  const counts = [
    errors ? `${e.red}✖${e.reset} ${errors} error${errors === 1 ? '' : 's'}` : '',
    warnings ? `${e.yellow}⚠${e.reset} ${warnings} warning${warnings === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(', ')
  const byline = !counts
    ? []
    : ['', diagnostics.length !== errors && diagnostics.length !== warnings ? `${diagnostics.length} messages (${counts})` : counts]
  return { text: [head, ...lines, ...byline].join('\n'), cut }
}

/** One row per diagnostic, but a run that another finding explains: its first, then a count. */
function collapse(diagnostics: Report['diagnostics'], fullList: string): Row[] {
  const hidden = new Set<Report['diagnostics'][number]>()
  const counts = new Map<Report['diagnostics'][number], string>()
  for (const rule of EXPLAINS) {
    const cause = diagnostics.find((d) => d.code === rule.by && d.cause !== null)?.cause
    if (!cause) continue
    const explained = diagnostics.filter(
      (d) => d.code === rule.code && (d.line > cause.line || (d.line === cause.line && d.column >= cause.column)),
    )
    if (explained.length < 2) continue
    for (const d of explained.slice(1)) hidden.add(d)
    counts.set(explained[0]!, `… and ${explained.length - 1} more ${rule.what} (${fullList})`)
  }
  return diagnostics.flatMap((d) => {
    if (hidden.has(d)) return []
    const row = { place: `${d.line}:${d.column}`, severity: d.severity, code: d.code, reason: d.message }
    const count = counts.get(d)
    return count ? [row, { place: '', severity: '', code: '', reason: count }] : [row]
  })
}

function pad(text: string, size: number): string {
  return text + ' '.repeat(size - width(text))
}

/** `text` in at most `room` columns: whole, or cut with an ellipsis. */
export function fit(text: string, room: number): string {
  if (width(text) <= room) return text
  let used = 0
  let kept = ''
  for (const character of text) {
    const columns = width(character)
    if (used + columns > room - 1) break
    kept += character
    used += columns
  }
  return `${kept.trimEnd()}…`
}

/**
 * `code` in a reason, coloured as vfile-reporter does (its pattern /(`+)[^`]*?\1/g, read by a scanner:
 * the backreference was tried from every mark of a long run of backticks, each try scanning ahead).
 */
export function codeSpans(reason: string, e: Pick<typeof ESCAPES, 'cyan' | 'reset'>): string {
  if (!e.cyan || !reason.includes('`')) return reason
  let coloured = ''
  let copied = 0
  for (let at = reason.indexOf('`'); at !== -1; at = reason.indexOf('`', at)) {
    const end = codeSpanEnd(reason, at)
    if (end === null) {
      at++
      continue
    }
    coloured += `${reason.slice(copied, at)}${e.cyan}${reason.slice(at, end)}${e.reset}`
    copied = at = end
  }
  return coloured + reason.slice(copied)
}

/**
 * Where the span the pattern matches at `at` (a backtick) ends: a run closed by as long a run, else two halves
 * of it; null for a lone mark.
 */
function codeSpanEnd(text: string, at: number): number | null {
  const run = runOfBackticks(text, at)
  const next = text.indexOf('`', at + run)
  if (next !== -1 && runOfBackticks(text, next) >= run) return next + run
  return run >= 2 ? at + 2 * Math.floor(run / 2) : null
}

function runOfBackticks(text: string, at: number): number {
  let end = at
  while (text[end] === '`') end++
  return end - at
}

/** Columns a string takes in a terminal: wide East Asian characters count two, combining marks none. */
export function width(text: string): number {
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

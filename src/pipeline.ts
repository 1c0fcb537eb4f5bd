// The main sequence, in order: read → decode → parse → detect → assemble → validate → emit.
// This module covers decode … validate (pure: no I/O, never exits); the CLI reads files and emits.
import { createHash } from 'node:crypto'
import { VFile } from 'vfile'
import { assemble } from './assemble/index.js'
import { decode } from './decode/decode.js'
import { detectAll, type DetectorOptions } from './detect/index.js'
import { createContext } from './detect/types.js'
import { flowOf } from './parse/flow.js'
import { parseMarkdown } from './parse/parse.js'
import { type Diagnostic, Report, SCHEMA_VERSION } from './schema/report.js'

export interface ExtractOptions {
  /** The report's id; defaults to "report". The CLI passes the input file's base name. */
  id?: string
  /** The input path as given, recorded in `source.path`. */
  path?: string
  /** Force a decoding of byte input (`latin1`, `windows-1252`, …); UTF-8 and UTF-16 with a BOM need none. */
  encoding?: string
  /** Options for individual detectors, keyed by detector id. */
  detectors?: DetectorOptions
}

/** Extract a report's structure from Markdown (a string, or the file's bytes). Throws `InputError` on unreadable input. */
export function extractReport(input: string | Uint8Array, options: ExtractOptions = {}): Report {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const { text } = decode(input, options.encoding)
  const file = new VFile({ path: options.path ?? 'report.md', value: text })
  const tree = parseMarkdown(text, file)
  const context = createContext(text, flowOf(tree), file)
  const found = detectAll(tree, context, options.detectors)
  const assembled = assemble(found, context.report)
  const report = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? 'report',
    source: { path: options.path ?? '', sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength },
    ...assembled,
    diagnostics: diagnosticsOf(file),
  }
  return Report.parse(report)
}

function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages
    .map((message) => ({
      severity: message.fatal === true ? ('error' as const) : message.fatal === false ? ('warning' as const) : ('info' as const),
      code: message.ruleId ?? 'report-unknown',
      line: message.line ?? 1,
      column: message.column ?? 1,
      message: message.reason,
      cause: placeOfCause(message.cause),
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message))
}

function placeOfCause(cause: unknown): Diagnostic['cause'] {
  if (cause && typeof cause === 'object') {
    const place = 'place' in cause ? ((cause as { place: { line?: unknown; column?: unknown } | undefined }).place ?? {}) : {}
    if (typeof place.line === 'number') return { line: place.line, column: typeof place.column === 'number' ? place.column : 1 }
  }
  return null
}

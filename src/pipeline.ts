// The main sequence, in order: read → decode → parse → detect → assemble → validate → emit.
// This module covers decode … validate (pure: no I/O, never exits); the CLI reads files and emits.
// Decoding ends with the dialect rewrite: line-preserving fixes of converter marks CommonMark misreads.
import { createHash } from 'node:crypto'
import { VFile } from 'vfile'
import { assemble } from './assemble/index.js'
import { decode } from './decode/decode.js'
import type { Root } from 'mdast'
import { isPlainText, readPlainText } from './dialect/plaintext.js'
import { recognise } from './dialect/recognise.js'
import type { Dialect } from './dialect/types.js'
import { rewrite } from './dialect/rewrite.js'
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
  const decoded = decode(input, options.encoding)
  const file = new VFile({ path: options.path ?? 'report.md', value: decoded.text })
  const { text, dialect, tree } = read(decoded.text, file, options.path)
  const context = createContext(text, flowOf(tree), file, dialect)
  if (decoded.notes.length > 0) context.report('info', 'decode-notes', `Decoded ${decoded.notes.join('; ')}`, { line: 1, column: 1 })
  if (dialect.names.length > 0) context.report('info', 'dialect-detected', `Read as ${dialect.names.join(' + ')}${dialect.names.includes('plaintext') ? '' : ' Markdown'}`, { line: 1, column: 1 })
  const found = detectAll(tree, context, options.detectors)
  const assembled = assemble(found, context)
  const report = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? 'report',
    source: { path: options.path ?? '', sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength },
    ...assembled,
    diagnostics: diagnosticsOf(file, dialect.columnShift),
  }
  return Report.parse(report)
}

/** Plain text is read as plain text; Markdown after the dialect rewrite. */
function read(decoded: string, file: VFile, path?: string): { text: string; dialect: Dialect; tree: Root } {
  if (isPlainText(decoded, path)) {
    const { tree, pages } = readPlainText(decoded)
    return { text: decoded, tree, dialect: { names: ['plaintext'], asides: [], pages, columnShift: new Map() } }
  }
  const { text, dialect } = rewrite(decoded)
  dialect.names.push(...recognise(text).filter((name) => !dialect.names.includes(name)))
  return { text, dialect, tree: parseMarkdown(text, file) }
}

/** Diagnostics in position order, columns as in the input (before the dialect rewrite dedented lines). */
function diagnosticsOf(file: VFile, columnShift: ReadonlyMap<number, number>): Diagnostic[] {
  const shift = (place: { line: number; column: number }) => ({ line: place.line, column: place.column + (columnShift.get(place.line) ?? 0) })
  return file.messages
    .map((message) => {
      const cause = placeOfCause(message.cause)
      return {
        severity: message.fatal === true ? ('error' as const) : message.fatal === false ? ('warning' as const) : ('info' as const),
        code: message.ruleId ?? 'report-unknown',
        ...shift({ line: message.line ?? 1, column: message.column ?? 1 }),
        message: message.reason,
        cause: cause ? shift(cause) : null,
      }
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message))
}

function placeOfCause(cause: unknown): Diagnostic['cause'] {
  if (cause && typeof cause === 'object') {
    const place = 'place' in cause ? ((cause as { place: { line?: unknown; column?: unknown } | undefined }).place ?? {}) : {}
    if (typeof place.line === 'number') return { line: place.line, column: typeof place.column === 'number' ? place.column : 1 }
  }
  return null
}

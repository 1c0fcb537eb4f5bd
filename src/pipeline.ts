// The main sequence, in order: read → decode → dialect → parse → detect → assemble → review → validate → emit.
// This module covers decode … validate (pure: no I/O, never exits); the CLI reads files and emits.
// The dialect stage reads plain text as plain text, and makes line-preserving fixes of converter marks
// that CommonMark would misread in Markdown.
import { createHash } from 'node:crypto'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { checkReport, reportStage } from './assemble/checks.js'
import { assemble } from './assemble/index.js'
import { decode } from './decode/decode.js'
import { decodeStage } from './decode/stage.js'
import { detectAll, type Detections, type DetectorOptions, detectors, reviewAll } from './detect/index.js'
import { captionTree, readCaptions } from './dialect/captions.js'
import { readChatTopics } from './dialect/chat-topics.js'
import { dropPageFurniture } from './dialect/page-furniture.js'
import { isPlainText, readPlainText } from './dialect/plaintext.js'
import { recognise } from './dialect/recognise.js'
import { rewrite } from './dialect/rewrite.js'
import { dialectStage } from './dialect/stage.js'
import { readSpeakerTables } from './dialect/speaker-tables.js'
import { splitTurnLines } from './dialect/turn-lines.js'
import type { Dialect } from './dialect/types.js'
import { flowOf } from './parse/flow.js'
import { readingDatesOf } from './text/dates.js'
import { parseMarkdown, parseStage } from './parse/parse.js'
import { reportPlugin, runPlugin } from './plugin/remark.js'
import { type Diagnostic, Report, SCHEMA_VERSION } from './schema/report.js'
import { reporterOf, type Sink, vfileSink } from './stage.js'

/** Every owner of diagnostic codes, in the order the pipeline runs them: its stages and, among them, the detectors. */
export const owners = [decodeStage, dialectStage, parseStage, ...detectors, reportStage] as const

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

/** The unified plugin over this sequence (plugin/remark.ts): remark users, `extractReport` and the CLI all run through it. */
export const remarkReport = reportPlugin((input, options) => extract(input, options).report)

/**
 * Extract a report's structure from Markdown (a string, or the file's bytes), through the plugin.
 * Throws `InputError` on unreadable input, `OptionsError` on options it cannot take.
 */
export function extractReport(input: string | Uint8Array, options: ExtractOptions = {}): Report {
  return runPlugin(remarkReport, input, { ...options, id: options.id ?? 'report' })
}

/** The report, and what each detector found on the way (for tests and the detectors' examples). */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): { report: Report; found: Detections } {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const decoded = decode(input, options.encoding)
  const file = new VFile({ path: options.path ?? 'report.md', value: decoded.text })
  const sink = vfileSink(file)
  if (decoded.notes.length > 0) reporterOf(decodeStage, sink)('decode-notes', `Decoded ${decoded.notes.join('; ')}`, { line: 1, column: 1 })
  // `7/8/2016` is 8 July in a document that prints `June 3, 2016`: every stage reads its dates in the document's order.
  return readingDatesOf(decoded.text, () => extractDecoded(decoded.text, bytes, file, sink, options))
}

function extractDecoded(
  decoded: string,
  bytes: Uint8Array,
  file: VFile,
  sink: Sink,
  options: ExtractOptions,
): { report: Report; found: Detections } {
  const { text, dialect, plainTree } = readDialect(decoded, options.path, sink)
  const split = splitTurnLines(plainTree ?? parseMarkdown(text, file), text, plainTree !== null)
  const tree = readSpeakerTables(readChatTopics(split, text))
  const found = detectAll({ tree, source: text, flow: flowOf(tree), dialect }, sink, options.detectors)
  const { assembled, assembly } = assemble(found, dialect)
  reviewAll(found, assembly, sink)
  checkReport(assembled, found.boilerplate.noticeLine, sink)
  const report = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? 'report',
    source: { path: options.path ?? '', sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength },
    ...assembled,
    diagnostics: diagnosticsOf(file, dialect.columnShift),
  }
  return { report: Report.parse(report), found }
}

/** The dialect stage: plain text is read into its tree here (`plainTree`); Markdown is rewritten for the parser. */
function readDialect(decoded: string, path: string | undefined, sink: Sink): { text: string; dialect: Dialect; plainTree: Root | null } {
  let result: { text: string; dialect: Dialect; plainTree: Root | null }
  // A caption file (WebVTT, SubRip) is plain text whose cues' words are its paragraphs, cue numbers and timings blanked.
  const captions = readCaptions(decoded)
  if (captions) {
    const dialect: Dialect = { names: ['plaintext', 'captions'], asides: [], pages: [], columnShift: new Map() }
    result = { text: captions.text, dialect, plainTree: captionTree(captions.text) }
  } else if (isPlainText(decoded, path)) {
    const { tree, pages, transcript, running } = readPlainText(decoded)
    result = {
      text: decoded,
      dialect: { names: ['plaintext'], asides: [], pages, columnShift: new Map(), transcript, running },
      plainTree: tree,
    }
  } else {
    const { text, dialect } = rewrite(decoded)
    dialect.names.push(...recognise(text).filter((name) => !dialect.names.includes(name)))
    const furniture = dropPageFurniture(text, dialect.names)
    if (furniture) dialect.running = furniture.running
    result = { text: furniture?.text ?? text, dialect, plainTree: null }
  }
  const names = result.dialect.names
  if (names.length > 0) {
    reporterOf(dialectStage, sink)('dialect-detected', `Read as ${names.join(' + ')}${names.includes('plaintext') ? '' : ' Markdown'}`, {
      line: 1,
      column: 1,
    })
  }
  return result
}

/** Diagnostics in position order, columns as in the input (before the dialect rewrite dedented lines). */
function diagnosticsOf(file: VFile, columnShift: ReadonlyMap<number, number>): Diagnostic[] {
  const shift = (place: { line: number; column: number }) => ({
    line: place.line,
    column: place.column + (columnShift.get(place.line) ?? 0),
  })
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

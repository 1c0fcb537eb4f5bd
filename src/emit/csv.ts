// The corpus tables: one row per item across every report of a run, RFC 4180 (CRLF, quotes where
// needed), UTF-8, a header row, columns in contract order. csv-stringify does the quoting.
import { type CastingContext, stringify } from 'csv-stringify/sync'
import type { Block, ContentsEntry, Diagnostic, Report, Section, Speaker } from '../schema/report.js'

type Row<Item> = ReadonlyArray<'report_id' | (keyof Item & string)>

export const TABLES = {
  contents: ['report_id', 'index', 'level', 'number', 'title', 'page', 'section_id'] satisfies Row<ContentsEntry>,
  sections: ['report_id', 'section_id', 'parent_id', 'level', 'number', 'title', 'kind', 'page', 'line'] satisfies Row<Section>,
  speakers: [
    'report_id',
    'speaker_id',
    'person_id',
    'section_id',
    'name',
    'given_name',
    'family_name',
    'position',
    'department',
    'organization',
    'line',
    'paragraphs',
    'words',
    'label',
  ] satisfies Row<Speaker>,
  blocks: ['report_id', 'block_id', 'section_id', 'speaker_id', 'kind', 'line', 'text'] satisfies Row<Block>,
  diagnostics: ['report_id', 'severity', 'code', 'line', 'column', 'message'] satisfies Row<Diagnostic>,
} as const

export type TableName = keyof typeof TABLES
export const TABLE_NAMES = Object.keys(TABLES) as TableName[]

/** A cell: text or a number; an absent value is an empty field. */
type Cell = string | number
/** One report's rows of every table, header excluded. */
type ReportRows = Record<TableName, Cell[][]>

function reportRows(report: Report): ReportRows {
  const rows = {} as ReportRows
  for (const table of TABLE_NAMES) {
    const columns = TABLES[table]
    const items: ReadonlyArray<Record<string, unknown>> = report[table]
    rows[table] = items.map((item) => columns.map((column) => (column === 'report_id' ? report.id : cell(item[column]))))
  }
  return rows
}

/**
 * One report's rows of every table as CSV (csv-stringify), header excluded, encoded as UTF-8: what is
 * appended to the corpus tables. The tables are views of one buffer, which a worker thread hands to
 * the main thread without copying (see `cli/worker.ts`).
 */
export type ReportCsv = Record<TableName, Uint8Array>

export function reportCsv(report: Report, excelSafe: boolean): ReportCsv {
  const rows = reportRows(report)
  const texts = TABLE_NAMES.map((table) => (rows[table].length > 0 ? stringify(rows[table], csvOptions(table, excelSafe)) : ''))
  const sizes = texts.map((text) => Buffer.byteLength(text, 'utf8'))
  const buffer = new Uint8Array(sizes.reduce((sum, size) => sum + size, 0))
  const encoder = new TextEncoder()
  const csv = {} as ReportCsv
  let start = 0
  TABLE_NAMES.forEach((table, i) => {
    csv[table] = buffer.subarray(start, start + sizes[i]!)
    encoder.encodeInto(texts[i]!, csv[table])
    start += sizes[i]!
  })
  return csv
}

/** A table's header line as CSV text. */
export function headerCsv(table: TableName, excelSafe: boolean): string {
  return stringify([[...TABLES[table]]], csvOptions(table, excelSafe))
}

/**
 * Options given to csv-stringify for a table. A line end of either kind inside a cell is quoted:
 * csv-stringify would quote only the record delimiter (CRLF), and a bare LF splits the row for RFC
 * 4180 readers. With `excelSafe`, text cells get `excelSafeText` except the key columns (`…_id`):
 * a `report_id` must stay the name of its JSON file, and the others are ids of our making.
 */
function csvOptions(table: TableName, excelSafe: boolean) {
  const options = { record_delimiter: 'windows' as const, quoted_match: /[\r\n]/ }
  if (!excelSafe) return options
  const keys = TABLES[table].map((column) => column.endsWith('_id'))
  return {
    ...options,
    cast: { string: (value: string, context: CastingContext) => (keys[context.column as number] ? value : excelSafeText(value)) },
  }
}

/** Whether a report id would be evaluated by a spreadsheet (it starts with = + - @, a tab or CR). */
export function formulaId(id: string): boolean {
  return excelSafeText(id) !== id
}

export function formulaRefusal(id: string): string {
  return (
    `report id “${id}” starts with ${JSON.stringify(id[0])}, which a spreadsheet would evaluate, ` +
    'and --excel-safe keeps report_id as it is (it names the JSON file): rename the file'
  )
}

/** A text cell a spreadsheet would run as a formula gets a leading `'`. */
export function excelSafeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** A whole table for the given reports (in the order given), header included. */
export function tableCsv(table: TableName, reports: readonly Report[], excelSafe = false): string {
  const rows: Cell[][] = [[...TABLES[table]]]
  for (const report of reports) rows.push(...reportRows(report)[table])
  return stringify(rows, csvOptions(table, excelSafe))
}

function cell(value: unknown): Cell {
  if (value === null || value === undefined) return ''
  return typeof value === 'number' ? value : String(value)
}

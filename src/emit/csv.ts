// The corpus tables: one row per item across every report of a run, RFC 4180 (CRLF, quotes where
// needed), UTF-8, a header row, columns in contract order. csv-stringify does the quoting.
import { stringify } from 'csv-stringify/sync'
import type { Block, ContentsEntry, Diagnostic, Report, Section, Speaker } from '../schema/report.js'

type Row<Item> = ReadonlyArray<'report_id' | (keyof Item & string)>

export const TABLES = {
  contents: ['report_id', 'index', 'level', 'number', 'title', 'page', 'section_id'] satisfies Row<ContentsEntry>,
  sections: ['report_id', 'section_id', 'parent_id', 'level', 'number', 'title', 'kind', 'page', 'line'] satisfies Row<Section>,
  speakers: ['report_id', 'speaker_id', 'person_id', 'section_id', 'name', 'given_name', 'family_name', 'position', 'department', 'organization', 'line', 'paragraphs', 'words'] satisfies Row<Speaker>,
  blocks: ['report_id', 'block_id', 'section_id', 'speaker_id', 'kind', 'line', 'text'] satisfies Row<Block>,
  diagnostics: ['report_id', 'severity', 'code', 'line', 'column', 'message'] satisfies Row<Diagnostic>,
} as const

export type TableName = keyof typeof TABLES

function itemsOf(report: Report, table: TableName): ReadonlyArray<Record<string, unknown>> {
  return report[table]
}

/** A whole table for the given reports (in the order given), header included. */
export function tableCsv(table: TableName, reports: readonly Report[]): string {
  const columns = TABLES[table]
  const rows: unknown[][] = [[...columns]]
  for (const report of reports) {
    for (const item of itemsOf(report, table)) {
      rows.push(columns.map((column) => (column === 'report_id' ? report.id : cell(item[column]))))
    }
  }
  return stringify(rows, { record_delimiter: 'windows' })
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  return String(value)
}

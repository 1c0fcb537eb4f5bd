// Everything written across the reports of a run, one report at a time in report_id order: the CSV
// tables always, and as asked the same tables as Parquet and the reports as JSON lines. Each is
// written beside its place and renamed into it by `close`; `abort` leaves the folder as it was. The
// Parquet writer is loaded only for a run that asks for it.
import type { Report } from '../schema/report.js'
import { type ReportCsv, TABLE_NAMES, TABLES, type TableName } from './csv.js'
import { JsonlWriter, jsonlLine } from './jsonl.js'
import type { JsonSchema, ParquetTables } from './parquet.js'
import { TableWriter } from './tables.js'

/** One report's rows of every table, header excluded: the JSON's values (null where the JSON has null). */
export type ParquetRows = Record<TableName, Array<Array<string | number | null>>>

/** A report's rows for the Parquet tables: what `reportRows` gives the CSVs, nulls kept (parquet.ts types them). */
function parquetRows(report: Report): ParquetRows {
  const rows = {} as ParquetRows
  for (const table of TABLE_NAMES) {
    const items: ReadonlyArray<Record<string, unknown>> = report[table]
    rows[table] = items.map((item) =>
      TABLES[table].map((column) => (column === 'report_id' ? report.id : ((item[column] as string | number | null | undefined) ?? null))),
    )
  }
  return rows
}

/** What a report adds besides its CSV rows, for the forms asked for. */
export function corpusExtras(report: Report, forms: { parquet: boolean; jsonl: boolean }): Omit<CorpusRows, 'csv'> {
  return { parquet: forms.parquet ? parquetRows(report) : undefined, jsonl: forms.jsonl ? jsonlLine(report) : undefined }
}

/** What one report adds: its CSV rows, and its Parquet rows and JSON line when those are written. */
export interface CorpusRows {
  csv: ReportCsv
  parquet?: ParquetRows | undefined
  jsonl?: Uint8Array | undefined
}

export interface CorpusOptions {
  excelSafe: boolean
  parquet: boolean
  jsonl: boolean
  /** The report's JSON Schema (as written to report.schema.json): the Parquet columns' types come from it. */
  schema: string
}

export class CorpusWriter {
  private constructor(
    private readonly tables: TableWriter,
    private readonly parquet: ParquetTables | null,
    private readonly jsonl: JsonlWriter | null,
  ) {}

  static async open(dir: string, options: CorpusOptions): Promise<CorpusWriter> {
    const tables = new TableWriter(dir, options.excelSafe)
    let parquet: ParquetTables | null = null
    try {
      if (options.parquet) parquet = await (await import('./parquet.js')).ParquetTables.open(dir, JSON.parse(options.schema) as JsonSchema)
    } catch (error) {
      await tables.abort()
      throw error
    }
    return new CorpusWriter(tables, parquet, options.jsonl ? new JsonlWriter(dir) : null)
  }

  async add(rows: CorpusRows): Promise<void> {
    await this.tables.add(rows.csv)
    if (this.parquet) await this.parquet.add(rows.parquet!)
    if (this.jsonl) await this.jsonl.add(rows.jsonl!)
  }

  async close(): Promise<void> {
    // The new forms are finished first: their failure leaves the CSVs, the run's contract, as they were.
    await this.parquet?.close()
    await this.jsonl?.close()
    await this.tables.close()
  }

  async abort(): Promise<void> {
    await this.tables.abort()
    await this.parquet?.abort()
    await this.jsonl?.abort()
  }
}

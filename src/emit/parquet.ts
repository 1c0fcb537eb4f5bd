// The corpus tables as Parquet (`--parquet`), beside the CSVs: the same columns, rows and order, with
// types a data tool can use. The types come from the report's JSON Schema (generated from the zod
// schema): an integer is INT32, text is a UTF-8 string, and a value that may be null is an OPTIONAL
// column holding nulls; a column that is integer or text (`page`) is text, as `number` is, so that
// `vii` and `2.10` stay as printed. The speaker's text fields, empty in the JSON when not given, are
// null here too. hyparquet-writer encodes; the rows are written a row group at a time into a
// temporary file each, so memory does not grow with the run; `close` renames them into place.
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { SchemaElement } from 'hyparquet'
import { ByteWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer'
import { temporaryPath } from './atomic.js'
import type { ParquetRows } from './corpus.js'
import { TABLE_NAMES, TABLES, type TableName } from './csv.js'

export interface ParquetColumn {
  name: string
  type: 'INT32' | 'STRING'
  nullable: boolean
}

/** Text columns whose empty value means "not given" (the JSON keeps an empty string): null in Parquet. */
const EMPTY_IS_NULL: Partial<Record<TableName, readonly string[]>> = {
  speakers: ['name', 'given_name', 'family_name', 'position', 'department', 'organization'],
}

/** The columns of each table with their Parquet types, read from the report's JSON Schema. */
export function parquetColumns(schema: JsonSchema): Record<TableName, ParquetColumn[]> {
  const columns = {} as Record<TableName, ParquetColumn[]>
  for (const table of TABLE_NAMES) {
    const properties = schema.properties?.[table]?.items?.properties ?? {}
    columns[table] = TABLES[table].map((name) => {
      if (name === 'report_id') return { name, type: 'STRING', nullable: false }
      const property = properties[name]
      if (!property) throw new Error(`the report schema has no ${table}.${name}`)
      const types = typesOf(property)
      const values = [...types].filter((type) => type !== 'null')
      if (!values.every((type) => type === 'integer' || type === 'string'))
        throw new Error(`${table}.${name} is ${values.join(' or ')}: not a table column`)
      const type = values.every((type) => type === 'integer') ? 'INT32' : 'STRING'
      return { name, type, nullable: types.has('null') || (EMPTY_IS_NULL[table]?.includes(name) ?? false) }
    })
  }
  return columns
}

/** The part of a JSON Schema read here. */
export interface JsonSchema {
  type?: string | string[]
  anyOf?: JsonSchema[]
  enum?: unknown[]
  properties?: Record<string, JsonSchema & { items?: JsonSchema }>
  items?: JsonSchema
}

function typesOf(schema: JsonSchema): Set<string> {
  const types = new Set<string>(schema.type === undefined ? [] : [schema.type].flat())
  for (const part of schema.anyOf ?? []) for (const type of typesOf(part)) types.add(type)
  return types
}

/** Rows buffered before a row group is written, and the bytes of text that write one sooner. */
const GROUP_ROWS = Number(process.env.REPORT_EXTRACT_PARQUET_GROUP_ROWS) || 50_000
const GROUP_TEXT = 8 * 1024 * 1024

/** Who wrote a Parquet file (its `created_by`), and the key of its metadata that names its table. */
export const PARQUET_CREATED_BY = 'report-extract'
export const PARQUET_TABLE_KEY = 'report-extract.table'

/** The five Parquet tables of a run, written as rows come, in the order they come. */
export class ParquetTables {
  private constructor(private readonly tables: ParquetTable[]) {}

  static async open(dir: string, schema: JsonSchema): Promise<ParquetTables> {
    const columns = parquetColumns(schema)
    const tables: ParquetTable[] = []
    try {
      for (const table of TABLE_NAMES) tables.push(await ParquetTable.open(join(dir, `${table}.parquet`), table, columns[table]))
    } catch (error) {
      for (const opened of tables) await opened.abort()
      throw error
    }
    return new ParquetTables(tables)
  }

  async add(rows: ParquetRows): Promise<void> {
    for (const table of this.tables) await table.add(rows[table.name])
  }

  async close(): Promise<void> {
    for (const table of this.tables) await table.finish()
    for (const table of this.tables) await table.rename()
  }

  async abort(): Promise<void> {
    for (const table of this.tables) await table.abort()
  }
}

/** One table: column arrays filled row by row, written as a row group when full, into a temporary file. */
class ParquetTable {
  private buffered: Array<Array<string | number | null>>
  private rows = 0
  private text = 0
  private readonly empty: boolean[]

  private constructor(
    readonly name: TableName,
    private readonly path: string,
    private readonly temporary: string,
    private readonly columns: readonly ParquetColumn[],
    private readonly writer: ParquetWriter,
    private readonly file: FileWriter,
  ) {
    this.buffered = columns.map(() => [])
    this.empty = columns.map((column) => EMPTY_IS_NULL[name]?.includes(column.name) ?? false)
  }

  static async open(path: string, name: TableName, columns: readonly ParquetColumn[]): Promise<ParquetTable> {
    const temporary = temporaryPath(path)
    const file = new FileWriter(await open(temporary, 'wx'))
    const schema: SchemaElement[] = schemaFromColumnData({
      columnData: columns.map((column) => ({ name: column.name, data: [], type: column.type, nullable: column.nullable })),
    })
    const writer = new ParquetWriter({
      writer: file,
      schema,
      createdBy: PARQUET_CREATED_BY,
      kvMetadata: [{ key: PARQUET_TABLE_KEY, value: name }],
    })
    return new ParquetTable(name, path, temporary, columns, writer, file)
  }

  async add(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Promise<void> {
    for (const row of rows) {
      this.columns.forEach((column, i) => {
        let value = row[i] ?? null
        if (value === '' && this.empty[i]) value = null
        if (column.type === 'STRING' && typeof value === 'number') value = String(value)
        if (typeof value === 'string') this.text += value.length
        this.buffered[i]!.push(value)
      })
      this.rows++
      if (this.rows >= GROUP_ROWS || this.text >= GROUP_TEXT) await this.flush()
    }
  }

  /** Write what is buffered as one row group. */
  private async flush(): Promise<void> {
    if (this.rows === 0) return
    const columnData = this.columns.map((column, i) => ({
      name: column.name,
      data: this.buffered[i]!,
      type: column.type,
      nullable: column.nullable,
    }))
    await this.writer.write({ columnData, rowGroupSize: this.rows })
    this.buffered = this.columns.map(() => [])
    this.rows = 0
    this.text = 0
  }

  async finish(): Promise<void> {
    await this.flush()
    await this.writer.finish()
  }

  async rename(): Promise<void> {
    await rename(this.temporary, this.path)
  }

  async abort(): Promise<void> {
    await this.file.close()
    await rm(this.temporary, { force: true })
  }
}

/**
 * hyparquet-writer's byte writer, emptied into a file after each row group and at the end: it holds
 * one row group's bytes at most. Each flush waits for the file to take the bytes before more come.
 */
class FileWriter extends ByteWriter {
  constructor(private readonly handle: FileHandle) {
    super(64 * 1024)
  }

  async flush(): Promise<void> {
    const bytes = new Uint8Array(this.buffer, 0, this.index)
    let written = 0
    while (written < bytes.byteLength) written += (await this.handle.write(bytes, written)).bytesWritten
    this.index = 0
  }

  // hyparquet-writer's ParquetWriter.finish returns this promise (`return this.writer.finish()`), which ParquetTable.finish awaits.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a promise where the type says void: see above
  override async finish(): Promise<void> {
    await this.flush()
    await this.close()
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => {})
  }
}

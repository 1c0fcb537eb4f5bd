// The corpus tables written as streams (csv-stringify's stream API into a temporary file each), one
// report's rows at a time in the order given, so memory does not grow with the number of reports.
// `close` renames them into place; `abort` removes them.
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { stringify, type Stringifier } from 'csv-stringify'
import { temporaryPath } from './atomic.js'
import { csvOptions, type ReportRows, TABLE_NAMES, TABLES, type TableName } from './csv.js'

interface Open {
  table: TableName
  path: string
  temporary: string
  csv: Stringifier
  file: WriteStream
}

export class TableWriter {
  private readonly open: Open[]

  constructor(dir: string, excelSafe: boolean) {
    this.open = TABLE_NAMES.map((table) => {
      const path = join(dir, `${table}.csv`)
      const temporary = temporaryPath(path)
      const csv = stringify(csvOptions(excelSafe))
      const file = createWriteStream(temporary)
      csv.pipe(file)
      csv.write([...TABLES[table]])
      return { table, path, temporary, csv, file }
    })
  }

  /** Append one report's rows; resolves when the streams can take more. */
  async add(rows: ReportRows): Promise<void> {
    for (const { table, csv } of this.open) {
      let ready = true
      for (const row of rows[table]) ready = csv.write(row)
      if (!ready) await once(csv, 'drain')
    }
  }

  async close(): Promise<void> {
    for (const { csv, file } of this.open) {
      csv.end()
      if (!file.closed) await once(file, 'close')
    }
    for (const { temporary, path } of this.open) await rename(temporary, path)
  }

  async abort(): Promise<void> {
    for (const { csv, file, temporary } of this.open) {
      csv.destroy()
      file.destroy()
      await rm(temporary, { force: true })
    }
  }
}

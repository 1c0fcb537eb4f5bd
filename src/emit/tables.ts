// The corpus tables written as streams (csv-stringify's stream API into a temporary file each), one
// report's rows at a time in the order given, so memory does not grow with the number of reports.
// csv-stringify emits one chunk per record; a file stream would turn each into a buffer of its own and
// hand the system thousands of tiny writes, which cost more than the CSV itself. So the records pass
// through a sink that joins them as text and writes about 16 kB at a time. `close` renames the files
// into place; `abort` removes them.
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { stringify, type Stringifier } from 'csv-stringify'
import { temporaryPath } from './atomic.js'
import { csvOptions, type ReportRows, TABLE_NAMES, TABLES, type TableName } from './csv.js'

const BATCH = 16 * 1024

interface Open {
  table: TableName
  path: string
  temporary: string
  csv: Stringifier
  sink: Batched
  file: WriteStream
}

export class TableWriter {
  private readonly open: Open[]
  /** The first error of any table's streams (a file that cannot be created or written): `add` and `close` throw it. */
  private failure: Error | undefined

  constructor(dir: string, excelSafe: boolean) {
    this.open = TABLE_NAMES.map((table) => {
      const path = join(dir, `${table}.csv`)
      const temporary = temporaryPath(path)
      // Records leave csv-stringify as text (a byte stream would encode each into a buffer of its own).
      const csv = stringify({ ...csvOptions(excelSafe), readableObjectMode: true })
      const file = createWriteStream(temporary)
      const sink = new Batched(file)
      // A pipe does not pass errors on: the first one is kept, and the stringifier stopped with it so
      // that nobody waits for it to drain.
      const fail = (error: Error) => {
        this.failure ??= error
        csv.destroy(error)
      }
      file.on('error', fail)
      sink.on('error', fail)
      csv.on('error', (error) => (this.failure ??= error))
      csv.pipe(sink)
      csv.write([...TABLES[table]])
      return { table, path, temporary, csv, sink, file }
    })
  }

  /** Append one report's rows; resolves when the streams can take more. */
  async add(rows: ReportRows): Promise<void> {
    if (this.failure) throw this.failure
    for (const { table, csv } of this.open) {
      let ready = true
      for (const row of rows[table]) ready = csv.write(row)
      if (!ready) await once(csv, 'drain')
    }
  }

  async close(): Promise<void> {
    for (const { csv, file } of this.open) {
      if (!csv.destroyed) csv.end()
      if (!file.closed) await once(file, 'close')
    }
    if (this.failure) throw this.failure
    for (const { temporary, path } of this.open) await rename(temporary, path)
  }

  async abort(): Promise<void> {
    for (const { csv, sink, file, temporary } of this.open) {
      csv.destroy()
      sink.destroy()
      file.destroy()
      await rm(temporary, { force: true })
    }
  }
}

/** Joins the records it is given as text and writes them to `file` in batches of about BATCH characters. */
class Batched extends Writable {
  private text = ''

  constructor(private readonly file: WriteStream) {
    super({ decodeStrings: false, highWaterMark: BATCH })
    file.on('error', (error) => this.destroy(error))
  }

  override _write(chunk: string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += chunk
    if (this.text.length < BATCH) return done()
    this.flush(done)
  }

  override _final(done: (error?: Error | null) => void): void {
    this.flush(() => this.file.end(done))
  }

  private flush(done: (error?: Error | null) => void): void {
    const text = this.text
    this.text = ''
    if (text === '' || this.file.write(text)) done()
    else this.file.once('drain', () => done())
  }
}

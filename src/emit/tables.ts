// The corpus tables written as streams (a file stream each, into a temporary file), one report's CSV
// at a time in the order given, so memory does not grow with the number of reports. The CSV comes
// from csv-stringify (`reportCsv`), already encoded, in the thread that extracted the report: the main
// thread of a batch only appends it. Turning rows into CSV there instead, record by record through
// csv-stringify's stream, kept every waiting record alive across collections, and that made V8 grow
// the main thread's young generation from 4 to 32 MB (24 MB of peak memory at 2,000 reports). A file
// stream would also hand the system one write per chunk, so chunks are joined and written about 16 kB
// at a time. `close` renames the files into place; `abort` removes them.
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { temporaryPath } from './atomic.js'
import { headerCsv, type ReportCsv, TABLE_NAMES, type TableName } from './csv.js'

const BATCH = 16 * 1024

interface Open {
  table: TableName
  path: string
  temporary: string
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
      const file = createWriteStream(temporary)
      const sink = new Batched(file)
      // The first error is kept (a file's error also stops its sink, so that nobody waits for it to drain).
      file.on('error', (error) => (this.failure ??= error))
      sink.on('error', (error) => (this.failure ??= error))
      sink.write(Buffer.from(headerCsv(table, excelSafe)))
      return { table, path, temporary, sink, file }
    })
  }

  /** Append one report's rows (as `reportCsv` gives them); resolves when the streams can take more. */
  async add(csv: ReportCsv): Promise<void> {
    if (this.failure) throw this.failure
    for (const { table, sink } of this.open) {
      if (csv[table].byteLength > 0 && !sink.write(csv[table])) await once(sink, 'drain')
    }
  }

  async close(): Promise<void> {
    for (const { sink, file } of this.open) {
      if (!sink.destroyed) sink.end()
      if (!file.closed) await once(file, 'close')
    }
    if (this.failure) throw this.failure
    for (const { temporary, path } of this.open) await rename(temporary, path)
  }

  async abort(): Promise<void> {
    for (const { sink, file, temporary } of this.open) {
      sink.destroy()
      file.destroy()
      await rm(temporary, { force: true })
    }
  }
}

/** Joins the bytes it is given and writes them to `file` in batches of about BATCH bytes. */
class Batched extends Writable {
  private chunks: Uint8Array[] = []
  private length = 0

  constructor(private readonly file: WriteStream) {
    super({ highWaterMark: BATCH })
    file.on('error', (error) => this.destroy(error))
  }

  override _write(chunk: Uint8Array, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk)
    this.length += chunk.byteLength
    if (this.length < BATCH) return done()
    this.flush(done)
  }

  override _final(done: (error?: Error | null) => void): void {
    this.flush(() => this.file.end(done))
  }

  private flush(done: (error?: Error | null) => void): void {
    const bytes = Buffer.concat(this.chunks, this.length)
    this.chunks = []
    this.length = 0
    if (bytes.byteLength === 0 || this.file.write(bytes)) done()
    else this.file.once('drain', () => done())
  }
}

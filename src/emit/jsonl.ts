// `reports.jsonl` (`--jsonl`): every report of the run as one line of JSON, in report_id order (the
// order the tables' rows come in), for tools that stream JSON (jq -c, pandas.read_json(lines=True),
// DuckDB's read_json). A line is the report's JSON file without its indentation: keys in schema order.
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Report } from '../schema/report.js'
import { temporaryPath } from './atomic.js'

export const JSONL_NAME = 'reports.jsonl'

/** How every line of reports.jsonl begins: how a file report-extract wrote is told from one it did not. */
export const JSONL_START = '{"schemaVersion":'

/** A report as its line of reports.jsonl, encoded (a worker thread hands the bytes over without copying). */
export function jsonlLine(report: Report): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(report)}\n`)
}

/** reports.jsonl written as lines come, into a temporary file that `close` renames into place. */
export class JsonlWriter {
  private readonly path: string
  private readonly temporary: string
  private readonly file: WriteStream
  private failure: Error | undefined

  constructor(dir: string) {
    this.path = join(dir, JSONL_NAME)
    this.temporary = temporaryPath(this.path)
    this.file = createWriteStream(this.temporary)
    this.file.on('error', (error) => (this.failure ??= error))
  }

  async add(line: Uint8Array): Promise<void> {
    if (this.failure) throw this.failure
    if (!this.file.write(line)) await once(this.file, 'drain')
  }

  async close(): Promise<void> {
    if (!this.file.closed) {
      this.file.end()
      await once(this.file, 'close')
    }
    if (this.failure) throw this.failure
    await rename(this.temporary, this.path)
  }

  async abort(): Promise<void> {
    this.file.destroy()
    await rm(this.temporary, { force: true })
  }
}

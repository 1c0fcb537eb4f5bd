// Writing the review pages of a run: `<out>/<report_id>.html` per report and `<out>/index.html`,
// each written whole or not at all. Used by `report-extract review` and by the main run's `--html`.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { decode } from '../decode/decode.js'
import { writeAtomic } from '../emit/atomic.js'
import type { Report } from '../schema/report.js'
import { type Failure, renderIndexPage } from './index-page.js'
import { renderReportPage } from './page.js'

export interface Reviewed {
  report: Report
  /** The decoded text the report was extracted from (LF line ends, no byte-order mark). */
  source: string
}

export async function writeReviewPages(out: string, reviewed: readonly Reviewed[], failures: readonly Failure[]): Promise<void> {
  for (const { report, source } of reviewed) await writeAtomic(join(out, `${report.id}.html`), renderReportPage(report, source))
  await writeAtomic(join(out, 'index.html'), renderIndexPage(reviewed.map(({ report }) => report), failures))
}

/**
 * The pages for reports already extracted (`--html`): each source is read again from `source.path`
 * and must still be the bytes that were extracted. Returns the reports whose source could not be.
 */
export async function writeReviewPagesOf(out: string, reports: readonly Report[], failures: readonly Failure[], encoding?: string): Promise<Failure[]> {
  const reviewed: Reviewed[] = []
  const unreadable: Failure[] = []
  for (const report of reports) {
    try {
      const bytes = await readFile(report.source.path)
      if (createHash('sha256').update(bytes).digest('hex') !== report.source.sha256) throw new Error('the file changed while it was being extracted')
      reviewed.push({ report, source: decode(bytes, encoding).text })
    } catch (error) {
      unreadable.push({ path: report.source.path, reason: `no review page: ${error instanceof Error ? error.message : String(error)}` })
    }
  }
  await writeReviewPages(out, reviewed, [...failures, ...unreadable])
  return unreadable
}

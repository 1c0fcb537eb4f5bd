// Writing the review pages of a run: `<out>/<report_id>.html` per report and `<out>/index.html`,
// each written whole or not at all. Used by `report-extract review` and by the main run's `--html`.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { decode } from '../../decode/decode.js'
import { writeAtomic } from '../atomic.js'
import { isOurPage } from '../ownership.js'
import type { Report } from '../../schema/report.js'
import { type Failure, renderIndexPage } from './index-page.js'
import { renderReportPage } from './page.js'

export interface Reviewed {
  report: Report
  /** The decoded text the report was extracted from (LF line ends, no byte-order mark). */
  source: string
}

/**
 * Writes the pages and the index; returns the reports refused a page (an id that is the index's name, a page
 * someone else's file holds).
 */
export async function writeReviewPages(out: string, reviewed: readonly Reviewed[], failures: readonly Failure[]): Promise<Failure[]> {
  const refused: Failure[] = []
  const written: Report[] = []
  for (const { report, source } of reviewed) {
    // `index.html` is the run's index (whatever the case, for case-insensitive file systems).
    if (report.id.toLowerCase() === 'index') {
      refused.push({
        path: report.source.path,
        reason: `no review page: the report id “${report.id}” would overwrite the run’s index.html (rename the file)`,
      })
      continue
    }
    const page = join(out, `${report.id}.html`)
    if (!isOurPage(page)) {
      refused.push({
        path: report.source.path,
        reason: `no review page: ${page} exists and was not written by report-extract (move it away or choose another --out)`,
      })
      continue
    }
    await writeAtomic(page, renderReportPage(report, source))
    written.push(report)
  }
  await writeAtomic(join(out, 'index.html'), renderIndexPage(written, [...failures, ...refused]))
  return refused
}

/**
 * The pages for reports already extracted (`--html`): each source is read again from `source.path`
 * and must still be the bytes that were extracted. Returns the reports whose source could not be.
 */
export async function writeReviewPagesOf(
  out: string,
  reports: readonly Report[],
  failures: readonly Failure[],
  encoding?: string,
): Promise<Failure[]> {
  const reviewed: Reviewed[] = []
  const unreadable: Failure[] = []
  for (const report of reports) {
    try {
      const bytes = await readFile(report.source.path)
      if (createHash('sha256').update(bytes).digest('hex') !== report.source.sha256)
        throw new Error('the file changed while it was being extracted')
      reviewed.push({ report, source: decode(bytes, encoding).text })
    } catch (error) {
      unreadable.push({ path: report.source.path, reason: `no review page: ${error instanceof Error ? error.message : String(error)}` })
    }
  }
  return [...unreadable, ...(await writeReviewPages(out, reviewed, [...failures, ...unreadable]))]
}

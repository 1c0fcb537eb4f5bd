// The run's index page: one sortable row per report (and per input that failed), each linking to its
// review page, and two charts over the corpus. Pure: same reports, same bytes.
import type { Report } from '../../schema/report.js'
import { documentOf } from './assets.js'
import { coverageChart, organisationsChart } from './charts.js'
import { type Html, html, pageHref } from './escape.js'
import { reportCounts } from './page.js'

export interface Failure {
  path: string
  reason: string
}

/** Chip classes (the page's colours) of each worst severity. */
const SEVERITY_CHIP = { error: 'failed', warning: 'differs', info: 'matched', ok: 'matched' } as const

/** A report's worst diagnostic severity ('ok' when it has none), and whether it stops early. */
function reportStatus(report: Report): { worst: keyof typeof SEVERITY_CHIP; truncated: boolean } {
  const severities = new Set(report.diagnostics.map((diagnostic) => diagnostic.severity))
  const worst = severities.has('error') ? 'error' : severities.has('warning') ? 'warning' : severities.has('info') ? 'info' : 'ok'
  return { worst, truncated: report.diagnostics.some((diagnostic) => diagnostic.code === 'report-truncated') }
}

/** The Status cell: the worst severity, and "truncated" beside it for a report that stops early. */
function statusCell(report: Report): Html {
  const { worst, truncated } = reportStatus(report)
  const label = worst === 'info' ? 'ok' : worst
  const cut = truncated ? html` <span class="chip missing" title="the report stops early (report-truncated)">truncated</span>` : ''
  return html`<td data-v="${label}${truncated ? ' truncated' : ''}"><span class="chip ${SEVERITY_CHIP[worst]}">${label}</span>${cut}</td>`
}

const numberCell = (value: number) => html`<td class="n" data-v="${value}">${value}</td>`

function reportRow(report: Report): Html {
  const counts = reportCounts(report)
  const title = report.metadata.title ?? report.id
  const date = report.metadata.date ?? ''
  const numbers = [counts.contents, counts.linked, counts.sections, counts.speakers, counts.warnings].map(numberCell)
  const link = html`<a href="${pageHref(report.id)}">${title}</a>`
  const titleCell = html`<td data-v="${title.toLowerCase()}">${link}<div class="sub">${report.id}</div></td>`
  const dateCell = html`<td class="date" data-v="${date}">${date}</td>`
  return html`<tr data-report="${report.id}">${titleCell}${dateCell}${numbers}${statusCell(report)}</tr>`
}

function failedRow(failure: Failure): Html {
  const empty = [0, 0, 0, 0, 0].map(() => html`<td class="n" data-v="-1"></td>`)
  const pathCell = html`<td data-v="${failure.path.toLowerCase()}">${failure.path}<div class="sub">${failure.reason}</div></td>`
  const failedCell = html`<td data-v="failed"><span class="chip failed">failed</span></td>`
  return html`<tr data-failed="${failure.path}">${pathCell}<td data-v=""></td>${empty}${failedCell}</tr>`
}

export function renderIndexPage(reports: readonly Report[], failures: readonly Failure[]): string {
  const sorted = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const failed = [...failures].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const rows = sorted.map(reportRow)
  const failedRows = failed.map(failedRow)
  const speakers = sorted.reduce((sum, report) => sum + report.speakers.length, 0)
  const header = (label: string, numeric: boolean, hint?: string) => {
    const attributes = [numeric ? html` class="n"` : '', hint ? html` title="${hint}"` : '']
    return html`<th scope="col"${attributes}><button type="button">${label}</button></th>`
  }
  const headers = [
    header('Report', false),
    header('Date', false),
    header('Contents', true, 'contents entries'),
    header('Matched', true, 'contents entries linked to a section of the body (including those whose title differs)'),
    header('Sections', true),
    header('Speakers', true),
    header('Warnings', true),
    header('Status', false),
  ]
  const key = html`<span class="chip matched">matched</span> <span class="chip differs">title differs</span>`
  const legend = html`<p class="sub">${key} <span class="chip missing">missing from the body</span></p>`
  const body = html`<main>
<h1>Review: ${sorted.length} ${sorted.length === 1 ? 'report' : 'reports'}${failed.length > 0 ? `, ${failed.length} failed` : ''}</h1>
<p class="muted">${speakers} speakers across the corpus. Open a report to see what was found beside its source.</p>
<div class="charts">
<figure id="coverage-chart"><figcaption>Contents coverage per report</figcaption>${coverageChart(sorted)}${legend}</figure>
<figure id="organisations-chart"><figcaption>Speakers per organisation</figcaption>${organisationsChart(sorted)}</figure>
</div>
<div class="table">
<table id="reports">
<caption class="skip">Reports of the run; the column buttons sort the rows</caption>
<thead><tr>${headers}</tr></thead>
<tbody>
${rows.map((row) => html`${row}\n`)}${failedRows.map((row) => html`${row}\n`)}</tbody>
</table>
</div>
</main>`
  return documentOf('index', 'report-extract review', body)
}

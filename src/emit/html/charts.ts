// Two small inline-SVG bar charts for the index: contents coverage per report, and speakers per
// organisation across the corpus. Plain shapes and text, sized by a viewBox so they scale.
import type { Report } from '../../schema/report.js'
import { html, type Html } from './escape.js'
import { entryStatus } from './panels.js'

const WIDTH = 520
const LABEL = 190
const BAR = 250
const ROW = 22
const MAX_ROWS = 40
const MAX_ORGANISATIONS = 12

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}

/** The chart around its rows; labels are clipped to their column (`clip-path="url(#<id>-labels)"`). */
function frame(id: string, label: string, rows: Html[], note: string | null): Html {
  const height = rows.length * ROW + (note ? ROW : 0) + 4
  const clipPath = html`<clipPath id="${id}-labels"><rect x="0" y="0" width="${LABEL - 8}" height="${height}"/></clipPath>`
  const footer = note ? html`<text class="value" x="0" y="${rows.length * ROW + 15}">${note}</text>` : ''
  return html`<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${label}">${clipPath}${rows}${footer}</svg>`
}

/** Per report, the share of contents entries linked to a section: matched, differing title, missing. */
export function coverageChart(reports: readonly Report[]): Html {
  const shown = reports.slice(0, MAX_ROWS)
  const rows = shown.map((report, i) => {
    const y = i * ROW
    const statuses = report.contents.map((entry) => entryStatus(entry, report.sections))
    const total = statuses.length
    const part = (status: string) => statuses.filter((s) => s === status).length
    const title = html`<title>${report.id}</title>${clip(report.id, 27)}`
    const label = html`<text class="label" x="0" y="${y + 15}" clip-path="url(#coverage-labels)">${title}</text>`
    const value = (text: string) => html`<text class="value" x="${LABEL + BAR + 6}" y="${y + 15}">${text}</text>`
    if (total === 0) {
      const none = html`<rect class="none" x="${LABEL}" y="${y + 4}" width="${BAR}" height="14" rx="2"/>`
      return html`<g data-report="${report.id}">${label}${none}${value('no contents')}</g>`
    }
    let x = LABEL
    const segments = (['matched', 'differs', 'missing'] as const).map((status) => {
      const width = Math.round((part(status) / total) * BAR * 10) / 10
      const rect =
        width > 0
          ? html`<rect class="${status}" x="${x}" y="${y + 4}" width="${width}" height="14"><title>${part(status)} ${status}</title></rect>`
          : ''
      x += width
      return rect
    })
    const linked = part('matched') + part('differs')
    const share = value(`${linked}/${total}`)
    return html`<g data-report="${report.id}" data-linked="${linked}" data-total="${total}">${label}${segments}${share}</g>`
  })
  const note = reports.length > MAX_ROWS ? `… and ${reports.length - MAX_ROWS} more reports` : reports.length === 0 ? 'no reports' : null
  return frame('coverage', 'Contents entries linked to a section, per report', rows, note)
}

/** Speakers (one per speaker record) per organisation across every report, largest first. */
export function organisationsChart(reports: readonly Report[]): Html {
  const counts = new Map<string, number>()
  for (const report of reports)
    for (const speaker of report.speakers) counts.set(speaker.organization, (counts.get(speaker.organization) ?? 0) + 1)
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const top: [string, number][] = sorted.slice(0, MAX_ORGANISATIONS)
  const rest = sorted.slice(MAX_ORGANISATIONS)
  if (rest.length > 0) top.push([`other (${rest.length} organisations)`, rest.reduce((sum, [, n]) => sum + n, 0)])
  const most = Math.max(1, ...top.map(([, n]) => n))
  const rows = top.map(([organisation, n], i) => {
    const y = i * ROW
    const name = organisation === '' ? '(no organisation)' : organisation
    const width = Math.max(2, Math.round((n / most) * BAR * 10) / 10)
    const title = html`<title>${name}</title>${clip(name, 26)}`
    const label = html`<text class="label" x="0" y="${y + 15}" clip-path="url(#organisations-labels)">${title}</text>`
    const bar = html`<rect class="bar" x="${LABEL}" y="${y + 4}" width="${width}" height="14" rx="2"/>`
    const value = html`<text class="value" x="${LABEL + width + 6}" y="${y + 15}">${n}</text>`
    return html`<g data-organisation="${name}" data-speakers="${n}">${label}${bar}${value}</g>`
  })
  return frame('organisations', 'Speakers per organisation across the corpus', rows, top.length === 0 ? 'no speakers found' : null)
}

// One report's review page: what was found (header counts, outline, contents, speakers, diagnostics)
// beside the source it was found in, every item linked to its lines. Pure: same input, same bytes.
import type { Report } from '../../schema/report.js'
import { documentOf } from './assets.js'
import { html, type Html, safeUrl } from './escape.js'
import { MARK_KINDS, MARK_LABELS, type Marks, marksOf } from './marks.js'
import { contentsPanel, diagnosticsPanel, entryStatus, outlinePanel, speakersPanel } from './panels.js'

/** The figures a page shows in its header (and the index in its row), from the report alone. */
export function reportCounts(report: Report) {
  const statuses = report.contents.map((entry) => entryStatus(entry, report.sections))
  return {
    contents: report.contents.length,
    linked: statuses.filter((status) => status !== 'missing').length,
    differs: statuses.filter((status) => status === 'differs').length,
    sections: report.sections.length,
    speakers: report.speakers.length,
    blocks: report.blocks.length,
    warnings: report.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error').length,
  }
}

/** The review page of one report, from the report and the decoded source text it was extracted from. */
export function renderReportPage(report: Report, source: string): string {
  const marks = marksOf(report, source)
  const counts = reportCounts(report)
  const title = report.metadata.title ?? report.id
  const tab = (id: string, label: string, count: number) => html`<a href="#${id}">${label} <b>${count}</b></a>`
  const tabs = [
    tab('outline', 'Outline', counts.sections),
    tab('contents', 'Contents', counts.contents),
    tab('speakers', 'Speakers', counts.speakers),
    tab('diagnostics', 'Diagnostics', report.diagnostics.length),
  ]

  const body = html`<a class="skip" href="#source">Skip to the source</a>
${pageHeader(report, title, counts)}
<main class="review">
<div class="panels">
<nav class="tabs" aria-label="Panels">${tabs}</nav>
${outlinePanel(report, marks)}
${contentsPanel(report, marks)}
${speakersPanel(report, marks)}
${diagnosticsPanel(report, marks)}
</div>
${sourcePane(report, marks)}
</main>
<p id="status" class="skip" role="status" aria-live="polite"></p>`
  return documentOf('page', `${title} — review`, body)
}

/** The page's header: where the report came from, its metadata, its figures and the highlights' legend. */
function pageHeader(report: Report, title: string, counts: ReturnType<typeof reportCounts>): Html {
  const { metadata } = report
  const url = safeUrl(metadata.sourceUrl)
  const about = [
    metadata.documentType,
    metadata.organization,
    metadata.date,
    metadata.event.name,
    metadata.event.location,
    metadata.event.date,
  ].filter((part) => part !== null && part !== '')
  const figure = (key: string, label: string, value: number) => html`<div><dt>${label}</dt><dd data-count="${key}">${value}</dd></div>`
  const figures = [
    figure('contents', 'contents entries', counts.contents),
    figure('linked', 'linked', counts.linked),
    figure('sections', 'sections', counts.sections),
    figure('speakers', 'speakers', counts.speakers),
    figure('blocks', 'blocks', counts.blocks),
    figure('warnings', 'warnings', counts.warnings),
  ]
  const file = html`${report.id} · ${fileName(report.source.path)} · sha256 ${report.source.sha256.slice(0, 12)}`
  const link = url
    ? html` · <a href="${url}" rel="noopener noreferrer">source</a>`
    : metadata.sourceUrl
      ? ` · source ${metadata.sourceUrl}`
      : ''
  return html`<header class="top">
<div class="crumbs"><a href="index.html">All reports</a> · <span class="muted">${file}</span></div>
<h1>${title}</h1>
<p class="meta">${about.join(' · ')}${link}</p>
<dl class="counts">${figures}</dl>
<ul class="legend" aria-label="Highlight colours">${MARK_KINDS.map((kind) => html`<li class="lg-${kind}">${MARK_LABELS[kind]}</li>`)}</ul>
</header>`
}

function sourcePane(report: Report, marks: Marks): Html {
  const rank = ['info', 'warning', 'error']
  const severity = new Map<number, string>()
  for (const d of report.diagnostics)
    if (rank.indexOf(d.severity) > rank.indexOf(severity.get(d.line) ?? '')) severity.set(d.line, d.severity)
  const lines = marks.lines.map((text, i) => {
    const n = i + 1
    const kinds = [...(marks.kinds.get(n) ?? [])].sort((a, b) => MARK_KINDS.indexOf(a) - MARK_KINDS.indexOf(b))
    const classes = ['ln', ...kinds.map((kind) => `k-${kind}`), severity.has(n) ? `d-${severity.get(n)}` : ''].filter(Boolean).join(' ')
    const tags = marks.labels.get(n)
    const tagged = tags ? html`<span class="tags">${tags.join(' ')}</span>` : ''
    return html`<div class="${classes}" id="L${n}"><span class="no">${n}</span><span class="tx">${text}</span>${tagged}</div>\n`
  })
  return html`<section id="source" class="source" tabindex="0" aria-label="Source: ${fileName(report.source.path)}">
${lines}</section>`
}

/** The file's base name: the page never shows the folder it was read from. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path
}

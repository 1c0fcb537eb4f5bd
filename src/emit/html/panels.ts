// The panels beside the source: outline, contents reconciliation, speakers, diagnostics. Every item
// is a link to the lines it came from (`go`), which the page script scrolls to and highlights.
import { titlesDiffer } from '../../text/normalize.js'
import type { ContentsEntry, Page, Report, Section } from '../../schema/report.js'
import { html, type Html, type Interpolation } from './escape.js'
import { type Extent, type Marks, remarksExtent } from './marks.js'

export type EntryStatus = 'matched' | 'differs' | 'missing'

/** An entry is matched when it links to a section with the same title (up to case and spacing). */
export function entryStatus(entry: ContentsEntry, sections: readonly Section[]): EntryStatus {
  const section = sections.find((s) => s.section_id === entry.section_id)
  if (!section) return 'missing'
  return titlesDiffer(entry.title, section.title) ? 'differs' : 'matched'
}

function go(extent: Extent, content: Interpolation, label?: string): Html {
  return html`<a class="go" href="#L${extent.from}" data-from="${extent.from}" data-to="${extent.to}"${label ? html` aria-label="${label}"` : ''}>${content}</a>`
}

function pageText(page: Page): string {
  return page === null ? '' : `p. ${page}`
}

export function outlinePanel(report: Report, marks: Marks): Html {
  const children = new Map<string | null, Section[]>()
  for (const section of report.sections) children.set(section.parent_id, [...(children.get(section.parent_id) ?? []), section])
  const tree = (parent: string | null): Html => {
    const list = children.get(parent) ?? []
    if (list.length === 0) return html``
    return html`<ol>${list.map(
      (
        section,
      ) => html`<li data-section="${section.section_id}">${go(marks.extentOf(section.line, 'section'), [section.number ? html`<span class="num">${section.number}</span>` : '', section.title])}
<div class="sub">${section.section_id} · level ${section.level}${section.page !== null ? ` · ${pageText(section.page)}` : ''}${section.kind === 'speech' ? ' · speech' : ''} · line ${section.line}</div>${tree(section.section_id)}</li>`,
    )}</ol>`
  }
  return html`<section id="outline" aria-labelledby="outline-h">
<h2 id="outline-h">Outline</h2>
${report.sections.length === 0 ? html`<p class="muted">No sections found.</p>` : html`<div class="tree">${tree(null)}</div>`}
</section>`
}

/** Two texts with the part where they differ marked: common prefix and suffix left plain. */
function marked(text: string, other: string): Html {
  let start = 0
  while (start < text.length && start < other.length && text[start] === other[start]) start++
  let end = 0
  while (end < text.length - start && end < other.length - start && text[text.length - 1 - end] === other[other.length - 1 - end]) end++
  const middle = text.slice(start, text.length - end)
  return html`${text.slice(0, start)}${middle === '' ? html`<mark class="gap" title="missing here"></mark>` : html`<mark>${middle}</mark>`}${text.slice(text.length - end)}`
}

export function contentsPanel(report: Report, marks: Marks): Html {
  const sectionById = new Map(report.sections.map((section) => [section.section_id, section]))
  const statuses = report.contents.map((entry) => entryStatus(entry, report.sections))
  const count = (status: EntryStatus) => statuses.filter((s) => s === status).length
  const rows = report.contents.map((entry, i) => {
    const status = statuses[i]!
    const section = entry.section_id === null ? undefined : sectionById.get(entry.section_id)
    const here = marks.extentOf(entry.line, 'contents')
    const title = [entry.number ? html`<span class="num">${entry.number}</span>` : '', entry.title]
    let detail: Html
    if (!section) detail = html`<div class="sub">missing from the body</div>`
    else if (status === 'differs')
      detail = html`<dl class="both"><dt>contents</dt><dd>${go(here, marked(entry.title, section.title))}</dd><dt>heading</dt><dd>${go(marks.extentOf(section.line, 'section'), marked(section.title, entry.title))} <span class="muted">(${section.section_id}, line ${section.line})</span></dd></dl>`
    else
      detail = html`<div class="sub">→ ${go(marks.extentOf(section.line, 'section'), `${section.section_id}, line ${section.line}`, `Section ${section.section_id}: ${section.title}, line ${section.line}`)}</div>`
    return html`<li class="entry lvl-${entry.level}" data-status="${status}" data-index="${entry.index}"><span class="idx">${entry.index}</span><div class="what">${go(here, title)}${detail}</div><div class="end"><span class="page">${pageText(entry.page)}</span><br><span class="chip ${status}">${status}</span></div></li>`
  })
  const linked = count('matched') + count('differs')
  return html`<section id="contents" aria-labelledby="contents-h">
<h2 id="contents-h">Contents</h2>
${
  report.contents.length === 0
    ? html`<p class="muted">No contents page found.</p>`
    : html`<p class="summary" data-summary="contents">${linked} of ${report.contents.length} entries linked to a section: <span class="chip matched">${count('matched')} matched</span> <span class="chip differs">${count('differs')} differs</span> <span class="chip missing">${count('missing')} missing</span></p>
<ol class="entries">${rows}</ol>`
}
</section>`
}

export function speakersPanel(report: Report, marks: Marks): Html {
  const sectionById = new Map(report.sections.map((section) => [section.section_id, section]))
  const cards = report.speakers.map((speaker) => {
    const section = speaker.section_id === null ? undefined : sectionById.get(speaker.section_id)
    const remarks = remarksExtent(marks, speaker.remarks)
    const said = `${speaker.remarks.length} ${speaker.remarks.length === 1 ? 'paragraph' : 'paragraphs'}, ${speaker.words} words`
    const row = (label: string, value: Interpolation) =>
      html`<dt>${label}</dt><dd>${value === '' ? html`<span class="muted">—</span>` : value}</dd>`
    return html`<li class="card" data-speaker="${speaker.speaker_id}"><h3>${go(marks.extentOf(speaker.line, 'speaker'), speaker.name)}</h3><dl>
${row('position', speaker.position)}${row('department', speaker.department)}${row('organisation', speaker.organization)}
${row('section', section ? go(marks.extentOf(section.line, 'section'), section.title) : '')}
${row('remarks', remarks ? go(remarks, said) : said)}</dl></li>`
  })
  return html`<section id="speakers" aria-labelledby="speakers-h">
<h2 id="speakers-h">Speakers</h2>
${report.speakers.length === 0 ? html`<p class="muted">No speakers found.</p>` : html`<ul class="cards">${cards}</ul>`}
</section>`
}

export function diagnosticsPanel(report: Report, marks: Marks): Html {
  const rows = report.diagnostics.map((d) => {
    const cause = d.cause
      ? html` <span class="sub">see ${go(marks.extentOf(d.cause.line), `${d.cause.line}:${d.cause.column}`, `see line ${d.cause.line}`)}</span>`
      : ''
    return html`<li class="diag sev-${d.severity}" data-code="${d.code}"><span class="sev">${d.severity}</span><div><p>${go(marks.extentOf(d.line), d.message)}</p><div class="sub">${d.line}:${d.column} · <code>${d.code}</code>${cause}</div></div></li>`
  })
  return html`<section id="diagnostics" aria-labelledby="diagnostics-h">
<h2 id="diagnostics-h">Diagnostics</h2>
${report.diagnostics.length === 0 ? html`<p class="muted">No diagnostics.</p>` : html`<ol class="diags">${rows}</ol>`}
</section>`
}

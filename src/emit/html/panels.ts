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
  const aria = label ? html` aria-label="${label}"` : ''
  return html`<a class="go" href="#L${extent.from}" data-from="${extent.from}" data-to="${extent.to}"${aria}>${content}</a>`
}

function pageText(page: Page): string {
  return page === null ? '' : `p. ${page}`
}

export function outlinePanel(report: Report, marks: Marks): Html {
  const children = new Map<string | null, Section[]>()
  for (const section of report.sections) children.set(section.parent_id, [...(children.get(section.parent_id) ?? []), section])
  const item = (section: Section): Html => {
    const number = section.number ? html`<span class="num">${section.number}</span>` : ''
    const page = section.page !== null ? ` · ${pageText(section.page)}` : ''
    const speech = section.kind === 'speech' ? ' · speech' : ''
    const about = html`<div class="sub">${section.section_id} · level ${section.level}${page}${speech} · line ${section.line}</div>`
    return html`<li data-section="${section.section_id}">${go(marks.extentOf(section.line, 'section'), [number, section.title])}
${about}${tree(section.section_id)}</li>`
  }
  const tree = (parent: string | null): Html => {
    const list = children.get(parent) ?? []
    if (list.length === 0) return html``
    return html`<ol>${list.map((section) => item(section))}</ol>`
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
  const gap = middle === '' ? html`<mark class="gap" title="missing here"></mark>` : html`<mark>${middle}</mark>`
  return html`${text.slice(0, start)}${gap}${text.slice(text.length - end)}`
}

/** What became of a contents entry: missing from the body, its section's differing title, or the section it links to. */
function entryDetail(entry: ContentsEntry, section: Section | undefined, status: EntryStatus, here: Extent, marks: Marks): Html {
  if (!section) return html`<div class="sub">missing from the body</div>`
  if (status === 'differs') {
    const contents = go(here, marked(entry.title, section.title))
    const heading = go(marks.extentOf(section.line, 'section'), marked(section.title, entry.title))
    const where = html`<span class="muted">(${section.section_id}, line ${section.line})</span>`
    return html`<dl class="both"><dt>contents</dt><dd>${contents}</dd><dt>heading</dt><dd>${heading} ${where}</dd></dl>`
  }
  const target = `${section.section_id}, line ${section.line}`
  const label = `Section ${section.section_id}: ${section.title}, line ${section.line}`
  return html`<div class="sub">→ ${go(marks.extentOf(section.line, 'section'), target, label)}</div>`
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
    const what = html`<div class="what">${go(here, title)}${entryDetail(entry, section, status, here, marks)}</div>`
    const chip = html`<span class="chip ${status}">${status}</span>`
    const end = html`<div class="end"><span class="page">${pageText(entry.page)}</span><br>${chip}</div>`
    const index = html`<span class="idx">${entry.index}</span>`
    return html`<li class="entry lvl-${entry.level}" data-status="${status}" data-index="${entry.index}">${index}${what}${end}</li>`
  })
  const linked = count('matched') + count('differs')
  const chip = (status: EntryStatus) => html`<span class="chip ${status}">${count(status)} ${status}</span>`
  const chips = html`${chip('matched')} ${chip('differs')} ${chip('missing')}`
  const listed = report.contents.length
  const summary = html`<p class="summary" data-summary="contents">${linked} of ${listed} entries linked to a section: ${chips}</p>`
  return html`<section id="contents" aria-labelledby="contents-h">
<h2 id="contents-h">Contents</h2>
${
  report.contents.length === 0
    ? html`<p class="muted">No contents page found.</p>`
    : html`${summary}
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
    const name = html`<h3>${go(marks.extentOf(speaker.line, 'speaker'), speaker.name)}</h3>`
    return html`<li class="card" data-speaker="${speaker.speaker_id}">${name}<dl>
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
    const where = d.cause ? `${d.cause.line}:${d.cause.column}` : ''
    const cause = d.cause ? html` <span class="sub">see ${go(marks.extentOf(d.cause.line), where, `see line ${d.cause.line}`)}</span>` : ''
    const message = html`<p>${go(marks.extentOf(d.line), d.message)}</p>`
    const about = html`<div class="sub">${d.line}:${d.column} · <code>${d.code}</code>${cause}</div>`
    const severity = html`<span class="sev">${d.severity}</span>`
    return html`<li class="diag sev-${d.severity}" data-code="${d.code}">${severity}<div>${message}${about}</div></li>`
  })
  return html`<section id="diagnostics" aria-labelledby="diagnostics-h">
<h2 id="diagnostics-h">Diagnostics</h2>
${report.diagnostics.length === 0 ? html`<p class="muted">No diagnostics.</p>` : html`<ol class="diags">${rows}</ol>`}
</section>`
}

// The style sheet and scripts inlined in every page, and the document head that carries them. The
// Content-Security-Policy allows exactly these inline blocks (by hash) and nothing else: no network,
// no other script, so even markup that slipped past escaping could not run.
import { createHash } from 'node:crypto'
import { html, type Html, raw } from './escape.js'

// A backslash at the end of a line inside these templates continues the line: neither it nor the line end
// is part of the string, so a long rule is wrapped without changing a byte of the style sheet.
const BASE_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #fff; --ground: #f6f8fa; --accent: #0b5cad;
  --contents: #dbeafe; --contents-edge: #3b82f6; --section: #ede9fe; --section-edge: #7c3aed;
  --speaker: #ffedd5; --speaker-edge: #ea580c; --remarks: #ccfbf1; --remarks-edge: #0d9488;
  --block-edge: #cbd5e1; --boilerplate: #fee2e2; --boilerplate-edge: #dc2626;
  --ok: #15803d; --warn: #b45309; --bad: #b91c1c; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; \
color: var(--ink); background: var(--ground); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, [tabindex]:focus-visible { outline: 3px solid #f59e0b; outline-offset: 1px; border-radius: 3px; }
h1 { font-size: 18px; line-height: 1.3; margin: 0; overflow-wrap: anywhere; }
h2 { font-size: 15px; margin: 18px 0 8px; }
code { font: 12px ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 8px; top: 8px; z-index: 10; background: var(--paper); padding: 6px 10px; }
.muted { color: var(--muted); }
.chip { display: inline-block; border-radius: 999px; padding: 0 8px; font-size: 12px; line-height: 20px; \
white-space: nowrap; background: #eef1f4; }
.chip.matched { background: #dcfce7; color: var(--ok); }
.chip.differs { background: #fef3c7; color: var(--warn); }
.chip.missing, .chip.failed { background: #fee2e2; color: var(--bad); }
`

const PAGE_CSS = `
body { display: flex; flex-direction: column; height: 100vh; }
.top { background: var(--paper); border-bottom: 1px solid var(--line); padding: 10px 16px 8px; }
.crumbs { font-size: 12px; margin-bottom: 2px; }
.meta { margin: 2px 0 6px; color: var(--muted); overflow-wrap: anywhere; }
.counts { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0; }
.counts div { display: flex; gap: 4px; align-items: baseline; }
.counts dt { color: var(--muted); font-size: 12px; }
.counts dd { margin: 0; font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 6px 0 0; padding: 0; list-style: none; \
font-size: 12px; color: var(--muted); }
.legend li::before { content: ""; display: inline-block; width: 12px; height: 12px; margin-right: 4px; \
vertical-align: -2px; border-left: 3px solid; border-radius: 2px; }
.review { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 7fr); }
.panels { overflow: auto; padding: 0 16px 24px; border-right: 1px solid var(--line); }
.tabs { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 8px 0; \
background: var(--ground); border-bottom: 1px solid var(--line); }
.tabs a { text-decoration: none; font-weight: 600; }
.tabs b { font-weight: 400; color: var(--muted); }
.panels > section { scroll-margin-top: 44px; }
.panels ol, .panels ul { list-style: none; margin: 0; padding: 0; }
.go { text-decoration: none; color: inherit; border-radius: 3px; }
.go:hover { color: var(--accent); text-decoration: underline; }
.go[aria-current="true"] { background: #fde68a; }
.tree ol { margin-left: 14px; border-left: 1px solid var(--line); padding-left: 8px; }
.tree li { margin: 3px 0; }
.tree > ol > li > .go { font-weight: 600; }
.num { font-weight: 600; margin-right: 4px; }
.sub { font-size: 12px; color: var(--muted); }
.summary { margin: 0 0 8px; color: var(--muted); }
.entry { display: grid; grid-template-columns: 2.2em minmax(0, 1fr) auto; gap: 2px 8px; padding: 5px 4px; \
border-bottom: 1px solid #eaeef2; }
.entry .idx { color: var(--muted); text-align: right; font-variant-numeric: tabular-nums; }
.entry .end { text-align: right; white-space: nowrap; }
.entry.lvl-2 .what { padding-left: 12px; } .entry.lvl-3 .what { padding-left: 24px; } \
.entry.lvl-4 .what, .entry.lvl-5 .what { padding-left: 36px; }
.both { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 0 6px; font-size: 12px; margin-top: 2px; }
.both dt { color: var(--muted); }
.both dd { margin: 0; }
mark { background: #fcd34d; border-radius: 2px; }
mark.gap::before { content: "‸"; color: var(--bad); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px; }
.card { position: relative; background: var(--paper); border: 1px solid var(--line); \
border-left: 4px solid var(--speaker-edge); border-radius: 6px; padding: 8px 10px; }
.card h3 { font-size: 14px; margin: 0 0 4px; }
.card dl { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 1px 8px; margin: 0; font-size: 12px; }
.card dt { color: var(--muted); }
.card dd { margin: 0; overflow-wrap: anywhere; }
.diag { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 0 8px; padding: 5px 0; border-bottom: 1px solid #eaeef2; }
.diag .sev { font-size: 11px; font-weight: 700; text-transform: uppercase; }
.sev-error .sev { color: var(--bad); } .sev-warning .sev { color: var(--warn); } .sev-info .sev { color: var(--accent); }
.diag p { margin: 0; overflow-wrap: anywhere; }
.source { position: relative; overflow: auto; background: var(--paper); \
font: 12.5px/1.5 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; padding: 4px 0 40vh; }
.ln { display: grid; grid-template-columns: 4.2em minmax(0, 1fr) auto; border-left: 4px solid transparent; scroll-margin: 40px; }
.ln .no { color: #8c959f; text-align: right; padding-right: 10px; user-select: none; font-variant-numeric: tabular-nums; }
.ln .tx { white-space: pre-wrap; tab-size: 4; overflow-wrap: anywhere; min-height: 1.5em; padding-right: 8px; }
.ln .tags { font: 11px/18px system-ui, sans-serif; color: var(--muted); padding-right: 8px; white-space: nowrap; }
.ln.k-block { border-left-color: var(--block-edge); }
.ln.k-remarks { background: var(--remarks); border-left-color: var(--remarks-edge); }
.ln.k-contents { background: var(--contents); border-left-color: var(--contents-edge); }
.ln.k-section { background: var(--section); border-left-color: var(--section-edge); font-weight: 700; }
.ln.k-speaker { background: var(--speaker); border-left-color: var(--speaker-edge); }
.ln.k-boilerplate { background: var(--boilerplate); border-left-color: var(--boilerplate-edge); }
.ln.k-boilerplate .tx { text-decoration: line-through; text-decoration-color: var(--boilerplate-edge); }
.ln.d-warning .no, .ln.d-error .no { color: var(--warn); font-weight: 700; }
.ln.d-warning .no::before, .ln.d-error .no::before { content: "⚠ "; }
.ln.hit, .ln:target { background: #fde68a; border-left-color: #d97706; }
.ln.hit-first, .ln:target { box-shadow: inset 0 2px 0 #d97706; }
.ln.hit-last, .ln:target { box-shadow: inset 0 -2px 0 #d97706; }
.ln.hit-first.hit-last, .ln:target { box-shadow: inset 0 2px 0 #d97706, inset 0 -2px 0 #d97706; }
.legend .lg-contents::before { background: var(--contents); border-color: var(--contents-edge); }
.legend .lg-section::before { background: var(--section); border-color: var(--section-edge); }
.legend .lg-speaker::before { background: var(--speaker); border-color: var(--speaker-edge); }
.legend .lg-remarks::before { background: var(--remarks); border-color: var(--remarks-edge); }
.legend .lg-block::before { background: #f1f5f9; border-color: var(--block-edge); }
.legend .lg-boilerplate::before { background: var(--boilerplate); border-color: var(--boilerplate-edge); }
@media (max-width: 800px) {
  body { display: block; height: auto; }
  .review { display: flex; flex-direction: column; }
  .source { order: -1; position: sticky; top: 0; z-index: 2; height: 42vh; padding-bottom: 20vh; border-bottom: 2px solid var(--line); }
  .panels { overflow: visible; border-right: 0; padding: 0 10px 24px; }
  .tabs { position: static; }
  .ln { grid-template-columns: 3.2em minmax(0, 1fr); }
  .ln .tags { display: none; }
}
`

const INDEX_CSS = `
main { max-width: 1200px; margin: 0 auto; padding: 16px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 12px; margin: 12px 0; }
figure { margin: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
svg { display: block; width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg .label { fill: var(--ink); } svg .value { fill: var(--muted); }
svg .matched { fill: #22c55e; } svg .differs { fill: #f59e0b; } svg .missing { fill: #fecaca; } \
svg .bar { fill: #f97316; } svg .none { fill: #e5e7eb; }
.table { overflow-x: auto; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 6px 10px; border-bottom: 1px solid #eaeef2; text-align: left; vertical-align: top; }
th { background: #f1f4f7; white-space: nowrap; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button::after { content: " ↕"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " ↑"; color: var(--ink); }
th[aria-sort="descending"] button::after { content: " ↓"; color: var(--ink); }
td.date { white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td .sub { font-size: 12px; color: var(--muted); }
`

const PAGE_JS = `
(() => {
  const source = document.getElementById('source');
  const status = document.getElementById('status');
  let lit = [];
  let current = null;
  function clear() {
    for (const line of lit) line.classList.remove('hit', 'hit-first', 'hit-last');
    lit = [];
  }
  function show(from, to, link) {
    clear();
    for (let n = from; n <= to; n++) {
      const line = document.getElementById('L' + n);
      if (line) { line.classList.add('hit'); lit.push(line); }
    }
    if (lit.length > 0) { lit[0].classList.add('hit-first'); lit[lit.length - 1].classList.add('hit-last'); }
    if (current) current.removeAttribute('aria-current');
    current = link || null;
    if (current) current.setAttribute('aria-current', 'true');
    const first = lit[0];
    if (!first) return;
    const last = lit[lit.length - 1];
    const height = last.offsetTop + last.offsetHeight - first.offsetTop;
    const room = source.clientHeight;
    source.scrollTop = height < room - 32 ? first.offsetTop - (room - height) / 2 : first.offsetTop - 16;
    const box = source.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) source.scrollIntoView({ block: 'nearest' });
    status.textContent = from === to ? 'Line ' + from + ' highlighted' : 'Lines ' + from + ' to ' + to + ' highlighted';
    history.replaceState(null, '', '#L' + from + (to > from ? '-' + to : ''));
  }
  document.addEventListener('click', (event) => {
    const link = event.target.closest ? event.target.closest('a.go') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    show(Number(link.dataset.from), Number(link.dataset.to), link);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && lit.length > 0) {
      clear();
      if (current) current.removeAttribute('aria-current');
      status.textContent = 'Highlight cleared';
    }
  });
  const wanted = /^#L(\\d+)(?:-(\\d+))?$/.exec(location.hash);
  if (wanted) show(Number(wanted[1]), Number(wanted[2] || wanted[1]), null);
})();
`

const INDEX_JS = `
(() => {
  const table = document.getElementById('reports');
  const body = table.tBodies[0];
  body.querySelectorAll('tr').forEach((row, i) => { row.dataset.order = String(i); });
  table.querySelectorAll('th button').forEach((button) => {
    button.addEventListener('click', () => {
      const th = button.closest('th');
      const column = Array.prototype.indexOf.call(th.parentNode.children, th);
      const numeric = th.classList.contains('n');
      const direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      table.querySelectorAll('th').forEach((other) => other.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
      const key = (row) => row.children[column].dataset.v || '';
      const rows = Array.from(body.rows).sort((a, b) => {
        const x = key(a), y = key(b);
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return order * direction || Number(a.dataset.order) - Number(b.dataset.order);
      });
      for (const row of rows) body.appendChild(row);
    });
  });
})();
`

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

function head(title: string, css: string, js: string): Html {
  const sources = `style-src ${sha256(css)}; script-src ${sha256(js)}`
  const policy = `default-src 'none'; ${sources}; img-src data:; base-uri 'none'; form-action 'none'`
  return html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="generator" content="report-extract">
<title>${title}</title>
<style>${raw(css)}</style>`
}

/** The document around a page's body: head with style and policy, the script at the end. */
export function documentOf(kind: 'page' | 'index', title: string, body: Html): string {
  const css = BASE_CSS + (kind === 'page' ? PAGE_CSS : INDEX_CSS)
  const js = kind === 'page' ? PAGE_JS : INDEX_JS
  return `<!doctype html>
<html lang="en">
<head>
${head(title, css, js).value}
</head>
<body>
${body.value}
<script>${js}</script>
</body>
</html>
`
}

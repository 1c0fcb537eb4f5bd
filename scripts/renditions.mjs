// The same report through every converter available here, for the converter-equivalence test
// (test/renditions.test.ts). Run on purpose, not by the tests; needs pandoc, pdftotext (poppler-utils)
// and chromium from apt, and turndown from the dev dependencies:
//   node scripts/renditions.mjs                     every document below
//   node scripts/renditions.mjs wmo-et-wdc-…         one
// For each dev document whose original (.docx or .html) is in corpus/dev/<case>/, it writes
// fixtures/renditions-<case>/ with:
//   input.md                     the reference rendition (pandoc -t markdown of the original), checked by `check`
//   rendition.pandoc-odt.md      pandoc -t markdown of an .odt pandoc made from the original
//   rendition.pandoc-html.md     pandoc -f html -t gfm of HTML (the original page, or pandoc's HTML of the .docx)
//   rendition.turndown.md        turndown (GFM plugin, ATX headings) of that HTML
//   rendition.layout.txt         pdftotext -layout of the PDF Chromium prints from that HTML
//   rendition.raw.txt            pdftotext -raw of the same PDF
// Outputs are committed; rerun after a converter upgrade and review the diff like any golden.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const DOCUMENTS = [
  'niemopen-leadership-workshop-exsum-2025-04',
  'wmo-et-wdc-telecon-minutes-2020-03-11',
  'w3c-mlws-live-session-minutes-2020-09-22',
]

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000, ...options })
}

/** Chromium's PDF of an HTML file, printed offline (no network: a page's remote styles are not fetched). */
function printPdf(html, pdf) {
  run(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      '--virtual-time-budget=5000',
      '--proxy-server=127.0.0.1:9',
      `--print-to-pdf=${pdf}`,
      `file://${html}`,
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  )
}

async function turndown(html) {
  const { default: TurndownService } = await import('turndown')
  const { gfm } = await import('turndown-plugin-gfm')
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' })
  service.use(gfm)
  return `${service.turndown(readFileSync(html, 'utf8'))}\n`
}

async function renditions(name) {
  const dir = join(ROOT, 'corpus', 'dev', name)
  const original = ['original.docx', 'original.html'].map((file) => join(dir, file)).find(existsSync)
  if (!original) throw new Error(`${name}: no original.docx or original.html`)
  const from = original.endsWith('.docx') ? 'docx' : 'html'
  const work = mkdtempSync(join(tmpdir(), 'renditions-'))
  try {
    const out = join(ROOT, 'fixtures', `renditions-${name}`)
    mkdirSync(out, { recursive: true })
    const write = (file, text) => writeFileSync(join(out, file), text.replace(/\r\n?/g, '\n'))
    write('input.md', run('pandoc', ['-f', from, '-t', 'markdown', '--wrap=auto', original]))
    const odt = join(work, 'report.odt')
    run('pandoc', ['-f', from, '-t', 'odt', '-o', odt, original])
    write('rendition.pandoc-odt.md', run('pandoc', ['-f', 'odt', '-t', 'markdown', odt]))
    // The HTML the other converters read: the published page, or the one pandoc makes of the .docx.
    const html = join(work, 'report.html')
    if (from === 'html') writeFileSync(html, readFileSync(original))
    else run('pandoc', ['-f', 'docx', '-t', 'html', '-s', '--metadata', 'title=report', '-o', html, original])
    write('rendition.pandoc-html.md', run('pandoc', ['-f', 'html', '-t', 'gfm', html]))
    write('rendition.turndown.md', await turndown(html))
    const pdf = join(work, 'report.pdf')
    printPdf(html, pdf)
    write('rendition.layout.txt', run('pdftotext', ['-layout', pdf, '-']))
    write('rendition.raw.txt', run('pdftotext', ['-raw', pdf, '-']))
    const versions = [
      run('pandoc', ['--version']).split('\n')[0],
      run('pdftotext', ['-v'], { stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0] || 'pdftotext',
      run('chromium', ['--version']).trim(),
    ]
    console.log(`${name}: ${from} → 6 renditions (${versions.join('; ')})`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const wanted = process.argv.slice(2)
for (const name of wanted.length > 0 ? wanted : DOCUMENTS) await renditions(name)

// Convert a published HTML page to Markdown with an HTML-to-Markdown library, as people do with
// turndown or node-html-markdown. Used to make corpus inputs on purpose; no test needs it.
//   node corpus/tools/html-to-markdown.mjs turndown original.html > input.md
//   node corpus/tools/html-to-markdown.mjs node-html-markdown original.html > input.md
// turndown runs with the GFM plugin (tables, strikethrough) and ATX headings, its most common setup.
import { readFileSync } from 'node:fs'

const [library, file] = process.argv.slice(2)
const html = readFileSync(file, 'utf8')

async function convert() {
  if (library === 'turndown') {
    const { default: TurndownService } = await import('turndown')
    const { gfm } = await import('turndown-plugin-gfm')
    const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' })
    service.use(gfm)
    return service.turndown(html)
  }
  if (library === 'node-html-markdown') {
    const { NodeHtmlMarkdown } = await import('node-html-markdown')
    return NodeHtmlMarkdown.translate(html)
  }
  throw new Error(`usage: html-to-markdown.mjs turndown|node-html-markdown FILE.html (not ${library})`)
}

process.stdout.write(`${await convert()}\n`)

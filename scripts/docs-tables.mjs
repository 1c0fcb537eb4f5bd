#!/usr/bin/env node
// The docs' tables of what the code knows, kept from drifting. Each sits in a docs file between
//   <!-- table:NAME … -->   and   <!-- /table:NAME -->
// - generated from the code's lists (`npm run docs` rewrites them; test/docs-tables.test.ts fails
//   when one is stale): the command's options (its help, src/cli/args.ts) and the corpus tables'
//   columns (src/emit/csv.ts); the detectors' forms and every diagnostic code are in
//   docs/detectors.md, made from the detectors' examples by scripts/detector-docs.mjs;
// - written by hand and checked against the code by test/docs-tables.test.ts: the dialect catalogue,
//   whose "noted as" column must be what its fixtures' reports note, for every dialect the code names.
// This script only reads and writes text; the lists come from its caller (the built code here, the
// sources in the test).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Generated tables: the file each lives in and how it is made from the code's data. */
export const GENERATED = {
  'cli-options': {
    file: 'README.md',
    render: ({ help }) => `\`\`\`\n${/\nOptions:\n([\s\S]*?\n)\n/.exec(help)[1]}\`\`\``,
  },
  'csv-columns': {
    file: 'README.md',
    render: ({ tables }) =>
      table(
        ['file', 'columns'],
        Object.entries(tables).map(([name, columns]) => [`\`${name}.csv\``, `\`${columns.join(',')}\``]),
      ),
  },
}

/** Tables written by hand and checked by the test: where each is. */
export const CHECKED = { dialects: { file: 'docs/dialects.md' } }

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  )
}

const region = (name) => new RegExp(`(<!-- table:${name}\\b[^\\n]*-->\\n)([\\s\\S]*?)\\n?<!-- /table:${name} -->`)

/** The text between a table's markers in `markdown`, or null when the markers are missing. */
export function tableText(markdown, name) {
  return region(name).exec(markdown)?.[2] ?? null
}

/** A table's rows as cells (the header and the rule left out), `\|` read as a pipe within a cell. */
export function tableRows(markdown, name) {
  const text = tableText(markdown, name)
  if (text === null) return null
  return text
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|')),
    )
}

/**
 * The generated tables whose text in the docs under `root` differs from what `data` makes
 * ({ help, tables }); with `write`, rewrites them. Returns `{ name, file, problem }` each.
 */
export function staleTables(root, data, { write = false } = {}) {
  const stale = []
  for (const [name, { file, render }] of Object.entries(GENERATED)) {
    const path = join(root, file)
    const markdown = readFileSync(path, 'utf8')
    const current = tableText(markdown, name)
    if (current === null) {
      stale.push({ name, file, problem: `no <!-- table:${name} --> … <!-- /table:${name} --> markers` })
      continue
    }
    const wanted = render(data)
    if (current === wanted) continue
    stale.push({ name, file, problem: 'differs from the code: run npm run docs' })
    if (write)
      writeFileSync(
        path,
        markdown.replace(region(name), (_, open) => `${open}${wanted}\n<!-- /table:${name} -->`),
      )
  }
  return stale
}

// `npm run docs` (after the build): rewrite the generated tables from the built code.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = new URL('..', import.meta.url).pathname
  const { HELP } = await import('../dist/cli/args.js')
  const { TABLES } = await import('../dist/emit/csv.js')
  const stale = staleTables(root, { help: HELP, tables: TABLES }, { write: true })
  for (const { name, file, problem } of stale)
    console.log(`docs: ${file} table ${name}: ${problem.startsWith('differs') ? 'rewritten' : problem}`)
  if (stale.length === 0) console.log('docs: every generated table is up to date')
  process.exit(stale.some(({ problem }) => !problem.startsWith('differs')) ? 1 : 0)
}

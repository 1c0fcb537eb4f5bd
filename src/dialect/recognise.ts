// Which converter wrote a Markdown text, from the marks each leaves. A text may carry several.
import type { DialectName } from './types.js'

const SIGNS: Array<[DialectName, { test(text: string): boolean }]> = [
  // (Each alternative is linear: no unanchored `[^\n]*` before a class that must backtrack over it.)
  ['pandoc', { test: (text) => /\\$|^:::/m.test(text) || hasSetextUnderline(text) }],
  ['docling', /<!-- image -->/],
  ['marker', /<span id="page-\d+-\d+"><\/span>/],
  ['word', /^#{1,6} [^\n]*\{#[\w.-]+\}[ \t]*$|^[ \t]*[-*+] \[[^\]]+\]\(#[^)]+\)/m],
]

export function recognise(text: string): DialectName[] {
  return SIGNS.filter(([, sign]) => sign.test(text)).map(([name]) => name)
}

// A setext heading's underline: a line of `=` or `-` under a line that is not blank. As one pattern
// (`\S[ \t]*\n(?:=+|-+)[ \t]*$`) it was tried at every non-blank character of the text; here only at
// line ends followed by such a line, four times faster over the bench corpus.
const UNDERLINE = /\n(?:=+|-+)[ \t]*$/gm

/** A line of `=` or `-` whose line above ends, past any spaces or tabs, in a character that is not whitespace. */
export function hasSetextUnderline(text: string): boolean {
  UNDERLINE.lastIndex = 0
  for (let match = UNDERLINE.exec(text); match; match = UNDERLINE.exec(text)) {
    let i = match.index - 1
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
    if (i >= 0 && /\S/.test(text[i]!)) return true
  }
  return false
}

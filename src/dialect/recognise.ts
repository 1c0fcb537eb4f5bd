// Which converter wrote a Markdown text, from the marks each leaves. A text may carry several.
import type { DialectName } from './types.js'

const SIGNS: Array<[DialectName, RegExp]> = [
  // (Each alternative is linear: no unanchored `[^\n]*` before a class that must backtrack over it.)
  ['pandoc', /\S[ \t]*\n(?:=+|-+)[ \t]*$|\\$|^:::/m],
  ['docling', /<!-- image -->/],
  ['marker', /<span id="page-\d+-\d+"><\/span>/],
  ['word', /^#{1,6} [^\n]*\{#[\w.-]+\}[ \t]*$|^[ \t]*[-*+] \[[^\]]+\]\(#[^)]+\)/m],
]

export function recognise(text: string): DialectName[] {
  return SIGNS.filter(([, sign]) => sign.test(text)).map(([name]) => name)
}

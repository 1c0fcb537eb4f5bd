// Where a long document can be cut into parts that parse exactly as the whole would: at the start
// of an ATX heading in column 1 that follows a blank line. Such a line closes every list and quote
// (it is not indented, and a blank line ends lazy paragraph continuation), so only a root-level
// fenced code block or HTML block can hold it; those are tracked. Whenever a line leaves any doubt
// about which block it belongs to, the document is not split at all.

const HEADING = /^#{1,6}(?:[ \t]|$)/
// The fence's marks are all taken (`(?!`)`): they could otherwise be shared with `.*` in quadratically many ways.
const FENCE = /^( {0,3})(`{3,}(?!`)|~{3,}(?!~))(.*)$/
const BLANK = /^[ \t]*$/
// HTML blocks that end at a marker rather than a blank line (CommonMark kinds 1–5), and the marker.
const HTML_WITH_END: Array<[RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![a-z]/i, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
]
// Link reference definitions apply to the whole document, so a document with one is never split.
const DEFINITION = /\]:/

type State = { kind: 'flow' } | { kind: 'fence'; marker: string; length: number } | { kind: 'html'; end: RegExp | null }

/** Offsets (each the start of a line) where the text may be cut, at least `size` characters apart; empty when it may not. */
export function splitPoints(text: string, size: number): number[] {
  if (DEFINITION.test(text)) return []
  const points: number[] = []
  let state: State = { kind: 'flow' }
  let previousBlank = true
  let lastCut = 0
  let start = 0
  while (start < text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const line = text.slice(start, end)
    const blank = BLANK.test(line)
    if (state.kind === 'fence') {
      const fence = FENCE.exec(line)
      if (fence && fence[1] === '' && fence[2]![0] === state.marker && fence[2]!.length >= state.length && BLANK.test(fence[3]!))
        state = { kind: 'flow' }
    } else if (state.kind === 'html') {
      if (state.end ? state.end.test(line) : blank) state = { kind: 'flow' }
      else if (state.end === null && (FENCE.test(line) || line.trimStart().startsWith('<'))) return []
    } else {
      const fence = FENCE.exec(line)
      if (fence) {
        // Indented 1–3 spaces, a fence may belong to a list item or to the root: too doubtful.
        if (fence[1] !== '') return []
        if (fence[2]![0] === '`' && fence[3]!.includes('`')) {
          // Not a fence: inline code.
        } else state = { kind: 'fence', marker: fence[2]![0]!, length: fence[2]!.length }
      } else if (/^ {1,3}</.test(line)) {
        return []
      } else if (line.startsWith('<')) {
        const kind = HTML_WITH_END.find(([opening]) => opening.test(line))
        if (kind) {
          if (!kind[1].test(line.slice(1))) state = { kind: 'html', end: kind[1] }
        } else state = { kind: 'html', end: null }
      } else if (previousBlank && start - lastCut >= size && start > 0 && HEADING.test(line)) {
        points.push(start)
        lastCut = start
      }
    }
    previousBlank = blank && state.kind === 'flow'
    start = end + 1
  }
  if (state.kind !== 'flow') return []
  return points
}

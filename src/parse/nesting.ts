// Bounded container nesting. The Markdown parser's work grows with the square of the nesting depth
// (20,000 nested quotes, `- - - - …`, lists indented thousands of columns), so each line's container
// prefix is cut to MAX_NESTING markers and MAX_INDENT columns of whitespace before parsing. The text
// after the prefix is kept whole and line numbers do not change; only structure beyond the bound flattens.

export const MAX_NESTING = 32
export const MAX_INDENT = 128

const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/y

export interface Bounded {
  text: string
  /** 1-based numbers of the lines whose prefix was cut. */
  lines: number[]
}

export function boundNesting(text: string): Bounded {
  const lines = text.split('\n')
  const cut: number[] = []
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!
    // Fast path: a prefix this short cannot exceed either bound.
    if (line.length <= MAX_NESTING && line.length <= MAX_INDENT) continue
    const bounded = boundLine(line)
    if (bounded !== line) {
      lines[n] = bounded
      cut.push(n + 1)
    }
  }
  return cut.length === 0 ? { text, lines: [] } : { text: lines.join('\n'), lines: cut }
}

/** The line with container markers past MAX_NESTING dropped (with the whitespace before them) and its prefix's whitespace capped. */
function boundLine(line: string): string {
  let kept = ''
  let pending = ''
  let markers = 0
  let width = 0
  let i = 0
  let afterKeptMarker = false
  while (i < line.length) {
    const c = line[i]!
    if (c === ' ' || c === '\t') {
      // A kept marker keeps the space after it, or it would stop being a marker.
      if (width < MAX_INDENT || (pending === '' && afterKeptMarker)) {
        pending += c
        width++
      }
      i++
      continue
    }
    let length: number
    if (c === '>') length = 1
    else {
      LIST_MARKER.lastIndex = i
      length = LIST_MARKER.exec(line)?.[0].length ?? 0
    }
    if (length === 0) break
    afterKeptMarker = markers < MAX_NESTING
    if (afterKeptMarker) kept += pending + line.slice(i, i + length)
    else width -= pending.length
    pending = ''
    markers++
    i += length
  }
  return i === 0 ? line : kept + pending + line.slice(i)
}

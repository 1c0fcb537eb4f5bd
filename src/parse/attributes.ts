// A word processor's or pandoc's attributes after a heading, `## Acknowledgement {#ack .unnumbered}`,
// found by a scanner in time linear in the heading's length. The pattern this replaces,
// /\s*\{(#[^\s{}]+)?(?:\s*[.#]?[\w-]+(?:=\S+)?)*\s*\}\s*$/, nested optional quantifiers that could
// split one word many ways: an unclosed `{#background-of-the-joint-study` took a minute, and each
// further letter doubled it. The scanner accepts the same texts and captures the same id.
//
// The block is `{`, an optional `#id` (no space or brace), attributes, `}`, at the end of the text
// (trailing whitespace allowed). Inside, the attributes are runs of non-space characters, each a word
// (`[.#]?[\w-]+`) or several joined by `.` or `#` (`.a.b`), optionally followed by `=` and a value
// of any non-space characters. Where several `{` could open it, the leftmost one that does wins.

/** Where the block starts (whitespace before its `{` included) and its id; null when the text ends in none. */
export function trailingAttributes(text: string): { start: number; id: string | null } | null {
  let end = text.length
  while (end > 0 && isSpace(text[end - 1]!)) end--
  if (end === 0 || text[end - 1] !== '}') return null
  const close = end - 1
  const runs = runsOf(text, close)
  // Every run after the one holding the `{` must be an attribute: known from the right, once.
  const laterValid: boolean[] = new Array<boolean>(runs.length)
  let valid = true
  for (let k = runs.length - 1; k >= 0; k--) {
    laterValid[k] = valid
    valid &&= isAttributeRun(text, runs[k]![0], runs[k]![1])
  }
  // The `{` of each run, leftmost first (one pass: an indexOf per run could rescan to the end each time).
  let brace = text.indexOf('{')
  for (let k = 0; k < runs.length && brace !== -1 && brace < close; k++) {
    const [a, b] = runs[k]!
    if (brace >= b) continue
    const run = laterValid[k] ? new RunFacts(text, a, b) : null
    for (; brace !== -1 && brace < b; brace = text.indexOf('{', brace + 1)) {
      const opened = run?.firstRun(brace + 1)
      if (!opened) continue
      let start = brace
      if (brace === a) while (start > 0 && isSpace(text[start - 1]!)) start--
      return { start, id: opened.id }
    }
  }
  return null
}

/** JavaScript's `\s`: Unicode white space and line terminators, and the byte-order mark. */
function isSpace(char: string): boolean {
  return SPACE.test(char)
}
const SPACE = /^\s$/

/** `[\w-]`: ASCII letters, digits, `_` and `-`. */
function isWord(char: string | undefined): boolean {
  return char !== undefined && WORD.test(char)
}
const WORD = /^[\w-]$/

function isJoin(char: string | undefined): boolean {
  return char === '.' || char === '#'
}

/** The runs of non-space characters of text[0, end), as [start, end) pairs. */
function runsOf(text: string, end: number): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  let i = 0
  while (i < end) {
    while (i < end && isSpace(text[i]!)) i++
    if (i >= end) break
    const start = i
    while (i < end && !isSpace(text[i]!)) i++
    runs.push([start, i])
  }
  return runs
}

/** Whether text[a, b) is one attribute run: words joined by `.` or `#`, then optionally `=value`. */
function isAttributeRun(text: string, a: number, b: number): boolean {
  return new RunFacts(text, a, b).isAttribute(a)
}

/**
 * What is known of each position p of a run [a, b) from its right, so that "is text[p, b) an attribute
 * run?" costs the same for every p: the next `=`, the next character that cannot be in a word, the
 * next pair of joins (`..`, `.#`), the next brace, and the last `=` after a word character.
 */
class RunFacts {
  private readonly nextEquals: Int32Array
  private readonly nextOther: Int32Array
  private readonly nextJoins: Int32Array
  private readonly nextBrace: Int32Array
  private readonly lastValueStart: Int32Array

  constructor(
    private readonly text: string,
    private readonly a: number,
    private readonly b: number,
  ) {
    const size = b - a + 1
    this.nextEquals = new Int32Array(size)
    this.nextOther = new Int32Array(size)
    this.nextJoins = new Int32Array(size)
    this.nextBrace = new Int32Array(size)
    this.lastValueStart = new Int32Array(size)
    this.nextEquals[size - 1] = this.nextOther[size - 1] = this.nextJoins[size - 1] = this.nextBrace[size - 1] = b
    for (let p = b - 1; p >= a; p--) {
      const char = text[p]!
      const i = p - a
      this.nextEquals[i] = char === '=' ? p : this.nextEquals[i + 1]!
      this.nextOther[i] = isWord(char) || isJoin(char) ? this.nextOther[i + 1]! : p
      this.nextJoins[i] = isJoin(char) && isJoin(text[p + 1]) && p + 1 < b ? p : this.nextJoins[i + 1]!
      this.nextBrace[i] = char === '{' || char === '}' ? p : this.nextBrace[i + 1]!
    }
    // lastValueStart[i]: the last `=` before position a + i whose character before is a word character (-1: none).
    let last = -1
    for (let p = a; p <= b; p++) {
      this.lastValueStart[p - a] = last
      if (p < b && text[p] === '=' && p > a && isWord(text[p - 1])) last = p
    }
  }

  /** text[p, b) is `[.#]?[\w-]+` joined by single `.`/`#`, then `=` and a value of one character or more, or nothing more. */
  isAttribute(p: number): boolean {
    const i = p - this.a
    const equals = this.nextEquals[i]!
    if (equals === p || this.nextOther[i] !== equals || this.nextJoins[i]! + 1 < equals) return false
    if (!isWord(this.text[equals - 1])) return false
    return equals === this.b || equals + 1 < this.b
  }

  /** The block's first run, text[p, b) right after its `{`: empty, `#id` and attributes, or attributes; with the id. */
  firstRun(p: number): { id: string | null } | null {
    if (p === this.b) return { id: null }
    const id = this.text[p] === '#' ? this.idAt(p) : null
    if (id !== null) return { id }
    return this.isAttribute(p) ? { id: null } : null
  }

  /**
   * The id of `#id…` at p, the longest the pattern allowed: all of it when the run has no brace;
   * else up to the word character before the last `=` ahead of the first brace (the rest a value).
   */
  private idAt(p: number): string | null {
    const brace = this.nextBrace[p + 1 - this.a]!
    if (brace === this.b) return p + 1 < this.b ? this.text.slice(p + 1, this.b) : null
    const equals = this.lastValueStart[brace - this.a]!
    return equals >= p + 3 ? this.text.slice(p + 1, equals - 1) : null
  }
}

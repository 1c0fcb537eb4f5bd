// Small scanners for what a regular expression would do in time that grows faster than the text:
// trailing runs of a kind of character (`/[…]+$/` is tried from every position of a long run, each
// try scanning to its end), and the characters such patterns name.

const SPACE = /^\s$/

/** JavaScript's `\s`: Unicode white space, line terminators and the byte-order mark. */
export function isSpace(char: string): boolean {
  return SPACE.test(char)
}

/** A character `.` does not match: `\n`, `\r`, U+2028, U+2029. */
export function isLineTerminator(char: string): boolean {
  return char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029'
}

/** `text` without the run of characters `drop` accepts at its end: `text.replace(/[…]+$/, '')` in linear time. */
export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
  let end = text.length
  while (end > 0 && drop(text[end - 1]!)) end--
  return end === text.length ? text : text.slice(0, end)
}

/** `text` without the runs of characters `drop` accepts at either end. */
export function trimWhere(text: string, drop: (char: string) => boolean): string {
  let start = 0
  while (start < text.length && drop(text[start]!)) start++
  return trimEndWhere(text.slice(start), drop)
}

/** Where the run of characters `keep` accepts that ends `text` starts (text.length when there is none). */
export function trailingRunStart(text: string, keep: (char: string) => boolean, end = text.length): number {
  let start = end
  while (start > 0 && keep(text[start - 1]!)) start--
  return start
}

// A comma or a pipe with the spaces around it, as /\s*,\s*/ and /\s*\|\s*/ split a text, in linear time:
// the spaces before are taken from the start of their run only (a split never starts inside one),
// not tried again from each space of a long run.
export const SPACED_COMMA = /(?:(?<!\s)\s+)?,\s*/
export const SPACED_PIPE = /(?:(?<!\s)\s+)?\|\s*/

/** `text` without a colon that ends it and the spaces before that colon: `text.replace(/\s*:$/, '')` in linear time. */
export function withoutEndColon(text: string): string {
  return text.endsWith(':') ? trimEndWhere(text.slice(0, -1), isSpace) : text
}

// A dash or a bar between spaces, as /\s+[-–—|]\s+/ splits a text, tried only where a run of spaces starts.
export const SPACED_DASH = /(?<!\s)\s+[-–—|]\s+/

/**
 * The group that ends `text`: an opening character of `opens`, then 1 to `max` characters none of
 * `excluded` (which holds the openers and closers), then a closing character of `closes` — as
 * `/[opens]([^excluded]{1,max})[closes]$/` finds it, looking back from the end only (linear time).
 */
export function endGroup(
  text: string,
  opens: string,
  closes: string,
  excluded: string,
  max: number,
): { open: number; inner: string } | null {
  if (text.length < 3 || !closes.includes(text[text.length - 1]!)) return null
  const limit = Math.max(0, text.length - 2 - max)
  for (let at = text.length - 2; at >= limit; at--) {
    if (!excluded.includes(text[at]!)) continue
    return opens.includes(text[at]!) && at < text.length - 2 ? { open: at, inner: text.slice(at + 1, -1) } : null
  }
  return null
}

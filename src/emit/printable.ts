// Text printed to a terminal carries no control character from an input: a title or a file name with
// `ESC ] 0 ; … BEL` (set the window title) or `ESC [ 2 J` (clear the screen) would act on the terminal.
// Each such character is written as an escape instead (`\x1b`), as are line and paragraph separators
// and the bidirectional overrides that reorder what is shown (`\u202e`).

// eslint-disable-next-line no-control-regex -- these are the characters escaped
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** `text` with every control character written as an escape; tabs stay. */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

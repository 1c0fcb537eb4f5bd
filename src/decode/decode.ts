// Bytes to text: byte-order marks (UTF-8, UTF-16 LE/BE), strict UTF-8 otherwise, and one line-end
// convention (LF) so that line numbers mean the same thing whatever system wrote the file.

export class InputError extends Error {
  override name = 'InputError'
}

export interface Decoded {
  text: string
  encoding: string
  /** What decoding had to undo, for a note to the user: "UTF-16LE with a byte-order mark; CRLF line ends". */
  notes: string[]
}

const COMBINING = /\p{M}/u
// A PDF whose words are set apart by a tab, a carriage return and a no-break space (Word for Mac's PDFs) gives pdftotext
// lines like `Video\t\r \u00a0imagery`: in a text whose lines end in LF, a CR between a tab and a space, or before a
// no-break space, is the word space, not a line end. A file with CR line ends has no LF and is read as before; an
// indented line after a CR line end opens with spaces, not with a no-break space.
const SPACING_CR = /\t?\r ?\u00a0|\t\r /
const SPACING_CR_ALL = new RegExp(SPACING_CR.source, 'g')
// The same PDFs write Word's hyphen as a hyphen, a soft hyphen and a hyphen (U+2010): `time-\u00ad\u2010codes` is `time-codes`.
const WORD_HYPHEN = '-\u00ad\u2010'

export function decode(input: string | Uint8Array, encoding?: string): Decoded {
  let text: string
  let used: string
  let bom: boolean
  if (typeof input === 'string') {
    text = input
    used = 'utf-8'
    bom = text.startsWith('\uFEFF')
  } else {
    ;({ text, used, bom } = decodeBytes(input, encoding))
  }
  const notes: string[] = []
  if (used !== 'utf-8' || bom) notes.push(`${used.toUpperCase()}${bom ? ' with a byte-order mark' : ''}`)
  if (SPACING_CR.test(text) && text.includes('\n')) {
    text = text.replace(SPACING_CR_ALL, ' ')
    notes.push('carriage returns inside lines read as spaces')
  }
  if (text.includes(WORD_HYPHEN)) {
    text = text.replaceAll(WORD_HYPHEN, '-')
    notes.push('hyphens written with a soft hyphen and U+2010 read as one')
  }
  if (/\r\n?/.test(text)) notes.push(/\r\n/.test(text) ? 'CRLF line ends' : 'CR line ends')
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  // DOS's end-of-file mark (Ctrl-Z, U+001A) closing the text, as GPO's text files keep it: no character of the report.
  const body = text.trimEnd()
  if (body.endsWith('\u001A')) {
    text = body.slice(0, -1) + text.slice(body.length)
    notes.push('an end-of-file mark (Ctrl-Z) dropped')
  }
  // pdftotext writes a letter and its diacritic apart (`G` `o` U+0308 `o` U+0308 `s`): composed, a name is one word again.
  if (COMBINING.test(text) && text !== text.normalize('NFC')) {
    text = text.normalize('NFC')
    notes.push('letters and their diacritics composed (NFC)')
  }
  if (text.trim() === '') throw new InputError('the input is empty (nothing but whitespace)')
  return { text, encoding: used, notes }
}

function decodeBytes(bytes: Uint8Array, encoding?: string): { text: string; used: string; bom: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), used: 'utf-16le', bom: true }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), used: 'utf-16be', bom: true }
  if (encoding && !/^utf-?8$/i.test(encoding)) {
    let decoder: InstanceType<typeof TextDecoder>
    try {
      decoder = new TextDecoder(encoding)
    } catch {
      throw new InputError(`unknown encoding “${encoding}”`)
    }
    // In UTF-16 every ASCII character has a NUL byte; in the other encodings (all ASCII-based) a NUL is binary.
    if (!decoder.encoding.startsWith('utf-16')) refuseBinary(bytes)
    return { text: decoder.decode(bytes), used: decoder.encoding, bom: false }
  }
  refuseBinary(bytes)
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), used: 'utf-8', bom }
  } catch {
    throw new InputError('the file is not valid UTF-8 (use --encoding latin1, or another encoding, to force a decoding)')
  }
}

function refuseBinary(bytes: Uint8Array): void {
  if (!bytes.includes(0)) return
  const order = utf16Order(bytes)
  if (order)
    throw new InputError(
      `the file holds NUL bytes and looks like UTF-16${order} without a byte-order mark: use --encoding utf-16${order.toLowerCase()}`,
    )
  throw new InputError('the file holds NUL bytes: it is binary, not text')
}

/** How many leading bytes are looked at to tell UTF-16 from binary. */
const UTF16_SAMPLE = 1024

/**
 * "LE" or "BE" when the first kilobyte has UTF-16 text's shape: a NUL byte beside an eighth or more
 * of its characters (four at least), nearly always on the same side; almost no U+0000 (two NUL
 * bytes), which text never holds; and beside those NULs printable characters, not control bytes.
 * Binary has NUL bytes on both sides, or few (a PNG's header has one such pair in eight), or runs of
 * NULs and control bytes (an ELF executable's header reads as UTF-16LE by the first test alone).
 */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | null {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SAMPLE) / 2)
  if (pairs < 2) return null
  let little = 0
  let big = 0
  let empty = 0
  let control = 0
  for (let i = 0; i < pairs; i++) {
    const first = bytes[2 * i]!
    const second = bytes[2 * i + 1]!
    if (first !== 0 && second === 0) {
      little++
      if (isControl(first)) control++
    } else if (first === 0 && second !== 0) {
      big++
      if (isControl(second)) control++
    } else if (first === 0) empty++
  }
  // A few characters have a NUL on the other side (U+4E00 is 00 4E in UTF-16LE).
  const enough = Math.max(4, pairs / 8)
  const textual = empty <= pairs / 16 && control <= (little + big) / 16
  if (!textual) return null
  if (little >= enough && big <= pairs / 16) return 'LE'
  if (big >= enough && little <= pairs / 16) return 'BE'
  return null
}

/** A C0 control or DEL, but the tab, line ends and form feed that text has. */
function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f
}

// Bytes to text: byte-order marks, --encoding, and what is said about a file that is not text.
import { describe, expect, it } from 'vitest'
import { decode } from '../src/decode/decode.js'

const TEXT = '# Minutes\n\nThe chair opened the meeting.\n'

const utf16le = (text: string) => Buffer.from(text, 'utf16le')
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16()
const withBom = (bom: number[], bytes: Buffer) => Buffer.concat([Buffer.from(bom), bytes])

describe('decode notes', () => {
  it('say “with a byte-order mark” only when the file has one', () => {
    expect(decode(utf16le(TEXT), 'utf-16le')).toEqual({ text: TEXT, encoding: 'utf-16le', notes: ['UTF-16LE'] })
    expect(decode(utf16be(TEXT), 'utf-16be')).toEqual({ text: TEXT, encoding: 'utf-16be', notes: ['UTF-16BE'] })
    expect(decode(withBom([0xff, 0xfe], utf16le(TEXT)), 'utf-16le').notes).toEqual(['UTF-16LE with a byte-order mark'])
    expect(decode(withBom([0xfe, 0xff], utf16be(TEXT))).notes).toEqual(['UTF-16BE with a byte-order mark'])
    expect(decode(withBom([0xef, 0xbb, 0xbf], Buffer.from(TEXT))).notes).toEqual(['UTF-8 with a byte-order mark'])
    expect(decode(Buffer.from(TEXT)).notes).toEqual([])
    expect(decode(Buffer.from('Caf\xe9 minutes\n', 'latin1'), 'latin1')).toEqual({ text: 'Café minutes\n', encoding: 'windows-1252', notes: ['WINDOWS-1252'] })
  })
})

// Bytes to text: byte-order marks, --encoding, and what is said about a file that is not text.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decode } from '../src/decode/decode.js'

const TEXT = '# Minutes\n\nThe chair opened the meeting.\n'
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00,
])

const utf16le = (text: string) => Buffer.from(text, 'utf16le')
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16()
const withBom = (bom: number[], bytes: Buffer) => Buffer.concat([Buffer.from(bom), bytes])

function refusal(bytes: Uint8Array, encoding?: string): string {
  try {
    decode(bytes, encoding)
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`
  }
  return 'decoded'
}

describe('decode notes', () => {
  it('say “with a byte-order mark” only when the file has one', () => {
    expect(decode(utf16le(TEXT), 'utf-16le')).toEqual({ text: TEXT, encoding: 'utf-16le', notes: ['UTF-16LE'] })
    expect(decode(utf16be(TEXT), 'utf-16be')).toEqual({ text: TEXT, encoding: 'utf-16be', notes: ['UTF-16BE'] })
    expect(decode(withBom([0xff, 0xfe], utf16le(TEXT)), 'utf-16le').notes).toEqual(['UTF-16LE with a byte-order mark'])
    expect(decode(withBom([0xfe, 0xff], utf16be(TEXT))).notes).toEqual(['UTF-16BE with a byte-order mark'])
    expect(decode(withBom([0xef, 0xbb, 0xbf], Buffer.from(TEXT))).notes).toEqual(['UTF-8 with a byte-order mark'])
    expect(decode(Buffer.from(TEXT)).notes).toEqual([])
    expect(decode(Buffer.from('Caf\xe9 minutes\n', 'latin1'), 'latin1')).toEqual({
      text: 'Café minutes\n',
      encoding: 'windows-1252',
      notes: ['WINDOWS-1252'],
    })
  })
})

describe('NUL bytes', () => {
  it('refuse a binary file whatever single-byte or ASCII-based encoding is given', () => {
    const binary = 'InputError: the file holds NUL bytes: it is binary, not text'
    expect(refusal(PNG)).toBe(binary)
    expect(refusal(PNG, 'latin1')).toBe(binary)
    expect(refusal(PNG, 'windows-1252')).toBe(binary)
    expect(refusal(PNG, 'shift_jis')).toBe(binary)
    // A PNG's first 16 bytes: one of their 8 pairs is a NUL beside a byte, as in UTF-16BE.
    expect(refusal(PNG.subarray(0, 16))).toBe(binary)
    // Every byte value in turn: NUL bytes on both sides of a pair, and few of them.
    expect(refusal(Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 256)))).toBe(binary)
  })

  it('are read as UTF-16 when that encoding is given', () => {
    expect(decode(utf16le(TEXT), 'utf-16le').text).toBe(TEXT)
    expect(decode(utf16le(TEXT), 'utf-16').text).toBe(TEXT)
  })

  it('name UTF-16 without a byte-order mark and the --encoding to give', () => {
    const le = 'InputError: the file holds NUL bytes and looks like UTF-16LE without a byte-order mark: use --encoding utf-16le'
    const be = 'InputError: the file holds NUL bytes and looks like UTF-16BE without a byte-order mark: use --encoding utf-16be'
    expect(refusal(utf16le(TEXT))).toBe(le)
    expect(refusal(utf16be(TEXT))).toBe(be)
    expect(refusal(utf16le(TEXT), 'latin1')).toBe(le)
    // Chinese minutes: more CJK than ASCII, and 一 (U+4E00) has its NUL on the other side.
    const chinese = '# 会议纪要\n\n一、主席宣布会议开幕，并欢迎各位代表。\n\n**王先生**：感谢主席。\n'.repeat(20)
    expect(refusal(utf16le(chinese))).toBe(le)
    expect(refusal(utf16be(chinese))).toBe(be)
  })

  it('call an executable binary, though a NUL follows many of its bytes as in UTF-16LE', () => {
    // An ELF header: one-sided NUL pairs as in UTF-16LE, but also runs of NULs and control bytes.
    const elf = Buffer.from(
      '7f454c4602010100000000000000000003003e0001000000b06d000000000000400000000000000000000000000000000000000040003800',
      'hex',
    )
    const header = Buffer.concat([
      elf,
      ...Array.from({ length: 40 }, (_, i) =>
        Buffer.from([0x06, 0, 0, 0, 0x04 + i, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0, 0x98, 0x3d, 0x02, 0, 0, 0, 0, 0]),
      ),
    ])
    expect(refusal(header)).toBe('InputError: the file holds NUL bytes: it is binary, not text')
    expect(refusal(readFileSync(process.execPath).subarray(0, 65_536))).toBe('InputError: the file holds NUL bytes: it is binary, not text')
    // UTF-16LE text with a form feed and tabs stays UTF-16.
    expect(refusal(utf16le(`${TEXT}\f\tPage 2\n`))).toMatch(/looks like UTF-16LE/)
  })
})

describe('the CLI on files that are not UTF-8 text', () => {
  it('names UTF-16 without a byte-order mark and refuses a PNG given with --encoding latin1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-extract-'))
    writeFileSync(join(dir, 'utf16.md'), utf16le(TEXT))
    writeFileSync(join(dir, 'picture.md'), PNG)
    // An executable renamed, as ls.md: this very Node binary (ELF on Linux).
    writeFileSync(join(dir, 'ls.md'), readFileSync(process.execPath).subarray(0, 1 << 20))
    const run = (args: string[]) =>
      spawnSync(process.execPath, [resolve('dist/bin/cli.js'), '--quiet', '--out', 'out', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      })
    const plain = run(['utf16.md', 'picture.md', 'ls.md'])
    expect(plain.status).toBe(1)
    expect(plain.stderr.split('\n').filter((line) => line.includes(': error: '))).toEqual([
      'ls.md: error: the file holds NUL bytes: it is binary, not text',
      'picture.md: error: the file holds NUL bytes: it is binary, not text',
      'utf16.md: error: the file holds NUL bytes and looks like UTF-16LE without a byte-order mark: use --encoding utf-16le',
    ])
    const latin1 = run(['--encoding', 'latin1', 'picture.md'])
    expect(latin1.status).toBe(1)
    expect(latin1.stderr).toContain('picture.md: error: the file holds NUL bytes: it is binary, not text\n')
    expect(run(['--encoding', 'utf-16le', 'utf16.md']).status).toBe(0)
  })
})

describe('decode: letters and their diacritics', () => {
  it('composes a letter and a diacritic written apart (pdftotext’s `Go\u0308o\u0308s`), with a note', () => {
    expect(decode('Mika Go\u0308o\u0308s: Hardness\n')).toEqual({
      text: 'Mika Göös: Hardness\n',
      encoding: 'utf-8',
      notes: ['letters and their diacritics composed (NFC)'],
    })
    expect(decode('Mika Göös\n').notes).toEqual([])
  })
})

describe('carriage returns inside lines', () => {
  it('are the word spaces of a PDF that sets words apart by a tab, a CR and a no-break space', () => {
    const layout = '1\t\r \u00a0|\t\r \u00a0Goals\t\r \u00a0\nThis\t\r \u00a0 workshop\r \u00a0brought\n'
    expect(decode(layout)).toEqual({
      text: '1 | Goals \nThis  workshop brought\n',
      encoding: 'utf-8',
      notes: ['carriage returns inside lines read as spaces'],
    })
  })
  it('stay line ends in a file with CR or CRLF line ends', () => {
    expect(decode('# Minutes\r  indented\rlast\r').text).toBe('# Minutes\n  indented\nlast\n')
    expect(decode('# Minutes\r\n\u00a0 kept\r\n').text).toBe('# Minutes\n\u00a0 kept\n')
  })
})

describe('Word’s hyphen in a PDF', () => {
  it('is one hyphen where the PDF wrote a hyphen, a soft hyphen and U+2010', () => {
    expect(decode('5.8 Syncing time-\u00ad\u2010codes\n')).toEqual({
      text: '5.8 Syncing time-codes\n',
      encoding: 'utf-8',
      notes: ['hyphens written with a soft hyphen and U+2010 read as one'],
    })
    expect(decode('a soft hy\u00adphen stays\n').text).toBe('a soft hy\u00adphen stays\n')
  })
})

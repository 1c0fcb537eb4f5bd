// What reaches a terminal, and what a folder gives: control characters from titles and file names are
// escaped; symbolic links and special files in a folder are skipped with a warning naming them;
// --excel-safe refuses report ids a spreadsheet would evaluate, and merge keeps to one setting.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { printable } from '../../src/emit/printable.js'
import { cli, scratch } from './helpers.js'

const ESC = '\u001b'
const BEL = '\u0007'

describe('control characters printed', () => {
  it('are written as escapes; tabs and text stay', () => {
    expect(printable(`a${ESC}]0;pwned${BEL}b`)).toBe('a\\x1b]0;pwned\\x07b')
    expect(printable(`${ESC}[2J\r\n\u009b\u202etxt.exe`)).toBe('\\x1b[2J\\x0d\\x0a\\x9b\\u202etxt.exe')
    expect(printable('Título\tß — “ok”')).toBe('Título\tß — “ok”')
  })

  it('from a title and a file name never reach stderr raw', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'in'))
    // A contents entry with no section: its title is quoted in a warning. A file name with escapes is
    // refused (no report id holds a control character), and named in the error.
    writeFileSync(
      join(dir, 'in', 'a.md'),
      `# Report\n\n## Contents\n\n1. Opening ........ 1\n2. Closing ${ESC}]0;pwned${BEL} ........ 2\n\n## 1. Opening\n\nText here.\n`,
    )
    writeFileSync(join(dir, 'in', `b${ESC}[2Jc.md`), '# B\n\nText.\n')
    const run = cli(['-o', 'o', 'in'], dir)
    expect(run.stderr).not.toContain(ESC)
    expect(run.stderr).not.toContain(BEL)
    expect(run.stderr).toContain('Contents entry “Closing \\x1b]0;pwned\\x07” (page 2) has no section in the body')
    expect(run.stderr).toContain('in/b\\x1b[2Jc.md: error: the file name holds a control character')
  })
})

describe('a folder’s symbolic links and special files', () => {
  function folder(): string {
    const dir = scratch()
    mkdirSync(join(dir, 'in'))
    mkdirSync(join(dir, 'secret'))
    writeFileSync(join(dir, 'secret', 'key.md'), '# Secret\n\nThe key is 1234.\n')
    writeFileSync(join(dir, 'in', 'a.md'), '# A\n\nText.\n')
    symlinkSync(join(dir, 'secret', 'key.md'), join(dir, 'in', 'link.md'))
    execFileSync('mkfifo', [join(dir, 'in', 'pipe.md')])
    return dir
  }

  it('are skipped with a warning naming each (a FIFO no longer hangs the run)', () => {
    const dir = folder()
    const run = cli(['--timeout', '0', '-o', 'o', 'in'], dir)
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('in/link.md: warning: is a symbolic link: skipped (--follow-symlinks reads what links lead to)')
    expect(run.stderr).toContain('in/pipe.md: warning: is a FIFO, socket or device, not a file: skipped')
    expect(existsSync(join(dir, 'o', 'a.json'))).toBe(true)
    expect(existsSync(join(dir, 'o', 'link.json'))).toBe(false)
  })

  it('are followed with --follow-symlinks, links to files only', () => {
    const dir = folder()
    const run = cli(['-q', '--follow-symlinks', '-o', 'o', 'in'], dir)
    expect(run.status).toBe(0)
    expect(readFileSync(join(dir, 'o', 'link.json'), 'utf8')).toContain('The key is 1234.')
  })
})

describe('--excel-safe and report ids', () => {
  it('refuses a file whose id a spreadsheet would evaluate, and extracts the rest', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'in'))
    writeFileSync(join(dir, 'in', '=HYPERLINK("http:x","y").md'), '# A\n\nText.\n')
    writeFileSync(join(dir, 'in', 'b.md'), '# B\n\nText.\n')
    const safe = cli(['-q', '--excel-safe', '-o', 'o', 'in'], dir)
    expect(safe.status).toBe(1)
    expect(safe.stderr).toContain('report id “=HYPERLINK("http:x","y")” starts with "=", which a spreadsheet would evaluate')
    expect(readFileSync(join(dir, 'o', 'blocks.csv'), 'utf8')).not.toContain('HYPERLINK')
    // Without the option the id is kept: the tables are not for spreadsheets then.
    expect(cli(['-q', '-o', 'plain', 'in'], dir).status).toBe(0)
  })

  it('merge records the setting and refuses shards written otherwise', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'in'))
    writeFileSync(join(dir, 'in', 'a.md'), '# A\n\n=1+1 text.\n')
    expect(cli(['-q', '--excel-safe', '-o', 'safe', 'in'], dir).status).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'safe', '.report-extract-manifest.json'), 'utf8')).excelSafe).toBe(true)
    const plain = cli(['merge', '-o', 'all', 'safe'], dir)
    expect(plain.status).toBe(1)
    expect(plain.stderr).toContain('safe was written with --excel-safe: merge with it too')
    expect(cli(['merge', '--excel-safe', '-o', 'all', 'safe'], dir).status).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'all', '.report-extract-manifest.json'), 'utf8')).excelSafe).toBe(true)
  })
})

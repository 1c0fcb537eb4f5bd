// `report-extract review` skips and refuses what the main run does, and says so the same way: a
// folder's symbolic links (unless --follow-symlinks), FIFOs, files over --max-bytes, what cannot be read.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReviewArgs } from '../../src/cli/commands/review.js'
import { cli, scratch } from './helpers.js'

/** in/: good.md (a report), big.md (2 kB), a link to a file outside, a dangling link, a FIFO, a folder named like a report. */
function folder(): string {
  const dir = scratch()
  mkdirSync(join(dir, 'in'))
  copyFileSync('fixtures/seed-unido/input.md', join(dir, 'in', 'good.md'))
  writeFileSync(join(dir, 'in', 'big.md'), `# Big\n\n${'word '.repeat(400)}\n`)
  writeFileSync(join(dir, 'secret.md'), '# Secret\n\nNot in the folder.\n')
  symlinkSync('../secret.md', join(dir, 'in', 'link.md'))
  symlinkSync('../nothing.md', join(dir, 'in', 'dangling.md'))
  execFileSync('mkfifo', [join(dir, 'in', 'pipe.md')])
  mkdirSync(join(dir, 'in', 'nested.md'))
  return dir
}

/** The lines of stderr that skip or refuse an input (`in/…: warning: …`, `in/…: error: …`), in the order printed. */
const about = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('in/') && / (?:warning|error): /.test(line))

describe('review: what is skipped or refused', () => {
  it('prints the warnings and errors the main run prints, line for line', () => {
    const dir = folder()
    const extract = cli(['--max-bytes', '4k', '-o', 'o', 'in'], dir)
    const review = cli(['review', '--max-bytes', '4k', '-o', 'r', 'in'], dir)
    expect(review.status).toBe(1)
    expect(about(review.stderr)).toEqual([
      'in/dangling.md: warning: is a symbolic link: skipped (--follow-symlinks reads what links lead to)',
      'in/link.md: warning: is a symbolic link: skipped (--follow-symlinks reads what links lead to)',
      'in/pipe.md: warning: is a FIFO, socket or device, not a file: skipped',
      'in/good.md: error: the file has 11.7 kB, more than --max-bytes 4 kB: raise --max-bytes to read it',
      'in/nested.md: error: is a folder, not a file (folders are read one level deep only)',
    ])
    expect(about(extract.stderr)).toEqual(about(review.stderr))
    expect(review.stderr).toMatch(/report-extract review: 1 page, 2 failed → r\/index\.html\n$/)
    expect(readdirSync(join(dir, 'r')).sort()).toEqual(['big.html', 'index.html'])
  })

  it('follows links with --follow-symlinks, as the main run does, and reads up to 8 MB by default', () => {
    const dir = folder()
    const review = cli(['review', '--follow-symlinks', '-o', 'r', 'in'], dir)
    expect(about(review.stderr)).toEqual([
      'in/dangling.md: warning: is a symbolic link to nothing: skipped',
      'in/pipe.md: warning: is a FIFO, socket or device, not a file: skipped',
      'in/nested.md: error: is a folder, not a file (folders are read one level deep only)',
    ])
    expect(readdirSync(join(dir, 'r')).sort()).toEqual(['big.html', 'good.html', 'index.html', 'link.html'])
  })

  it('takes --max-bytes and --follow-symlinks', () => {
    expect(parseReviewArgs(['x'])).toMatchObject({ maxBytes: 8 * 1024 * 1024, followSymlinks: false })
    const given = parseReviewArgs(['--max-bytes', '2M', '--follow-symlinks', 'x'])
    expect(given).toMatchObject({ maxBytes: 2 * 1024 * 1024, followSymlinks: true })
    const message = '--max-bytes needs a size like 5000000, 800k or 50M, not “lots”'
    expect(parseReviewArgs(['--max-bytes', 'lots', 'x'])).toEqual({ command: 'usage-error', message })
  })
})

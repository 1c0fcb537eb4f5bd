// Which files a run reads, and the report id of each: folders give their .md, .markdown and .txt
// files and a recorder's caption files, .vtt and .srt (sorted); a file named explicitly is read
// whatever its extension; `--files-from` adds one path a line. A file named twice is read once.
// `--shard I/N` then keeps the reports whose id hashes to share I.
import { createHash } from 'node:crypto'
import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { basename, extname, join, resolve } from 'node:path'
import { isReportId } from '../emit/manifest.js'
import { printable } from '../emit/printable.js'

// Caption files (WebVTT, SubRip) are text the captions dialect reads: a folder of Zoom or Teams exports is a batch.
const READ_EXTENSIONS = ['.md', '.markdown', '.txt', '.vtt', '.srt']

/** Ids whose JSON file would collide with a file of the run's own. */
const RESERVED_IDS = new Set(['report.schema'])

export interface Input {
  path: string
  id: string
}

export interface Rejected {
  path: string
  reason: string
}

/**
 * The inputs the arguments name. In a folder, a symbolic link is followed only with `followSymlinks`
 * (it may lead out of the folder: to a secret file, which would become a report and a review page),
 * and a FIFO, socket or device is never read (a FIFO would wait for a writer for ever); each is
 * skipped with a warning naming it. A file named explicitly is read whatever it is.
 */
export async function collectInputs(
  args: readonly string[],
  shard?: { index: number; count: number },
  options: { followSymlinks?: boolean } = {},
): Promise<{ inputs: Input[]; rejected: Rejected[]; skipped: Rejected[] }> {
  const inputs: Input[] = []
  const rejected: Rejected[] = []
  const skipped: Rejected[] = []
  for (const arg of args) {
    let info
    try {
      info = await stat(arg)
    } catch {
      rejected.push({ path: arg, reason: 'no such file or folder' })
      continue
    }
    if (info.isDirectory()) {
      let entries: Dirent[]
      try {
        entries = await readdir(arg, { withFileTypes: true })
      } catch (error) {
        rejected.push({ path: arg, reason: `cannot read the folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` })
        continue
      }
      const named = entries.filter((entry) => READ_EXTENSIONS.includes(extname(entry.name).toLowerCase()) && !entry.name.startsWith('.'))
      if (named.length === 0) rejected.push({ path: arg, reason: `the folder holds no ${READ_EXTENSIONS.join(', ')} files` })
      for (const entry of named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = join(arg, entry.name)
        const why = await notRead(path, entry, options.followSymlinks ?? false)
        if (why) skipped.push({ path, reason: why })
        else inputs.push({ path, id: reportId(entry.name) })
      }
    } else {
      inputs.push({ path: arg, id: reportId(arg) })
    }
  }
  const distinct = await withoutRepeats(inputs)
  // Two inputs with one id would overwrite each other's output: both are refused.
  const byId = new Map<string, Input[]>()
  for (const input of distinct) byId.set(input.id, [...(byId.get(input.id) ?? []), input])
  const unique: Input[] = []
  for (const input of distinct) {
    const why = idProblem(input, byId.get(input.id)!)
    if (why === null) unique.push(input)
    else rejected.push({ path: input.path, reason: why })
  }
  if (!shard) return { inputs: unique, rejected, skipped }
  const mine = (path: string) => shardOf(reportId(path), shard.count) === shard.index
  return {
    inputs: unique.filter((input) => mine(input.path)),
    rejected: rejected.filter((failure) => mine(failure.path)),
    skipped: skipped.filter((skip) => mine(skip.path)),
  }
}

/** Why an input's id cannot be its reports' name (`same`: the inputs with its id), or null. */
function idProblem(input: Input, same: readonly Input[]): string | null {
  if (RESERVED_IDS.has(input.id)) return `report id “${input.id}” is reserved (its JSON file would be ${input.id}.json): rename the file`
  if (input.id.startsWith('.')) return `report id “${input.id}” starts with a dot (its JSON file would be hidden): rename the file`
  if (!isReportId(input.id)) return 'the file name holds a control character, which a report id cannot: rename the file'
  if (same.length === 1) return null
  const others = same.filter((other) => other !== input).map((other) => other.path)
  return `report id “${input.id}” is also the id of ${others.join(', ')}`
}

/** The folder entries a run skips (symbolic links, FIFOs, devices), a warning each, as `path: warning: reason`. */
export function printSkipped(io: { stderr: { write(text: string): unknown } }, skipped: readonly Rejected[]): void {
  for (const skip of skipped) io.stderr.write(`${printable(skip.path)}: warning: ${printable(skip.reason)}\n`)
}

/** Why a folder's entry is skipped (a warning), or null when it is read: a file, or a folder (which fails, saying so). */
async function notRead(path: string, entry: Dirent, followSymlinks: boolean): Promise<string | null> {
  if (entry.isSymbolicLink()) {
    if (!followSymlinks) return 'is a symbolic link: skipped (--follow-symlinks reads what links lead to)'
    let target
    try {
      target = await stat(path)
    } catch {
      return 'is a symbolic link to nothing: skipped'
    }
    return target.isFile() || target.isDirectory() ? null : 'is a symbolic link to a FIFO, socket or device, not a file: skipped'
  }
  return entry.isFile() || entry.isDirectory() ? null : 'is a FIFO, socket or device, not a file: skipped'
}

/**
 * The inputs with each file once, under the first path that names it: `t t/h2.md`, `t/h2.md ./t/h2.md`.
 * Only paths that share an id can be one file (a symbolic link of another name is a report of its own),
 * so only theirs are resolved.
 */
async function withoutRepeats(inputs: readonly Input[]): Promise<Input[]> {
  const named = new Map<string, number>()
  for (const input of inputs) named.set(input.id, (named.get(input.id) ?? 0) + 1)
  const seen = new Set<string>()
  const kept: Input[] = []
  for (const input of inputs) {
    if (named.get(input.id)! > 1) {
      const file = `${input.id}\0${await realpath(input.path).catch(() => resolve(input.path))}`
      if (seen.has(file)) continue
      seen.add(file)
    }
    kept.push(input)
  }
  return kept
}

/** Input paths listed one per line (blank lines skipped; CRLF allowed; a byte-order mark at the start dropped). */
export function listedPaths(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
}

/** The share (0 to count-1) a report belongs to: a stable hash of its id, the same on every machine. */
export function shardOf(id: string, count: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % count
}

/** The report id: the file's base name without its extension. */
function reportId(path: string): string {
  const name = basename(path)
  const extension = extname(name)
  return extension && extension !== name ? name.slice(0, -extension.length) : name
}

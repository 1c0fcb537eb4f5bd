// Every output file is written whole or not at all: a temporary file beside it, then a rename.
// Temporary files carry the process id, so a run can sweep away its own when it is interrupted,
// whichever thread was writing them, and those of a run that was killed, never another live run's.
import { randomBytes } from 'node:crypto'
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}

export async function writeAtomic(path: string, data: string): Promise<void> {
  const temporary = temporaryPath(path)
  try {
    await writeFile(temporary, data, 'utf8')
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** The same, synchronously: for a worker thread, where blocking costs nothing and saves the round trips. */
export function writeAtomicSync(path: string, data: string): void {
  const temporary = temporaryPath(path)
  try {
    writeFileSync(temporary, data, 'utf8')
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

/**
 * Remove the temporary files in `dir` that this process left, or a process that is gone (killed
 * mid-write, by `kill -9` or a crash); never those of another run still writing (synchronous: safe on
 * the way out of a signal).
 */
export function sweepTemporaries(dir: string): number {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return 0
  }
  const ours = names.filter((name) => {
    const pid = temporaryPid(name)
    return pid !== null && (pid === process.pid || !alive(pid))
  })
  for (const name of ours) rmSync(join(dir, name), { force: true })
  return ours.length
}

/** The process id in a temporary file's name (`.<name>.<pid>.<8 hex digits>.tmp`), or null for any other name. */
export function temporaryPid(name: string): number | null {
  if (!name.startsWith('.') || !name.endsWith('.tmp')) return null
  const parts = name.slice(1, -'.tmp'.length).split('.')
  if (parts.length < 3 || parts.slice(0, -2).join('.') === '') return null
  const [pid, hex] = parts.slice(-2) as [string, string]
  return /^[1-9]\d{0,9}$/.test(pid) && /^[0-9a-f]{8}$/.test(hex) ? Number(pid) : null
}

/** Whether a process of this id runs (one of another user's counts: it is not ours to sweep after). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

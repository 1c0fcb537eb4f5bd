// Every output file is written whole or not at all: a temporary file beside it, then a rename.
// Temporary files carry the process id, so a run can sweep away its own (and only its own) when it
// is interrupted, whichever thread was writing them.
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

/** Remove the temporary files this process left in `dir` (synchronous: safe on the way out of a signal). */
export function sweepTemporaries(dir: string): number {
  const pattern = new RegExp(`^\\..+\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return 0
  }
  const ours = names.filter((name) => pattern.test(name))
  for (const name of ours) rmSync(join(dir, name), { force: true })
  return ours.length
}

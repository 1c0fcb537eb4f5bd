// Which files a run reads, and the report id of each: folders give their .md, .markdown and .txt
// files (sorted); a file named explicitly is read whatever its extension.
import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'

export const READ_EXTENSIONS = ['.md', '.markdown', '.txt']

export interface Input {
  path: string
  id: string
}

export interface Rejected {
  path: string
  reason: string
}

export async function collectInputs(args: readonly string[]): Promise<{ inputs: Input[]; rejected: Rejected[] }> {
  const inputs: Input[] = []
  const rejected: Rejected[] = []
  for (const arg of args) {
    let info
    try {
      info = await stat(arg)
    } catch {
      rejected.push({ path: arg, reason: 'no such file or folder' })
      continue
    }
    if (info.isDirectory()) {
      const names = (await readdir(arg)).filter((name) => READ_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('.')).sort()
      if (names.length === 0) rejected.push({ path: arg, reason: `the folder holds no ${READ_EXTENSIONS.join(', ')} files` })
      for (const name of names) inputs.push({ path: join(arg, name), id: reportId(name) })
    } else {
      inputs.push({ path: arg, id: reportId(arg) })
    }
  }
  // Two inputs with one id would overwrite each other's output: both are refused.
  const byId = new Map<string, Input[]>()
  for (const input of inputs) byId.set(input.id, [...(byId.get(input.id) ?? []), input])
  const unique: Input[] = []
  for (const input of inputs) {
    const same = byId.get(input.id)!
    if (same.length === 1) unique.push(input)
    else rejected.push({ path: input.path, reason: `report id “${input.id}” is also the id of ${same.filter((other) => other !== input).map((other) => other.path).join(', ')}` })
  }
  return { inputs: unique, rejected }
}

/** The report id: the file's base name without its extension. */
export function reportId(path: string): string {
  const name = basename(path)
  const extension = extname(name)
  return extension && extension !== name ? name.slice(0, -extension.length) : name
}

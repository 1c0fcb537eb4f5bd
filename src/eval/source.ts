// A corpus case's provenance, `<case>/source.md`: `key: value` lines (repository, path, commit,
// language, form, licence, converter, …) up to the first blank line, then prose for people.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

/** The forms a corpus input comes in: how the text was written or which converter wrote it. */
const FORMS = [
  'markdown',
  'pandoc-html',
  'pandoc-docx',
  'pdftotext-layout',
  'pdftotext-raw',
  'html-library',
  'plaintext',
  'marker',
  'docling',
] as const

export const CaseSource = z.looseObject({
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name'),
  path: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/, '40 hexadecimal digits'),
  language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code'),
  form: z.enum(FORMS),
  licence: z.string().min(1),
  converter: z.string().min(1).describe('The exact command that made the input from the original, or `none`'),
})
export type CaseSource = z.infer<typeof CaseSource>

/** The `key: value` lines that open a source.md (keys lowercased), up to its first blank line. */
export function sourceFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') break
    const colon = line.indexOf(':')
    if (colon > 0) fields[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return fields
}

/** The fields of `<dir>/source.md`, or an empty record when the case has none. */
export function readSourceFields(dir: string): Record<string, string> {
  const file = join(dir, 'source.md')
  return existsSync(file) ? sourceFields(readFileSync(file, 'utf8')) : {}
}

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { schemaJson } from '../src/emit/json.js'
import { extractReport, Report } from '../src/index.js'

describe('report.schema.json', () => {
  it('is what the zod schema generates (run `npm run schema` after changing it)', () => {
    expect(readFileSync('report.schema.json', 'utf8')).toBe(schemaJson())
  })

  it('names every top-level key of the contract, in order', () => {
    const schema = JSON.parse(schemaJson())
    expect(Object.keys(schema.properties)).toEqual([
      'schemaVersion',
      'id',
      'source',
      'metadata',
      'contents',
      'sections',
      'speakers',
      'blocks',
      'diagnostics',
    ])
  })

  it('describes the report and every field of it, for those who read it without us', () => {
    const schema = JSON.parse(schemaJson())
    const undescribed: string[] = []
    const walk = (node: Record<string, unknown>, path: string): void => {
      const properties = (node.properties ?? (node.items as Record<string, unknown> | undefined)?.properties) as
        Record<string, Record<string, unknown>> | undefined
      for (const [key, value] of Object.entries(properties ?? {})) {
        if (typeof value.description !== 'string' || value.description === '') undescribed.push(`${path}.${key}`)
        walk(value, `${path}.${key}`)
      }
    }
    walk(schema, 'report')
    expect(undescribed).toEqual([])
    expect(schema).toMatchObject({
      title: 'report-extract report',
      description: expect.stringMatching(/^One report extracted by report-extract/),
    })
  })

  it('rejects a report that breaks it', () => {
    const report = extractReport('# T\n\nText.\n')
    expect(() => Report.parse({ ...report, blocks: [{ ...report.blocks[0], kind: 'poem' }] })).toThrow(/kind/)
  })
})

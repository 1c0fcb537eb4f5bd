// Gold annotations: hand-written facts about one report (fixtures/<case>/gold.json) that a correct
// extraction must contain. Partial by design: a field left out is not scored. A list given is the
// report's whole list (what is extracted beyond it counts against precision) unless `partial` names it.
import { z } from 'zod'
import { Page, SectionKind } from '../schema/report.js'

export const GoldContentsEntry = z.strictObject({
  title: z.string().min(1).describe('As printed, without leaders or page number'),
  level: z.number().int().min(1).max(9).optional(),
  number: z.string().nullable().optional(),
  page: Page.optional(),
})
export type GoldContentsEntry = z.infer<typeof GoldContentsEntry>

export const GoldSection = z.strictObject({
  title: z.string().min(1),
  level: z.number().int().min(1).max(9).optional(),
  parent: z.string().nullable().optional().describe('The title of the parent section; null for a top-level section'),
  kind: SectionKind.optional(),
})
export type GoldSection = z.infer<typeof GoldSection>

export const GoldSpeaker = z.strictObject({
  name: z.string().describe('"" when the report names nobody (`**China | Representative**`)'),
  position: z.string().optional(),
  department: z.string().optional(),
  organization: z.string().optional(),
  section: z.string().nullable().optional().describe('The title of the section the speaker speaks in; null when in none'),
})
export type GoldSpeaker = z.infer<typeof GoldSpeaker>

export const GoldMetadata = z.strictObject({
  title: z.string().nullable().optional(),
  documentType: z.string().nullable().optional(),
  organization: z.string().nullable().optional(),
  date: z.string().nullable().optional().describe('ISO 8601, as precise as the report states it'),
  event: z
    .strictObject({
      name: z.string().nullable().optional(),
      date: z.string().nullable().optional(),
      location: z.string().nullable().optional(),
    })
    .optional(),
  sourceUrl: z.string().nullable().optional(),
})
export type GoldMetadata = z.infer<typeof GoldMetadata>

export const GoldList = z.enum(['contents', 'sections', 'speakers'])
export type GoldList = z.infer<typeof GoldList>

export const Gold = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional().describe('What the annotations cover and how they were checked against the source'),
  partial: z.array(GoldList).optional().describe('Lists that give only some of the report’s items: extra extracted items are not counted against precision'),
  metadata: GoldMetadata.optional(),
  contents: z.array(GoldContentsEntry).optional(),
  sections: z.array(GoldSection).optional(),
  speakers: z.array(GoldSpeaker).optional(),
})
export type Gold = z.infer<typeof Gold>

/** The JSON Schema published as `gold.schema.json`, generated from `Gold`. */
export function goldJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Gold, { target: 'draft-2020-12' }) as Record<string, unknown>
}

export function goldSchemaJson(): string {
  return `${JSON.stringify(goldJsonSchema(), null, 2)}\n`
}

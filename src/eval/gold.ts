// Gold annotations: hand-written facts about one report (fixtures/<case>/gold.json) that a correct
// extraction must contain. Partial by design: a field left out is not scored. A list given is the
// report's whole list (what is extracted beyond it counts against precision) unless `partial` names it.
// Where two answers are equally right, a value may be `{ "anyOf": [a, b] }`: either one matches.
import { z } from 'zod'
import { Page, SectionKind } from '../schema/report.js'

/** A gold value, or the equally right values it may take. */
function either<T extends z.ZodType>(value: T) {
  return z.union([value, z.strictObject({ anyOf: z.array(value).min(2).describe('Equally right values: any one matches') })])
}

const Text = either(z.string())
const NullableText = either(z.string().nullable())
const Level = either(z.number().int().min(1).max(9))

const GoldContentsEntry = z.strictObject({
  title: either(z.string().min(1)).describe('As printed, without leaders or page number'),
  level: Level.optional(),
  number: NullableText.optional(),
  page: either(Page).optional(),
})

const GoldSection = z.strictObject({
  title: either(z.string().min(1)),
  number: NullableText.optional().describe('The heading’s printed number; null when unnumbered'),
  level: Level.optional(),
  parent: NullableText.optional().describe('The title of the parent section; null for a top-level section'),
  kind: either(SectionKind).optional(),
})

const GoldSpeaker = z.strictObject({
  name: Text.describe(
    'The person, without honorific, as the report establishes them; "" when the report names nobody (`**China | Representative**`)',
  ),
  label: Text.optional().describe('The label exactly as printed at the turn (`MS. NILSSON`, `Anna`, `ab`)'),
  honorific: Text.optional().describe('The honorific or title printed before the name (`Ms.`, `Dr.`, `Senator`, `Mme`)'),
  given_name: Text.optional(),
  family_name: Text.optional(),
  position: Text.optional(),
  department: Text.optional(),
  organization: Text.optional(),
  section: NullableText.optional().describe('The title of the section the speaker speaks in; null when in none'),
})

const GoldPerson = z.strictObject({
  name: Text.describe('A distinct speaker, named as in `speakers`'),
  turns: z.number().int().positive().optional().describe('How many turns the person has in the whole report'),
  label: Text.optional().describe('The label the person’s turns are printed with (`anyOf` when several)'),
  honorific: Text.optional(),
  position: Text.optional(),
  organization: Text.optional(),
})

const GoldMetadata = z.strictObject({
  title: NullableText.optional(),
  documentType: NullableText.optional(),
  organization: NullableText.optional(),
  date: NullableText.optional().describe('ISO 8601, as precise as the report states it'),
  event: z
    .strictObject({
      name: NullableText.optional(),
      date: NullableText.optional(),
      location: NullableText.optional(),
    })
    .optional(),
  sourceUrl: NullableText.optional(),
})

export const GoldList = z.enum(['contents', 'sections', 'speakers', 'persons'])
export type GoldList = z.infer<typeof GoldList>

export const Gold = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional().describe('What the annotations cover and how they were checked against the source'),
  partial: z
    .array(GoldList)
    .optional()
    .describe('Lists that give only some of the report’s items: extra extracted items are not counted against precision'),
  metadata: GoldMetadata.optional(),
  contents: z.array(GoldContentsEntry).optional(),
  sections: z.array(GoldSection).optional(),
  speakers: z.array(GoldSpeaker).optional().describe('Every speaker turn, in reading order'),
  persons: z.array(GoldPerson).optional().describe('Every distinct speaker once, in the order of their first turn'),
  notSpeakers: z
    .array(z.string().min(1))
    .optional()
    .describe('Labels that look like speakers in this report but are not (`Action`, `Present`, a time): none may be read as a speaker'),
})
export type Gold = z.infer<typeof Gold>

/** The JSON Schema published as `gold.schema.json`, generated from `Gold`. */
function goldJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Gold, { target: 'draft-2020-12' })
}

export function goldSchemaJson(): string {
  return `${JSON.stringify(goldJsonSchema(), null, 2)}\n`
}

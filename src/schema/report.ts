// The one definition of every shape report-extract emits. Item records mirror the CSV columns
// (snake_case) so a row is its JSON item plus `report_id`; report-level keys are camelCase.
// No transforms: `z.toJSONSchema(Report)` must describe exactly what is written.
import { z } from 'zod'

export const SCHEMA_VERSION = '1.0'

/** A printed page: arabic numerals as an integer, roman numerals of front matter as written (`vii`). */
export const Page = z.union([z.number().int(), z.string().min(1)]).nullable()
export type Page = z.infer<typeof Page>

export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

export const Position = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
})
export type Position = z.infer<typeof Position>

export const Source = z.object({
  path: z.string().describe('The input path as given on the command line (or to the library)'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
})
export type Source = z.infer<typeof Source>

export const Event = z.object({
  name: z.string().nullable(),
  date: z.string().nullable().describe('ISO 8601 date, or an interval `start/end` for a span of days'),
  location: z.string().nullable(),
})
export type Event = z.infer<typeof Event>

export const Metadata = z.object({
  title: z.string().nullable(),
  documentType: z.string().nullable(),
  organization: z.string().nullable(),
  date: z.string().nullable().describe('ISO 8601, as precise as the report states it (`2018-04`)'),
  event: Event,
  sourceUrl: z.string().nullable(),
})
export type Metadata = z.infer<typeof Metadata>

export const ContentsEntry = z.object({
  index: z.number().int().positive(),
  level: z.number().int().min(1).max(9),
  number: z.string().nullable(),
  title: z.string(),
  page: Page,
  section_id: z.string().nullable().describe('The body section this entry points to; null when the body has none'),
  line: z.number().int().positive(),
})
export type ContentsEntry = z.infer<typeof ContentsEntry>

export const SectionKind = z.enum(['section', 'speech'])
export type SectionKind = z.infer<typeof SectionKind>

export const Section = z.object({
  section_id: z.string(),
  parent_id: z.string().nullable(),
  level: z.number().int().min(1).max(9),
  number: z.string().nullable(),
  title: z.string(),
  kind: SectionKind,
  page: Page,
  line: z.number().int().positive(),
})
export type Section = z.infer<typeof Section>

export const Speaker = z.object({
  speaker_id: z.string(),
  person_id: z.string().describe('The same person speaking several times has one person_id within a report'),
  section_id: z.string().nullable(),
  name: z.string(),
  given_name: z.string(),
  family_name: z.string(),
  position: z.string(),
  department: z.string(),
  organization: z.string(),
  line: z.number().int().positive(),
  paragraphs: z.number().int().nonnegative().describe('How many blocks of remarks follow the speaker'),
  words: z.number().int().nonnegative(),
  remarks: z.array(z.string()).describe('block_id of each block of remarks, in order'),
})
export type Speaker = z.infer<typeof Speaker>

export const BlockKind = z.enum(['paragraph', 'list_item', 'quote', 'code', 'table'])
export type BlockKind = z.infer<typeof BlockKind>

export const Block = z.object({
  block_id: z.string(),
  section_id: z.string().nullable(),
  speaker_id: z.string().nullable(),
  kind: BlockKind,
  line: z.number().int().positive(),
  page: Page.describe('The printed page the block starts on, where the input marks pages'),
  text: z.string(),
})
export type Block = z.infer<typeof Block>

export const Diagnostic = z.object({
  severity: Severity,
  code: z.string().regex(/^[a-z]+(-[a-z]+)+$/),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  message: z.string(),
  cause: Position.nullable().describe('A second place that matters, such as the heading a contents entry was compared with'),
})
export type Diagnostic = z.infer<typeof Diagnostic>

export const Report = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  source: Source,
  metadata: Metadata,
  contents: z.array(ContentsEntry),
  sections: z.array(Section),
  speakers: z.array(Speaker),
  blocks: z.array(Block),
  diagnostics: z.array(Diagnostic),
})
export type Report = z.infer<typeof Report>

/** The JSON Schema published as `report.schema.json`, generated from `Report`. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Report, { target: 'draft-2020-12' }) as Record<string, unknown>
}

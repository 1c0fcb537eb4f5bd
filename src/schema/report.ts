// The one definition of every shape report-extract emits. Item records mirror the CSV columns
// (snake_case) so a row is its JSON item plus `report_id`; report-level keys are camelCase.
// No transforms: `z.toJSONSchema(Report)` must describe exactly what is written.
import { z } from 'zod'

export const SCHEMA_VERSION = '1.1'

/** A printed page: arabic numerals as an integer, roman numerals of front matter as written (`vii`). */
export const Page = z
  .union([z.number().int(), z.string().min(1)])
  .nullable()
  .describe('The printed page: an integer for arabic numerals, the text as printed for roman ones (`vii`); null when not known')
export type Page = z.infer<typeof Page>

export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

export const Position = z.object({
  line: z.number().int().positive().describe('Line in the input, from 1'),
  column: z.number().int().positive().describe('Column in the input, from 1'),
})
export type Position = z.infer<typeof Position>

export const Source = z.object({
  path: z.string().describe('The input path as given on the command line (or to the library)'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 of the input file’s bytes, lowercase hex'),
  bytes: z.number().int().nonnegative().describe('Size of the input file in bytes'),
})
export type Source = z.infer<typeof Source>

export const Event = z.object({
  name: z.string().nullable().describe('The meeting’s name (workshop, session, committee)'),
  date: z.string().nullable().describe('ISO 8601 date, or an interval `start/end` for a span of days'),
  location: z.string().nullable().describe('Venue as printed: a city, a building, or an online platform'),
})
export type Event = z.infer<typeof Event>

export const Metadata = z.object({
  title: z.string().nullable().describe('The report’s title as printed on its cover or first heading'),
  documentType: z.string().nullable().describe('What the document calls itself: Workshop Report, Minutes, Transcript…'),
  organization: z.string().nullable().describe('The organisation that issued the report'),
  date: z.string().nullable().describe('ISO 8601, as precise as the report states it (`2018-04`)'),
  event: Event.describe('The meeting the report is of'),
  sourceUrl: z.string().nullable().describe('Where the report says it was published, as printed'),
})
export type Metadata = z.infer<typeof Metadata>

export const ContentsEntry = z.object({
  index: z.number().int().positive().describe('Position of the entry on the contents page, from 1'),
  level: z.number().int().min(1).max(9).describe('Nesting depth on the contents page, 1 for the top'),
  number: z.string().nullable().describe('The entry’s printed number (`2.1`, `IV`, `A`); null when unnumbered'),
  title: z.string().describe('The entry’s text without its number, dot leaders and page'),
  page: Page,
  section_id: z.string().nullable().describe('The body section this entry points to; null when the body has none'),
  line: z.number().int().positive().describe('Line of the entry in the input'),
})
export type ContentsEntry = z.infer<typeof ContentsEntry>

export const SectionKind = z.enum(['section', 'speech'])
export type SectionKind = z.infer<typeof SectionKind>

export const Section = z.object({
  section_id: z.string().describe('`sec-N`, numbered in reading order within the report'),
  parent_id: z.string().nullable().describe('The enclosing section; null at the top level'),
  level: z.number().int().min(1).max(9).describe('Depth in the real hierarchy, 1 for the top (not the Markdown heading depth)'),
  number: z.string().nullable().describe('The heading’s printed number; null when unnumbered'),
  title: z.string().describe('The heading’s text without its number'),
  kind: SectionKind.describe(
    '`speech` for a section opened by a speaker (a presenter heading, or a speaker line listed in the contents), else `section`',
  ),
  page: Page,
  line: z.number().int().positive().describe('Line of the heading in the input'),
})
export type Section = z.infer<typeof Section>

export const Speaker = z.object({
  speaker_id: z.string().describe('`spk-N`, one per speaker block (turn), in reading order'),
  person_id: z.string().describe('The same person speaking several times has one person_id within a report'),
  section_id: z.string().nullable().describe('The section the speaker block is in; null before the first'),
  name: z
    .string()
    .describe(
      'The person, without honorific or office: as printed, or as a participants list names the person the label stands for; ' +
        'empty for a role or a delegation speaking as a whole',
    ),
  given_name: z.string().describe('By the CAPITALISED-surname convention, else all but the last word; empty when unknown'),
  family_name: z.string().describe('The CAPITALISED surname, else the last word with its particles (`da Silva`); empty when unknown'),
  position: z.string().describe('Empty when not given'),
  department: z.string().describe('Empty when not given'),
  organization: z
    .string()
    .describe('From the speaker’s own line, else a participants list, else the same person’s other turns; empty when not known'),
  line: z.number().int().positive().describe('Line of the speaker block in the input'),
  paragraphs: z.number().int().nonnegative().describe('How many blocks of remarks follow the speaker'),
  words: z.number().int().nonnegative().describe('Words in those blocks'),
  label: z
    .string()
    .describe(
      'The label or speaker line exactly as printed at the turn (`MS. NILSSON`, `Anna`, `ab`, `Monsieur le Maire`); ' +
        '`name` holds the person it resolves to',
    ),
  honorific: z
    .string()
    .describe('The honorific printed before the name, as the lexicon writes it (`Ms.`, `Dr.`, `Senator`, `Mme`, `Herr`); empty when none'),
  remarks: z.array(z.string()).describe('block_id of each block of remarks, in order'),
})
export type Speaker = z.infer<typeof Speaker>

export const BlockKind = z.enum(['paragraph', 'list_item', 'quote', 'code', 'table', 'interjection'])
export type BlockKind = z.infer<typeof BlockKind>

export const Link = z.object({
  url: z.string().describe('Where the link points, as written (`https://…`, `#anchor`, `mailto:…`)'),
  text: z.string().describe('The link’s text, as it reads in the block’s `text`'),
})
export type Link = z.infer<typeof Link>

export const Block = z.object({
  block_id: z.string().describe('`blk-N`, in reading order'),
  section_id: z.string().nullable().describe('The section the block is in; null before the first'),
  speaker_id: z.string().nullable().describe('The speaker whose remarks the block is; null for text no speaker is said to speak'),
  kind: BlockKind.describe(
    'What the block was in the Markdown: paragraph, list item, block quote, code block or table; ' +
      '`interjection` for an audience’s reaction a record prints in parentheses (`(Beifall bei der SPD)`, `(Applause)`), ' +
      'which is no speaker’s words',
  ),
  line: z.number().int().positive().describe('Line where the block starts in the input'),
  page: Page.describe('The printed page the block starts on, where the input marks pages'),
  text: z
    .string()
    .describe(
      'Plain text, Markdown marks removed and spaces collapsed; a code block as written; ' +
        'a table one row per line, cells separated by ` | `',
    ),
  depth: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('A list item’s nesting: 1 for an item of a top-level list, 2 for one nested in it, …; null for other blocks'),
  links: z.array(Link).describe('The links the block carries, in order (a table’s too); the CSV keeps only their text, in `text`'),
})
export type Block = z.infer<typeof Block>

export const Diagnostic = z.object({
  severity: Severity.describe(
    '`warning`: something looked wrong; `info`: what was noted or undone; ' +
      '`error` is not written today (a report that cannot be read gets no JSON file)',
  ),
  code: z
    .string()
    .regex(/^[a-z]+(-[a-z]+)+$/)
    .describe('Stable code; its first word names the detector or stage that reports it (`contents-empty`)'),
  line: z.number().int().positive().describe('Line in the input, from 1'),
  column: z.number().int().positive().describe('Column in the input, from 1'),
  message: z.string().describe('One sentence for a person'),
  cause: Position.nullable().describe('A second place that matters, such as the heading a contents entry was compared with'),
})
export type Diagnostic = z.infer<typeof Diagnostic>

export const Report = z
  .object({
    schemaVersion: z
      .literal(SCHEMA_VERSION)
      .describe('Version of this schema; it changes when a field is added, removed or changes meaning'),
    id: z.string().min(1).describe('report_id: the input file’s name without its extension; the name of this JSON file'),
    source: Source.describe('The input file the report was extracted from'),
    metadata: Metadata.describe('What the report says about itself'),
    contents: z.array(ContentsEntry).describe('The contents page’s entries, in order; empty when the report has none'),
    sections: z.array(Section).describe('The body’s sections, in reading order'),
    speakers: z.array(Speaker).describe('Speaker blocks (turns), in reading order'),
    blocks: z.array(Block).describe('The body’s blocks of text, in reading order'),
    diagnostics: z.array(Diagnostic).describe('What looked wrong or was noted, sorted by position'),
  })
  .meta({
    title: 'report-extract report',
    description:
      'One report extracted by report-extract: its metadata, contents page, sections, speakers, blocks of text and diagnostics. ' +
      'Item records mirror the corpus CSV tables (a row is an item plus report_id).',
  })
export type Report = z.infer<typeof Report>

/** The JSON Schema published as `report.schema.json`, generated from `Report`. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Report, { target: 'draft-2020-12' })
}

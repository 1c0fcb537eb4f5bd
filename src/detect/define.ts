// What a detector is: data (id, description, options, codes, examples) plus a pure `detect`, defined
// once with `defineDetector`. A detector sees the document's flow and what the engine hands it — the
// claims map and the facts that earlier detectors left — and never imports another detector.
import type { Root } from 'mdast'
import type { z } from 'zod'
import type { Dialect } from '../dialect/types.js'
import type { FlowEntry, FlowNode } from '../parse/flow.js'
import type { Position } from '../schema/report.js'
import { type Codes, type Examples, type Owner, checkCodes } from '../stage.js'

/**
 * Which nodes earlier detectors took. A node taken is not seen by later detectors (they skip it);
 * a paragraph may be taken in part, the opening characters of its flat text only (a speaker's
 * `**Name:**` label).
 */
export interface Claims {
  isClaimed(node: FlowNode): boolean
  /** Take a node for the running detector; a node already taken stays with the first. */
  claim(node: FlowNode): void
  /** Take only the first `characters` of a paragraph's flat text (`flatText`); the rest stays for later detectors. */
  claimOpening(node: FlowNode, characters: number): void
  /** How many opening characters of a paragraph's flat text an earlier detector took (0 when none). */
  openingClaimed(node: FlowNode): number
}

/**
 * What a detector leaves for later ones besides claims. Each fact says who writes it and who reads it;
 * a detector that reads a fact depends on the one that writes it running first (see index.ts).
 */
export interface Facts {
  /** Flow index of the contents page's first node (its heading, else its first entry). Written by contents, read by cover. */
  contentsStart: number | null
}

export interface DetectContext {
  readonly tree: Root
  /** The decoded text the tree was parsed from. */
  readonly source: string
  /** The document's flow, in reading order (see `flowOf`). */
  readonly flow: readonly FlowEntry[]
  /** What the dialect stage learnt: converter, asides, page starts. */
  readonly dialect: Dialect
  readonly claims: Claims
  readonly facts: Facts
  /** Report a diagnostic: `code` must be one of the detector's declared codes (checked). */
  report(code: string, reason: string, place: Position, cause?: Position): void
}

/** Where a contents entry led once the report was assembled: the heading or speaker line it links to. */
interface LinkTarget {
  title: string
  line: number
  column: number
}

/** What a detector may check once the report is assembled (`review`). */
export interface Assembly {
  /** For each contents entry, in order, the section start it was linked to, or null. */
  contentsTargets: ReadonlyArray<LinkTarget | null>
}

export interface Detector<Id extends string = string, Options = unknown, Result = unknown> extends Owner {
  /** Also the file name, and the first word of every code the detector reports. */
  id: Id
  description: string
  /** The zod schema of the options, each with its default. */
  options: z.ZodType<Options>
  codes: Codes
  examples: Examples<Result, Options>
  /** What the detector found when it found nothing: also its result when it fails. */
  empty(): Result
  detect(context: DetectContext, options: Options): Result
  /** A second look once the report is assembled: what the detector's findings became. */
  review?(result: Result, assembly: Assembly, report: DetectContext['report']): void
}

/** A detector, checked: its codes are its own (`<id>-…`). The engine adds `<id>-failed`, reported when `detect` throws. */
export function defineDetector<const Id extends string, Options, Result>(
  detector: Detector<Id, Options, Result>,
): Detector<Id, Options, Result> {
  const codes: Codes = {
    ...detector.codes,
    [`${detector.id}-failed`]: {
      severity: 'warning',
      meaning: `the ${detector.id} detector failed on this report: what it would have found is left out`,
    },
  }
  const defined = { ...detector, codes }
  checkCodes(defined)
  return defined
}

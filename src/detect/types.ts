// What every detector is: data (id, description, options schema) plus a pure `detect` function.
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { z } from 'zod'
import type { Dialect } from '../dialect/types.js'
import type { FlowEntry, FlowNode } from '../parse/flow.js'
import type { DiagnosticCode, SeverityOf } from '../schema/codes.js'

export interface Place {
  line: number
  column: number
}

export interface DetectContext {
  /** The decoded text the tree was parsed from. */
  readonly source: string
  /** The document's flow, in reading order (see `flowOf`). */
  readonly flow: readonly FlowEntry[]
  /** What the dialect stage learnt: converter, asides, page starts. */
  readonly dialect: Dialect
  /** Which detector took each node; a node taken by an earlier detector is not seen by later ones. */
  claimedBy(node: FlowNode): string | undefined
  claim(node: FlowNode, detector: string): void
  /** Take only a paragraph's opening children (a speaker's `**Name:**` label); the rest stays for later detectors. */
  claimOpening(node: FlowNode, children: number): void
  /** How many opening children of a node an earlier detector took. */
  openingClaimed(node: FlowNode): number
  /** Report a positioned diagnostic: a code of src/schema/codes.ts, with its severity there; it starts with the detector's id. */
  report<Code extends DiagnosticCode>(severity: SeverityOf<Code>, code: Code, reason: string, place: Place, cause?: Place): void
}

export interface Detector<Options, Result, Id extends string = string> {
  /** Also the file name, and the prefix of every diagnostic code the detector reports. */
  id: Id
  description: string
  options: z.ZodType<Options>
  detect(tree: Root, context: DetectContext, options: Options): Result
}

export const PLAIN_DIALECT: Dialect = { names: [], asides: [], pages: [], columnShift: new Map() }

export function createContext(source: string, flow: readonly FlowEntry[], file: VFile, dialect: Dialect = PLAIN_DIALECT): DetectContext {
  const claims = new Map<FlowNode, string>()
  const openings = new Map<FlowNode, number>()
  return {
    source,
    flow,
    dialect,
    claimedBy: (node) => claims.get(node),
    claimOpening: (node, children) => openings.set(node, children),
    openingClaimed: (node) => openings.get(node) ?? 0,
    claim(node, detector) {
      if (!claims.has(node)) claims.set(node, detector)
    },
    report(severity, code, reason, place, cause) {
      // A VFileMessage is an Error: constructing one captures a stack trace, which vfile-message then
      // throws away (it sets `stack` to ''). With thousands of diagnostics in a batch that capture was 1%
      // of the run, so none is taken.
      const limit = Error.stackTraceLimit
      Error.stackTraceLimit = 0
      try {
        const options = {
          place: { line: place.line, column: place.column },
          ruleId: code,
          source: 'report-extract',
          cause: cause ? new VFileMessage('related place', { place: { line: cause.line, column: cause.column } }) : undefined,
        }
        if (severity === 'info') file.info(reason, options)
        else file.message(reason, options)
      } finally {
        Error.stackTraceLimit = limit
      }
    },
  }
}

/** The place a flow entry starts at. */
export function placeOf(entry: { line: number; column: number }): Place {
  return { line: entry.line, column: entry.column }
}

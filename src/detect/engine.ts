// The engine: runs the detectors in their order over one document, each with its own view of the
// claims map and a reporter that accepts only its own codes. A detector that throws leaves nothing
// behind (its claims, facts and diagnostics are undone) and becomes one `<id>-failed` warning on the
// report; the report is still made. A detector that reports a code it does not declare is a defect
// in report-extract, and that error is not caught.
import type { Root } from 'mdast'
import type { Dialect } from '../dialect/types.js'
import type { FlowEntry, FlowNode } from '../parse/flow.js'
import { CodeOwnershipError, type Sink, reporterOf } from '../stage.js'
import type { Assembly, Claims, DetectContext, Detector, Facts } from './define.js'

export interface Document {
  tree: Root
  source: string
  flow: readonly FlowEntry[]
  dialect: Dialect
}

/** Claims by node, shared by all detectors; each detector gets a view that stamps its own id. */
class ClaimsMap {
  readonly owners = new Map<FlowNode, string>()
  readonly openings = new Map<FlowNode, number>()

  /** A view for detector `id`; what it takes is noted in `taken` (nodes, and openings with the value before). */
  viewFor(id: string, taken: Taken): Claims {
    return {
      isClaimed: (node) => this.owners.has(node),
      claim: (node) => {
        if (this.owners.has(node)) return
        this.owners.set(node, id)
        taken.nodes.push(node)
      },
      claimOpening: (node, characters) => {
        taken.openings.push([node, this.openings.get(node)])
        this.openings.set(node, characters)
      },
      openingClaimed: (node) => this.openings.get(node) ?? 0,
    }
  }

  /** Undo what one detector took, latest first. */
  release(taken: Taken): void {
    for (const node of taken.nodes) this.owners.delete(node)
    for (const [node, before] of taken.openings.reverse()) {
      if (before === undefined) this.openings.delete(node)
      else this.openings.set(node, before)
    }
  }
}

interface Taken {
  nodes: FlowNode[]
  openings: Array<[FlowNode, number | undefined]>
}

type Finding = Parameters<Sink>

/** Run `detectors` in order over `document`; returns each one's result by id. */
export function runDetectors(
  detectors: readonly Detector[],
  document: Document,
  sink: Sink,
  options: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  const claims = new ClaimsMap()
  const facts: Facts = { contentsStart: null }
  const results: Record<string, unknown> = {}
  for (const detector of detectors) {
    const taken: Taken = { nodes: [], openings: [] }
    const findings: Finding[] = []
    const factsBefore = { ...facts }
    const context: DetectContext = {
      ...document,
      claims: claims.viewFor(detector.id, taken),
      facts,
      report: reporterOf(detector, (...finding) => findings.push(finding)),
    }
    const given = optionsOf(detector, options[detector.id])
    try {
      results[detector.id] = detector.detect(context, given)
    } catch (error) {
      if (error instanceof CodeOwnershipError) throw error
      claims.release(taken)
      Object.assign(facts, factsBefore)
      findings.length = 0
      findings.push([
        'warning',
        `${detector.id}-failed`,
        `The ${detector.id} detector failed (${describe(error)}): what it would have found is left out`,
        { line: 1, column: 1 },
      ])
      results[detector.id] = detector.empty()
    }
    for (const finding of findings) sink(...finding)
  }
  return results
}

/** Each detector's second look at what its findings became in the assembled report. */
export function reviewDetections(
  detectors: readonly Detector[],
  results: Readonly<Record<string, unknown>>,
  assembly: Assembly,
  sink: Sink,
): void {
  for (const detector of detectors) detector.review?.(results[detector.id], assembly, reporterOf(detector, sink))
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

// Each detector's options with nothing set, parsed once: a batch would otherwise parse the same
// defaults for every report. Frozen, since every report shares them.
const defaults = new WeakMap<Detector, unknown>()

function optionsOf(detector: Detector, given: unknown): unknown {
  if (given !== undefined) return detector.options.parse(given)
  let parsed = defaults.get(detector)
  if (parsed === undefined) {
    parsed = Object.freeze(detector.options.parse({}))
    defaults.set(detector, parsed)
  }
  return parsed
}

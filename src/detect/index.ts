// The detectors, in the order they run. The order is part of the contract: a detector sees only what
// the ones before it left unclaimed (asides and boilerplate before everything, contents lines before headings,
// speaker lines before the styled lines that headings would otherwise take, blocks last).
import type { Root } from 'mdast'
import { asides } from './asides.js'
import { blocks } from './blocks.js'
import { boilerplate } from './boilerplate.js'
import { contents } from './contents.js'
import { cover } from './cover.js'
import { event } from './event.js'
import { headings } from './headings.js'
import { speakers } from './speakers.js'
import type { DetectContext } from './types.js'

export const detectors = [asides, boilerplate, contents, cover, speakers, headings, blocks, event] as const

type Detectors = typeof detectors
type DetectorOf<Id> = Extract<Detectors[number], { id: Id }>
export type DetectorId = Detectors[number]['id']
export type Detections = { [Id in DetectorId]: ReturnType<DetectorOf<Id>['detect']> }
export type DetectorOptions = { [Id in DetectorId]?: Partial<Parameters<DetectorOf<Id>['detect']>[2]> }

/** Run every detector over the tree, in order; diagnostics go through `context.report`. */
export function detectAll(tree: Root, context: DetectContext, options: DetectorOptions = {}): Detections {
  const results: Partial<Record<DetectorId, unknown>> = {}
  for (const detector of detectors) {
    const given = options[detector.id]
    const parsed = given === undefined ? defaultsOf(detector) : detector.options.parse(given)
    results[detector.id] = (detector.detect as (tree: Root, context: unknown, options: unknown) => unknown).call(detector, tree, context, parsed)
  }
  return results as Detections
}

// Each detector's options with nothing set, parsed once: a batch would otherwise parse the same
// defaults eight times per report. Frozen, since every report shares them.
const defaults = new Map<DetectorId, unknown>()

function defaultsOf(detector: Detectors[number]): unknown {
  let parsed = defaults.get(detector.id)
  if (parsed === undefined) {
    parsed = Object.freeze(detector.options.parse({}))
    defaults.set(detector.id, parsed)
  }
  return parsed
}

// The detectors, in the order they run. The order is part of the contract: a detector sees only what
// the ones before it left unclaimed (asides and boilerplate before everything, contents lines before headings,
// speaker lines before the styled lines that headings would otherwise take, blocks last), and reads only
// the facts they left (cover reads where contents found the contents page).
import type { Root } from 'mdast'
import type { Dialect } from '../dialect/types.js'
import type { FlowEntry } from '../parse/flow.js'
import type { Sink } from '../stage.js'
import { asides } from './asides.js'
import { blocks } from './blocks.js'
import { boilerplate } from './boilerplate.js'
import { contents } from './contents.js'
import { cover } from './cover.js'
import type { Assembly } from './define.js'
import { reviewDetections, runDetectors } from './engine.js'
import { event } from './event.js'
import { headings } from './headings.js'
import { speakers } from './speakers.js'

export const detectors = [asides, boilerplate, contents, cover, speakers, headings, blocks, event] as const

type Detectors = typeof detectors
type DetectorOf<Id> = Extract<Detectors[number], { id: Id }>
type ResultOf<D> = D extends { empty(): infer Result } ? Result : never
type OptionsOf<D> = D extends { detect(context: never, options: infer Options): unknown } ? Options : never
type DetectorId = Detectors[number]['id']
export type Detections = { [Id in DetectorId]: ResultOf<DetectorOf<Id>> }
export type DetectorOptions = { [Id in DetectorId]?: Partial<OptionsOf<DetectorOf<Id>>> }

/** Run every detector over the document, in order; diagnostics go to `sink`. */
export function detectAll(
  document: { tree: Root; source: string; flow: readonly FlowEntry[]; dialect: Dialect },
  sink: Sink,
  options: DetectorOptions = {},
): Detections {
  return runDetectors(detectors, document, sink, options) as Detections
}

/** Each detector's second look at the assembled report. */
export function reviewAll(found: Detections, assembly: Assembly, sink: Sink): void {
  reviewDetections(detectors, found, assembly, sink)
}

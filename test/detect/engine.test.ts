// The engine's contract with every detector: codes are the detector's own, a throw is a diagnostic.
import { existsSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defineDetector, type Detector } from '../../src/detect/define.js'
import { runDetectors } from '../../src/detect/engine.js'
import { detectors } from '../../src/detect/index.js'
import { flowOf } from '../../src/parse/flow.js'
import { parseMarkdown } from '../../src/parse/parse.js'
import { extractReport, owners } from '../../src/pipeline.js'
import { CodeOwnershipError, defineStage, vfileSink } from '../../src/stage.js'

const none = { ok: [], notOk: [] }

function document(markdown: string) {
  const tree = parseMarkdown(markdown)
  return { tree, source: markdown, flow: flowOf(tree), dialect: { names: [], asides: [], pages: [], columnShift: new Map() } }
}

function run(detectors: Detector[], markdown: string) {
  const file = new VFile()
  const results = runDetectors(detectors, document(markdown), vfileSink(file))
  return { results, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${String(m.fatal)}`) }
}

/** Takes every paragraph, says so, then fails when `fail` is set. */
const taker = (fail: boolean) =>
  defineDetector({
    id: 'taker',
    description: 'takes paragraphs',
    options: z.object({}),
    codes: { 'taker-took': { severity: 'info', meaning: 'took a paragraph' } },
    examples: none,
    empty: () => ({ taken: 0 }),
    detect(context) {
      let taken = 0
      for (const entry of context.flow) {
        context.claims.claim(entry.node)
        context.claims.claimOpening(entry.node, 1)
        context.report('taker-took', 'took it', entry)
        taken++
      }
      context.facts.contentsStart = 0
      if (fail) throw new TypeError('no luck')
      return { taken }
    },
  }) as unknown as Detector

/** Counts what earlier detectors left. */
const counter = defineDetector({
  id: 'counter',
  description: 'counts unclaimed nodes',
  options: z.object({}),
  codes: {},
  examples: none,
  empty: () => ({ left: -1, opening: -1, start: -2 as number | null }),
  detect: (context) => ({
    left: context.flow.filter((entry) => !context.claims.isClaimed(entry.node)).length,
    opening: context.claims.openingClaimed(context.flow[0]!.node),
    start: context.facts.contentsStart,
  }),
}) as unknown as Detector

describe('defineDetector and defineStage', () => {
  it('refuse a code that does not start with the owner’s id', () => {
    const bad = {
      id: 'cover',
      description: '',
      options: z.object({}),
      codes: { 'contents-empty': { severity: 'warning' as const, meaning: '' } },
      examples: none,
      empty: () => null,
      detect: () => null,
    }
    expect(() => defineDetector(bad)).toThrow(CodeOwnershipError)
    expect(() => defineDetector(bad)).toThrow('"cover" declares the code "contents-empty"')
    expect(() =>
      defineStage({ id: 'parse', description: '', codes: { 'Parse-x': { severity: 'info', meaning: '' } }, examples: none }),
    ).toThrow(CodeOwnershipError)
  })

  it('add the <id>-failed code to every detector', () => {
    expect(Object.keys(counter.codes)).toEqual(['counter-failed'])
  })
})

describe('runDetectors', () => {
  it('lets a later detector see what an earlier one claimed and left as facts', () => {
    const { results, messages } = run([taker(false), counter], 'One.\n\nTwo.\n')
    expect(results).toEqual({ taker: { taken: 2 }, counter: { left: 0, opening: 1, start: 0 } })
    expect(messages).toEqual(['1:1 taker-took undefined', '3:1 taker-took undefined'])
  })

  it('turns a throw into one <id>-failed warning and undoes the detector’s claims, facts and diagnostics', () => {
    const { results, messages } = run([taker(true), counter], 'One.\n\nTwo.\n')
    expect(results).toEqual({ taker: { taken: 0 }, counter: { left: 2, opening: 0, start: null } })
    expect(messages).toEqual(['1:1 taker-failed false'])
  })

  it('leaves an earlier detector’s claims alone when a later one fails, though it touched the same nodes', () => {
    const toucher = defineDetector({
      id: 'toucher',
      description: '',
      options: z.object({}),
      codes: {},
      examples: none,
      empty: () => null,
      detect(context) {
        for (const entry of context.flow) {
          context.claims.claim(entry.node)
          context.claims.claimOpening(entry.node, 2)
        }
        throw new Error('late')
      },
    }) as unknown as Detector
    const { results, messages } = run([taker(false), toucher, counter], 'One.\n')
    expect(results.counter).toEqual({ left: 0, opening: 1, start: 0 })
    expect(messages).toEqual(['1:1 taker-took undefined', '1:1 toucher-failed false'])
  })

  it('does not catch a code the detector does not declare: that is a defect, not a finding', () => {
    const rogue = defineDetector({
      id: 'rogue',
      description: '',
      options: z.object({}),
      codes: {},
      examples: none,
      empty: () => null,
      detect(context) {
        context.report('contents-empty', 'not mine', { line: 1, column: 1 })
        return null
      },
    }) as unknown as Detector
    expect(() => run([rogue], 'Text.\n')).toThrow('"rogue" reported the code "contents-empty", which it does not declare')
  })
})

describe('a failing detector in a whole report', () => {
  it('leaves the rest of the report: a bad pattern in the speakers’ options is one warning', () => {
    const report = extractReport('## Opening\n\nMaria Lopez said hello.\n', { detectors: { speakers: { verbs: '(' } } })
    expect(report.speakers).toEqual([])
    expect(report.sections.map((section) => section.title)).toEqual(['Opening'])
    expect(report.blocks.map((block) => block.text)).toEqual(['Maria Lopez said hello.'])
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['speakers-failed', 'warning', 1]])
    expect(report.diagnostics[0]!.severity).toBe('warning')
    expect(report.diagnostics[0]!.message).toMatch(
      /^The speakers detector failed \(SyntaxError: Invalid regular expression: .*\): what it would have found is left out$/,
    )
  })
})

describe('every owner of diagnostic codes', () => {
  it('is named, in the order the pipeline runs, and says in a line what it checks', () => {
    const detectorIds = ['asides', 'boilerplate', 'contents', 'cover', 'speakers', 'headings', 'blocks', 'event']
    expect(owners.map((owner) => owner.id)).toEqual(['decode', 'dialect', 'parse', ...detectorIds, 'report'])
    for (const owner of owners) expect(owner.description, owner.id).toMatch(/^[A-Z]\S* \S/)
  })
})

describe('every detector', () => {
  it('is named by its file, in the order of the contract (the id is what options and codes are keyed by)', () => {
    const ids = ['asides', 'boilerplate', 'contents', 'cover', 'speakers', 'headings', 'blocks', 'event']
    expect(detectors.map((detector) => detector.id)).toEqual(ids)
    for (const detector of detectors) expect(existsSync(`src/detect/${detector.id}.ts`), detector.id).toBe(true)
  })

  it('finds on a document with nothing in it what empty() says, its result when it fails', () => {
    const results = runDetectors(detectors as unknown as Detector[], document(''), () => {})
    for (const detector of detectors) expect(results[detector.id], detector.id).toEqual(detector.empty())
    expect(detectors.map((detector) => detector.empty())).toEqual([
      { titles: [], participants: [], location: null, date: null },
      { sourceUrl: null, noticeLine: null },
      { entries: [], startLine: null },
      {
        title: null,
        meetingDay: null,
        meetingName: null,
        documentType: null,
        organization: null,
        date: null,
        titleLine: null,
        memo: false,
      },
      { speakers: [], roster: [] },
      { headings: [] },
      { blocks: [] },
      { name: null, date: null, location: null, line: null, organizer: null, bodyMet: null, yearless: null, headDay: null },
    ])
  })
})

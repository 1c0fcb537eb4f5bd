// Who reports what. Every diagnostic code has one owner — a stage of the pipeline (decode, dialect,
// parse, report) or a detector — whose id is the code's first word: `contents-empty` is the contents
// detector's. An owner declares its codes with their severity and meaning, and examples that trigger
// them; it can report no other code. That is checked here, when an owner is defined and when it
// reports, not promised in a comment. The docs' table of codes is generated from these declarations.
import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { Position } from './schema/report.js'

type Severity = 'warning' | 'info'

/** The codes an owner reports, each with its severity and what it means (one line, for the docs). */
export type Codes = Readonly<Record<string, { severity: Severity; meaning: string }>>

/** A deep partial: what an example expects to find, leaving out what it does not pin. */
type DeepPartial<T> =
  T extends ReadonlyArray<infer Item> ? ReadonlyArray<DeepPartial<Item>> : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T

/**
 * A small text and what reading it must give. One test runs every example through the whole pipeline
 * (test/examples.test.ts); `scripts/docs-tables.mjs` prints them as the docs' tables of forms and codes.
 */
export interface Example<Result = unknown, Options = unknown> {
  /** What the example shows, in a few words. */
  title: string
  /** The form of the text it reads, as the docs name it (`ok` examples of a detector that reads forms). */
  form?: string
  text: string
  /** This owner's options for the example; its defaults otherwise. */
  options?: Partial<Options>
  /** What the detector must find: a deep partial match, arrays matched item by item and in length. */
  found?: DeepPartial<Result>
  /** The owner's own diagnostics, `line:column code`, in order; none when left out. */
  diagnostics?: readonly string[]
}

export interface Examples<Result = unknown, Options = unknown> {
  /** Each form read, and each look-alike refused, without a diagnostic of this owner's. */
  ok: ReadonlyArray<Example<Result, Options>>
  /** Each code reported, with the text that triggers it. */
  notOk: ReadonlyArray<Example<Result, Options>>
}

/** Where a stage's findings go: the report's file of messages. */
export type Sink = (severity: Severity, code: string, reason: string, place: Position, cause?: Position) => void

/** A code reported by an owner that does not declare it: a defect in report-extract, never a finding about the input. */
export class CodeOwnershipError extends Error {
  override name = 'CodeOwnershipError'
}

export interface Owner {
  /** The first word of every code the owner reports. */
  id: string
  /** One line: what the owner does. */
  description: string
  codes: Codes
}

/** Throws unless every code of `owner` starts with its id and a hyphen. */
export function checkCodes(owner: Owner): void {
  for (const code of Object.keys(owner.codes)) {
    if (!code.startsWith(`${owner.id}-`) || !/^[a-z]+(?:-[a-z]+)+$/.test(code)) {
      throw new CodeOwnershipError(`"${owner.id}" declares the code "${code}": an owner's codes are "${owner.id}-" and lowercase words`)
    }
  }
}

/** A reporter for `owner`: it refuses a code the owner does not declare, and takes the severity from the declaration. */
export function reporterOf(owner: Owner, sink: Sink): (code: string, reason: string, place: Position, cause?: Position) => void {
  return (code, reason, place, cause) => {
    const declared = owner.codes[code]
    if (!declared) throw new CodeOwnershipError(`"${owner.id}" reported the code "${code}", which it does not declare`)
    sink(declared.severity, code, reason, place, cause)
  }
}

export interface Stage<Codes_ extends Codes = Codes> extends Owner {
  codes: Codes_
  examples: Examples
}

/** A stage of the pipeline that reports diagnostics: its id, what it does, its codes and their examples. */
export function defineStage<const C extends Codes>(stage: Stage<C>): Stage<C> {
  checkCodes(stage)
  return stage
}

/** The sink that writes into a vfile's messages, as vfile-message places and rule ids. */
export function vfileSink(file: VFile): Sink {
  return (severity, code, reason, place, cause) => {
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
  }
}

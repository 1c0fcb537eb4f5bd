// Speaker blocks: who speaks (name, position, department, organisation) where their remarks begin.
// Forms: one bold line `Name, Position, Department, Organization`, and a presenter's stacked italic
// lines (name / position / department / organisation).
import type { Root } from 'mdast'
import { z } from 'zod'
import type { FlowEntry } from '../parse/flow.js'
import { soleEmphasis } from '../parse/text.js'
import { collapseSpace } from '../text/normalize.js'
import type { Detector } from './types.js'

export const SpeakersOptions = z.object({
  positions: z
    .string()
    .default(
      'director|president|minister|officer|chair|co-chair|chairman|chairperson|chairwoman|professor|prof|dr|head|manager|secretary|representative|ambassador|adviser|advisor|coordinator|expert|specialist|chief|deputy|vice|counsell?or|researcher|economist|analyst|consultant|founder|ceo|dean|governor|commissioner|delegate|rapporteur|moderator|engineer|scientist|lecturer|fellow|partner|principal|lead|coordenador|coordenadora|diretor|diretora|pesquisador|pesquisadora',
    ),
  departments: z.string().default('department|division|office|bureau|unit|section|directorate|branch|service|centre|center|departamento|divisão|coordenação'),
})
export type SpeakersOptions = z.infer<typeof SpeakersOptions>

export interface SpeakerLine {
  name: string
  given_name: string
  family_name: string
  position: string
  department: string
  organization: string
  /** The speaker block as one line of text, for matching against contents entries. */
  text: string
  form: 'line' | 'stacked'
  line: number
  column: number
  /** Flow indices of the block's first and last node. */
  first: number
  last: number
}

export interface SpeakersResult {
  speakers: SpeakerLine[]
}

const NAME_TOKEN = /^(?:\p{Lu}[\p{Ll}'’-]+\.?|\p{Lu}{2,}(?:-\p{Lu}+)?|\p{Lu}\.|\p{Lu}[\p{Ll}]+-\p{Lu}[\p{Ll}]+|de|da|do|dos|das|van|von|der|del|la|le|bin|al)$/u
const CAPS_TOKEN = /^\p{Lu}{2,}(?:-\p{Lu}+)?$/u

export const speakers: Detector<SpeakersOptions, SpeakersResult, 'speakers'> = {
  id: 'speakers',
  description: 'Finds speaker blocks: a bold "Name, Position, Department, Organization" line or stacked italic lines',
  options: SpeakersOptions,
  detect(_tree: Root, context, options) {
    const position = new RegExp(`\\b(?:${options.positions})\\b`, 'i')
    const department = new RegExp(`^(?:${options.departments})\\b`, 'i')
    const found: SpeakerLine[] = []
    const flow = context.flow
    for (let i = 0; i < flow.length; i++) {
      const entry = flow[i]!
      if (entry.node.type !== 'paragraph' || context.claimedBy(entry.node) || entry.item) continue
      const styled = soleEmphasis(entry.node)
      if (!styled) continue

      const run = styledRun(flow, i, context.claimedBy)
      if (run.length >= 2) {
        const lines = run.map((item) => collapseSpace(soleEmphasis(item.node as Extract<FlowEntry['node'], { type: 'paragraph' }>)!.text))
        const [name, ...rest] = lines
        if (isPersonName(name!, rest[0] ?? '', position)) {
          for (const item of run) context.claim(item.node, this.id)
          found.push({ ...fields(name!, rest, position, department), text: lines.join(', '), form: 'stacked', line: entry.line, column: entry.column, first: i, last: i + run.length - 1 })
          i += run.length - 1
          continue
        }
      }
      if (styled.kind !== 'strong') continue
      const text = collapseSpace(styled.text)
      const parts = text.split(/\s*,\s*/).filter(Boolean)
      if (parts.length < 2 || !isPersonName(parts[0]!, parts[1]!, position)) continue
      context.claim(entry.node, this.id)
      found.push({ ...fields(parts[0]!, parts.slice(1), position, department), text, form: 'line', line: entry.line, column: entry.column, first: i, last: i })
    }
    return { speakers: found }
  },
}

/** Most lines a stacked speaker block has (name, position, departments, organisation); scanning further is quadratic. */
const MAX_STACK = 8

/** Consecutive unclaimed paragraphs that are each a single italic (or bold) run, from `start`, at most MAX_STACK. */
function styledRun(flow: readonly FlowEntry[], start: number, claimedBy: (node: FlowEntry['node']) => string | undefined): FlowEntry[] {
  const run: FlowEntry[] = []
  const kind = flow[start]!.node.type === 'paragraph' ? soleEmphasis(flow[start]!.node as never)?.kind : undefined
  for (let i = start; i < Math.min(flow.length, start + MAX_STACK); i++) {
    const entry = flow[i]!
    if (entry.node.type !== 'paragraph' || claimedBy(entry.node) || entry.item) break
    const styled = soleEmphasis(entry.node)
    if (!styled || styled.kind !== kind) break
    run.push(entry)
  }
  return run
}

/** A person's name: 2–5 capitalised tokens, with a CAPITALISED surname or a position right after it. */
export function isPersonName(name: string, next: string, position: RegExp): boolean {
  const tokens = name.split(/\s+/)
  if (tokens.length < 2 || tokens.length > 5 || !tokens.every((token) => NAME_TOKEN.test(token))) return false
  const caps = tokens.filter((token) => CAPS_TOKEN.test(token))
  if (caps.length === tokens.length) return false
  return caps.length > 0 || position.test(next)
}

/** Given and family name by the CAPITALISED-surname convention, else the last token is the surname. */
export function splitName(name: string): { given_name: string; family_name: string } {
  const tokens = name.split(/\s+/).filter(Boolean)
  const caps = tokens.filter((token) => CAPS_TOKEN.test(token))
  if (caps.length > 0 && caps.length < tokens.length) {
    return { given_name: tokens.filter((token) => !CAPS_TOKEN.test(token)).join(' '), family_name: caps.join(' ') }
  }
  return { given_name: tokens.slice(0, -1).join(' '), family_name: tokens.at(-1) ?? '' }
}

/** Name, then position, department(s) and organisation from the parts that follow it. */
function fields(name: string, rest: readonly string[], position: RegExp, department: RegExp) {
  const result = { name, ...splitName(name), position: '', department: '', organization: '' }
  if (rest.length === 0) return result
  if (rest.length === 1) {
    const only = rest[0]!
    if (department.test(only)) result.department = only
    else if (position.test(only)) result.position = only
    else result.organization = only
    return result
  }
  result.position = rest[0]!
  const after = rest.slice(1)
  if (after.length === 1 && department.test(after[0]!)) result.department = after[0]!
  else {
    result.organization = after.at(-1)!
    result.department = after.slice(0, -1).join(', ')
  }
  return result
}

// What every command's argument parsing and start share: node:util parseArgs with positionals and
// strict options, a usage error returned instead of thrown (in our words: an unknown option with the
// nearest known one), and help or a usage error printed with the exit code that goes with it.
import { type ParseArgsConfig, parseArgs } from 'node:util'
import type { Io } from './main.js'

export interface UsageError {
  command: 'usage-error'
  message: string
  /** The arguments themselves are wrong (an unknown option, none given): print the synopsis too. */
  usage?: boolean
}

type Options = NonNullable<ParseArgsConfig['options']>
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>>

/** parseArgs over `argv`, or the usage error it would have thrown, in our words. */
export function parseOptions<const O extends Options>(argv: readonly string[], options: O): Parsed<O> | UsageError {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options })
  } catch (error) {
    return { command: 'usage-error', message: argumentProblem((error as Error).message, options), usage: true }
  }
}

/** A parseArgs error message as one plain line: the option named as typed, without Node's quotes. */
function argumentProblem(message: string, options: Options): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message)
  if (unknown) {
    const near = nearestOption(unknown[1]!, options)
    return `unknown option ${unknown[1]}${near ? ` (did you mean ${near}?)` : ''}`
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message)
  if (missing) return `option ${missing[1]} needs a value`
  const ambiguous = /^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument is ambiguous/.exec(message)
  if (ambiguous) return `option ${ambiguous[1]} needs a value (one that starts with - is given as ${ambiguous[1]}=VALUE)`
  const extra = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message)
  if (extra) return `option ${extra[1]} takes no value`
  return message
    .split(/\.\s/)[0]!
    .replace(/'/g, '')
    .replace(/^\w/, (letter) => letter.toLowerCase())
}

/** The known option closest to an unknown one (a typo or two, a transposition), or null. */
function nearestOption(given: string, options: Options): string | null {
  const typed = given.replace(/^-+/, '')
  let best: { name: string; distance: number } | null = null
  for (const [name, option] of Object.entries(options)) {
    for (const [candidate, shown] of [[name, `--${name}`], ...(option.short ? [[option.short, `-${option.short}`]] : [])] as const) {
      const distance = editDistance(typed, candidate)
      if (distance < (best?.distance ?? Infinity)) best = { name: shown, distance }
    }
  }
  // One edit in a short name, two in a longer one; a single letter matches nothing by likeness.
  return best && typed.length > 1 && best.distance <= (typed.length <= 4 ? 1 : 2) ? best.name : null
}

/** Edits (insert, delete, replace, swap two neighbours) from a to b. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = best
    }
  }
  return rows[a.length]![b.length]!
}

/** The usage lines at the top of a help text (up to its first blank line). */
function synopsis(help: string): string {
  return `${help.split('\n\n')[0]}\n`
}

/**
 * Print a usage error for `report-extract <name>` (the main command when name is empty), with the
 * synopsis from `help` when given, and return exit code 2.
 */
export function usage(io: Io, name: string, message: string, help?: string): number {
  const command = name ? `report-extract ${name}` : 'report-extract'
  io.stderr.write(`${command}: ${message}\n${help ? synopsis(help) : ''}Try '${command} --help'.\n`)
  return 2
}

/** Help (exit 0) or a usage error (exit 2) when the parsed arguments ask for one; null to go on. */
export function helpOrUsage(io: Io, name: string, help: string, args: { command: string } | UsageError): number | null {
  if (args.command === 'help') {
    io.stdout.write(help)
    return 0
  }
  if ('message' in args && args.command === 'usage-error') return usage(io, name, args.message, args.usage ? help : undefined)
  return null
}

/** A count with its noun: "1 warning", "2 warnings". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

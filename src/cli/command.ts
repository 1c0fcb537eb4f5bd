// What every command's argument parsing and start share: node:util parseArgs with positionals and
// strict options, a usage error returned instead of thrown, and help or a usage error printed with
// the exit code that goes with it.
import { type ParseArgsConfig, parseArgs } from 'node:util'
import type { Io } from './main.js'

export interface UsageError {
  command: 'usage-error'
  message: string
}

type Options = NonNullable<ParseArgsConfig['options']>
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>>

/** parseArgs over `argv`, or the usage error it would have thrown. */
export function parseOptions<const O extends Options>(argv: readonly string[], options: O): Parsed<O> | UsageError {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options })
  } catch (error) {
    return { command: 'usage-error', message: (error as Error).message }
  }
}

/** Print a usage error for `report-extract <name>` and return exit code 2. */
export function usage(io: Io, name: string, message: string): number {
  io.stderr.write(`report-extract ${name}: ${message}\nTry 'report-extract ${name} --help'.\n`)
  return 2
}

/** Help (exit 0) or a usage error (exit 2) when the parsed arguments ask for one; null to go on. */
export function helpOrUsage(io: Io, name: string, help: string, args: { command: string } | UsageError): number | null {
  if (args.command === 'help') {
    io.stdout.write(help)
    return 0
  }
  if ('message' in args && args.command === 'usage-error') return usage(io, name, args.message)
  return null
}

/** A count with its noun: "1 warning", "2 warnings". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

// Subcommands (`report-extract <name> …`), each loaded only when it runs. A command module exports
// `run(argv, io)`, which parses its own arguments (with a pure, exported parse function) and returns
// the exit code: 0 ok, 1 failure, 2 usage error.
import type { Io } from './main.js'

export interface Command {
  run(argv: readonly string[], io: Io): Promise<number>
}

export const SUBCOMMANDS: Record<string, () => Promise<Command>> = {
  check: () => import('./commands/check.js'),
  eval: () => import('./commands/eval.js'),
  review: () => import('./commands/review.js'),
  merge: () => import('./commands/merge.js'),
}

// The V8 flags of a report-extract run: set by the command (src/cli.ts) before it loads any extraction code,
// and by scripts/code-cache.mjs before it makes the code caches, since V8 accepts a cache only under the flags
// that made it. Never set by the library.
import { setFlagsFromString } from 'node:v8'

/**
 * A run executes some 600 regular expressions, many of them case-insensitive alternations of a lexicon's
 * words, most only a few times. V8 compiles each to bytecode on its first use and again to machine code
 * on its second: compiled once, straight to machine code, the run's patterns cost less than half as much
 * CPU to compile (676 → 260–330 ms, each compiled alone in a fresh process), and run as fast.
 */
const RUN_FLAGS = ['--no-regexp-tier-up']

export function setRunFlags(): void {
  for (const flag of RUN_FLAGS) setFlagsFromString(flag)
}

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
const REGEXP_FLAGS = ['--no-regexp-tier-up']

/**
 * A run of short reports spent more CPU optimising functions (TurboFan, on V8's background threads) than
 * the optimised code saved: a run tiered up every function that ran a little, for a few reports. Six times
 * V8's budget (67,584 bytes of bytecode executed) optimises only what stays hot, as a long run's parser and
 * detectors do. The CLI on the bench's 60 reports, 5 interleaved runs: 3,379 → 2,481 ms CPU, V8's background
 * threads 1,160 → 470 ms of it; one 1.1 MB report and a run of 600 reports take less CPU too.
 */
const TIERING_FLAGS = ['--interrupt-budget=400000']

const RUN_FLAGS = [...REGEXP_FLAGS, ...TIERING_FLAGS]

export function setRunFlags(): void {
  for (const flag of RUN_FLAGS) setFlagsFromString(flag)
}

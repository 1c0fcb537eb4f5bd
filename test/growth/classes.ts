// Adversarial inputs of issue 23, one generator per class, each made at any size `n` (about n bytes):
// the shapes that took super-linear time before their fixes. test/growth.test.ts runs them at 1× and
// 10×; test/slow/growth.test.ts at 100×.
import { extractReport } from '../../src/pipeline.js'

export interface GrowthClass {
  name: string
  /** The input at about `n` bytes, and how to read it (.txt or Markdown). */
  make: (n: number) => { text: string; path?: string }
}

export const CLASSES: GrowthClass[] = [
  {
    name: 'an unclosed pandoc attribute after a heading',
    make: (n) => ({ text: `## Background {#${'background-of-the-joint-study-'.repeat(Math.ceil(n / 30)).slice(0, n)}\n` }),
  },
  { name: 'spaces before a final letter in a .txt', make: (n) => ({ text: `Title\n\n${' '.repeat(n)}x\n`, path: 'a.txt' }) },
  {
    name: 'a long last word after eight words',
    make: (n) => ({ text: `## Notes\n\nOne two three four five six seven eight ${'w'.repeat(n)}\n` }),
  },
  { name: 'dots in a contents link', make: (n) => ({ text: `## Contents\n\n- [Intro ${'.'.repeat(n)}](#intro)\n\n## Intro\n\nText.\n` }) },
  {
    name: 'dots in a contents table cell',
    make: (n) => ({ text: `## Contents\n\n| Title | Page |\n|---|---|\n| Intro ${'.'.repeat(n)} | 3 |\n\n## Intro\n\nText.\n` }),
  },
  {
    name: 'leader lines of a contents page',
    make: (n) => ({ text: `## Contents\n\n${`Part ${'. '.repeat(200)}\n`.repeat(Math.ceil(n / 406))}\n## Part\n\nText.\n` }),
  },
  { name: 'an aside opener with a long gap', make: (n) => ({ text: `!!! note${' '.repeat(n)}"Title"\n\n    Text.\n` }) },
  { name: 'brackets that open nothing', make: (n) => ({ text: `${'a[b]'.repeat(Math.ceil(n / 4))}\n` }) },
  { name: '[a](b  repeated', make: (n) => ({ text: `${'[a](b '.repeat(Math.ceil(n / 6))}\n` }) },
  {
    name: '"held in" clauses without a date',
    make: (n) => ({ text: `${'The Forum, held in Rome, was good'.repeat(Math.ceil(n / 33))}.\n` }),
  },
]

/** The fastest of `runs` extractions of the class at size `n`, in milliseconds. */
export function timeAt(growth: GrowthClass, n: number, runs = 3): number {
  const { text, path } = growth.make(n)
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    extractReport(text, path ? { path } : {})
    best = Math.min(best, performance.now() - started)
  }
  return best
}

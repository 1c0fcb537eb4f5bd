// Near-linear time for each adversarial class of issue 23: ten times the input costs at most 40 times
// the time (a quadratic pattern costs a hundred; the allocation-heavy classes reach 30 under load); the 60-byte heading line extracts in
// milliseconds. Generous bounds: they catch a blow-up, not a slow machine. 100× is in test/slow/.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../src/pipeline.js'
import { CLASSES, timeAt } from './growth/classes.js'

const BASE = 10_000

describe('growth', () => {
  it('the 60-byte line `## Background {#background-of-the-joint-study` extracts in milliseconds (it took 70 s)', () => {
    const started = performance.now()
    extractReport('## Background {#background-of-the-joint-study\n')
    expect(performance.now() - started).toBeLessThan(500)
  })

  for (const growth of CLASSES) {
    it(`${growth.name}: 10× the input, at most 40× the time`, () => {
      timeAt(growth, BASE, 1)
      const small = Math.max(timeAt(growth, BASE), 2)
      const large = timeAt(growth, 10 * BASE, 2)
      expect(large / small, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(40)
    }, 60_000)
  }
})

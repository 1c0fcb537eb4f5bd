// The adversarial classes of issue 23 at 100× (test/growth.test.ts runs 1× and 10×): a hundred times
// the input costs well under the ten thousand times a quadratic pattern would.
import { describe, expect, it } from 'vitest'
import { CLASSES, timeAt } from '../growth/classes.js'

const BASE = 5_000

describe('growth at 100×', () => {
  for (const growth of CLASSES) {
    it(`${growth.name}: 100× the input, at most 400× the time`, () => {
      timeAt(growth, BASE, 1)
      const small = Math.max(timeAt(growth, BASE), 2)
      const large = timeAt(growth, 100 * BASE, 1)
      expect(large / small, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(400)
    }, 300_000)
  }
})

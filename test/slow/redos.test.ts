// Regular expressions built at run time (from the lexicons, the detectors' options, numbers) are
// checked by a ReDoS checker, recheck (offline, its native binary or its JavaScript build), as `npm run
// lint` checks the literal ones. The checker's time limits are off (its step limits stay), so that its
// verdicts do not depend on how busy the machine is; about 20 s on two cores, hence test:all (CI).
import { checkSync } from 'recheck'
import { beforeAll, describe, expect, it } from 'vitest'
import { type RunTimePattern, runTimePatterns } from '../linear/run-time-patterns.js'

const PARAMS = { timeout: 120_000, incubationTimeout: null, attackTimeout: null }

let patterns: RunTimePattern[] = []
beforeAll(async () => {
  patterns = await runTimePatterns()
}, 60_000)

describe('run-time patterns', () => {
  it('the checker finds what it must (nested quantifiers, a trailing \\s+$, a pattern this code had)', () => {
    expect(checkSync('^(a+)+$', '', PARAMS).status).toBe('vulnerable')
    expect(checkSync('\\s+$', '', PARAMS).status).toBe('vulnerable')
    expect(checkSync('\\s*\\{(#[^\\s{}]+)?(?:\\s*[.#]?[\\w-]+(?:=\\S+)?)*\\s*\\}\\s*$', '', PARAMS).status).toBe('vulnerable')
    expect(checkSync('^[a-z]+$', '', PARAMS).status).toBe('safe')
  })

  it('match in linear time (recheck)', () => {
    expect(patterns.length).toBeGreaterThan(20)
    const problems = patterns.flatMap((pattern) => {
      const result = checkSync(pattern.source, pattern.flags, PARAMS)
      if (result.status === 'safe') return []
      const why =
        result.status === 'vulnerable'
          ? `${result.complexity.type}, attack ${JSON.stringify(result.attack.pattern)}`
          : `${result.status}: ${JSON.stringify(result.error)}`
      return [`${pattern.sites.join(' ')}: /${pattern.source}/${pattern.flags}: ${why}`]
    })
    expect(problems).toEqual([])
  }, 600_000)
})

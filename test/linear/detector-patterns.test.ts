// Detector patterns rewritten for linear time, each against the pattern it replaced (the oracle, on
// short texts where it is quick), then on the long runs where the old one was quadratic.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isVenueLabel } from '../../src/detect/asides.js'
import { matchesFromHead, nameAtEnd } from '../../src/detect/event.js'
import { trailingParenthesis } from '../../src/detect/speakers-forms.js'
import { alternation, lexicon } from '../../src/lexicon/index.js'
import { SPACED_COMMA, SPACED_DASH, SPACED_PIPE, withoutEndColon } from '../../src/text/scan.js'

const text = (pieces: string[], maxLength = 12) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''))

// The old patterns and the functions around them.
const OLD_LIST = new RegExp(`\\s*,\\s*|\\s+(?:${alternation(lexicon.listJoiners)})\\s+`)
function oldIsVenueLabel(label: string): boolean {
  const places = new Set(lexicon.placeLabels)
  const dates = new Set(lexicon.dateLabels)
  const parts = label.toLowerCase().split(OLD_LIST)
  return parts.some((part) => places.has(part)) && parts.every((part) => places.has(part) || dates.has(part))
}
const OLD_NAME = new RegExp(
  `(?:\\p{Lu}[\\p{L}\\p{N}'’-]*)(?:\\s+(?:(?:${alternation(lexicon.nameConnectors)})\\s+)*\\p{Lu}[\\p{L}\\p{N}'’-]*)*$`,
  'u',
)
function oldParenthesis(value: string) {
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- the old pattern is the oracle, on short texts
  const match = /^(.+?)\s*\(([^()]+)\)$/.exec(value)
  return match ? { before: match[1]!, inside: match[2]! } : null
}

describe('detector patterns in linear time', () => {
  it('split on commas and pipes as /\\s*,\\s*/ and /\\s*\\|\\s*/ did', () => {
    fc.assert(
      fc.property(text([',', '|', ' ', '  ', '\t', 'a', 'b c', '\u00a0', ', ,']), (value) => {
        // eslint-disable-next-line regexp/no-super-linear-move -- the old pattern is the oracle, on short texts
        expect(value.split(SPACED_COMMA)).toEqual(value.split(/\s*,\s*/))
        // eslint-disable-next-line regexp/no-super-linear-move -- the old pattern is the oracle, on short texts
        expect(value.split(SPACED_PIPE)).toEqual(value.split(/\s*\|\s*/))
      }),
      { numRuns: 20_000 },
    )
  })

  it('split at a spaced dash and drop an ending colon as /\\s+[-–—|]\\s+/ and /\\s*:$/ did', () => {
    fc.assert(
      fc.property(text(['-', '–', '—', '|', ':', ' ', '  ', '\t', 'a', 'b c', '\u00a0', ' - ']), (value) => {
        // eslint-disable-next-line regexp/no-super-linear-move -- the old pattern is the oracle, on short texts
        expect(value.split(SPACED_DASH)).toEqual(value.split(/\s+[-–—|]\s+/))
        // eslint-disable-next-line regexp/no-super-linear-move -- the old pattern is the oracle, on short texts
        expect(withoutEndColon(value)).toBe(value.replace(/\s*:$/, ''))
      }),
      { numRuns: 20_000 },
    )
  })

  it('read a venue label’s list as the pattern did', () => {
    const words = [...lexicon.placeLabels.slice(0, 3), ...lexicon.dateLabels.slice(0, 2), ...lexicon.listJoiners, ',', ' ', '  ', '\t', 'x']
    fc.assert(
      fc.property(text(words, 8), (value) => {
        expect(isVenueLabel(value)).toBe(oldIsVenueLabel(value))
      }),
      { numRuns: 20_000 },
    )
    expect(isVenueLabel('Local, Data e Hora')).toBe(true)
  })

  it('read a name in title case that ends a text as the pattern did', () => {
    const words = ['Forum', 'of', 'on', 'the', 'de', 'Água', 'xY', 'Mc-Donald’s', ' ', '  ', '\t', '.', 'A', '𝐀b', 'IT2']
    fc.assert(
      fc.property(text(words, 10), (value) => {
        expect(nameAtEnd(value)).toBe(OLD_NAME.exec(value)?.[0] ?? null)
      }),
      { numRuns: 20_000 },
    )
    expect(nameAtEnd('the Regional Forum on Water Security')).toBe('Regional Forum on Water Security')
  })

  it('read a parenthesis that ends a text as the pattern did', () => {
    fc.assert(
      fc.property(text(['(', ')', 'a', 'B', ' ', '  ', '\n', 'x y']), (value) => {
        expect(trailingParenthesis(value)).toEqual(oldParenthesis(value))
      }),
      { numRuns: 20_000 },
    )
  })

  it('find "held in … on" where matchAll found it with the pattern unsticky', () => {
    const head = ',? (?:(?:was|were) )?(?:held|took place|held over) (?:in|at) '
    const tail = '([^.;:]{1,20}?),? (?:on|from|between) '
    const old = new RegExp(head + tail, 'giu')
    const words = ['held', 'took place', 'held over', 'was', ' ', ',', ', ', 'in', 'at', 'on', 'from', '.', 'Rome', 'x']
    fc.assert(
      fc.property(text(words, 16), (value) => {
        const found = [...matchesFromHead(value, new RegExp(head, 'giu'), new RegExp(head + tail, 'iuy'))]
        expect(found.map((match) => [match.index, match[0], match[1]])).toEqual(
          [...value.matchAll(old)].map((match) => [match.index, match[0], match[1]]),
        )
      }),
      { numRuns: 20_000 },
    )
  })

  it('take linear time on long runs of spaces and capitalised words', () => {
    const started = performance.now()
    expect(`a${' '.repeat(100_000)}b`.split(SPACED_COMMA)).toHaveLength(1)
    expect(`a${' '.repeat(100_000)}b`.split(SPACED_DASH)).toHaveLength(1)
    expect(withoutEndColon(`a${' '.repeat(100_000)}b:`)).toHaveLength(100_002)
    expect(isVenueLabel(`local${' '.repeat(100_000)}x`)).toBe(false)
    expect(nameAtEnd(`${'Forum '.repeat(30_000)}.`)).toBe(null)
    expect(trailingParenthesis(`a${' '.repeat(100_000)}(b)`)).toEqual({ before: 'a', inside: 'b' })
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

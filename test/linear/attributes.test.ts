// The heading-attributes scanner against the pattern it replaced: the same block and id on every short
// text over the characters that matter (the old pattern is exponential, so only short texts), and
// milliseconds where the pattern took a minute.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { headingAttributes } from '../../src/parse/text.js'

/** The pattern headingAttributes used before it was a scanner: the oracle, on texts short enough for it. */
/* eslint-disable regexp/no-super-linear-move, regexp/no-super-linear-backtracking, regexp/no-misleading-capturing-group --
   the exponential pattern the scanner replaced is the oracle, on texts short enough for it */
const OLD = /\s*\{(#[^\s{}]+)?(?:\s*[.#]?[\w-]+(?:=\S+)?)*\s*\}\s*$/
/* eslint-enable regexp/no-super-linear-move, regexp/no-super-linear-backtracking, regexp/no-misleading-capturing-group */
function old(text: string): { text: string; id: string | null } {
  const match = OLD.exec(text)
  if (!match || !text.slice(match.index).includes('{')) return { text, id: null }
  return { text: text.slice(0, match.index), id: match[1] ? match[1].slice(1) : null }
}

const pieces = ['{', '}', '#', '.', '=', '-', '_', 'a', 'b', '9', ' ', '\t', '!', 'é', '{#', 'x=1', ' {', '}\n']

describe('heading attributes', () => {
  it('reads what converters write', () => {
    expect(headingAttributes('Acknowledgement {#ack .unnumbered}')).toEqual({ text: 'Acknowledgement', id: 'ack' })
    expect(headingAttributes('Scope {.unnumbered lang=en}  ')).toEqual({ text: 'Scope', id: null })
    expect(headingAttributes('Sets {a, b}')).toEqual({ text: 'Sets {a, b}', id: null })
    expect(headingAttributes('A {x} {#id}')).toEqual({ text: 'A {x}', id: 'id' })
    expect(headingAttributes('A {#id key=v{a}}')).toEqual({ text: 'A', id: 'id' })
  })

  it('agrees with the pattern it replaced on every short text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 9 }), (parts) => {
        const text = parts.join('')
        expect(headingAttributes(text)).toEqual(old(text))
      }),
      { numRuns: 20_000 },
    )
  })

  it('reads an unclosed block in linear time: the 60-byte line of issue 23 and one of 1 MB', () => {
    let started = performance.now()
    expect(headingAttributes('Background {#background-of-the-joint-study')).toEqual({
      text: 'Background {#background-of-the-joint-study',
      id: null,
    })
    expect(headingAttributes(`{${'abcdefghijklmnopqrstuvwxyz'.repeat(2)}!`).id).toBe(null)
    expect(performance.now() - started).toBeLessThan(50)
    started = performance.now()
    const unclosed = `Title {${'a-'.repeat(100_000)}!}`
    expect(headingAttributes(unclosed).text.length).toBe(unclosed.length)
    const braces = headingAttributes(`Title ${'{'.repeat(200_000)}#a}`)
    expect([braces.text.length, braces.id]).toEqual([6 + 199_999, 'a'])
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

// An outline's levels from how its numbers count and are marked, where nothing else in the document gives them
// (headings all of one depth, styled lines, a contents page without indentation): `I.` over `A.` over `1.`
// over `a)`, `第一章` over `一、` over `（一）` over `1.` over `（1）`, `Chapter 1` over `Section 1`.

/** How a single number counts. */
type NumberStyle = 'decimal' | 'roman' | 'upper' | 'lower' | 'small-roman' | 'chinese' | 'chinese-formal' | 'stem'

const STYLES: ReadonlyArray<[NumberStyle, RegExp]> = [
  ['decimal', /^\d+$/u],
  ['upper', /^[A-Z]$/u],
  ['roman', /^[IVXLC]+$/u],
  ['lower', /^[a-z]$/u],
  ['small-roman', /^[ivxl]+$/u],
  ['chinese', /^[一二三四五六七八九十]+$/u],
  // The formal numerals over the common ones in a Taiwanese record (`壹、` over `一、`), the Heavenly Stems lettering its parts.
  ['chinese-formal', /^[壹貳參叁肆伍陸柒捌玖拾]+$/u],
  ['stem', /^[甲乙丙丁戊己庚辛壬癸]$/u],
]

/** A single number's style; `C` after the letter `B` is a letter, `I` or `V` elsewhere a Roman number. */
function styleOf(number: string, before: string | undefined): NumberStyle | null {
  const letterAfter = before !== undefined && before.length === 1 && before.charCodeAt(0) + 1 === number.charCodeAt(0)
  if (/^[IVXLCivxl]$/u.test(number) && !letterAfter) return number === number.toUpperCase() ? 'roman' : 'small-roman'
  return STYLES.find(([, pattern]) => pattern.test(number))?.[0] ?? null
}

/**
 * A number's style with its marks: `1.` and `(1)`, `一、` and `（一）` are lists of their own. A chapter's word, a
 * Chinese counter or an agenda item's word is a style whatever its numerals (`Chapter 3`, `第一章`, `TOP 7a`).
 */
function markedStyle(style: NumberStyle | null, scheme: string | undefined): string | null {
  // A stop is how a number is marked by default: `1.` is `1` of an ordered list.
  if (scheme === undefined || scheme === 'stop') return style
  if (scheme.startsWith('word ') || scheme.startsWith('counter ') || scheme === 'item') return scheme
  return style === null ? null : `${style} ${scheme}`
}

/** The first number of each style. */
const FIRST_NUMBERS = new Set(['1', 'a', 'A', 'I', 'i', '一', '壹', '甲'])

/** A number of an outline: as printed without its marks, how it is marked, and where its heading or entry stands. */
export interface OutlineNumber {
  number: string
  scheme?: string | undefined
  /** The place of its heading or entry among all of them, numbered or not. */
  index: number
}

/**
 * Levels from the numbers' styles. A style nests under the one before it when that one goes on after it (`I.`,
 * `A.`, `B.`, `II.`), or when its first number comes right under it; a style that never gives way back after
 * another is a sibling sequence (`9.`, `References`, then `A.`, `B.` of the appendices). Null when one style
 * numbers every entry, or a number has no style (a dotted number gives its own depth: `2.1` under `2.`).
 */
export function outlineLevels(numbers: readonly OutlineNumber[]): number[] | null {
  // The last letter or Roman number of each case: `C` after `B` is a letter whatever came between.
  const before = new Map<boolean, string>()
  const styles = numbers.map(({ number, scheme }) => {
    const upper = number === number.toUpperCase()
    const style = styleOf(number, before.get(upper))
    if (/^[A-Za-z]+$/u.test(number)) before.set(upper, number)
    return markedStyle(style, scheme)
  })
  if (styles.includes(null) || new Set(styles).size < 2) return null
  const last = new Map(styles.map((style, at) => [style, at]))
  const stack: Array<string | null> = []
  return styles.map((style, at) => {
    const open = stack.indexOf(style)
    // A style's first number right under the one before (`II.` then `A.` then `1.` to the end) opens a list there.
    const opensUnder = at > 0 && FIRST_NUMBERS.has(numbers[at]!.number) && numbers[at - 1]!.index === numbers[at]!.index - 1
    if (open >= 0) stack.length = open + 1
    else if (stack.length > 0 && last.get(stack.at(-1)!)! < at && !opensUnder) stack[stack.length - 1] = style
    else stack.push(style)
    return stack.length
  })
}

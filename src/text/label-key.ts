// A transcript's key to its labels, on a line of its own before the turns: `[I] – Interviewer [C] – Client`,
// `I = Interviewer, R = Respondent`, `Key: M: Moderator; P1: Participant 1`. Each letter (or two capitals, a digit
// after) is set off by brackets or followed by a dash, an equals sign or a colon, then the role it stands for in
// a word or three. Pure: the line in, the pairs out, or null when the line is not wholly such pairs (two at least).

export interface LabelKey {
  /** The label as the turns print it (`I`, `P1`). */
  alias: string
  /** What it stands for (`Interviewer`). */
  role: string
}

// A pair's label: `[I]`, `(I)` or `I`, then its separator.
const PAIR = /(?:^|[\s,;])[[(]?\p{Lu}{1,2}\d?[\])]?\s*(?:-{1,3}|[–—=:])\s*/gu
const ROLE = /^\p{Lu}[\p{L}'’-]*(?: (?:\p{L}[\p{L}'’-]*|\d{1,2})){0,2}$/u
/** Most characters of a key line. */
const MAX_KEY_LINE = 160
/** A pair's separator: each pair takes one at least, so a key line has two (asked of every one-line paragraph first). */
const SEPARATOR = /[-–—=:]/

function hasTwoSeparators(line: string): boolean {
  const first = line.search(SEPARATOR)
  return first >= 0 && SEPARATOR.test(line.slice(first + 1))
}

export function labelKey(line: string): LabelKey[] | null {
  if (line.length > MAX_KEY_LINE || !hasTwoSeparators(line)) return null
  const starts = [...line.matchAll(PAIR)]
  if (starts.length < 2) return null
  const lead = line.slice(0, starts[0]!.index).trim()
  // What comes before the first pair is a heading's word and its colon (`Key:`), or nothing.
  if (lead !== '' && !/^\p{L}{2,12}:$/u.test(lead)) return null
  const pairs: LabelKey[] = []
  for (const [k, start] of starts.entries()) {
    const from = start.index + start[0].length
    const to = k + 1 < starts.length ? starts[k + 1]!.index : line.length
    const role = line
      .slice(from, to)
      .trim()
      .replace(/[,;.]$/, '')
    // The pair's label is what is left of its start without the brackets, spaces and separator.
    const alias = start[0].replace(/[^\p{Lu}\d]/gu, '')
    if (!ROLE.test(role) || pairs.some((pair) => pair.alias === alias)) return null
    pairs.push({ alias, role })
  }
  return pairs
}

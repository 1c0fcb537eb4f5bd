// Minutes typed live, one remark a line, name the speaker by a given name and whatever separator the recorder typed:
// `Ryan: Meeting called to order`, `Ryan; wishes …`, `Larry, agrees on membership.`, `Prescott - I couldn't agree …`.
// A one-word name before a semicolon, a comma or a spaced dash is prose's as often (`However, …`), so such a line is a
// speaker's only in a text that writes its turns so: two names at least open lines with a colon or a semicolon, three
// lines or more between them, each name two lines at least, most with a sentence's words (a form's keys give values:
// `Sur: Calle …`); and three of their lines or more have another separator than a colon (a text of colons alone is read
// as any labelled text is). A name before a comma or a dash is read only when it opens lines with a colon or semicolon
// too; once three lines or more open with a name and a semicolon (no prose's way), any such line is a speaker's.
import { parseLabel } from '../text/labels.js'
import { alternation, lexicon } from '../lexicon/index.js'

export interface GivenLabels {
  /** The given names that open the text's turns. */
  readonly names: ReadonlySet<string>
  /** The text writes turns as `Name; …`: any one-word name before a semicolon opens one. */
  readonly semicolon: boolean
}

export interface GivenOpening {
  label: string
  /** Where the remarks begin: after the separator and the spaces that follow it. */
  end: number
  /** A colon or semicolon; a comma or dash says less (prose puts a name so before a clause). */
  strong: boolean
}

/** A one-word name at a line's start, its separator (`:`, `;`, `,`, or a dash set off by spaces), and text after it. */
const GIVEN_LINE = /^(\p{Lu}\p{Ll}{1,20})(?:([:;,])|[ \t]+[-–—])[ \t]+(?=\S)/u

/** Lines a text's given-name labels open before they are its way of writing turns. */
const RECORD_LINES = 3

const NONE: GivenLabels = { names: new Set(), semicolon: false }

/** The one-word name a line opens with as a speaker's label, with its separator; null if none. */
function readGiven(text: string): GivenOpening | null {
  const match = GIVEN_LINE.exec(text)
  if (!match) return null
  return { label: match[1]!, end: match[0].length, strong: match[2] === ':' || match[2] === ';' }
}

/** The given names by which `source` labels its turns, one remark a line; none in most texts. */
export function givenLabels(source: string): GivenLabels {
  const strong = new Map<string, number>()
  const all = new Map<string, number>()
  const said = new Map<string, number>()
  const loose = new Map<string, number>()
  let semicolons = 0
  for (const line of source.split('\n')) {
    const text = line.trimStart()
    const given = readGiven(text)
    if (!given) continue
    all.set(given.label, (all.get(given.label) ?? 0) + 1)
    if (isSaying(text.slice(given.end))) said.set(given.label, (said.get(given.label) ?? 0) + 1)
    if (text.charAt(given.label.length) !== ':') loose.set(given.label, (loose.get(given.label) ?? 0) + 1)
    if (!given.strong) continue
    strong.set(given.label, (strong.get(given.label) ?? 0) + 1)
    if (text.charAt(given.label.length) === ';') semicolons++
  }
  // A form's keys (`Uso: Patrimonial`, `Sur: Calle …`) give short values, and prose writes them in lowercase too.
  const speaks = (name: string) => 2 * (said.get(name) ?? 0) >= all.get(name)! && !source.includes(` ${name.toLowerCase()} `)
  const names = new Set([...strong.keys()].filter((name) => all.get(name)! >= 2 && speaks(name) && isPersonName(name)))
  const count = (uses: ReadonlyMap<string, number>) => [...names].reduce((sum, name) => sum + (uses.get(name) ?? 0), 0)
  // Names before a colon alone are read as any label is: these are texts that type other separators too.
  if (names.size < 2 || count(strong) < RECORD_LINES || count(loose) < RECORD_LINES) return NONE
  return { names, semicolon: semicolons >= RECORD_LINES }
}

/** Words of a remark that says something, not a field's value (`URBANA`, `123 m2`). */
const SAYING_WORDS = 4

function isSaying(remarks: string): boolean {
  return remarks.split(' ', SAYING_WORDS).length >= SAYING_WORDS
}

/** A name a person may go by (`Ryan`), no key or office (`Note`, `Chair`). */
function isPersonName(word: string): boolean {
  return parseLabel(word, 'colon')?.kind === 'person'
}

/** The opening a line's given-name label makes in a text that labels its turns so; null if it makes none. */
export function givenOpening(text: string, labels: GivenLabels): GivenOpening | null {
  if (labels.names.size === 0) return null
  const given = readGiven(text)
  if (!given) return null
  if (labels.names.has(given.label)) return given
  return labels.semicolon && text.charAt(given.label.length) === ';' && isPersonName(given.label) ? given : null
}

/** A full name alone on its line, as a roll call lists directors (`Anna Berg`, `Jane Okafor (secretary)`, `Ryan McDermott - Chair`). */
const ROLL_LINE = /^[ \t]*(\p{Lu}\p{Ll}+)(?: \p{Lu}[\p{L}'’-]+){1,2}(?: \([^()\n]{1,40}\)| [-–—] [^\n]{1,40})?[ \t]*$/gmu

/** The given names of the full names a roll call lists a line each, each the given name of one person only. */
export function rollNames(source: string): ReadonlySet<string> {
  const full = new Map<string, Set<string>>()
  const add = (given: string, name: string) => full.set(given, (full.get(given) ?? new Set()).add(name))
  for (const match of source.matchAll(ROLL_LINE)) add(match[1]!, match[0].trim().split(/ (?:\(|[-–—] )/, 1)[0]!)
  // `Present: Anna Berg (chair), Karl Lund and Lena Lindqvist`: a participants heading's line of full names.
  for (const match of source.matchAll(HEADED_ROLL)) {
    for (const entry of match[1]!.split(ENTRY_SEPARATOR)) {
      const name = FULL_ENTRY.exec(entry.trim())
      if (name) add(name[1]!, name[0].split(' (', 1)[0]!)
    }
  }
  return new Set([...full].filter(([, names]) => names.size === 1).map(([given]) => given))
}

const HEADED_ROLL = new RegExp(`^[ \\t]*(?:${alternation(lexicon.participantsHeadings)})[ \\t]*:[ \\t]*(\\S[^\\n]{0,300})$`, 'gimu')
const ENTRY_SEPARATOR = /[,;]| and /u
/** A full name, perhaps with its role in parentheses (`Anna Berg (chair)`): the given name first. */
const FULL_ENTRY = /^(\p{Lu}\p{Ll}+)(?: \p{Lu}[\p{L}'’-]+){1,2}(?: \([^()]{1,40}\))?$/u

/** `Anna: travel is within the budget.`: a given name the roll call lists, and a colon; the name, or null. */
export function rollLabel(text: string, names: ReadonlySet<string>): string | null {
  const match = ROLL_LABEL.exec(text)
  return match && names.has(match[1]!) ? match[1]! : null
}

const ROLL_LABEL = /^(\p{Lu}\p{Ll}{1,20}):[ \t]+\S/u

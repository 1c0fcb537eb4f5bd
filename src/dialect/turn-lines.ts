// A line that opens a speaker's turn starts a paragraph, blank line or not: chat logs print one message a
// line (`15:26 <anna> hi`), and transcripts and records run turns on without a blank line between them
// (`MR. THOMAS: …` / `THE COURT: …`, `Mr. REID. …`). The parsed tree's paragraphs are split at such
// lines, in Markdown and plain text alike, so each turn is a paragraph of its own. Only labels that say
// who speaks by themselves split a paragraph; whether each is a turn stays the speakers detector's call.
import type { Nodes, Paragraph, PhrasingContent, Root, Text } from 'mdast'
import { parseDisplayLabel, parseLabel } from '../text/labels.js'
import { readOpening, stampedLine } from '../text/turns.js'
import { lexicon, reportingVerbAlternation } from '../lexicon/index.js'
import { givenNameOpening, reportedLabel } from '../detect/speakers-reported.js'
import { type GivenLabels, givenLabels, givenOpening, rollLabel, rollNames } from './given-labels.js'

const PRESENTERS = new Set(lexicon.presenterLabels.map((word) => word.toLowerCase()))

/**
 * Split, in place, every paragraph of `tree` at the lines that open a turn. In plain text (`plain`), where a paragraph
 * is as often a page's run of statements as the writer's paragraph, a line that opens a reporting sentence after a
 * line that ends one opens a turn too (`Chair Hoy said …` after `… was not the intent.`).
 */
export function splitTurnLines(tree: Root, source: string, plain = false): Root {
  let sourceLines: string[] | null = null
  const found: Array<{ siblings: Nodes[]; index: number; read: ReadLines }> = []
  const counts = new LineCounts(source)
  let listed: ReadonlySet<string> | undefined
  let rolled: ReadonlySet<string> | undefined
  // Plain-text minutes that label their turns by a given name, one remark a line (given-labels.ts).
  const given = plain ? givenLabels(source) : null
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading') continue
    const children = node.children as Nodes[]
    // Last child first, so that splitting one never moves the index of another still to split.
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!
      if (child.type !== 'paragraph') {
        stack.push(child)
        continue
      }
      const lines = linesOfParagraph(child)
      if (lines.length < 2) {
        counts.single.push(...lines)
        continue
      }
      const opensAt = (line: Line, k: number) =>
        periodAfterSentence(opensTurn(line.text.trimStart()), plain && k > 0 ? lines[k - 1]! : null) ??
        reportsAfterBreak(line) ??
        (given ? givenAfter(line, k > 0 ? lines[k - 1]! : null, given) : null) ??
        (plain && k > 0 ? rolledAfter(lines[k - 1]!, line, (rolled ??= rollNames(source))) : null) ??
        (plain && k > 0
          ? reportsAfterSentence(lines[k - 1]!, line, (listed ??= listedNames(source, (rolled ??= rollNames(source)))))
          : null)
      const read = { lines, opens: lines.map(opensAt) }
      read.opens.forEach((kind, k) => counts.add(kind, lines[k]!.text))
      found.push({ siblings: children, index: i, read })
    }
  }
  for (const { siblings, index, read } of found) {
    const starts = turnStarts(read, counts)
    if (starts.length === 0) continue
    sourceLines ??= source.split('\n')
    siblings.splice(index, 1, ...splitAt(siblings[index] as Paragraph, starts, sourceLines))
  }
  if (given && given.names.size > 0) markGiven(tree, given)
  return tree
}

/**
 * A line a given name's label opens (`Ryan; …`, `Larry, …`): a turn of the text's way of writing them. A comma's or a
 * dash's only after a line that ends a sentence (`… thanked` / `Ryan, who …` is a sentence wrapped).
 */
function givenAfter(line: Line, before: Line | null, labels: GivenLabels): 'given' | null {
  const opening = givenOpening(line.text.trimStart(), labels)
  if (!opening) return null
  return opening.strong || before === null || SENTENCE_END.test(before.text.trimEnd()) ? 'given' : null
}

/**
 * In plain text, a line that a roll call's given name and a colon open after a line that ends a sentence (`@Karl: what
 * about travel?` / `Anna: travel is within the budget.`, `Anna Berg` on a line of the roll call): her reply.
 */
function rolledAfter(before: Line, line: Line, names: ReadonlySet<string>): 'given' | null {
  const text = line.text.trimStart()
  if (text.charCodeAt(0) < 65 || text.charCodeAt(0) > 90 || !SENTENCE_END.test(before.text.trimEnd())) return null
  return rollLabel(text, names) !== null ? 'given' : null
}

/**
 * Marks each paragraph that a given name's label opens (`Ryan: …`, `Ryan; …`, `Larry, …`): the speakers detector reads
 * it as the label of a colon's turn, which the text writes it as, and no roll call's entry.
 */
function markGiven(tree: Root, labels: GivenLabels): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'paragraph') {
      const first = node.children[0]
      const text = first?.type === 'text' ? first.value.split('\n', 1)[0]!.trimStart() : ''
      const opening = givenOpening(text, labels)
      if (opening) node.data = { ...node.data, givenLabel: opening }
    } else if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
}

/**
 * The document's lines that open turns, counted: a record whose turns have labels (three lines at least) runs one on
 * after other text as well; so do minutes written as nicks before a colon (`mgasidlo: …`), and transcripts labelled by
 * names in capitals (`VINCE BUZEK: …`), once enough lines open so. One-line paragraphs are read only when a record's
 * labels must be counted (most documents never ask).
 */
class LineCounts implements RecordCounts {
  readonly single: Line[] = []
  private labelLines = 0
  private nickLines = 0
  private readonly nickUses = new Map<string, number>()
  private readonly capsUses = new Map<string, number>()
  private counted = 0
  private lowered: string | undefined

  constructor(private readonly source: string) {}

  add(kind: ReadLines['opens'][number], text: string): void {
    if (kind === 'label') this.labelLines++
    else if (kind === 'nick' || kind === 'caps') {
      const uses = kind === 'nick' ? this.nickUses : this.capsUses
      const label = nickOf(text)
      uses.set(label, (uses.get(label) ?? 0) + 1)
      if (kind === 'nick') this.nickLines++
    }
  }

  labels(): boolean {
    this.countSingles(() => this.labelLines >= RECORD_LABELS)
    return this.labelLines >= RECORD_LABELS
  }

  nicks(text: string): boolean {
    this.countSingles(() => false)
    return this.nickLines >= RECORD_NICKS && isLogin(nickOf(text), this.nickUses, (this.lowered ??= this.source.toLowerCase()))
  }

  caps(text: string): boolean {
    this.countSingles(() => false)
    return isCapsSpeaker(nickOf(text), this.capsUses)
  }

  private countSingles(enough: () => boolean): void {
    while (!enough() && this.counted < this.single.length) {
      const text = this.single[this.counted++]!.text
      this.add(opensTurn(text.trimStart()), text)
    }
  }
}

interface RecordCounts {
  labels: () => boolean
  nicks: (text: string) => boolean
  caps: (text: string) => boolean
}

/** Lines that open a turn in a document before one alone after other text in a paragraph starts a turn. */
const RECORD_LABELS = 3
/** The same for nicks before a colon, which prose and key lines (`note: …`) open too now and then. */
const RECORD_NICKS = 5

/**
 * A full name in capitals before a colon (`VINCE BUZEK: …`), as transcripts label turns, is as often a heading or a
 * key (`PUBLIC COMMENT:`) by its shape: it opens a turn after other text when it opens lines again and again, among
 * other such names (a dialogue), and the document has many such lines.
 */
function isCapsSpeaker(name: string, uses: ReadonlyMap<string, number>): boolean {
  if ((uses.get(name) ?? 0) < 2) return false
  let lines = 0
  let names = 0
  for (const count of uses.values()) {
    lines += count
    if (count >= 2) names++
  }
  return names >= 2 && lines >= RECORD_CAPS
}

/** Lines opened by names in capitals before those after other text open turns. */
const RECORD_CAPS = 6

interface Line {
  /** Index of the child the line starts in, and the offset in its value (0 for any other node). */
  child: number
  offset: number
  /** The line starts after a hard break (`\` at the end of the one before, a word processor's line break). */
  hard?: boolean
  text: string
}

/** The lines of a paragraph as its children give them: soft line ends in text, hard breaks. */
function linesOf(paragraph: Paragraph): Line[] {
  const lines: Line[] = [{ child: 0, offset: 0, text: '' }]
  paragraph.children.forEach((child, index) => {
    if (child.type === 'break') {
      lines.push({ child: index + 1, offset: 0, text: '', hard: true })
      return
    }
    const value = child.type === 'text' || child.type === 'html' || child.type === 'inlineCode' ? child.value : phrasingText(child)
    if (child.type !== 'text') {
      lines.at(-1)!.text += value
      return
    }
    let from = 0
    for (let at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', from)) {
      lines.at(-1)!.text += value.slice(from, at)
      from = at + 1
      lines.push({ child: index, offset: from, text: '' })
    }
    lines.at(-1)!.text += value.slice(from)
  })
  return lines
}

function phrasingText(node: PhrasingContent): string {
  if ('value' in node) return node.value
  if (!('children' in node)) return ''
  return node.children.map(phrasingText).join('')
}

interface ReadLines {
  lines: Line[]
  opens: Array<ReturnType<typeof opensTurn> | 'reported' | 'record' | 'given'>
}

/** A paragraph's lines; a one-line paragraph's from its text. */
function linesOfParagraph(paragraph: Paragraph): Line[] {
  const value = paragraph.children.length === 1 && paragraph.children[0]!.type === 'text' ? paragraph.children[0].value : null
  return value !== null && !value.includes('\n') ? [{ child: 0, offset: 0, text: value }] : linesOf(paragraph)
}

/**
 * Lines after the first that open a turn; none unless two lines at least open one (the first counts), or the
 * document is a record whose turns have labels.
 */
function turnStarts({ lines, opens }: ReadLines, record: RecordCounts): Line[] {
  // Chat minutes: messages a line (`15:26 <anna> hi`), or nicks before a colon from the first line on (`ab: hi` / `kn: …`).
  const nicks = opens.filter((kind) => kind === 'chat' || kind === 'nick').length
  const chat = opens.filter((kind) => kind === 'chat').length >= 2 || ((opens[0] === 'chat' || opens[0] === 'nick') && nicks >= 2)
  const labelled = (i: number) =>
    opens[i] === 'label' ||
    opens[i] === 'period' ||
    opens[i] === 'record' ||
    opens[i] === 'presenter' ||
    opens[i] === 'reported' ||
    opens[i] === 'given' ||
    (opens[i] === 'caps' && record.caps(lines[i]!.text)) ||
    (chat && opens[i] !== null)
  const starts = lines.filter((_, i) => i > 0 && labelled(i))
  if (starts.length > 0 && (opens[0] !== null || starts.length >= 2)) return starts
  // The period form (`Chairman Greenspan.`) also ends a line of prose before a name: only a colon's label runs on alone,
  // and a presenter's line (`汇报人：黄然`) under its agenda item in any document.
  return lines.filter(
    (_, i) =>
      i > 0 &&
      ((opens[i] === 'label' && record.labels()) ||
        (opens[i] === 'nick' && record.nicks(lines[i]!.text)) ||
        (opens[i] === 'caps' && record.caps(lines[i]!.text)) ||
        opens[i] === 'presenter' ||
        opens[i] === 'record' ||
        opens[i] === 'reported' ||
        opens[i] === 'given'),
  )
}

/**
 * A period label on a plain-text line after a line that ends a sentence (`The result of the vote was announced as above
 * recorded.` / `The CHAIRMAN. There being no further amendments, …`): a record's next turn, though a narrated line
 * opened the paragraph the reader joined them in ('record'). Else the line's own kind.
 */
function periodAfterSentence(kind: ReturnType<typeof opensTurn>, before: Line | null): ReturnType<typeof opensTurn> | 'record' {
  return kind === 'period' && before !== null && SENTENCE_END.test(before.text.trimEnd()) ? 'record' : kind
}

/**
 * Whether a nick opening a line after other text is a speaker's: it opens other lines too, other nicks open lines
 * as well (a dialogue), and the document writes it in running text no more often than it opens lines with it
 * (`practice: …` wrapped in prose, `note: …` are ordinary words).
 */
function isLogin(nick: string, uses: ReadonlyMap<string, number>, lowered: string): boolean {
  const own = uses.get(nick) ?? 0
  if (own < 2 || nick === '') return false
  return uses.size >= 2 && wordCount(lowered, nick) <= 2 * own
}

/** Occurrences of `word` as a whole word in `text`. */
function wordCount(text: string, word: string): number {
  let count = 0
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = at > 0 ? text[at - 1]! : ' '
    const after = text[at + word.length] ?? ' '
    if (!/[\p{L}\d_]/u.test(before) && !/[\p{L}\d_]/u.test(after)) count++
  }
  return count
}

/** The nick a line opens with, in lowercase (`Mgasidlo:` and `mgasidlo:` are one). */
function nickOf(text: string): string {
  const label = readOpening(text.trimStart())?.label ?? ''
  // `CB (on chat):`, `RH (p3):`: the nick without its parenthesis, the same speaker's as `CB:`.
  const open = label.endsWith(')') ? label.lastIndexOf('(') : -1
  return (open > 0 ? label.slice(0, open).trimEnd() : label).toLowerCase()
}

/**
 * A line after a hard break that opens a reporting sentence of minutes (`Mme la Maire rappelle…`, `M. Durand
 * précise…`): Word's line break (Shift+Enter) through pandoc ends a paragraph as the minute-taker meant it.
 */
function reportsAfterBreak(line: Line): 'reported' | null {
  return line.hard === true && reportedLabel(line.text.trim(), VERBS) !== null ? 'reported' : null
}

const VERBS = new RegExp(`^(?:${reportingVerbAlternation()})`, 'i')

/**
 * A plain-text line that opens a reporting sentence whose speaker a title, an honorific or a full name says
 * (`Chair Hoy said …`, `Ms. McManus said …`), after a line that ends a sentence: the minute-taker's next statement.
 * Only a line that starts with a capital after a sentence's end is read (most lines are not).
 */
function reportsAfterSentence(before: Line, line: Line, listed: ReadonlySet<string>): 'reported' | null {
  const text = line.text.trim()
  if (!/^\p{Lu}/u.test(text) || !SENTENCE_END.test(before.text.trimEnd())) return null
  const label = reportedLabel(text, VERBS)
  const parts = label === null ? null : parseLabel(label, 'colon')
  if (parts && (parts.honorific !== '' || parts.position !== '' || (parts.kind === 'person' && parts.strong))) return 'reported'
  // `Nat asked Joseph to …`: a given name alone, when a list of the document names that participant so (`#. Nat`).
  const given = givenNameOpening(text, VERBS)
  return given !== null && listed.has(given) ? 'reported' : null
}

/**
 * The first words of the document's list items that are a name alone or a name before its affiliation (`#. Nat`,
 * `- Anna (ACME)`, `* Karl, chair`), and the given names of a roll call's full names a line each (`Anna Berg` under
 * `Directors Present:`, one person's only): the names by which a given name alone may open a reported turn.
 */
function listedNames(source: string, rolled: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...Array.from(source.matchAll(LISTED_NAME), (match) => match[1]!), ...rolled])
}

const LISTED_NAME = /^[ \t]*(?:[-*+•]|#\.|\d{1,3}[.)])[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*(?:$|[,(])/gmu

const SENTENCE_END = /[.!?]["'”’)]?$/u

/** What a line opens: a chat message (or a timed note between them), a turn under a label that says who speaks, or nothing. */
function opensTurn(text: string): 'chat' | 'timed' | 'label' | 'period' | 'record' | 'presenter' | 'nick' | 'caps' | null {
  // `Anna Berg  0:01` alone on its line (an automatic transcript's turn over its words) is read like a timed chat line.
  const opening = readOpening(text) ?? (mayBeStamped(text) ? stampedLine(text) : null)
  if (!opening) return null
  if (opening.time !== null) return opening.form === 'system' ? 'timed' : 'chat'
  if (opening.form === 'chat') return 'chat'
  if (opening.form !== 'colon' && opening.form !== 'period') return null
  if (opening.form === 'period' && opening.end >= text.length) return null
  const parts = (opening.voice ? parseDisplayLabel : parseLabel)(opening.label, opening.form)
  // A nick or initials (`ab:`, `kn:`) say who speaks only among other such lines.
  if (opening.form === 'colon' && (parts?.kind === 'nick' || parts?.kind === 'initials')) return parts.strong ? 'label' : 'nick'
  if (parts && !parts.strong && isCapsName(opening.label, parts)) return 'caps'
  if (!parts?.strong) return null
  if (parts.kind === 'role' && PRESENTERS.has(parts.position.toLowerCase())) return 'presenter'
  if (opening.form === 'colon') return 'label'
  // A dash after the label's full stop (`M. le Président. - `) is a record's, never a sentence's end before a name.
  return DASHED.test(text.slice(opening.end)) ? 'record' : 'period'
}

const DASHED = /^[-–—] /u

/** Whether a line ends, before its spaces, as a time or a bracketed time does (a digit, `)` or `]`): checked before any pattern. */
function mayBeStamped(text: string): boolean {
  let end = text.length - 1
  while (end >= 0 && (text[end] === ' ' || text[end] === '\t')) end--
  const char = text.charAt(end)
  return char === ')' || char === ']' || (char >= '0' && char <= '9')
}

/** A person's label of two to five words in capitals and nothing else (`VINCE BUZEK`, `SHONTEL M. LEWIS`). */
function isCapsName(label: string, parts: NonNullable<ReturnType<typeof parseLabel>>): boolean {
  if (parts.kind !== 'person' || parts.honorific !== '' || parts.position !== '' || parts.organization !== '') return false
  return label.includes(' ') && !/\p{Ll}/u.test(label)
}

/** The paragraph cut before each of `starts`, each part with the position of its first and last line. */
function splitAt(paragraph: Paragraph, starts: readonly Line[], sourceLines: readonly string[]): Paragraph[] {
  const parts: PhrasingContent[][] = [[]]
  const firstLines: number[] = [paragraph.position?.start.line ?? 1]
  let next = 0
  let lineNumber = firstLines[0]!
  paragraph.children.forEach((child, index) => {
    if (child.type === 'break') lineNumber++
    let rest: PhrasingContent = child
    while (next < starts.length && starts[next]!.child === index) {
      const start = starts[next]!
      if (rest.type === 'text' && start.offset > 0) {
        const consumed = (child as Text).value.length - rest.value.length
        const head = rest.value.slice(0, start.offset - consumed)
        lineNumber += countLineEnds(head)
        if (head.replace(/\n$/, '') !== '') parts.at(-1)!.push({ type: 'text', value: head.replace(/\n$/, '') })
        rest = { type: 'text', value: rest.value.slice(start.offset - consumed) }
      }
      parts.push([])
      firstLines.push(lineNumber)
      next++
    }
    if (rest.type === 'text') lineNumber += countLineEnds(rest.value)
    if (rest.type !== 'text' || rest.value !== '') parts.at(-1)!.push(rest === child ? child : rest)
  })
  const endLine = paragraph.position?.end.line ?? lineNumber
  return parts
    .map((children, i) => ({ children, first: firstLines[i]!, last: i + 1 < firstLines.length ? firstLines[i + 1]! - 1 : endLine }))
    .filter((part) => part.children.length > 0)
    .map((part, i) => {
      const split = paragraphOf(part.children, part.first, part.last, sourceLines)
      // The first part starts where the paragraph did.
      if (i === 0 && paragraph.position) split.position = { start: paragraph.position.start, end: split.position!.end }
      // A turn cut from a list item's paragraph (`- Budget` / `anna: …`) opens as the item's first paragraph would.
      if (i > 0) split.data = { turnLine: true }
      return split
    })
}

function countLineEnds(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++
  return count
}

function paragraphOf(children: PhrasingContent[], first: number, last: number, sourceLines: readonly string[]): Paragraph {
  const firstText = children[0]?.type === 'text' ? children[0].value : children[0]?.type === 'html' ? children[0].value : ''
  const startLine = sourceLines[first - 1] ?? ''
  const found = firstText === '' ? -1 : startLine.indexOf(firstText.slice(0, 12).trimStart())
  const column = found >= 0 ? found + 1 : startLine.length - startLine.trimStart().length + 1
  const endText = sourceLines[last - 1] ?? ''
  const position = { start: { line: first, column }, end: { line: Math.max(first, last), column: endText.length + 1 } }
  if (children[0]?.type === 'text') children[0] = { ...children[0], value: children[0].value.trimStart(), position }
  return { type: 'paragraph', children, position }
}

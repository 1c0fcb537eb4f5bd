// The label that opens a speaker's turn, as transcripts, minutes and chat logs print it: `Anna Berg:`,
// `MS. NILSSON:`, `Philippe MARTIN :`, `主持人：`, the period form of US records (`Mr. REID.`, `The
// PRESIDING OFFICER.`), chat lines (`15:26 <nick>`, `[nick]`, `* nick waves`). Only the shape is read
// here; what the label says is labels.ts's, and whether it is a turn the speakers detector's.
// Pure string functions; every pattern is anchored and bounded.
import { lexicon, reportingVerbAlternation } from '../lexicon/index.js'
import { collapseSpace } from './normalize.js'
import { isSpace, trimEndWhere } from './scan.js'

export type OpeningForm = 'colon' | 'period' | 'chat' | 'action' | 'bracket' | 'system' | 'dash' | 'alone'

export interface Opening {
  /** The label as printed, without separator, brackets or time (`MS. NILSSON`, `+Complication`). */
  label: string
  /** Where the remarks begin in the text: after the separator and the spaces that follow it. */
  end: number
  form: OpeningForm
  /** A time printed before the label (`15:26`), in chat logs. */
  time: string | null
  /** A WebVTT voice span's (`<v Anna Berg>`): a recorder's display name, as a label and time line's is. */
  voice?: true
}

/** Longest label read before a colon, in characters. */
const MAX_LABEL = 120

// A chat log's time; a bouncer's or a web client's log (ZNC, IRCCloud) prints the day in the brackets too (`[2018-03-26 10:58:00]`).
const CHAT_CLOCK = String.raw`(\d{1,2}:\d{2}(?::\d{2})?)`
const TIME = new RegExp(String.raw`^(?:\[(?:\d{4}-\d{2}-\d{2}[ T])?${CHAT_CLOCK}\]|\(${CHAT_CLOCK}\)|${CHAT_CLOCK})(?:\s+|$)`)
const CHAT = /^<\s?([@+%&~]?[^\s<>]{1,40})>(?:\s+|$)/
// A `/me` action: `* anna waves` (irssi, HexChat), `— anna waves` (IRCCloud's export).
const ACTION = /^[*—]\s+([^\s*]{1,40})(?:\s+|$)/
// A server's line: `-!- anna has quit` (irssi), `<-- anna has quit` (WeeChat), `→ anna joined`, `⇐ anna quit` (IRCCloud).
const SYSTEM = /^(?:-!-|\*\*\*|<--|-->|--|[!→←⇐⇒])(?:\s|$)/
const NICK_COLON = /^([^\s:<>[\]]{1,40}):(?:\s+|$)/
const BRACKET = /^\[([^[\]\s]{2,40})\](?:\s+|$)/
// Zoom's saved captions and transcripts: the speaker's name in brackets and the time after it (`[Anna Berg] 10:02:03`).
const BRACKET_STAMP = /^\[([^[\]\n]{2,60})\][ \t]+(\d{1,2}:\d{2}(?::\d{2})?)(?:\s+|$)/
// A diarizing recorder's label (WhisperX, pyannote): the voice's name or number in brackets, then a colon (`[SPEAKER_00]: …`).
const BRACKET_COLON = /^\[([^[\]\n]{2,60})\]:(?:[ \t]+|$)/
/** A label opening a bracketed remark (`[ Lena: …`, `[Karl Lund: …`): no bracket before its colon, a letter first. */
const BRACKET_COMMENT = /^\[[ \t]*(\p{L}[^[\]:\n]{1,40}):[ \t]+(?=\S)/u
const QA_PERIOD = /^[QA]\.(?:\d{1,3}\.)?(?:\s+|$)/
const SPACES = /^\s+/
// A WebVTT cue's voice span: `<v Anna Berg>`, `<v.loud Anna Berg>` (classes after the tag's name).
const VOICE = /^<v(?:\.[^\s<>]{1,40})?[ \t]+([^<>\n]{1,80})>[ \t]*/

const HONORIFICS = new Set(lexicon.honorifics.map((word) => word.toLowerCase()))
const INITIAL = /^\p{Lu}\.$/u

/** The label that opens `text` (a paragraph's or a line's text, from its first character), if any. */
export function readOpening(text: string): Opening | null {
  // Every paragraph is read: each pattern is tried only on the first character it can match.
  const first = text.charAt(0)
  const timed = first === '[' || first === '(' || (first >= '0' && first <= '9') ? TIME.exec(text) : null
  if (timed) return afterTime(text.slice(timed[0].length), timed[0].length, timed[1] ?? timed[2] ?? timed[3]!)
  const voice = first === '<' ? VOICE.exec(text) : null
  if (voice && voice[1]!.trim() !== '') return { label: voice[1]!.trim(), end: voice[0].length, form: 'colon', time: null, voice: true }
  const chat = first === '<' ? CHAT.exec(text) : null
  // `<anyName> <xsl:choose> …`: an element among others (markup shown as text), not a nick's message.
  const markup = chat !== null && ELEMENT_NEXT.test(text.slice(chat[0].length, chat[0].length + 2))
  if (chat && !markup && !isHtmlElement(chat[1]!)) return { label: chat[1]!, end: chat[0].length, form: 'chat', time: null }
  const stamped = first === '[' ? bracketStamp(text) : null
  if (stamped) return stamped
  const diarized = first === '[' ? BRACKET_COLON.exec(text) : null
  // (A note in brackets, `[Inaudible.]:`, ends with its full stop.)
  if (diarized && /\p{L}/u.test(diarized[1]!) && !diarized[1]!.trimEnd().endsWith('.'))
    return { label: diarized[1]!.trim(), end: diarized[0].length, form: 'colon', time: null, voice: true }
  // `[ Lena: the numbers look low. ]`: a remark set in brackets beside a report, opened by who made it.
  const comment = first === '[' ? BRACKET_COMMENT.exec(text) : null
  if (comment) return { label: comment[1]!, end: comment[0].length, form: 'colon', time: null }
  const bracket = first === '[' ? BRACKET.exec(text) : null
  if (bracket && !/^\d+$/.test(bracket[1]!)) return { label: bracket[1]!, end: bracket[0].length, form: 'bracket', time: null }
  const qa = (first === 'Q' || first === 'A') && !initialedSpeaker(text) ? QA_PERIOD.exec(text) : null
  if (qa) return { label: qa[0].trim(), end: qa[0].length, form: 'period', time: null }
  return literalEmphasis(text) ?? callChatOpening(text, 0, null) ?? colonOpening(text) ?? periodOpening(text) ?? dashOpening(text)
}

/** A tag's start: `<` and a name's letter, a closing slash or a declaration's `!`. */
const ELEMENT_NEXT = /^<[\p{L}/!?]/u

/** HTML elements written bare in Markdown (line breaks, rules, inline styles): never a chat nick's name (`<br>`). */
const HTML_ELEMENTS = new Set(['br', 'hr', 'p', 'div', 'span', 'b', 'i', 'u', 'em', 'strong', 'small', 'sub', 'sup', 'center', 'wbr'])

export function isHtmlElement(name: string): boolean {
  return HTML_ELEMENTS.has(name.toLowerCase())
}

const REPORTING = new RegExp(`^(?:${reportingVerbAlternation()})`, 'i')
const FAMILY_NAME = /^\p{Lu}\p{Ll}+$/u
const PAST = /^\p{Ll}+ed[:,]?$/u

/** `A. Kuchling reported:`, `Q. Li asked …`: an initial and a family name before a reporting verb, no question's or answer's label. */
function initialedSpeaker(text: string): boolean {
  const [initial, family, verb] = text.split(' ', 3)
  if (initial!.length !== 2 || family === undefined || verb === undefined || OPENERS.has(family)) return false
  // A minute-taker's verb in the past (`reported:`, `asked`), lowercase: a question's is a request (`Q. Please state …`).
  return FAMILY_NAME.test(family) && PAST.test(verb) && REPORTING.test(verb)
}

// Words that open a sentence, no family name (`A. As indicated above, …`).
const OPENERS = new Set(lexicon.sentenceOpeners)

/** `[Anna Berg] 10:02:03 Welcome …`: a name (no note, `[Laughter.]`, nor a number) in brackets and the recording time. */
function bracketStamp(text: string): Opening | null {
  const stamped = BRACKET_STAMP.exec(text)
  if (!stamped) return null
  const label = stamped[1]!.trim()
  if (label === '' || label.endsWith('.') || /^[\d\s:.,-]+$/.test(label)) return null
  return { label: collapseSpace(label), end: stamped[0].length, form: 'colon', time: stamped[2]! }
}

/**
 * `**林召集人文：**各位好`: a bold label CommonMark leaves as text, because a closing `**` after punctuation must be
 * followed by a space or punctuation, which Chinese never writes. The label inside the asterisks, the colon inside or after them.
 */
function literalEmphasis(text: string): Opening | null {
  const mark = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : null
  if (mark === null) return null
  const close = text.indexOf(mark, 2)
  if (close < 3 || close > MAX_LABEL + 3) return null
  const inner = text.slice(2, close)
  const inside = inner.endsWith('：') || inner.endsWith(':')
  const after = close + 2
  if (!inside && text[after] !== '：' && text[after] !== ':') return null
  const label = trimEndWhere(inside ? inner.slice(0, -1) : inner, isSpace)
  if (label === '' || label.includes(':') || label.includes('：') || label.includes('\n')) return null
  const end = inside ? after : after + 1
  const spaces = SPACES.exec(text.slice(end))
  return { label, end: end + (spaces ? spaces[0].length : 0), form: 'colon', time: null }
}

function afterTime(rest: string, offset: number, time: string): Opening {
  const chat = CHAT.exec(rest)
  if (chat) return { label: chat[1]!, end: offset + chat[0].length, form: 'chat', time }
  if (SYSTEM.test(rest)) return { label: '', end: offset, form: 'system', time }
  const action = ACTION.exec(rest)
  if (action) return { label: action[1]!, end: offset + action[0].length, form: 'action', time }
  const call = callChatOpening(rest, offset, time)
  if (call) return call
  const colon = NICK_COLON.exec(rest)
  if (colon) return { label: colon[1]!, end: offset + colon[0].length, form: 'chat', time }
  // `[00:01:02] Anna Berg: …`: a transcript's timestamp before a speaker's label of several words.
  const label = /^\p{Lu}/u.test(rest) ? colonOpening(rest) : null
  if (label && label.label.includes(' ')) return { ...label, end: offset + label.end, time }
  // A timed line that names nobody: a note in the log.
  return { label: '', end: offset, form: 'system', time }
}

const RECIPIENTS = lexicon.chatRecipients.map((word) => word.toLowerCase())
/** Longest `From … to …` frame of a video call's chat line read, in characters. */
const MAX_CALL_FRAME = 160

/**
 * A video call's exported chat line (Zoom): `From Anna Berg to Everyone: 03:07 PM`, `10:15:32 From karl to
 * Anna Berg(Privately) : hi`. The label is the frame as printed (`From Anna Berg to Everyone`); the recipient
 * must be one such exports name (everyone, me) or be marked private, so that prose (`From May to June: …`) is none.
 */
function callChatOpening(text: string, offset: number, time: string | null): Opening | null {
  if (!text.startsWith('From ')) return null
  const head = text.slice(0, MAX_CALL_FRAME)
  const to = head.indexOf(' to ', 5)
  const colon = to < 0 ? -1 : head.indexOf(':', to)
  if (colon < 0 || head.slice(0, colon).includes('\n')) return null
  const next = head[colon + 1]
  if (next !== undefined && !isSpace(next)) return null
  const recipient = head
    .slice(to + 4, colon)
    .trim()
    .toLowerCase()
  const addressed = RECIPIENTS.some((word) => recipient === word || recipient.startsWith(`${word} `) || recipient.endsWith(`(${word})`))
  if (!addressed || head.slice(5, to).trim() === '') return null
  const spaces = SPACES.exec(text.slice(colon + 1))
  const label = collapseSpace(trimEndWhere(head.slice(0, colon), isSpace))
  return { label, end: offset + colon + 1 + (spaces ? spaces[0].length : 0), form: 'chat', time }
}

/**
 * `Anna Berg – Good morning, everyone.`: a name of one to four words, a dash set off by spaces (en, em, or a hyphen),
 * and the speaker's words, which begin with a capital and end a sentence — as typed minutes and transcripts set a
 * turn's label off. An apposition (`Anna Berg – the chair – opened …`) begins in lowercase; a talk's title
 * (`Maria Costa – Data Access`) ends no sentence.
 */
function dashOpening(text: string): Opening | null {
  const limit = Math.min(text.length - 2, MAX_DASH_LABEL)
  let at = -1
  let dash = 1
  for (let i = 2; i < limit; i++) {
    const char = text[i]
    // Pandoc writes Word's en and em dashes as `--` and `---`.
    const run = char === '-' ? (text.startsWith('---', i) ? 3 : text.startsWith('--', i) ? 2 : 1) : 1
    if ((char === '–' || char === '—' || char === '-') && text[i - 1] === ' ' && text[i + run] === ' ') {
      at = i
      dash = run
      break
    }
    if (char === ':' || char === '.' || char === ',' || char === '(' || char === '\n') return null
  }
  if (at < 0) return null
  const label = text.slice(0, at - 1)
  const words = label.split(' ')
  if (words.length > 4 || !words.every((word) => /^\p{Lu}/u.test(word))) return null
  const end = at + dash + 1
  if (!/^\p{Lu}/u.test(text.charAt(end)) || !/[.!?…]["'”’)]?$/u.test(text.slice(-3)) || !speechOpens(text, end)) return null
  return { label, end, form: 'dash', time: null }
}

/**
 * Whether the words at `at` open a sentence rather than a title: the first word ends in punctuation (`Thanks, Anna.`,
 * `Yes.`), or the second is in lowercase (`Good morning`, `I think`), as a title's (`ROOT Pere Mato`, `Data Access`) is not.
 */
function speechOpens(text: string, at: number): boolean {
  const space = text.indexOf(' ', at)
  if (space < 0 || space - at > 40) return /[.!?…]$/u.test(text.slice(at, at + 41))
  if (/[,.!?…;:]$/u.test(text.slice(at, space))) return true
  const next = text.charAt(space + 1)
  return next.toLowerCase() === next && next.toUpperCase() !== next
}

/** Longest label read before a dash, in characters. */
const MAX_DASH_LABEL = 48

/**
 * `Anna Berg` alone on the first line of a paragraph, the speaker's words on the lines below: the label of a turn in
 * transcripts and minutes typed a statement a paragraph. `line` is the paragraph's first line; the caller checks that
 * words follow. Only names of capitalised words are read (one to four, particles between), with no punctuation.
 */
export function aloneLine(line: string): Opening | null {
  const label = collapseSpace(line)
  if (label.length < 2 || label.length > MAX_DASH_LABEL) return null
  const words = label.split(' ')
  if (words.length > 4 || !words.every((word) => ALONE_WORD.test(word) || PARTICLES.has(word))) return null
  if (!ALONE_WORD.test(words[0]!) || !ALONE_WORD.test(words.at(-1)!)) return null
  return { label, end: label.length, form: 'alone', time: null }
}

const ALONE_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]{1,30}$/u
const PARTICLES = new Set(lexicon.nameParticles)

/**
 * A line that holds a speaker's label and the recording time and nothing else, as automatic transcripts (Otter, Zoom,
 * Teams) export a turn over its words: `Anna Berg  0:01` (the time set off by two spaces or more, or a tab),
 * `Anna Berg 0:01:02` (one space before hours, minutes and seconds), `Speaker 1 (00:01:02)`, `Anna Berg [01:02]`.
 * `line` is one line of the source; the opening's end is the label and time's length with the spaces collapsed.
 * `loose` takes one space before minutes and seconds too, as pandoc writes a Word export's run of spaces, where the
 * document's run of such lines says they are a transcript's (speakers-turns.ts).
 */
export function stampedLine(line: string, loose = false): Opening | null {
  const text = trimEndWhere(line, isSpace).trimStart()
  if (text.length < 6 || text.length > MAX_STAMPED) return null
  const last = text.charAt(text.length - 1)
  const bracketed = last === ')' || last === ']'
  if (!bracketed && (last < '0' || last > '9')) return null
  const cut = bracketed ? text.lastIndexOf(last === ')' ? '(' : '[') : lastSpaceAt(text)
  if (cut < 2 || (bracketed && text[cut - 1] !== ' ')) return null
  const time = bracketed ? text.slice(cut + 1, -1) : text.slice(cut + 1)
  if (!CLOCK.test(time)) return null
  // One space before minutes and seconds alone (`Room 4 10:30`) is no transcript's way: two, a tab, or hours.
  const spaced = loose || bracketed || text[cut] === '\t' || isSpace(text[cut - 1]!) || HOURS.test(time)
  const printed = trimEndWhere(text.slice(0, cut), isSpace)
  // `Anna Berg - 00:01` (Fireflies): a dash sets the time off (one space: read where the record's lines say so, loose).
  const dash = bracketed ? null : STAMP_DASH.exec(printed)
  const label = dash ? trimEndWhere(printed.slice(0, dash.index), isSpace) : printed
  if (!spaced || !isStampedLabel(label)) return null
  return { label, end: collapseSpace(text).length, form: 'colon', time }
}

/** A recorder's speaker as a label and time line prints it: capitalised, no sentence, six words at most. */
function isStampedLabel(label: string): boolean {
  if (!/^\p{Lu}/u.test(label) || /[:：;!?]/.test(label) || label.split(' ').length > 6 || endsSentence(label)) return false
  // A name as directories and call recorders list it, family name first (`Berg, Anna`): the only comma it may hold.
  return !label.includes(',') || DISPLAY_COMMA.test(label)
}

/**
 * A paragraph that holds the recording time and then a speaker's label and nothing else, the words in the paragraphs
 * under it, as some recorders export a turn: `00:00:03 Speaker 1` (Word's Transcribe), `@0:25 - Anna Berg` (Fathom,
 * the time a link to the recording); or that line first and the words on the lines under it, the time in brackets
 * (`[00:00:51] Anna` / `Good morning.`, as transcription services and hand transcribers export). `text` is the
 * paragraph's text with its line breaks; the caller checks that the document's run of such lines says they are a
 * transcript's (`09:00 Registration` in a programme is none).
 */
export function leadStampedLine(text: string): Opening | null {
  const lineEnd = text.indexOf('\n')
  const line = collapseSpace(lineEnd < 0 ? text : text.slice(0, lineEnd))
  if (line.length < 6 || line.length > MAX_STAMPED) return null
  const stamp = LEAD_STAMP.exec(line)
  if (!stamp) return null
  const label = line.slice(stamp[0].length)
  if (!isLoneLabel(label)) return null
  // The offset in the paragraph's text with its spaces collapsed, as the caller's is: the words begin on the next line.
  const end = lineEnd < 0 ? collapseSpace(text).length : line.length + 1
  return { label, end, form: 'colon', time: stamp[1] ?? stamp[2]! }
}

/** A speaker's label on a line of its own after a time: a stamped label whose last word ends no sentence (`Yes, we did.`). */
function isLoneLabel(label: string): boolean {
  const last = label.slice(label.lastIndexOf(' ') + 1)
  return isStampedLabel(label) && (!/[.!?…,]$/u.test(last) || isAbbreviation(last))
}

const LEAD_STAMP = /^(?:@?(\d{1,2}:\d{2}(?::\d{2})?)|\[(\d{1,2}:\d{2}(?::\d{2})?)\])(?: [-–—])? /u

/**
 * A caption cue's time range on its own line, the speaker's name on the next and the words under it, as Teams and
 * Stream export a transcript to Word (`0:0:3.270 --> 0:0:4.250` / `Anna Berg` / `Umm.`): `text` is the paragraph's
 * text with its line breaks; the label is the name's line, the remarks begin on the line after it. The caller checks
 * that the document's run of cues says the second line is a speaker's (a cue with no speaker has its words there).
 */
export function cueLines(text: string): Opening | null {
  const cue = CUE_RANGE.exec(text)
  if (!cue) return null
  const lineEnd = text.indexOf('\n', cue[0].length)
  if (lineEnd < 0) return null
  const label = collapseSpace(text.slice(cue[0].length, lineEnd))
  if (label.length > MAX_STAMPED || !isLoneLabel(label)) return null
  // The offset in the paragraph's text with its spaces collapsed, as the caller's is.
  return { label, end: collapseSpace(text.slice(0, lineEnd)).length + 1, form: 'colon', time: cue[1]! }
}

/**
 * A speaker's name alone in a paragraph and the recording time alone in the next, as a transcript laid out in a table
 * reads through pandoc (a row's cells `Anna Berg` | `00:00:21` | the words, each cell's paragraphs in turn) or an
 * export that sets the time on a line of its own. The caller checks that the document's run of such pairs is a record.
 */
export function splitStampLabel(name: string, time: string): Opening | null {
  const stamp = CELL_TIME.exec(time)
  if (!stamp || name.length > MAX_STAMPED || !isLoneLabel(name)) return null
  return { label: name, end: name.length, form: 'colon', time: stamp[1]! }
}

const CELL_TIME = /^[[(]?(\d{1,2}:\d{2}(?::\d{2})?)(?:[.,]\d{1,3})?[\])]?$/u

const CUE_TIME = '\\d{1,2}:\\d{1,2}:\\d{1,2}(?:[.,]\\d{1,3})?'
const CUE_RANGE = new RegExp(`^(${CUE_TIME})[ \\t]*-->[ \\t]*${CUE_TIME}[ \\t]*\\n`, 'u')

const STAMP_DASH = /\s[-–—]$/u
const DISPLAY_COMMA = /^[^,]{2,40}, [^,]{1,60}$/u

/** Longest line read as a label and its time, in characters. */
const MAX_STAMPED = 80
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/
const HOURS = /^\d{1,2}:\d{2}:\d{2}$/

/** The index of the last space in `text` (a tab, or a no-break space as Word writes between a name and the time), or -1. */
function lastSpaceAt(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (isSpace(text[i]!)) return i
  return -1
}

/** `Label: …`, `Label : …` (French), `標籤：…` (full-width colon, no space needed). */
function colonOpening(text: string): Opening | null {
  // `Anna Berg (00:01:02): …`: the time's own colons come before the label's.
  const stamped = STAMPED_LABEL.exec(text)
  if (stamped) {
    const label = trimEndWhere(stamped[1]!, isSpace)
    if (endsSentence(label)) return null
    const spaces = SPACES.exec(text.slice(stamped[0].length))
    return { label, end: stamped[0].length + (spaces ? spaces[0].length : 0), form: 'colon', time: stamped[2]! }
  }
  let at = -1
  const limit = Math.min(text.length, MAX_LABEL + 2)
  for (let i = 1; i < limit; i++) {
    const char = text[i]
    if (char === ':' || char === '：') {
      at = i
      break
    }
    // A sentence or a clause ends before any colon: no label. A question mark in parentheses is the note-taker's doubt
    // about who spoke (`IS (?): Makes sense …`, minutes taken live), no question.
    if (
      (char === '?' && !(text[i - 1] === '(' && text[i + 1] === ')')) ||
      char === '!' ||
      char === ';' ||
      char === '"' ||
      char === '“' ||
      char === '\n'
    )
      return null
  }
  if (at < 0) return null
  const fullWidth = text[at] === '：'
  const next = text[at + 1]
  if (!fullWidth && next !== undefined && !/\s/.test(next)) return null
  const printed = trimEndWhere(text.slice(0, at), isSpace)
  // `Anna Berg (00:01:02):`, `Anna Berg [01:02]:`: a transcript's timestamp after the label is no part of the name.
  const timed = printed.endsWith(')') || printed.endsWith(']') ? LABEL_TIME.exec(printed) : null
  const label = timed ? trimEndWhere(printed.slice(0, timed.index), isSpace) : printed
  if (label === '' || label.length > MAX_LABEL || endsSentence(label)) return null
  const spaces = SPACES.exec(text.slice(at + 1))
  return { label, end: at + 1 + (spaces ? spaces[0].length : 0), form: 'colon', time: timed ? timed[1]! : null }
}

/** A label, a time in parentheses or brackets and the colon (`Anna Berg (00:01:02):`); the colon followed by a space. */
const STAMPED_LABEL = /^([^\s:()[\]][^:\n()[\]]{0,99}?)\s[([](\d{1,2}:\d{2}(?::\d{2})?)[)\]]\s?[:：](?=\s|$)/

/** A time in parentheses or brackets that ends a label (`(00:01:02)`, `[1:02]`). */
const LABEL_TIME = /\s[([](\d{1,2}:\d{2}(?::\d{2})?)[)\]]$/

/** Whether a label holds the end of a sentence: a full stop after a word that is no honorific or initial. */
function endsSentence(label: string): boolean {
  const tokens = label.split(' ')
  return tokens.slice(0, -1).some((token) => token.endsWith('.') && !isAbbreviation(token))
}

function isAbbreviation(token: string): boolean {
  return (
    HONORIFICS.has(token.toLowerCase()) ||
    INITIAL.test(token) ||
    /^(?:\p{Lu}\.){2,4}$/u.test(token) ||
    TITLE_ABBREVIATIONS.has(token.toLowerCase())
  )
}

// Abbreviated offices ("Parl. Staatssekretär", "Bgm. Dr. Rabl", "GR. Hufnagl") end in a full stop without ending the label.
const TITLE_ABBREVIATIONS = new Set([
  ...lexicon.titles.flatMap((title) => title.split(' ').filter((word) => word.endsWith('.'))),
  ...lexicon.abbreviatedTitles.map((entry) => `${entry.split('|')[0]!.toLowerCase().replace(/\.$/, '')}.`),
])

/**
 * The period form of US congressional and hearing records: `Mr. REID.`, `Senator Reed.`, `The PRESIDENT
 * pro tempore.` — a few words on one line, ended by a full stop, the first an honorific (`Mr.`, `Senator`),
 * an article or office with a word in capitals after it (`The CHAIRMAN.`, `Chairman SHELBY.`) or an office and a
 * name (`Chairman Shelby.`), as these
 * records print the speaker. Any other sentence that ends early (`Fisioterapeuta.`, `la Sociedad Digital.`) is no label.
 */
function periodOpening(text: string): Opening | null {
  const firstSpace = text.indexOf(' ')
  const first = (firstSpace < 0 ? text : text.slice(0, firstSpace)).toLowerCase()
  const honorific = HONORIFICS.has(first) || HONORIFICS.has(`${first}.`)
  if (!honorific && !PERIOD_OPENERS.has(first)) return null
  let from = 0
  for (let count = 0; count < 8; count++) {
    const space = text.indexOf(' ', from)
    const token = text.slice(from, space === -1 ? undefined : space)
    if (token.includes('\n')) return null
    const word = token.replace(/^\(/, '')
    if (token.endsWith('.') && !(count === 0 && isAbbreviation(token)) && !(INITIAL.test(word) || HONORIFICS.has(word.toLowerCase()))) {
      const label = text.slice(0, from + token.length - 1)
      // A parenthesis may close the label: the office's holder (`The PRESIDING OFFICER (Mr. Talent)`). Before a dash, the
      // holder's office may follow a comma (`M. Hervé Hasquin, Président du Collège. - `).
      const dashed = DASH_AFTER.test(text.slice(from + token.length))
      if (
        count === 0 ||
        (/[,;:()]/.test(label.replace(/ \([^()]{1,40}\)$/, '')) && !(dashed && OFFICE_AFTER_COMMA.test(label))) ||
        !(honorific || CAPITALS.test(label) || (count <= 2 && isNamed(label)))
      )
        return null
      const spaces = SPACES.exec(text.slice(from + token.length))
      return { label, end: from + token.length + (spaces ? spaces[0].length : 0), form: 'period', time: null }
    }
    if (space === -1) return null
    from = space + 1
  }
  return null
}

/** A record's turn: a label of the period form, a dash, then the words (`M. le Président. - La séance est ouverte.`). */
export function isRecordTurn(text: string): boolean {
  const opening = readOpening(text)
  return opening?.form === 'period' && DASH_WORDS.test(text.slice(opening.end))
}

const DASH_WORDS = /^[-–—] \S/u

/** An office and a name only, every word capitalised (`Chairman Shelby`, not `Profesora de Educación`). */
function isNamed(label: string): boolean {
  return !ARTICLES.has(label.slice(0, label.indexOf(' ')).toLowerCase()) && label.split(' ').every((word) => /^\p{Lu}/u.test(word))
}

const ARTICLES = new Set(lexicon.titleArticles.map((word) => word.toLowerCase()))
// Words that open a label of the period form besides honorifics: articles and one-word offices.
const PERIOD_OPENERS = new Set(
  [...lexicon.titleArticles, ...lexicon.titles.filter((title) => !title.includes(' '))].map((word) => word.toLowerCase()),
)
const CAPITALS = /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u
// The dash a record prints between the label's full stop and the words (`M. le Président. - `, `M. Dupont. – `).
const DASH_AFTER = /^ {1,2}[-–—] /u
const OFFICE_AFTER_COMMA = /^[^,;:()]+, [^,;:()]+$/u

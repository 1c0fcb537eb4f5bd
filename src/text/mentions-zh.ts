// @-mentions in the minutes of Chinese open-source communities, written in a wiki or a repository (Lark/Feishu,
// GitHub, Gitee): a member is named by the platform's mention, a Chinese name (`@石垚`) or an account
// (`@HeyJavaBean`). Who spoke is said by a mention and a reporting verb (`@李四分享 …`, `@HeyJavaBean 分享 …`,
// the verb often written against a Chinese name), by a mention closing a question or its answer (`Q：…@张三`),
// or by a presenter's label in parentheses (`（主讲人：@李四）`). A mention alone (an owner at the end of an item,
// an attendee) says nothing of who spoke. Pure string functions; every scan is bounded.
import { lexicon } from '../lexicon/index.js'
import { trimEndWhere } from './scan.js'

export interface Mention {
  /** The name as mentioned, without the mark (`石垚`, `HeyJavaBean`, `Guangming Luo`). */
  name: string
  /** Where the mention ends in the text. */
  end: number
}

const HAN = /^\p{Script=Han}$/u
const HAN_ONLY = /^\p{Script=Han}+$/u
const VERBS = [...new Set(lexicon.reportingVerbs.filter((word) => HAN_ONLY.test(word)))]
const PRESENTERS = [...new Set(lexicon.presenterLabels.filter((word) => HAN_ONLY.test(word)))]
const MARKS = new Set(['@', '＠'])
/** An account's name: letters, digits and the `-_.` platforms allow (GitHub allows 39 characters). */
const ACCOUNT = /^[a-z0-9][\w.-]{0,38}/i
/** A second capitalised word of a name written with a space (`@Guangming Luo`), before a reporting verb. */
const SECOND_WORD = /^ \p{Lu}\p{Ll}{1,20}(?![\p{L}\d])/u
/** A Chinese name has two to four characters; a verb may follow it without a space. */
const MIN_HAN_NAME = 2
const MAX_HAN_NAME = 4
/** How far a presenter's label is looked for in a title's closing parenthesis. */
const MAX_PARENTHESIS = 40
/** How far from the end of a line a closing mention is looked for. */
const MAX_CLOSING = 45

/** Whether a reporting verb of the lexicon starts at `at`. */
export function verbAt(text: string, at: number): boolean {
  return VERBS.some((verb) => text.startsWith(verb, at))
}

/** The mention at `from` (its mark there), or null. A Chinese name ends where a reporting verb begins (`@陈玄分享`). */
export function mentionAt(text: string, from = 0): Mention | null {
  if (!MARKS.has(text[from] ?? '')) return null
  const start = from + 1
  if (HAN.test(text[start] ?? '')) {
    let end = start
    while (end < text.length && end - start <= MAX_HAN_NAME + 2 && HAN.test(text[end]!)) end++
    for (let k = MIN_HAN_NAME; k <= MAX_HAN_NAME && start + k < end; k++) {
      if (verbAt(text, start + k)) return { name: text.slice(start, start + k), end: start + k }
    }
    const length = end - start
    return length >= MIN_HAN_NAME && length <= MAX_HAN_NAME && !HAN.test(text[end] ?? '') ? { name: text.slice(start, end), end } : null
  }
  const account = ACCOUNT.exec(text.slice(start, start + 40))
  if (!account) return null
  const name = trimEndWhere(account[0], (char) => char === '.' || char === '-')
  return { name, end: start + name.length }
}

/** A mention that opens `text` and a reporting verb after it (`@李四分享 …`, `@HeyJavaBean  分享 …`); the mention. */
export function mentionReporting(text: string): Mention | null {
  const mention = mentionAt(text.trimStart(), 0)
  if (!mention) return null
  const offset = text.length - text.trimStart().length
  let { name, end } = mention
  const rest = text.slice(offset + end)
  const second = /^[a-z]/i.test(name) ? SECOND_WORD.exec(rest) : null
  if (second && verbAt(rest.slice(second[0].length).trimStart(), 0)) {
    name += second[0]
    end += second[0].length
  }
  const after = text.slice(offset + end).trimStart()
  return verbAt(after, 0) ? { name, end: offset + end } : null
}

/**
 * Who presented a topic, as its title says: a mention and a reporting verb after the topic's label
 * (`议程一：@HeyJavaBean 分享 …`), or a presenter's label in the closing parenthesis (`…（主讲人：张三）`,
 * `…（分享人：@李四）`); the name, or null.
 */
export function titlePresenter(title: string): string | null {
  const colon = title.slice(0, 12).search(/[:：]/)
  const opening = mentionReporting(title) ?? (colon > 0 ? mentionReporting(title.slice(colon + 1)) : null)
  if (opening) return opening.name
  const close = title.trimEnd()
  if (!close.endsWith('）') && !close.endsWith(')')) return null
  const open = Math.max(close.lastIndexOf('（'), close.lastIndexOf('('))
  if (open < 0 || close.length - open > MAX_PARENTHESIS) return null
  const inside = close.slice(open + 1, -1).trim()
  const label = PRESENTERS.find((word) => inside.startsWith(word))
  if (!label) return null
  const value = inside
    .slice(label.length)
    .replace(/^\s*[:：]\s*/, '')
    .trim()
  const mentioned = mentionAt(value, 0)
  if (mentioned) return mentioned.end === value.length ? mentioned.name : null
  return value.length >= MIN_HAN_NAME && value.length <= MAX_HAN_NAME && HAN_ONLY.test(value) ? value : null
}

/** A mention that closes a line (`A：反对按时间分配…@刘天栋`): who asked or answered; null when none closes it. */
export function closingMention(text: string): string | null {
  const line = text.trimEnd().replace(/[。.]$/, '')
  const from = Math.max(0, line.length - MAX_CLOSING)
  const at = Math.max(line.lastIndexOf('@'), line.lastIndexOf('＠'))
  if (at < from) return null
  const mention = mentionAt(line, at)
  return mention && mention.end === line.length ? mention.name : null
}

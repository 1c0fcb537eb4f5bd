// Who spoke, as the minutes of Chinese open-source communities say it with mentions (mentions-zh.ts): a topic's
// heading that names its presenter (`### 议程一：@HeyJavaBean 分享 …`, `…（主讲人：张三）`), a paragraph or list item
// that opens with a member and a reporting verb (`@李四分享 …`, `@王五建议…`, or a listed participant's name
// without the mark: `张三介绍了…`). Each is read into a speaker's fields, resolved to the participants list.
import { titlePresenter, mentionReporting, verbAt } from '../text/mentions-zh.js'
import type { Nodes } from 'mdast'
import { splitHanName } from '../text/names-zh.js'
import { splitName } from '../text/names.js'
import { parseLabel } from '../text/labels.js'
import { type SpeakerFields, person } from './speakers-forms.js'
import { type RosterPerson, resolveLabel } from './speakers-roster.js'
import { hanActSentence } from './speakers-han-acts.js'

/** The presenter a topic's heading names, or null. */
export function headingMention(title: string, roster: readonly RosterPerson[]): SpeakerFields | null {
  const name = titlePresenter(title)
  if (name === null) return null
  return mentioned(name, title.includes(`@${name}`) || title.includes(`＠${name}`) ? `@${name}` : name, roster)
}

/**
 * The member a paragraph's reporting sentence opens with, or null: by mention (the mark, or a link to the member's
 * profile, `[jeff41404](https://github.com/jeff41404) 介绍…`), with an organisation or account in parentheses
 * (`张三（某某公司）介绍…`, `高翔（jeff41404）主持…`), or as the participants list names them (`张三介绍了…`).
 */
export function sentenceMention(text: string, roster: readonly RosterPerson[], node?: Nodes): SpeakerFields | null {
  const profile = node ? profileHandle(node) : null
  const mention = mentionReporting(profile && !/^[@＠]/.test(text) ? `@${text}` : text)
  if (mention) return mentioned(mention.name, `@${mention.name}`, roster)
  if (!HAN_FIRST.test(text)) return null
  const named = namedWithParenthesis(text)
  if (named) {
    const fields = mentioned(named.name, named.name, roster)
    if (ACCOUNT_INSIDE.test(named.inside)) return fields
    return { ...fields, organization: fields.organization || named.inside }
  }
  for (const listed of roster) {
    const name = listed.name
    if (listed.absent || !HAN_NAME.test(name) || !text.startsWith(name) || !verbAt(text, name.length)) continue
    return mentioned(name, name, roster)
  }
  // `一、主席報告…`, `三、主席林副議長棋山報告：…`: an office, or its named holder, before a speech act.
  const acted = hanActSentence(text)
  return acted ? officeActed(acted, roster) : null
}

/** The speaker of an office's speech act: its named holder, else whom the record names as holding it (who presides). */
function officeActed(label: string, roster: readonly RosterPerson[]): SpeakerFields | null {
  const parts = parseLabel(label, 'colon')
  if (!parts) return null
  const listed = resolveLabel(parts, label, roster)
  const name = listed?.name ?? parts.name
  const han = splitHanName(name)
  const position = parts.position || listed?.position || ''
  return person(name, { given_name: han?.given ?? '', family_name: han?.family ?? '', position, organization: '', label })
}

/**
 * A Chinese name (a surname of the lexicon's and a given name), a parenthesis and a reporting verb opening the text:
 * `张三（某某公司）介绍…`. The parenthesis says it is a person's name (`方案介绍` is a topic's).
 */
function namedWithParenthesis(text: string): { name: string; inside: string } | null {
  for (let k = 2; k <= 4; k++) {
    const name = text.slice(0, k)
    if (!HAN_NAME.test(name) || splitHanName(name) === null) continue
    const group = PARENTHESIS.exec(text.slice(k))
    if (group && verbAt(text, k + group[0].length)) return { name, inside: group[1]!.trim() }
  }
  return null
}

// `（某某公司）` or `(jeff41404)`, then spaces; no parenthesis inside.
const PARENTHESIS = /^[（(]([^（）()]{2,40})[）)]\s*/u
const ACCOUNT_INSIDE = /^@?[a-z0-9][\w.-]{1,38}$/i
// A member's profile on a code platform, as minutes link a handle.
const PROFILE = /^https?:\/\/(?:www\.)?(?:github\.com|gitee\.com)\/[\w.-]{1,39}\/?$/

/** The handle a paragraph opens with as a link to its profile (`[@SigureMo](https://github.com/SigureMo)`), or null. */
export function profileHandle(node: Nodes): string | null {
  if (!('children' in node)) return null
  let first = node.children.find((child) => !(child.type === 'text' && child.value.trim() === ''))
  if (first?.type === 'strong' && first.children.length === 1) first = first.children[0]
  if (first?.type !== 'link' || !PROFILE.test(first.url)) return null
  const text = first.children
    .map((child) => (child.type === 'text' ? child.value : ''))
    .join('')
    .trim()
  const handle = text.replace(/^[@＠]/, '')
  return ACCOUNT_INSIDE.test(handle) ? handle : null
}

// A Chinese name as a participants list prints it, that a reporting verb can follow without a space.
const HAN_NAME = /^\p{Script=Han}{2,4}$/u
const HAN_FIRST = /^\p{Script=Han}/u

/** A mentioned member's fields: the listed participant the name resolves to (`@Guangming Luo` → `GuangmingLuo`), else the name. */
function mentioned(name: string, label: string, roster: readonly RosterPerson[]): SpeakerFields {
  const parts = parseLabel(`@${name}`, 'colon')
  const listed = parts ? resolveLabel(parts, name, roster) : null
  const resolved = listed?.name ?? name
  const han = splitHanName(resolved)
  // An account's name (`HeyJavaBean`) has no given and family name; a name of two words has.
  const names = han
    ? { given_name: han.given, family_name: han.family }
    : resolved.includes(' ')
      ? splitName(resolved)
      : { given_name: '', family_name: '' }
  return person(resolved, {
    ...names,
    position: listed?.position ?? '',
    organization: listed?.organization ?? '',
    label,
  })
}

// A heading naming who speaks and a speech act, as Chinese records and transcripts head a speech: `### 主席致詞`,
// `### 林委員補充`, `## 54:47 主席補充` (a video's time before it), `### 王部長回應 TWNIC` (whom it answers after it).
// The words before the reporting verb must read as a person or an office (text/names-zh.ts); the heading is a turn
// only over words spoken under it, not over a screenshot or a note alone (`（求聽打）`, transcription wanted).
import type { FlowEntry } from '../parse/flow.js'
import { flatText } from '../parse/text.js'
import { lexicon } from '../lexicon/index.js'
import { isHanLabel, readHanLabel } from '../text/names-zh.js'

const HAN_ONLY = /^\p{Script=Han}+$/u
// Longest first: 補充說明 before 說明.
const VERBS = [...new Set([...lexicon.reportingVerbs, ...lexicon.turnNouns].filter((verb) => HAN_ONLY.test(verb)))].sort(
  (a, b) => b.length - a.length,
)
/** A recording's time before the heading's words (`54:47`, `1:09:15`). */
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?\s+/u
/** Most characters of such a heading, its time taken off. */
const MAX_HEADING = 30
/** What may follow the verb: nothing, or whom the speech answers after a space (`TWNIC`, `蘋果`). */
const AFTER_VERB = /^(?:$|\s\S.{0,20}$)/u

/** The speaker's label of a Chinese heading naming a speech act (`主席` in `54:47 主席補充`), or null. */
export function hanActLabel(title: string): string | null {
  const text = title.replace(TIME, '')
  if (text.length > MAX_HEADING || !/^\p{Script=Han}/u.test(text)) return null
  for (const verb of VERBS) {
    const at = text.indexOf(verb)
    if (at < 2 || !AFTER_VERB.test(text.slice(at + verb.length))) continue
    const label = text.slice(0, at)
    if (isHanLabel(label) && readHanLabel(label, () => false) !== null) return label
  }
  return null
}

/**
 * Whether words are spoken under the heading at flow index `i`: the first paragraph after it that is not a picture
 * alone holds Chinese text and is no note in parentheses; a heading or a list first says no.
 */
export function speechUnder(flow: readonly FlowEntry[], i: number): boolean {
  for (let k = i + 1; k < flow.length; k++) {
    const node = flow[k]!.node
    if (node.type !== 'paragraph') return false
    const text = flatText(node).trim()
    if (text === '') continue
    return /\p{Script=Han}/u.test(text) && !/^[（(]/u.test(text)
  }
  return false
}

/** A Chinese item's number before its text (`三、`). */
const ITEM_NUMBER = /^[一二三四五六七八九十百]{1,4}、\s*/u
/** Most characters of the speaker's words before the act in such a sentence. */
const MAX_SPEAKER = 12

/**
 * The office, or the named holder of one, a Chinese record's sentence opens with before a speech act, perhaps after its
 * item's number: `一、主席報告簽到議員已達法定人數。` (the chair), `三、主席林副議長棋山報告：…` (林棋山, deputy speaker,
 * in the chair). A name without an office is refused (`王小明表示` may be anyone's words reported), as are words before
 * the office (`首先謝謝黃執行長提出…`) and any paragraph whose first character is no Han one.
 */
export function hanActSentence(text: string): string | null {
  if (!/^\p{Script=Han}/u.test(text)) return null
  const head = text.replace(ITEM_NUMBER, '').slice(0, MAX_SPEAKER + 4)
  for (const verb of VERBS) {
    const at = head.indexOf(verb)
    if (at < 2 || at > MAX_SPEAKER) continue
    const label = head.slice(0, at)
    const read = isHanLabel(label) ? readHanLabel(label, () => false) : null
    // Words before the office or the name are no body (`首先謝謝黃執行長提出…`, first thanks to the CEO): no speaker.
    if (read && read.organization === '' && (read.kind === 'role' || read.position !== '')) return label
  }
  return null
}

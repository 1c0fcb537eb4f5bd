// What the assembled report says about itself as a whole: that it stops early, or that it has no
// structure at all. The `report` stage owns these codes.
import type { Assembled } from './index.js'
import { alternation, lexicon } from '../lexicon/index.js'
import type { Block, Speaker } from '../schema/report.js'
import { defineStage, reporterOf, type Sink } from '../stage.js'
import { countWords } from '../text/normalize.js'
import { isSpace, trailingRunStart } from '../text/scan.js'

export const reportStage = defineStage({
  id: 'report',
  description: 'Checks the assembled report as a whole',
  codes: {
    'report-truncated': {
      severity: 'warning',
      meaning:
        'the report stops early: its body ends in a paragraph of prose cut off mid-sentence ' +
        '(not a list, table, chat line or transcript turn), a download-site notice cut it, ' +
        'or the tail of its contents has no body; `cause` is the first contents entry without a section',
    },
    'report-no-structure': {
      severity: 'warning',
      meaning: 'no contents page, no section headings and no speakers were found: only blocks of text',
    },
  },
  examples: {
    ok: [
      {
        title: 'a report that ends with a full sentence',
        text: '# Title\n\n## Part\n\nThis paragraph ends the report as a sentence should end it.\n',
      },
      { title: 'a short closing line without a full stop', text: '# Title\n\n## Part\n\nText.\n\nThank you\n' },
      {
        title: 'an address at the end',
        text: '# Title\n\n## Part\n\nText.\n\nWrite to us at the office of the secretariat: info@example.org\n',
      },
      {
        title: 'a chat line ends the minutes',
        text: '# Minutes\n\n## Discussion\n\n10:42 Ana Lima: we can pick this up again at the next meeting\n',
      },
      {
        title: 'contents entries without a body, but the report ends cleanly (a table of acronyms, a page number)',
        text: '# Contents\n\nOne ..... 1\nTwo ..... 2\nThree ..... 3\n\n## One\n\nText.\n\n| UN | United Nations |\n| -- | -- |\n\n12\n',
      },
      {
        title: 'contents entries without a body, and a last sentence a permalink’s symbol follows (`✪`)',
        text: '# Contents\n\nOne ..... 1\nTwo ..... 2\nThree ..... 3\n\n## One\n\nThank you everyone, see you next week. ✪\n',
      },
      {
        title: 'contents entries without a body, and a last sentence DOS’s end-of-file mark (Ctrl-Z) follows',
        text: '# Contents\n\nOne ..... 1\nTwo ..... 2\nThree ..... 3\n\n## One\n\nThe hearing was adjourned.\n\n\u001A\n',
      },
      {
        title: 'a list ends the report',
        text: '# Title\n\n## Actions\n\n- Ana to send the draft to every member of the group before the\n',
      },
    ],
    notOk: [
      {
        title: 'the last paragraph ends mid-sentence',
        text: '# Title\n\n## Part\n\nThis Guiding Framework is of course not based only on the\n',
        diagnostics: ['5:1 report-truncated'],
      },
      {
        title: 'a download-site notice where the preview stopped',
        text: '# Title\n\n## Part\n\nText.\n\nThe preview has ended.\n',
        diagnostics: ['5:1 report-truncated'],
      },
      {
        title: 'the last entries of the contents have no body, and the text stops without a sentence’s end',
        text: '# Contents\n\nOne ..... 1\nTwo ..... 2\nThree ..... 3\n\n## One\n\nText about the first\n',
        diagnostics: ['9:1 report-truncated'],
      },
      { title: 'nothing but blocks of text', text: 'Just a paragraph.\n\nAnd another.\n', diagnostics: ['1:1 report-no-structure'] },
    ],
  },
})

/** The facts `checkReport` reads: the assembled records and where a download-site notice was. */
export function checkReport(assembled: Assembled, noticeLine: number | null, sink: Sink): void {
  const report = reporterOf(reportStage, sink)
  const { blocks, contents, sections, speakers } = assembled
  const last = [...blocks].reverse().find((block) => block.kind === 'paragraph' || block.kind === 'list_item')
  const lastLinked = contents.findLastIndex((entry) => entry.section_id !== null)
  const missingTail = contents.length - 1 - lastLinked
  const reasons: string[] = []
  const cut = cutSentence(blocks, speakers)
  if (cut) reasons.push(`its last paragraph ends mid-sentence (“…${cut.text.slice(-40)}”)`)
  if (noticeLine !== null) reasons.push(`a download-site notice at line ${noticeLine} says the preview ended`)
  // Contents entries without a body are no cut when the text ends as a document does (an acronym table, a
  // list of references, a sentence, a page number): the body named them otherwise, or left them to annexes.
  if (contents.length > 0 && missingTail >= Math.max(2, Math.ceil(contents.length / 4)) && !endsCleanly(blocks)) {
    reasons.push(
      `the last ${missingTail} of ${contents.length} contents entries ` +
        `(from “${contents[lastLinked + 1]!.title}”) have no section in the body`,
    )
  }
  if (reasons.length > 0) {
    const place = last ?? { line: noticeLine ?? 1 }
    const tail = lastLinked + 1 < contents.length ? contents[lastLinked + 1]! : null
    report(
      'report-truncated',
      `The report stops early: ${reasons.join('; ')}`,
      { line: place.line, column: 1 },
      tail ? { line: tail.line, column: 1 } : undefined,
    )
  }
  if (contents.length === 0 && sections.length === 0 && speakers.length === 0) {
    report('report-no-structure', 'Found no contents page, no section headings and no speakers: only blocks of text were extracted', {
      line: 1,
      column: 1,
    })
  }
}

// A time ("10:42", "[10.42.05]") and the spaces and dash after it, taken whole (a lookahead and its
// backreference, as an atomic group): given back one by one, each was tried against the 60 characters of the label.
const CHAT_TIME = String.raw`\[?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\]?(?=(\s*(?:[-–—]\s*)?))\1`
// The label after a time: up to 60 characters before the colon, empty only after a space or dash.
const CHAT_LABEL = String.raw`(?:(?<=[\s\-–—])[^:.!?]{0,60}|[^:.!?]{1,60})`
// A name alone: up to five capitalised words or name particles.
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`
const CHAT_NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|${alternation(lexicon.nameParticles)})){0,4}`

/**
 * A chat or transcript line: a time and a name, or a name alone, before a colon ("10:42 Ana Lima:",
 * "[10:42] From Ana Lima to Everyone:", "Ana Lima:"). Such a line ends a turn, not a sentence.
 */
export const CHAT_LINE = new RegExp(String.raw`^(?:${CHAT_TIME}${CHAT_LABEL}|${CHAT_NAME}):\s`, 'u')

/**
 * The body's last block when it is prose cut off mid-sentence: a paragraph of eight words or more
 * that ends in a lower-case letter, comma, apostrophe or hyphen. A short closing line ("Thank you"),
 * an address or e-mail, a list, a table, a quote or code ending the body, and the turn of a
 * transcript or chat (its speaker on the same line, or a chat line's label) end without a full stop
 * and are not cut.
 */
function cutSentence(blocks: readonly Block[], speakers: readonly Speaker[]): Block | null {
  const last = blocks.at(-1)
  if (!last || last.kind !== 'paragraph') return null
  if (countWords(last.text) < 8 || !/[\p{Ll},'’-]$/u.test(last.text) || /[@/]/.test(lastWord(last.text))) return null
  const speaker = last.speaker_id === null ? null : speakers.find((candidate) => candidate.speaker_id === last.speaker_id)
  // A turn on its speaker's line, the label taken off (`MS. NILSSON: …`); a reporting sentence keeps its speaker
  // in its text (`The chair said the budget…`) and is prose that may be cut like any other.
  const turn = speaker?.line === last.line && !(speaker.label !== '' && last.text.startsWith(speaker.label))
  if (turn || CHAT_LINE.test(last.text)) return null
  return last
}

const TRAILING_SYMBOL = /^(?:\p{So}|¶)$/u

/** The body ends as a document does: with a table, a list, a finished sentence or a page number. */
function endsCleanly(blocks: readonly Block[]): boolean {
  const last = blocks.at(-1)
  if (!last) return false
  if (last.kind === 'table' || last.kind === 'list_item') return true
  // A symbol after the sentence (a permalink's `✪`, a `¶`) is no part of it.
  const trimmed = last.text.trim()
  const text = trimmed.slice(
    0,
    trailingRunStart(trimmed, (char) => isSpace(char) || TRAILING_SYMBOL.test(char)),
  )
  return /[.!?)"”»]$/u.test(text) || /^(?:\d{1,4}|[ivxlc]{1,8}|[IVXLC]{1,8})$/u.test(text)
}

/** The text's last run of non-space characters ('' when it ends in a space): what /\S*[@/]\S*$/ looked at, in linear time. */
function lastWord(text: string): string {
  return text.slice(trailingRunStart(text, (char) => !isSpace(char)))
}

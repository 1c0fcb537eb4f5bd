// Section headings: Markdown headings left unclaimed, and bold-only or italic-only lines that act as
// headings. Levels are decided later (the contents page knows better than converter depths).
import type { Heading, List, ListItem, Nodes, Paragraph, Root } from 'mdast'
import { z } from 'zod'
import { alternation, lexicon } from '../lexicon/index.js'
import type { FlowEntry, FlowNode } from '../parse/flow.js'
import { flatText, headingAttributes, soleEmphasis } from '../parse/text.js'
import { isDateOnly } from '../text/dates.js'
import { readDateline } from '../text/dateline.js'
import { collapseSpace, countWords } from '../text/normalize.js'
import { looksLikeName } from '../text/names.js'
import { splitNumber } from '../text/numbering.js'
import { type DetectContext, defineDetector } from './define.js'
import { type AgendaLead, agendaLead, runInItem, versionsInTitles } from './headings-agenda.js'
import { isFlatItemHeading, isImprint, isLabelOverBlock, isTableRowOverRule, itemNumber } from './headings-items.js'
import { statementHeading } from './headings-statement.js'
import { runInTopics } from './headings-topics.js'
import type { RunIn } from './run-in.js'
import { isPresidencyNote } from '../text/presidency.js'
import { withoutEndColon } from '../text/scan.js'
import { isRecordTurn } from '../text/turns.js'

const ROLE = new RegExp(`^(?:${alternation(lexicon.roles)})$`, 'iu')

const HeadingsOptions = z.object({
  /** A styled line longer than this is emphasis in prose, not a heading. */
  maxStyledWords: z.number().int().positive().default(12),
})
type HeadingsOptions = z.infer<typeof HeadingsOptions>
/** Words a numbered styled line may have beyond `maxStyledWords`. */
const NUMBERED_EXTRA_WORDS = 4

/** A numbered line may say more: an agenda item with who presents it and for how long ("1. Welcome (Ann, 10')"). */
function mostWords(text: string, maxStyledWords: number): number {
  return splitNumber(text).number === null ? maxStyledWords : maxStyledWords + NUMBERED_EXTRA_WORDS
}

/**
 * A heading the detector found. Exported for the declarations of the detectors' results, which name it.
 * @public
 */
export interface HeadingLine {
  title: string
  number: string | null
  /** The converter's `#` depth; null for a styled line. */
  depth: number | null
  /** True when the depth is the level in the numbered outline the plain-text reader followed. */
  outline: boolean
  /** A bold list item heading (a Word outline's). */
  item?: boolean
  /** A label's line the plain-text reader made a heading of ("Interface Design:"), under a title. */
  label?: boolean
  /** An annex's number (`Appendix A: …`, `Annex 2. …`): it counts the annexes, not the body's sections. */
  annex?: true
  /** How its number is marked (`stop` for `1.`, `parenthesised` for `(a)`, `word chapter`): see splitNumber. */
  scheme?: string
  /** Ids a link can reach it by: an explicit `{#id}`, and the GitHub-style slug of its text. */
  anchors: string[]
  line: number
  column: number
  index: number
}

export interface HeadingsResult {
  headings: HeadingLine[]
}

export const headings = defineDetector({
  id: 'headings',
  description: 'Finds section headings: Markdown headings and bold-only or italic-only heading lines',
  options: HeadingsOptions,
  codes: {},
  empty: (): HeadingsResult => ({ headings: [] }),
  detect(context, options) {
    const scan: HeadingScan = {
      context,
      maxStyledWords: options.maxStyledWords,
      found: [],
      slugs: new Map(),
      styledLevel: 0,
      seen: { styled: false, bold: false, title: false, itemsLead: false },
      boldOutline: !hasOwnHeadings(context),
      lists: undefined,
      pendingIds: [],
      topics: undefined,
    }
    for (const entry of context.flow) {
      if (context.claims.isClaimed(entry.node)) continue
      const candidate = candidateOf(scan, entry)
      if (candidate) addHeading(scan, entry, candidate)
    }
    return { headings: versionsInTitles(scan.found) }
  },
  // Stryker disable all: the examples are what the tests read, not code to mutate
  examples: {
    ok: [
      {
        title: 'Markdown headings, ATX and setext, with their depths',
        form: 'Markdown heading',
        text: '## One\n\nText.\n\nTwo\n---\n\nText.\n',
        found: {
          headings: [
            { title: 'One', number: null, depth: 2, anchors: ['one'], line: 1 },
            { title: 'Two', number: null, depth: 2, anchors: ['two'], line: 5 },
          ],
        },
      },
      {
        title: 'a meeting bot’s log: the chair’s `#topic` command heads the messages after it, titled by its words',
        form: 'chat topic command',
        text:
          '15:00:48 <anna> #startmeeting Board\n15:00:48 <minutebot> Meeting started Tue Nov 13 15:00:48 2018 UTC.\n' +
          '15:01:09 <anna> #topic Budget\n15:01:09 <minutebot> anna: topic\n15:01:24 <karl> the numbers are in\n' +
          '15:02:42 <anna> #TOPIC open discussion\n15:02:50 <karl> nothing from me\n',
        found: {
          headings: [
            { title: 'Budget', number: null, depth: 2, line: 3 },
            { title: 'open discussion', number: null, depth: 2, line: 6 },
          ],
        },
      },
      {
        title: 'a bold-only line and an italic-only line',
        form: 'bold-only or italic-only line',
        text: 'Opening words.\n\n**Disclaimer**\n\nProse.\n\n*Background*\n\nMore prose.\n',
        found: {
          headings: [
            { title: 'Disclaimer', depth: null, line: 3 },
            { title: 'Background', depth: null, line: 7 },
          ],
        },
      },
      {
        title: 'an agenda item as the bold first line of a paragraph, its record under it: a heading numbered as printed',
        form: 'bold agenda line over its record',
        text: '## Minutes\n\n**议题1：平台建设**  \n汇报人：张明  \n结论：同意。\n\n**Item 2: Budget**  \nThe treasurer presented the accounts.\n',
        found: {
          headings: [
            { title: 'Minutes', number: null, depth: 2 },
            { title: '平台建设', number: '议题1', depth: null, line: 3 },
            { title: 'Budget', number: 'Item 2', depth: null, line: 7 },
          ],
        },
      },
      {
        title:
          'a resolution or deliberation as Word minutes print it, its word and ordinal in bold, its title after the colon ' +
          '(pandoc’s underline read as text); a bold label over a sentence is no such heading',
        form: 'bold agenda line over its record',
        text:
          '## Procès-verbal\n\n**[Première résolution]{.underline}** : Refonte du règlement\n\nLe texte est adopté.\n\n' +
          '**Délibération n° 4** : Tarifs de la cantine\n\nAdopté.\n\n**M. Martin** : Le devis est trop cher.\n',
        found: {
          headings: [
            { title: 'Procès-verbal', number: null, depth: 2 },
            { title: 'Refonte du règlement', number: 'Première résolution', depth: null, line: 3 },
            { title: 'Tarifs de la cantine', number: 'Délibération n° 4', depth: null, line: 7 },
          ],
        },
      },
      {
        title:
          'a deliberation underlined only (plain once pandoc’s span is read), numbered by its year, and a bold subject’s ' +
          'line (`**OBJET : …**`): headings; a plain item whose title is a sentence is none',
        form: 'bold agenda line over its record',
        text:
          '## Séance\n\n[Délibération n° 2021-045]{.underline} : Tarifs de la cantine\n\nAdopté.\n\n' +
          '**OBJET : Subvention au club de football**\n\nAdopté.\n\n' +
          'Délibération n° 46 : le conseil adopte les tarifs de la cantine pour l’année qui vient.\n',
        found: {
          headings: [
            { title: 'Séance' },
            { title: 'Tarifs de la cantine', number: 'Délibération n° 2021-045', line: 3 },
            { title: 'Subvention au club de football', number: null, line: 7 },
          ],
        },
      },
      {
        title: 'run-in topics: under a heading, two or more paragraphs opening with a bold label of their own, one level below it',
        form: 'run-in topic labels',
        text:
          '**Questions diverses**\n\n**COVID** : Monsieur le Maire informe les membres du Conseil des appels.\n\n' +
          '**Matériel technique** Monsieur le Maire informe le Conseil que le matériel a été commandé.\n\n' +
          '**Abribus** : un devis a été demandé à Monsieur GOMIS.\n',
        found: {
          headings: [
            { title: 'Questions diverses', depth: null },
            { title: 'COVID', number: null, depth: 2, line: 3 },
            { title: 'Matériel technique', number: null, depth: 2, line: 5 },
            { title: 'Abribus', number: null, depth: 2, line: 7 },
          ],
        },
      },
      {
        title: 'no run-in topics: one kind of item numbered, a lone label, an attendance label, a word the sentence goes on from',
        text:
          '## Recommendations\n\n**Recommendation 1:** Plan shared cold rooms.\n\n**Recommendation 2:** Write the rules.\n\n' +
          '## Séance\n\n**Présents** : Denis JUVIN, Muriel NIGGEL, Jean-Pierre PLUS.\n\n' +
          '**Vu** la demande du Centre Social en date du 23 juin.\n\n**COVID** : Monsieur le Maire informe le Conseil.\n',
        found: { headings: [{ title: 'Recommendations' }, { title: 'Séance' }] },
      },
      {
        title: 'a bold first line that names no agenda item, or a bold item with nothing after its line, is no such heading',
        text: '## Minutes\n\n**Anna Berg:**  \nWe agreed.\n\n**Item 2: Budget**\n',
        found: { headings: [{ title: 'Minutes' }] },
      },
      {
        title: 'a lone dotted number in a document that numbers no other heading is a version the title names',
        text: '# Release notes\n\n## Overview\n\n## 2.4 release plan\n\n## Open questions\n',
        found: { headings: [{ title: 'Overview' }, { title: '2.4 release plan', number: null }, { title: 'Open questions' }] },
      },
      {
        title: 'two numbered headings are an outline, however few',
        text: '# Report\n\n## Overview\n\n## 2.4 Results\n\n## 2.5 Methods\n',
        found: { headings: [{ title: 'Overview' }, { title: 'Results', number: '2.4' }, { title: 'Methods', number: '2.5' }] },
      },
      {
        title:
          'a hearing’s witness statement heading, a paragraph in capitals broken anywhere (a name’s mixed-case prefix kept): ' +
          'a heading at the top; a sentence that opens so, or a statement heading in lowercase, is none',
        form: 'statement heading',
        text:
          'STATEMENT OF JANE ROE, DIRECTOR OF WATER, OFFICE OF\n    WATER RESOURCES\n\nMs. Roe. Thank you.\n\n' +
          'TESTIMONY OF JOHN DeBOER, PRESIDENT, THE REAL ESTATE\n    ROUNDTABLE\n\nMr. DeBoer. Thank you.\n\n' +
          'STATEMENT OF the Chair is in the record.\n\nStatement of the American Insurance Association\n',
        found: {
          headings: [
            { title: 'STATEMENT OF JANE ROE, DIRECTOR OF WATER, OFFICE OF WATER RESOURCES', depth: 1, line: 1 },
            { title: 'TESTIMONY OF JOHN DeBOER, PRESIDENT, THE REAL ESTATE ROUNDTABLE', depth: 1, line: 6 },
          ],
        },
      },
      {
        title:
          'a statement heading whose line ends with a comma goes on over the next paragraph in capitals (a blank line between, ' +
          'as a record sets a long one); a heading ending otherwise takes no paragraph after it',
        form: 'statement heading',
        text:
          'STATEMENT OF JANE ROE, CHAIR,\n\nBOARD OF GOVERNORS OF THE HARBOUR AUTHORITY\n\nMs. Roe. Thank you.\n\n' +
          'STATEMENT OF JOHN DOE, DIRECTOR\n\nPORT DATA OFFICE\n\nMr. Doe. Thank you.\n',
        found: {
          headings: [
            { title: 'STATEMENT OF JANE ROE, CHAIR, BOARD OF GOVERNORS OF THE HARBOUR AUTHORITY', depth: 1, line: 1 },
            { title: 'STATEMENT OF JOHN DOE, DIRECTOR', depth: 1, line: 7 },
          ],
        },
      },
      {
        title: 'a styled line of twelve words is a heading still',
        form: 'bold-only or italic-only line',
        text: '**one two three four five six seven eight nine ten eleven twelve**\n',
        found: { headings: [{ title: 'one two three four five six seven eight nine ten eleven twelve' }] },
      },
      {
        title: 'numbered headings: the number apart from the title',
        form: 'numbered heading',
        text: '#### 4.1.2. Measuring what users see\n\n## Annex 2. Budget\n\n## IV. Results\n\n## 2030 Agenda\n',
        found: {
          headings: [
            { number: '4.1.2', title: 'Measuring what users see', depth: 4 },
            { number: '2', title: 'Budget' },
            { number: 'IV', title: 'Results' },
            { number: null, title: '2030 Agenda' },
          ],
        },
      },
      {
        title:
          'numbers closed by a parenthesis, set off by a dash or a colon, counted the Chinese way, or an annex’s: apart from the title',
        form: 'numbered heading',
        text:
          '## 1) Scope\n\n## (a) Terms\n\n## b. Background\n\n## 3.1 – Methods\n\n## 2: Budget\n\n## IV.- Ruegos y preguntas\n\n' +
          '## 一、会议议题\n\n## （二）组织安排\n\n## 1、提交二进制的流程\n\n## Appendix B: Participants\n',
        found: {
          headings: [
            { number: '1', title: 'Scope' },
            { number: 'a', title: 'Terms' },
            { number: 'b', title: 'Background' },
            { number: '3.1', title: 'Methods' },
            { number: '2', title: 'Budget' },
            { number: 'IV', title: 'Ruegos y preguntas' },
            { number: '一', title: '会议议题' },
            { number: '二', title: '组织安排' },
            { number: '1', title: '提交二进制的流程' },
            { number: 'B', title: 'Participants', annex: true },
          ],
        },
      },
      {
        title:
          'the formal numerals of a Taiwanese record (`壹、`, `貳、`) and the Heavenly Stems lettering its parts (`甲、`), and a ' +
          'motion’s word (`動議1.`): numbers apart from the title; a stem before another stem (`甲、乙雙方…`, parties A and B) is none',
        form: 'numbered heading',
        text: '## 壹、主席報告:\n\n## 貳、議題討論\n\n### 動議1. C8-2 公管漏水案\n\n## 甲、報告事項\n\n## 甲、乙雙方協議\n',
        found: {
          headings: [
            { number: '壹', title: '主席報告' },
            { number: '貳', title: '議題討論' },
            { number: '動議1', title: 'C8-2 公管漏水案' },
            { number: '甲', title: '報告事項' },
            { number: null, title: '甲、乙雙方協議' },
          ],
        },
      },
      {
        title:
          'a chapter’s or section’s word before the number, a Chinese ordinal (第…章), full-width digits: the number apart from ' +
          'the title; a sentence after the word (`Section 4 of the Act`), a part of an event (`Teil II:`), 第一次 are no numbers',
        form: 'numbered heading',
        text:
          '## Chapter 3: Results\n\n## Kapitel 2 Ergebnisse\n\n## § 4 Satzung\n\n## Capítulo 3. Datos\n\n## 第一章 总则\n\n' +
          '## １．全角数字\n\n## iv) Costs\n\n## Section 4 of the Act\n\n## Teil II: Impulsvorträge\n\n## 第一次会议\n',
        found: {
          headings: [
            { number: '3', title: 'Results', scheme: 'word chapter' },
            { number: '2', title: 'Ergebnisse', scheme: 'word kapitel' },
            { number: '4', title: 'Satzung', scheme: 'word §' },
            { number: '3', title: 'Datos', scheme: 'word capítulo' },
            { number: '一', title: '总则', scheme: 'counter 章' },
            { number: '1', title: '全角数字', scheme: 'stop' },
            { number: 'iv', title: 'Costs', scheme: 'closed' },
            { number: null, title: 'Section 4 of the Act' },
            { number: null, title: 'Teil II: Impulsvorträge' },
            { number: null, title: '第一次会议' },
          ],
        },
      },
      {
        title: 'bare numbers counting from 1 number their headings, one out of the count does not; a number run into a title is one',
        form: 'numbered heading',
        text: '## 1 Welcome\n\n## 2 Budget\n\n## 3.Any other business\n\n## 7 Habits of teams\n',
        found: {
          headings: [
            { number: '1', title: 'Welcome' },
            { number: '2', title: 'Budget' },
            { number: '3', title: 'Any other business' },
            { number: null, title: '7 Habits of teams' },
          ],
        },
      },
      {
        title: 'no number: a letter before a colon (an answer’s label), a year before a dash, a time',
        text: '## A: Yes, we agreed\n\n## 2030 – 2040 Vision\n\n## 10:30 Coffee\n',
        found: {
          headings: [
            { number: null, title: 'A: Yes, we agreed' },
            { number: null, title: '2030 – 2040 Vision' },
            { number: null, title: '10:30 Coffee' },
          ],
        },
      },
      {
        title: 'dotted numbers that no other number places in an outline are versions the titles name, however many',
        text: '# Notes\n\n## Overview\n\n## 1.2 migration\n\n## 2.0 roadmap\n\n## Open questions\n',
        found: {
          headings: [
            { title: 'Overview' },
            { title: '1.2 migration', number: null },
            { title: '2.0 roadmap', number: null },
            { title: 'Open questions' },
          ],
        },
      },
      {
        title: 'a bare number that the outline’s dotted numbers start with is a section’s; elsewhere a title’s',
        form: 'numbered heading',
        text: '## 1 Introduction\n\n### 1.1 Scope\n\n## 2 Methods\n\n### 2.1 Data\n\n## 7 Habits of teams\n',
        found: {
          headings: [
            { number: '1', title: 'Introduction' },
            { number: '1.1', title: 'Scope' },
            { number: '2', title: 'Methods' },
            { number: '2.1', title: 'Data' },
            { number: null, title: '7 Habits of teams' },
          ],
        },
      },
      {
        title: 'agenda items as minutes number them: the item’s word and number apart from the title, as printed',
        form: 'numbered heading',
        text: '## TOP 1: Begrüßung\n\n### TOP 7a – Kassenbericht\n\n## Tagesordnungspunkt 4 Verschiedenes\n\n## Item 2. Budget\n',
        found: {
          headings: [
            { number: 'TOP 1', title: 'Begrüßung' },
            { number: 'TOP 7a', title: 'Kassenbericht' },
            { number: 'Tagesordnungspunkt 4', title: 'Verschiedenes' },
            { number: 'Item 2', title: 'Budget' },
          ],
        },
      },
      {
        title: 'an item’s word with no number after it, or run into a longer word, numbers nothing',
        text: '## TOPIX Budget\n\n## Item list\n\n## Tagesordnung\n',
        found: {
          headings: [
            { number: null, title: 'TOPIX Budget' },
            { number: null, title: 'Item list' },
            { number: null, title: 'Tagesordnung' },
          ],
        },
      },
      {
        title: 'a word processor’s attributes: an explicit anchor, then the slug; repeated titles get -1, -2',
        form: 'heading attributes',
        text: '## ACKNOWLEDGEMENT {#ack .unnumbered}\n\n## Notes\n\n## Notes\n',
        found: {
          headings: [
            { title: 'ACKNOWLEDGEMENT', anchors: ['ack', 'acknowledgement'] },
            { title: 'Notes', anchors: ['notes'] },
            { title: 'Notes', anchors: ['notes-1'] },
          ],
        },
      },
      {
        title: 'a styled line may hold a comma, or a colon after a word with a full stop',
        text: '**Results, Follow-up**\n\nText.\n\n**Remarks by Dr. Lee: Parks and People**\n\nText.\n',
        found: { headings: [{ title: 'Results, Follow-up' }, { title: 'Remarks by Dr. Lee: Parks and People' }] },
      },
      {
        title:
          'a report’s part and its number before the title’s colon is a heading (`**Teil I: …**`, `**Part 2: …**`); an ' +
          'italic line under an image is its caption, no heading',
        text:
          '## Rückblick\n\n**Teil I: Projektvorstellungen**\n\nText.\n\n![Programm](img/programm.jpg)\n\n' +
          '*Programm des ersten Workshops*\n\nText.\n\n**Part 2: Results**\n\nText.\n',
        found: { headings: [{ title: 'Rückblick' }, { title: 'Teil I: Projektvorstellungen' }, { title: 'Part 2: Results' }] },
      },
      {
        title: 'an italic line that is only a link (a recording, the slides) under a session’s heading is no heading',
        form: 'bold-only or italic-only line',
        text:
          '## Agenda\n\n### Tuesday, July 16: Welcome\n\n* 16:30 - Introductions\n\n' +
          '*[View session recording on YouTube][rec1]*\n\n### Wednesday, July 17: Wrap-Up\n\n* 8:30 - Next steps\n\n' +
          '*[Slides](slides.pdf)*\n\n[rec1]: https://example.org/rec1 "Recording"\n',
        found: {
          headings: [{ title: 'Agenda' }, { title: 'Tuesday, July 16: Welcome' }, { title: 'Wednesday, July 17: Wrap-Up' }],
        },
      },
      {
        title:
          'Word minutes’ bold header fields typed with no space after the colon (`**Date:27/2/18**`, `**Time:1pm -2pm**`) ' +
          'are fields, not headings; the bold meeting title over them is one',
        form: 'bold-only or italic-only line',
        text:
          '**Minutes of Meeting \\# 1**\n\n**Date:27/2/18**\n\n**Time:1pm -2pm**\n\n**Venue:Rm 308**\n\n' +
          '1.Greeted each other.\n\n**Minutes of Meeting \\# 2**\n\n**Date:06/03/18**\n\nText.\n',
        found: { headings: [{ title: 'Minutes of Meeting # 1' }, { title: 'Minutes of Meeting # 2' }] },
      },
      {
        title:
          'a log of meetings in one Word file: the first `# Notulen <date>` titles the file and heads the first ' +
          'meeting as its later siblings head theirs',
        form: 'title of a log of dated meetings',
        text: '# Notulen 11 februari 2020\n\nDe taken zijn verdeeld.\n\n# Notulen 13 februari 2020\n\nHet design is klaar.\n',
        found: { headings: [{ title: 'Notulen 11 februari 2020' }, { title: 'Notulen 13 februari 2020' }] },
      },
      {
        title: 'a title heading whose later headings differ in more than a date is the cover’s alone, no section',
        form: 'title of a log of dated meetings',
        text: '# Notulen 11 februari 2020\n\nDe taken zijn verdeeld.\n\n# Taken\n\nHet design is klaar.\n',
        found: { headings: [{ title: 'Taken' }] },
      },
      {
        title:
          'in a block of bold header fields, a label ending in a colon after a field is the last field (`**Agenda:**`) and a ' +
          'line between two fields one whose colon was left out (`**Chairperson Anita**`); a bold label over a list ' +
          'after prose heads it (`**Decisions:**`)',
        form: 'bold-only or italic-only line',
        text:
          '**Minutes of Meeting 1**\n\n**Venue: Rm 308**\n\n**Chairperson Anita**\n\n**Minute Taker: Avikash**\n\n' +
          '**Agenda:**\n\n1.Greeted each other.\n\n**Decisions:**\n\n- Budget approved.\n',
        found: { headings: [{ title: 'Minutes of Meeting 1' }, { title: 'Decisions' }] },
      },
      {
        title: 'a label with a digit, and a heading that is only an anchor, are no headings',
        text: '**Q1: Results**\n\nText.\n\n## {#only-an-anchor}\n',
        found: { headings: [] },
      },
      {
        title: 'a numbered styled line may have four words more: an agenda item with its presenter and time',
        text: 'Text.\n\n*1. Welcome and approval of the minutes of the last meeting (Ann Lee, 10 min)*\n\nText.\n',
        found: { headings: [{ number: '1', title: 'Welcome and approval of the minutes of the last meeting (Ann Lee, 10 min)' }] },
      },
      {
        title: 'a styled line of thirteen words is emphasis in prose, not a heading',
        text: '**one two three four five six seven eight nine ten eleven twelve thirteen**\n',
        found: { headings: [] },
      },
      {
        title: 'labels, dates and styled lines in lists or quotes are no headings',
        text: '**Note:**\n\n**Keynote: Parks and People**\n\n**April 2018**\n\n- **Item**\n\n> **Quoted**\n\n**Ends with a full stop.**\n',
        found: { headings: [] },
      },
      {
        title:
          'a dateline in bold over the signatures (`**Fait à Bègles, le 11/11/2023**`, `**À Bordeaux, le 3 mars 2021**`) is no heading',
        text:
          '**Clôture**\n\nLa séance est levée.\n\n**Fait à Bègles, le 11/11/2023**\n\n**À Bordeaux, le 3 mars 2021**\n\n' +
          'La présidente, Anne MARTIN\n',
        found: { headings: [{ title: 'Clôture', line: 1 }] },
      },
      {
        title: 'a Word document through pandoc: a bold line ending in a colon over a list, bold list items over what they hold',
        form: 'bold headings of a Word document',
        text:
          '**Discussions and key points:**\n\n-   **Funding of the network**\n\n    -   Two offers received.\n' +
          '\n-   **Training plan**\n\n    The plan was adopted.\n\n**Recommendations:**\n\nAdopt the plan.\n',
        found: {
          headings: [
            { title: 'Discussions and key points', depth: null, line: 1 },
            { title: 'Funding of the network', depth: 2, outline: true, line: 3 },
            { title: 'Training plan', depth: 2, outline: true, line: 7 },
            { title: 'Recommendations', depth: 1, outline: true, line: 11 },
          ],
        },
      },
      {
        title: 'a Word document through pandoc: a bold item alone in its numbered list over paragraphs is a heading its list numbers',
        form: 'bold headings of a Word document',
        text:
          '**1. Approbation du compte rendu**\n\nApprouvé.\n\n2.  **Finances**\n\nLe budget est adopté.\n\n' +
          '3.  **Travaux de voirie**\n\nLes devis sont reçus.\n\n1.  **Ordre du jour**\n2.  **Divers**\n\nFin.\n',
        found: {
          headings: [
            { title: 'Approbation du compte rendu', number: '1', depth: null, line: 1 },
            { title: 'Finances', number: '2', depth: null, line: 5 },
            { title: 'Travaux de voirie', number: '3', depth: null, line: 9 },
          ],
        },
      },
      {
        title:
          'a Word outline pandoc flattened into one bulleted list: a bold item over the plain items after it heads them ' +
          '(a subject’s word over its name is no person’s name)',
        form: 'bold headings of a Word document',
        text:
          'Notes\n\n-   Les projets :\n\n-   **Sujet ALIM :**\n\n-   Réduire la surface\n\n-   Coût faible\n\n' +
          '-   **Capteurs**\n\n-   Techno critique\n\n-   Forte maîtrise\n',
        found: {
          headings: [
            { title: 'Sujet ALIM', depth: 1, outline: true, line: 5 },
            { title: 'Capteurs', depth: 1, outline: true, line: 11 },
          ],
        },
      },
      {
        title:
          'no heading in a flat list: a name’s bold item over the points after it, a list whose items are mostly bold, ' +
          'a bold item over another bold item',
        text:
          'Notes\n\n-   **Ann Lee:**\n\n-   Agrees with the plan\n\n-   Asks for a budget\n\n' +
          'Topics\n\n-   **Budget**\n\n-   **Travel**\n\n-   Tickets\n',
        found: { headings: [] },
      },
      {
        title:
          'no heading: a note’s label, a name or role on its own line, a label over a label, a place’s label, ' +
          'a bold item with nothing under it',
        text:
          '**Note:**\n\nText.\n\n**Ann Lee:**\n\nWe agree.\n\n**Moderator:**\n\nWelcome.\n\n**Agreed:**\n\n' +
          '**Venue:**\n\nRoom 2\n\n- **Alone**\n- **Ann Lee:**\n\n  We agree.\n',
        found: { headings: [] },
      },
      {
        title:
          'Word minutes with headings of their own: a bold line ending in a colon over a paragraph of prose heads a ' +
          'sub-topic, the heading’s typed colon is dropped, a note in parentheses heads nothing; a bold label over a ' +
          'list, a name’s label over prose stay text',
        form: 'bold headings of a Word document',
        text:
          '## Récapitulatif de la plénière :\n\n*(cf. diapositive #3)*\n\n**Principales conclusions :**\n\n' +
          'Deux réunions de résolution des commentaires ont eu lieu en août et la plupart ont été passés en revue.\n\n' +
          '**Points ouverts :**\n\n- Symbologie\n\n**Anna Berg:**\n\n' +
          'We reviewed every comment that the working group received during the public consultation period.\n',
        found: {
          headings: [
            { title: 'Récapitulatif de la plénière', depth: 2, line: 1 },
            { title: 'Principales conclusions', depth: null, line: 5 },
          ],
        },
      },
      {
        title: 'in a document with headings of its own, a bold label and a bold item are text',
        text: '## Talks\n\n**Key messages:**\n\n- **Cooling first**\n\n  Within four hours.\n',
        found: { headings: [{ title: 'Talks', depth: 2 }] },
      },
      {
        title: 'raw HTML headings, their ids and those of anchors on wrapping elements as link targets',
        form: 'raw HTML heading',
        text:
          '<div id="intro">\n\n<h2 id="overview">Overview of the <em>workshop</em> &amp; goals</h2>\n\nText.\n' +
          '\n<h3><a name="goals"></a>Goals</h3>\n\n<span id="next"></span>\n\n<h2 class="x">\n  Next steps\n' +
          '</h2>\n',
        found: {
          headings: [
            {
              title: 'Overview of the workshop & goals',
              depth: 2,
              anchors: ['intro', 'overview', 'overview-of-the-workshop--goals'],
              line: 3,
            },
            { title: 'Goals', depth: 3, anchors: ['goals'], line: 7 },
            { title: 'Next steps', depth: 2, anchors: ['next', 'next-steps'], line: 11 },
          ],
        },
      },
      {
        title: 'heading elements inside a block of HTML, with the ids of the element that wraps them and their own lines',
        form: 'raw HTML heading',
        text:
          '<div id="summary" class="section">\n<h2>Executive Summary</h2>\n<p>Text.</p>\n' +
          '<h3 id="goals">Goals</h3>\n<p>More.</p>\n</div>\n\n' +
          '## Sessions\n',
        found: {
          headings: [
            { title: 'Executive Summary', depth: 2, anchors: ['summary', 'executive-summary'], line: 2 },
            { title: 'Goals', depth: 3, anchors: ['goals'], line: 4 },
            { title: 'Sessions', depth: 2, line: 8 },
          ],
        },
      },
      {
        title:
          'a body written in HTML, one block without a blank line (scribe minutes saved as Markdown): its heading ' +
          'elements (the first the title), their ids and those of the anchors inside them; paragraphs and lists are blocks',
        form: 'raw HTML heading',
        text:
          '<h1>Tide Gauge Group teleconf</h1>\n  <h2><a name="attendees" id="attendees">Attendees</a></h2>\n' +
          '  <dl><dt>Present</dt><dd>anna, karl</dd></dl>\n  <ul><li><a href="#item01">Sensors</a></li></ul>\n' +
          '    <p class=\'phone\'><cite>Anna:</cite> welcome</p>\n    <h3 id="item01">Radar and\n    pressure sensors</h3>\n' +
          "    <p class='phone'><cite>Karl:</cite> radar<br />\n    ... then pressure</p>\n",
        found: {
          headings: [
            { title: 'Attendees', depth: 2, anchors: ['attendees'], line: 2 },
            { title: 'Radar and pressure sensors', depth: 3, anchors: ['item01', 'radar-and-pressure-sensors'], line: 6 },
          ],
        },
      },
      {
        title: 'HTML that is no heading element, or an empty one, is no heading',
        text: '<p><strong>Agenda</strong></p>\n\n<h2></h2>\n\n<h2>Unclosed\n',
        found: { headings: [] },
      },
      {
        title: 'a numbered bold label over a table or a list the converter left outside the item: a heading, numbered as the item',
        form: 'bold label item over a block',
        text:
          '1.  **Goal:** Review the plan.\n\n2.  **Attendees:**\n\n' +
          '  ---------------------\n  Anna        Berg\n  ---------------------\n\n' +
          '3.  **Agenda:**\n\n-   Opening\n\n-   Budget\n\n4.  **Action items:**\n\n+----+------+\n| 1  | Ann  |\n+----+------+\n',
        found: {
          headings: [
            { title: 'Attendees', number: '2', depth: 1, line: 3 },
            { title: 'Agenda', number: '3', depth: 1, line: 9 },
            { title: 'Action items', number: '4', depth: 1, line: 15 },
          ],
        },
      },
      {
        title: 'a bold label item over prose, or over the next item of its own list, is a label',
        text: '-   **Chair:**\n\nAnna Berg opened the meeting.\n\n-   **Notes:**\n-   Two items were closed.\n',
        found: { headings: [] },
      },
      {
        title: 'bold items that open the document are peers of the bold lines after them',
        form: 'bold label item over a block',
        text:
          '-   **Attendees:**\n\n    -   Anna Berg\n\n**Agenda:**\n\n-   Budget\n\n' +
          '-   **Discussion**\n\n    -   The budget was agreed.\n',
        found: { headings: [{ title: 'Attendees', depth: 1 }, { title: 'Agenda' }, { title: 'Discussion', depth: 1 }] },
      },
      {
        title: 'in a document headed by styled lines alone, numbered italic lines after a bold one are its subsections',
        form: 'bold-only or italic-only line',
        text: '**Discussion**\n\n*1. Welcome*\n\nText.\n\n*2. Budget*\n\nText.\n\n**References**\n',
        found: {
          headings: [
            { title: 'Discussion', depth: null },
            { title: 'Welcome', number: '1', depth: 2 },
            { title: 'Budget', number: '2', depth: 2 },
            { title: 'References', depth: null },
          ],
        },
      },
      {
        title:
          'in plain text, a book of abstracts’ talk titles over a labelled speaker line and a labelled abstract (`Speaker: …` / ' +
          '`Abstract: …`, however short) head their talks under the part, a wrapped title’s hyphen dropped',
        form: 'plain-text talk heading',
        text:
          '1    Invited Talks\n\nPeriodic minimizers for nonlocal interaction energies\nSpeaker: Lucia De Luca (CNR, Rome)\n' +
          'Abstract: We consider systems of particles on the real line interacting through negative\nGagliardo seminorms.\n\n\n' +
          'To be announced\nSpeaker: Patrick Dondl (University of Freiburg)\nAbstract: To be announced\n\n\n' +
          'A general compactness result for localization of nonlocal gradi-\nents\nSpeaker: Felix Seifert (KU Eichstatt)\n' +
          'Abstract: Localization results relate nonlocal models to their local counterparts.\n\f',
        found: {
          headings: [
            { title: 'Invited Talks', number: '1', depth: 1 },
            { title: 'Periodic minimizers for nonlocal interaction energies', depth: 2 },
            { title: 'To be announced', depth: 2 },
            { title: 'A general compactness result for localization of nonlocal gradients', depth: 2 },
          ],
        },
      },
      {
        title: 'in plain text, labels under a title are its subsections; the next title returns to the top',
        form: 'plain-text label heading',
        text:
          'Workshop Report\n\nParticipant Feedback\n' +
          'Feedback was collected from many groups of users over the two days of the workshop.\n\n' +
          'Interface Design:\n- Users asked for clearer error messages when a model fails.\n\n' +
          'Documentation:\n- Users asked for more examples and a guide for newcomers.\n\n' +
          'Acknowledgments\nWe thank all participants for their time and their ideas during the workshop.\n\f',
        found: {
          headings: [
            { title: 'Participant Feedback', depth: null },
            { title: 'Interface Design', depth: 2, label: true },
            { title: 'Documentation', depth: 2, label: true },
            { title: 'Acknowledgments', depth: 1 },
          ],
        },
      },
      {
        title:
          'in plain-text board minutes whose topics head their `- ` items (twice or more in title case), a topic in sentence ' +
          'case heads its items too (`Code of conduct`); the title over the meeting’s facts (`Date:`, `Time:`, `Location:`) is none',
        form: 'plain-text label heading',
        text:
          'Harbour Foundation Board Meeting Minutes\n\nDate: 7/8/2016\nTime: 10AM pacific time\n' +
          'Location: Video conferencing, multiple locations\n\nAttendees:\n- Present: Anna Berg, Karl Lund\n\n' +
          'Treasurer Report\n- Not much to say this month.\n\nDeveloper meeting\n- 88 applications so far.\n\n' +
          'Code of conduct\n- It landed.\n\nInfrastructure\n- Hosting is live.\n\f',
        found: {
          headings: [
            { title: 'Attendees', line: 7 },
            { title: 'Treasurer Report', line: 10 },
            { title: 'Developer meeting', line: 13 },
            { title: 'Code of conduct', line: 16 },
            { title: 'Infrastructure', line: 19 },
          ],
        },
      },
      {
        title:
          'in plain text with an indented body (an RFC’s or Internet-Draft’s), a lead-in sentence’s end alone on its line ' +
          '(`Examples include:`, `Lessons learned include:`) announces the list or paragraphs under it: no heading',
        form: 'plain-text label heading',
        text:
          '1.  Introduction\n\n   The workshop looked at protocols whose deployment went otherwise than planned.\n\n' +
          '   Examples include:\n\n   Email standards, which presumed many providers running in a largely\n' +
          '   uncoordinated fashion, but which have seen market consolidation.\n\n' +
          '2.  Discussions\n\n   Lessons learned include:\n\n   o  Feedback from those who deploy often comes too late.\n\n' +
          '   o  User communities come in too late.\n\f',
        found: {
          headings: [
            { title: 'Introduction', number: '1', depth: 1 },
            { title: 'Discussions', number: '2', depth: 1 },
          ],
        },
      },
      {
        title:
          'in plain text, an agenda’s numbered lines (blank lines between, as a PDF prints a list) that the body repeats ' +
          'over its text are a list; the repeats are the headings, under a part’s name alone over the first of them',
        form: 'plain-text numbered heading',
        text:
          'Minutes of the board\n\nDraft\n\nAgenda\n\n1. Welcome (Anna, 5 min)\n\n2. Budget for next year (Karl, 20 min)\n\n' +
          '3. Next meeting (Anna, 5 min).\n\nNotes\n\n1. Welcome\n\nAnna opened the meeting and welcomed the new members.\n\n' +
          '2. Budget for next year\n\nKarl presented the budget for next year; it was approved.\n\n' +
          '3. Next meeting\n\nThe next meeting is on 5 May.\n\f',
        found: {
          headings: [
            { title: 'Agenda', line: 5 },
            { title: 'Notes', line: 13 },
            { title: 'Welcome', number: '1', line: 15, depth: 2 },
            { title: 'Budget for next year', number: '2', line: 19, depth: 2 },
            { title: 'Next meeting', number: '3', line: 23, depth: 2 },
          ],
        },
      },
      {
        title:
          'in plain text, a short line over a speaker’s turn with no blank line between titles a topic (an HTML heading ' +
          'through a PDF); a part’s title stacked over its first topic’s holds the topics after it; a label whose sentence ' +
          'goes on in lowercase (`Karl: that was a challenge`) alone is a turn, no title',
        form: 'plain-text topic heading',
        text:
          'Minutes of the second session\n\nThe chairs opened the session with a short recap of the first one.\n\n' +
          'Anna: Welcome to the second session; we have four topics today and little time.\n\n' +
          'Karl: Please raise your hand to speak and keep the chat for links.\n\n' +
          'Anna: The slides are online and the minutes will be sent to all of you.\n\n' +
          'Karl: Thanks; the first part is on models, the second on training.\n\n' +
          'Models and formats\nModel packaging\n' +
          'Anna: Many talks touched on this topic and we should look at what formats exist today.\n\n' +
          'Karl: that was a challenge\n\nAnna: indeed, and it still is for most of the people who build these tools today.\n\n' +
          'Model protection\n\nAnna: Some providers need to keep their models from being copied out of the page.\n\n' +
          'Training\nTraining in the browser\nKarl: our current work is focused on inference rather than training, for now.\n\n' +
          'Training across devices\nAnna: this one looks a bit further into the future than the others we discussed.\n\f',
        found: {
          headings: [
            { title: 'Minutes of the second session', line: 1 },
            { title: 'Models and formats', line: 13, depth: 1 },
            { title: 'Model packaging', line: 14, depth: 2 },
            { title: 'Model protection', line: 21, depth: 2 },
            { title: 'Training', line: 25, depth: 1 },
            { title: 'Training in the browser', line: 26, depth: 2 },
            { title: 'Training across devices', line: 29, depth: 2 },
          ],
        },
      },
      {
        title:
          'in plain text without blank lines, a part’s name with no colon over a numbered list heads it (`Agenda` / `1. Welcome`), ' +
          'and over the first numbered heading holds them; a references heading over its `[1]` list',
        form: 'plain-text label heading',
        text:
          'Minutes of the board meeting held on 5 May\nAgenda\n1. Welcome\n2. Budget\nNotes\n1. Welcome\n' +
          'Anna opened the meeting and welcomed the new members of the board.\n2. Budget\n' +
          'Karl presented the budget for next year; it was approved by all.\nReferences\n' +
          '[1] The budget for next year, as presented to the board.\n\f',
        found: {
          headings: [
            { title: 'Agenda', line: 2 },
            { title: 'Notes', line: 5 },
            { title: 'Welcome', line: 6, depth: 2 },
            { title: 'Budget', line: 8, depth: 2 },
            { title: 'References', line: 10 },
          ],
        },
      },
      {
        title:
          'in plain text, a span of years opening a line (`2022-2023 Anna Berg elected chair`, a timeline’s entry) is no serial number',
        form: 'plain-text numbered heading',
        text:
          'Background\n\nThe board was founded in 2019 and has grown since then with new members every year.\n\n' +
          '    2022-2023 Anna Berg elected chair of the board\n\n        Creates the first charter of the board\n\n' +
          '    2024-2025\n\n        Membership grows to ten organisations\n\n' +
          'Outlook\n\nThe board will meet again in the spring to plan the next two years of its work.\n\f',
        found: { headings: [{ title: 'Background', line: 1 }] },
      },
      {
        title:
          'in plain text, a chapter’s word or a Chinese ordinal before the number (`Chapter 1: Members`, `第一章 总则`) numbers a ' +
          'heading, its level from the word (`Section` under the `Chapter` met first); a sentence after `§ 4` is none',
        form: 'plain-text numbered heading',
        text:
          'Annual report of the association\n\nChapter 1: Members\n\nThe association had forty members at the end of the year.\n\n' +
          'Section 1 New members\n\nTen people joined in the spring and five left in the autumn.\n\n' +
          '§ 4 Abs. 2 der Satzung wurde geändert.\n\nChapter 2: Finances\n\nThe accounts were approved by the assembly.\n\f',
        found: {
          headings: [
            { title: 'Members', number: '1', line: 3, depth: 1 },
            { title: 'New members', number: '1', line: 7, depth: 2 },
            { title: 'Finances', number: '2', line: 13, depth: 1 },
          ],
        },
      },
      {
        title:
          'in plain text, a number closed by a parenthesis or in parentheses (`a) Finance`, `(1) Parking`) numbers a heading under ' +
          'the outline’s items, its own list of numbers; a sentence so numbered (`(1) The need … is …`), a line over the next ' +
          'item and a title that ends in a stop or colon are none',
        form: 'plain-text numbered heading',
        text:
          'Minutes of the committee meeting\n\nI. Reports\n\na) Finance\n\nAnna Berg said the accounts are fine.\n\n' +
          'b) Membership\n\nMembership grew by ten this year.\n\nII. Other business\n\n(1) Parking\n\n' +
          'The car park will be closed in June.\n\n(2) Noise\n\nThe neighbours wrote to the committee.\n\n' +
          '(3) The need for a new car park is urgent\n\n(4) Litter\n(5) Waste\n\n(6) Proposed tariffs:\n\n' +
          'The tariffs are listed below.\n\f',
        found: {
          headings: [
            { title: 'Reports', number: 'I', line: 3, depth: 1 },
            { title: 'Finance', number: 'a', line: 5, depth: 2 },
            { title: 'Membership', number: 'b', line: 9, depth: 2 },
            { title: 'Other business', number: 'II', line: 13, depth: 1 },
            { title: 'Parking', number: '1', line: 15, depth: 2 },
            { title: 'Noise', number: '2', line: 19, depth: 2 },
          ],
        },
      },
      {
        title:
          'in plain text, an item’s line numbered `1-)` whose number and first words repeat the agenda’s (`1- Désignation …` at the ' +
          'top) heads the item, though text runs right under it and its title ends in a stop; a title filling its line goes on ' +
          'under a hanging indent; a line so numbered that repeats no agenda item (a table’s cell) is none',
        form: 'plain-text numbered heading',
        text:
          'PROCÈS VERBAL DU CONSEIL MUNICIPAL DU\nLUNDI 3 MARS 2025\n' +
          '  1- Désignation d’un secrétaire de séance.\n' +
          '  2- Délibération : adhésion au groupement de commandes de la communauté urbaine pour l’entretien des points d’eau.\n' +
          '  3- Délibération : tarifs de la cantine scolaire.\n' +
          'L’an deux mille vingt-cinq, le lundi 3 mars à 19h00, s’est réuni le Conseil municipal de la commune en séance publique.\n' +
          '      1-) Désignation d’un secrétaire de séance.\n' +
          'M. Paul DURAND est désigné comme secrétaire de séance et le conseil approuve cette désignation à l’unanimité.\n' +
          '      2-) Délibération : adhésion au groupement de commandes de la communauté urbaine pour l’entretien des\n' +
          '          points d’eau.\n' +
          'Le groupement permet de commander des volumes plus importants pour toutes les communes membres du réseau.\n' +
          'Les travaux de maintenance restent confiés au service départemental qui assure déjà les contrôles annuels.\n' +
          '      3-) Délibération : tarifs de la cantine scolaire.\n' +
          'Les tarifs de la cantine restent ceux de l’année dernière pour toutes les familles de la commune cette année.\n' +
          'Projets de l’année, à voir au budget de la commune :\n' +
          ' 1-) Remise en route de l’eau chaude au gymnase          Le coût est de 2 000 € pour la remise en route.\n',
        found: {
          headings: [
            { title: 'Désignation d’un secrétaire de séance.', number: '1', line: 7, depth: 1 },
            {
              title: 'Délibération : adhésion au groupement de commandes de la communauté urbaine pour l’entretien des points d’eau.',
              number: '2',
              line: 9,
              depth: 1,
            },
            { title: 'Délibération : tarifs de la cantine scolaire.', number: '3', line: 13, depth: 1 },
          ],
        },
      },
      {
        title: 'in plain Chinese text, 第…章 over 第…节: the counter gives the level, the numeral the number',
        form: 'plain-text numbered heading',
        text:
          '会议纪要\n\n第一章 总则\n\n本次会议讨论了社区的发展方向和明年的计划。\n\n第一节 成员\n\n社区今年新增了十位成员。\n\n' +
          '第二章 财务\n\n大会批准了今年的账目。\n\f',
        found: {
          headings: [
            { title: '总则', number: '一', line: 3, depth: 1 },
            { title: '成员', number: '一', line: 7, depth: 2 },
            { title: '财务', number: '二', line: 11, depth: 1 },
          ],
        },
      },
      {
        title:
          'in plain text, a bar between a heading’s number and its title (`1 | Introduction`, a Word style’s number in the margin) ' +
          'numbers it; an appendix after numbered sections stands at the top; a table’s row (`3 | Anna Berg | Chair`) is none',
        form: 'plain-text numbered heading',
        text:
          'Workshop report\n\n1 | Introduction\n\nThe workshop brought together forty people from ten institutions over two days.\n\n' +
          '2 | Goals\n\nThe goals were set by the steering committee before the workshop began.\n\n2.1 Survey\n\n' +
          'A survey was sent to all participants a month before the workshop.\n\n  3 | Anna Berg | Chair\n\n' +
          'Appendix 1: Participants\n\nThe participants are listed below with their institutions.\n\f',
        found: {
          headings: [
            { title: 'Introduction', number: '1', line: 3, depth: 1 },
            { title: 'Goals', number: '2', line: 7, depth: 1 },
            { title: 'Survey', number: '2.1', line: 11, depth: 2 },
            { title: 'Participants', number: '1', line: 17, depth: 1 },
          ],
        },
      },
      {
        title:
          'in plain text, a document’s or paper’s number alone at the top (`J3/03-210`, `DOE/SC-0188`, `WG21 N1234`), right-aligned ' +
          'as a committee prints it, is no heading',
        form: 'plain-text label heading',
        text:
          `${' '.repeat(57)}J3/03-210\n\nDate: 04 August 2003\nTo: J3\nFrom: John Reid\nSubject: Minutes of the committee meeting\n\n` +
          '1 Opening of the Meeting\n\nThe meeting opened at nine with twelve members present in the room.\n\n' +
          '2 Adoption of the agenda\n\nThe agenda was adopted without any change by all the members.\n\f',
        found: {
          headings: [
            { title: 'Opening of the Meeting', number: '1', line: 8, depth: 1 },
            { title: 'Adoption of the agenda', number: '2', line: 12, depth: 1 },
          ],
        },
      },
      {
        title:
          'in plain text without blank lines (pdftotext -raw), a page that opens after a sentence’s end opens as after a blank ' +
          'line: a short title there heads what follows (`Attendee List`); a vote’s tally there (`Board Vote 16 Yes`) is none',
        form: 'plain-text label heading',
        text:
          'Minutes of the general assembly of the association held on 12 March\n' +
          'The assembly opened at seven with twenty members present and the chair welcomed them all.\n' +
          'The accounts of the year were presented by the treasurer and approved without any changes.\n' +
          'The members asked about the budget for next year and the board answered their questions.\n\f2\nAttendee List\n' +
          'Anna Berg, Karl Lund, Lena Lindqvist, Tomas Lind and sixteen other members of the association\n' +
          'The board proposed to renew its mandate for two more years and nobody stood against it.\n\f3\nBoard Vote 16 Yes\n' +
          'The board was renewed for two years and the chair closed the assembly at nine in the evening.\n\f',
        found: { headings: [{ title: 'Attendee List', line: 6 }] },
      },
      {
        title:
          'in plain text, a title-case line at the margin over a bulleted list set in deeper, after a lead-in’s colon or a ' +
          'sentence’s end, heads the list (`Short-Term` / `● Adopt …`, a bold line in the PDF); a lead-in ending with a colon does not',
        form: 'plain-text label heading',
        text:
          'Workshop report\n\n1 Recommendations\n\n' +
          'The recommendations are grouped by term, as the participants of the workshop asked for them:\nShort-Term\n' +
          '     ● Adopt a common file naming convention for all the video files of the cruises\n' +
          '     ● Stop overlaying text on the video recorded during the dives of the vehicles\nLong-Term\n' +
          '     ● Build a shared archive for the video of all the operators of the vehicles\n\n' +
          'The overall challenges of the community with respect to the video are to:\n' +
          '     ● Provide consistent metadata for the video of all the operators and vehicles\n\f',
        found: {
          headings: [
            { title: 'Recommendations', number: '1', line: 3, depth: 1 },
            { title: 'Short-Term', line: 6 },
            { title: 'Long-Term', line: 9 },
          ],
        },
      },
      {
        title: 'in plain text, a dash after a numbered heading’s title leads into the text under it: no part of the title',
        form: 'plain-text numbered heading',
        text:
          'Minutes of the steering committee\n\n1. Extensions –\n' +
          'The more the standard is adopted, the more its users ask for extensions to support new data.\n\n2. Training –\n' +
          'Training courses will be held twice a year for the new users of the standard and its tools.\n\f',
        found: {
          headings: [
            { title: 'Extensions', number: '1', line: 3, depth: 1 },
            { title: 'Training', number: '2', line: 6, depth: 1 },
          ],
        },
      },
      {
        title: 'in plain text without blank lines (pdftotext -raw), a participants heading alone over a bulleted list heads it',
        form: 'plain-text label heading',
        text:
          'Minutes of the board meeting held on 5 May\nParticipants:\n- Anna Berg\n- Karl Lund\nExcused\n- Lena Lindqvist\n' +
          'The meeting opened at ten. Anna welcomed the members and the agenda was approved without changes.\n\f',
        found: {
          headings: [
            { title: 'Participants', line: 2 },
            { title: 'Excused', line: 5 },
          ],
        },
      },
      {
        title: 'a simple table’s last row over its closing rule is no setext heading',
        text: '  -----------------------\n  Anna          Berg\n\n  Tomas         Lind\n  -----------------------\n\nText.\n',
        found: { headings: [] },
      },
      {
        title: 'a printer’s imprint over a rule (`31-540 PDF  WASHINGTON : 2007`, as a hearing’s cover sets it) is no setext heading',
        text:
          'U.S. GOVERNMENT PRINTING OFFICE\n\n31-540 PDF                  WASHINGTON : 2007\n' +
          '------------------------------------------------------------------\nFor sale by the Superintendent of Documents.\n',
        found: { headings: [] },
      },
      {
        title:
          'in a verbatim record as an OCR engine writes it, a note of who presides (`## (Présidence de M. R. Hotyat)`) and a short ' +
          'turn set as a heading (`## M. Dominique Harmel. - C’est un scoop!`) head nothing',
        text:
          '## MESSAGES\n\nM. le Président. - J’ai adressé nos vœux.\n\n## (Présidence de M. R. Hotyat)\n\n' +
          'M. le Président. - La parole est à M. De Coster.\n\n## M. Dominique Harmel. - C’est un scoop!\n',
        found: { headings: [{ title: 'MESSAGES', line: 1 }] },
      },
      {
        title: 'a bold cell of a grid table (pandoc’s form of a Word table) is its row’s label, not a heading like a bold line',
        text: '**Present**\n\nAnn Lee.\n\n+------------+----------+\n| **Absent** | Tom Berg |\n+------------+----------+\n',
        found: { headings: [{ title: 'Present', line: 1 }] },
      },
      {
        title: 'a shorter limit, as an option',
        text: '**one two three four**\n',
        options: { maxStyledWords: 3 },
        found: { headings: [] },
      },
    ],
    notOk: [],
  },
})

// Stryker restore all: a comment inside the detector's object would not end the examples' exemption
const HTML_HEADING = /^<h([1-6])\b([^>]{0,500})>/i
const ID_ATTRIBUTE = /\b(?:id|name)\s*=\s*["']([^"'\s>]{1,200})["']/gi
const TAG = /<[^<>]{0,500}>/g
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

/** A raw HTML heading element (`<h2 id="x">Title</h2>`, over lines too): its depth, text and ids. */
function htmlHeading(value: string): { depth: number; text: string; ids: string[] } | null {
  const html = value.trim()
  const open = HTML_HEADING.exec(html)
  if (!open) return null
  const close = html.toLowerCase().indexOf(`</h${open[1]}>`)
  // A block that goes on past its first heading element (`<h1>…</h1>` over `<h2>…</h2>` and paragraphs) is read whole.
  if (close < 0 || html.length > close + open[1]!.length + 4) return null
  const inner = html.slice(open[0].length, close)
  const ids = [...`${open[2]} ${inner}`.matchAll(ID_ATTRIBUTE)].map((match) => match[1]!)
  const text = collapseSpace(inner.replace(TAG, '').replace(/&(#39|[a-z]+);/g, (entity, name: string) => ENTITIES[name] ?? entity))
  return text === '' ? null : { depth: Number(open[1]), text, ids }
}

/** The headings inside a block of HTML, the first with the ids waiting for a heading. */
function headingsInHtml(entry: FlowEntry, value: string, pendingIds: readonly string[], slugs: Map<string, number>): HeadingLine[] {
  return htmlHeadingsIn(value, entry).map((heading, i) => {
    const anchors = [...new Set([...(i === 0 ? pendingIds : []), ...heading.ids, githubSlug(heading.text, slugs)])]
    return { ...splitNumber(heading.text), depth: heading.depth, outline: false, anchors, ...heading.at }
  })
}

/** Heading elements at most in one block of HTML; more are read as its text. */
const MAX_HTML_HEADINGS = 64

/**
 * The heading elements inside a block of HTML that is not one heading element, each with the ids of the
 * anchor-only elements before it in the block (`<div id="x" class="section">` wrapping it) and its line.
 */
function htmlHeadingsIn(
  value: string,
  entry: FlowEntry,
): Array<{ depth: number; text: string; ids: string[]; at: { line: number; column: number; index: number } }> {
  const found: Array<{ depth: number; text: string; ids: string[]; at: { line: number; column: number; index: number } }> = []
  const lower = value.toLowerCase()
  let from = 0
  let line = entry.line
  let counted = 0
  for (let start = lower.indexOf('<h', from); start >= 0 && found.length < MAX_HTML_HEADINGS; start = lower.indexOf('<h', from)) {
    const close = /^<h[1-6]/.test(lower.slice(start, start + 3)) ? lower.indexOf('</h', start) : -1
    if (close < 0) {
      from = start + 2
      continue
    }
    const heading = htmlHeading(value.slice(start, close + 5))
    for (let i = value.indexOf('\n', counted); i >= 0 && i < start; i = value.indexOf('\n', i + 1)) {
      line++
      counted = i + 1
    }
    if (heading) {
      const ids = anchorOnlyIds(value.slice(from, start))
      found.push({ ...heading, ids: [...ids, ...heading.ids], at: { line, column: 1, index: entry.index } })
    }
    from = close + 5
  }
  return found
}

/** The ids of HTML that holds no text, only anchors (`<div id="x">`, `<a name="x"></a>`, `<span id="x"></span>`). */
function anchorOnlyIds(value: string): string[] {
  if (value.length > 2000 || value.replace(TAG, '').trim() !== '' || value.startsWith('<!--')) return []
  return [...value.matchAll(ID_ATTRIBUTE)].map((match) => match[1]!)
}

/** Labels a colon ends that head no section: a note, a source; a date, a place (lowercase, every language). */
const SUBJECT_LINE = new RegExp(`^(?:${alternation(lexicon.subjectLabels)})[ \\t]?[:：][ \\t]*(\\S.{0,199})$`, 'iu')
const NOT_HEADINGS = new Set([...lexicon.noteLabels, ...lexicon.dateLabels, ...lexicon.placeLabels])

/**
 * A bold line ending in a colon that heads what follows (a list, a table, paragraphs): not a note's label,
 * not a person's name or role (a speaker's label on a line of its own), not followed by another label.
 */
function isColonHeading(text: string, next: FlowEntry | undefined): boolean {
  if (!text.endsWith(':') || next === undefined || next.node.type === 'heading') return false
  const label = withoutEndColon(text)
  if (NOT_HEADINGS.has(label.toLowerCase()) || looksLikeName(label) || ROLE.test(label)) return false
  return !(next.node.type === 'paragraph' && !next.item && soleEmphasis(next.node) !== null)
}

/** A field label typed with no space before its value (`Date:27/2/18`, `Time:1pm`, `Venue:Rm 308`). */
const TIGHT_FIELD = /^([\p{L} ]{1,24})[:：]\S/u

/**
 * A Word minutes' header field in bold typed without the space after its colon (`**Date:27/2/18**`,
 * `**Time:1pm -2pm**`): a date's, a time's or a place's label (the lexicon's), so a field, not a heading.
 */
function isTightField(text: string): boolean {
  const label = TIGHT_FIELD.exec(text)?.[1]?.trim().toLowerCase()
  return label !== undefined && NOT_HEADINGS.has(label)
}

/** A field line: a short label, its colon, a value (`Venue: Rm 308`, `Minute Taker: Anita`). */
const FIELD_LINE = /^\p{L}[\p{L} ]{0,23}[:：]\s*\S/u

/** A paragraph in bold throughout (one bold run or several) that is a field line (`**Minute Taker:** **Anita**`). */
function isBoldField(entry: FlowEntry | undefined): boolean {
  if (entry?.node.type !== 'paragraph' || entry.item !== null) return false
  const runs = entry.node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return runs.length > 0 && runs.every((child) => child.type === 'strong') && FIELD_LINE.test(flatText(entry.node))
}

/**
 * A bold line in a Word minutes' block of bold header fields (`**Date:27/2/18**`, `**Venue: Rm 308**`, …): a label
 * ending in a colon after a field is the block's last field, its value what follows (`**Agenda:**` over the points);
 * a line between two fields is one whose colon was left out (`**Chairperson Anita**`). Neither heads a section.
 */
function isAmidFields(flow: readonly FlowEntry[], entry: FlowEntry, text: string): boolean {
  if (entry.item !== null || !isBoldField(flow[entry.index - 1])) return false
  return text.endsWith(':') || isBoldField(flow[entry.index + 1])
}

/** Fewest words of the paragraph a bold colon line heads in a document with headings of its own. */
const PROSE_AFTER_WORDS = 12

/**
 * Under a document's own headings, a bold line ending in a colon heads a sub-topic when prose follows it
 * (`**Principales conclusions :**` over a paragraph of sentences), not a list, a table or a short line.
 */
function isProseAfter(next: FlowEntry | undefined): boolean {
  if (next?.node.type !== 'paragraph' || next.item !== null || next.grid || next.quoteDepth > 0) return false
  return soleEmphasis(next.node) === null && countWords(flatText(next.node), PROSE_AFTER_WORDS) >= PROSE_AFTER_WORDS
}

/** The first paragraph of a list item that holds more (a nested list, paragraphs), bold and short: a heading. */
function isItemHeading(item: ListItem, node: Paragraph, maxWords: number): boolean {
  if (item.children[0] !== node || item.children.length < 2 || soleEmphasis(node)?.kind !== 'strong') return false
  const text = flatText(node)
  // "- **Ann Lee:**" over what she said is a speaker's label.
  const named = text.endsWith(':') && looksLikeName(withoutEndColon(text))
  return (
    countWords(text, maxWords) <= maxWords && !/[.;,]$/.test(text) && !/^[\p{L}\d ]{1,24}:\s/u.test(text) && !isDateOnly(text) && !named
  )
}

/** What the styled lines before a heading were: any, bold, a title's (not a label's); bold items before any. */

/** What the scan of the flow carries from one node to the next. */
interface HeadingScan {
  context: DetectContext
  maxStyledWords: number
  found: HeadingLine[]
  slugs: Map<string, number>
  /** The level of the last styled line outside lists: a bold list item heading sits under it. */
  styledLevel: number
  seen: StyledSeen
  /**
   * A document with headings of its own uses bold labels and bold items as text (a label in a speaker's
   * remarks); one without (a Word document whose author set headings in bold) as headings.
   */
  boldOutline: boolean
  /** The list of each list item, made when a bold item alone in its list asks for its number. */
  lists: Map<ListItem, List> | undefined
  /** Ids of anchor-only HTML (`<div id="x">`, `<a name="x"></a>`) waiting for the heading after them. */
  pendingIds: string[]
  /** Run-in topics by flow index (headings-topics.ts), found when the first paragraph without style is met. */
  topics: Map<number, RunIn> | undefined
}

/** A node read as a heading: the converter's depth (null for a styled line), its text, a styled level, HTML ids. */
interface Candidate {
  depth: number | null
  text: string
  itemLevel: number | null
  htmlIds: string[]
}

/** Whether the document has headings of its own: Markdown or HTML ones nothing else claimed. */
function hasOwnHeadings(context: DetectContext): boolean {
  // A heading in a grid table's cell is what a narrow column made of its text (`\#` wrapped to `#`).
  return context.flow.some(
    (entry) =>
      !entry.grid &&
      ((entry.node.type === 'heading' && !isTableRowOverRule(entry.node, context.source)) ||
        (entry.node.type === 'html' && (htmlHeading(entry.node.value) || htmlHeadingsIn(entry.node.value, entry).length > 0))) &&
      !context.claims.isClaimed(entry.node),
  )
}

/** The heading a node of the flow is, or null; anchors and headings inside HTML are taken on the way. */
function candidateOf(scan: HeadingScan, entry: FlowEntry): Candidate | null {
  // A grid table's cell heads no section: a bold cell is its row's label (`**Present**` beside the names).
  if (entry.grid) return null
  const node = entry.node
  if (node.type === 'html') return htmlCandidate(scan, entry, node.value)
  if (
    node.type === 'paragraph' &&
    node.children.every((child) => child.type === 'html' || (child.type === 'text' && child.value.trim() === ''))
  ) {
    // An inline anchor on a line of its own (`<span id="x"></span>`): an id for the next heading.
    scan.pendingIds.push(...anchorOnlyIds(node.children.map((child) => (child.type === 'html' ? child.value : '')).join('')))
    return null
  }
  if (node.type === 'heading') {
    // A printer's imprint, a note of who presides (`## (Présidence de M. R. Hotyat)`) or a record's turn an OCR engine set
    // as a heading (`## M. Dominique Harmel. - C'est un scoop!`) heads nothing.
    const text = flatText(node)
    if (isTableRowOverRule(node, scan.context.source) || isImprint(text) || isPresidencyNote(text) || isRecordTurn(text)) return null
    scan.styledLevel = 0
    // A word processor's heading ends with the colon its author typed (`# Bilan (diapositive #4) :`): not the title's.
    return { depth: node.depth, text: withoutEndColon(flatText(node)), itemLevel: null, htmlIds: htmlIdsOf(node) }
  }
  if (node.type !== 'paragraph' || entry.quoteDepth !== 0) return null
  if (!entry.item) return styledCandidate(scan, entry, node)
  return scan.boldOutline ? itemCandidate(scan, entry, node) : null
}

/** The ids a heading read from an HTML element carries (its own, its anchors', those of the element wrapping it). */
function htmlIdsOf(node: Heading): string[] {
  const data: { htmlIds?: unknown } = node.data ?? {}
  const ids = data.htmlIds
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
}

/** Raw HTML: a heading element is a heading; ids of an anchor-only element go to the next heading. */
function htmlCandidate(scan: HeadingScan, entry: FlowEntry, value: string): Candidate | null {
  const html = htmlHeading(value)
  if (html === null) {
    // A block of HTML that holds headings among other elements (`<div id="x">` `<h2>…</h2>` `<p>…</p>`).
    const inside = headingsInHtml(entry, value, scan.pendingIds, scan.slugs)
    if (inside.length === 0) scan.pendingIds.push(...anchorOnlyIds(value))
    else {
      scan.found.push(...inside)
      scan.pendingIds = []
      scan.context.claims.claim(entry.node)
      scan.styledLevel = 0
    }
    return null
  }
  scan.styledLevel = 0
  return { depth: html.depth, text: html.text, itemLevel: null, htmlIds: html.ids }
}

/** A bold-only or italic-only paragraph outside lists; else an agenda item's bold lead over its record. */
function styledCandidate(scan: HeadingScan, entry: FlowEntry, node: Paragraph): Candidate | null {
  const { context } = scan
  const styled = soleEmphasis(node)
  if (!styled) {
    const next = context.flow[entry.index + 1]?.node
    const statement = entry.listDepth === 0 ? statementHeading(node, next) : null
    if (statement?.continued) context.claims.claim(next!)
    if (statement) return { depth: 1, text: statement.text, itemLevel: null, htmlIds: [] }
    const lead = context.claims.openingClaimed(node) > 0 ? null : (agendaLead(node) ?? runInItem(node))
    if (lead) scan.found.push(leadHeading(lead, entry, scan.slugs, () => context.claims.claimOpening(node, lead.taken)))
    else topicHeading(scan, entry, node)
    return null
  }
  // An italic line under an image is its caption (`![…](…)` / `*Folie 2 aus dem Beitrag …*`), as web pages print one.
  if (styled.kind === 'emphasis' && isImageOnly(context.flow[entry.index - 1]?.node)) return null
  // An italic line that is only a link (`*[View session recording on YouTube][session1-youtube]*`) points elsewhere.
  if (styled.kind === 'emphasis' && isLinkOnly(node)) return null
  let text = flatText(node)
  // A bold subject's line (`**OBJET : Subvention au club**`, as Word minutes head each deliberation): its subject.
  const subject = styled.kind === 'strong' ? SUBJECT_LINE.exec(collapseSpace(text)) : null
  if (subject) text = subject[1]!
  // Labels ("**Keynote: …**", "**Source:**") and dates in bold are not headings; a heading
  // a word processor ends with a colon over what it heads ("**Participants:**") is.
  const next = context.flow[entry.index + 1]
  const colonHeading =
    styled.kind === 'strong' && isColonHeading(text, next) && (scan.boldOutline || (entry.listDepth === 0 && isProseAfter(next)))
  const most = mostWords(text, scan.maxStyledWords)
  // A line wholly in parentheses is a note (`*(cf. diapositive #3)*` under a heading), not one.
  if (/^\(.*\)$/u.test(text)) return null
  // Nor is a dateline (`**Fait à Bègles, le 11/11/2023**`): where and when the document was signed.
  const dated = isDateOnly(text) || readDateline(text) !== null
  const labelled = (/^[\p{L}\d ]{1,24}:\s/u.test(text) && !PART_LABEL.test(text)) || isTightField(text)
  if (styled.kind === 'strong' && isAmidFields(context.flow, entry, text)) return null
  if (countWords(text, most) > most || (/[.:;,]$/.test(text) && !colonHeading) || labelled || dated) return null
  if (colonHeading) text = withoutEndColon(text)
  const { seen, styledLevel, boldOutline } = scan
  const itemLevel = styledLineLevel(
    seen,
    { kind: styled.kind, label: isLabelLine(node), text, boldOutline, styledLevel },
    scan.found.at(-1),
  )
  scan.styledLevel = 1
  return { depth: null, text, itemLevel, htmlIds: [] }
}

/** A paragraph whose one styled span holds a link and nothing else (`*[Slides](…)*`, `*[Recording][rec]*`). */
function isLinkOnly(node: Paragraph): boolean {
  const styled = node.children.find((child) => child.type === 'emphasis' || child.type === 'strong')
  const inside = styled?.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')) ?? []
  return inside.length === 1 && (inside[0]!.type === 'link' || inside[0]!.type === 'linkReference')
}

/** A paragraph that holds an image and nothing else (a linked image too). */
function isImageOnly(node: FlowNode | undefined): boolean {
  if (node?.type !== 'paragraph') return false
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const only = meaningful.length === 1 ? meaningful[0]! : null
  const image = (child: Nodes) => child.type === 'image' || child.type === 'imageReference'
  return only !== null && (image(only) || (only.type === 'link' && only.children.some(image)))
}

// A part of a report and its number before the title's colon (`**Teil I: Projektvorstellungen**`, `**Part 2: Results**`):
// a heading, unlike a label's colon (`**Keynote: …**`, `**Q1: Results**`).
const PART_LABEL = new RegExp(`^(?:${alternation(lexicon.partWords)}) (?:[IVXLC]{1,5}|\\d{1,2}|\\p{Lu})\\.?:\\s`, 'iu')

/** In a document without headings of its own, a bold list item over what it holds, or alone in its numbered list. */
function itemCandidate(scan: HeadingScan, entry: FlowEntry, node: Paragraph): Candidate | null {
  const { context, maxStyledWords } = scan
  const item = entry.item!
  const next = context.flow[entry.index + 1]
  if (
    isItemHeading(item, node, maxStyledWords) ||
    (isLabelOverBlock(entry, node, next, context.source, maxStyledWords) && !ROLE.test(withoutEndColon(flatText(node)))) ||
    isFlatTopic(scan, entry, node)
  ) {
    // A bold list item over what it holds (a nested list, paragraphs): a Word outline's heading.
    // Items that head the document before any styled line are that line's peers, not its subsections.
    if (!scan.seen.styled) scan.seen.itemsLead = true
    const itemLevel = (scan.seen.itemsLead ? 0 : scan.styledLevel) + entry.listDepth
    return { depth: null, text: withoutEndColon(flatText(node)), itemLevel, htmlIds: [] }
  }
  if (!isLoneItemHeading(context.flow, entry, maxStyledWords)) return null
  const number = listNumber((scan.lists ??= listsOf(context.tree)), item)
  if (number === null) return null
  // `2.  **Finances**` alone in its list, paragraphs after it: a Word heading its list numbers (pandoc-docx).
  scan.styledLevel = 1
  return { depth: null, text: `${number}. ${withoutEndColon(flatText(node))}`, itemLevel: null, htmlIds: [] }
}

const SUBJECT_WORDS = new Set(lexicon.subjectLabels.filter((label) => !label.includes(' ')))

/** A bold item of a flat list over the list's plain items, not a name, a role or a note's label (isFlatItemHeading). */
function isFlatTopic(scan: HeadingScan, entry: FlowEntry, node: Paragraph): boolean {
  const label = withoutEndColon(flatText(node))
  // `Sujet ALIM` is a subject's word over its name, not a person's name.
  const subject = SUBJECT_WORDS.has(label.split(' ')[0]!.toLowerCase())
  if ((looksLikeName(label) && !subject) || ROLE.test(label) || NOT_HEADINGS.has(label.toLowerCase()) || isDateOnly(label)) return false
  const list = (scan.lists ??= listsOf(scan.context.tree)).get(entry.item!)
  return isFlatItemHeading(entry, scan.context.flow[entry.index + 1], list, scan.maxStyledWords)
}

/** A candidate's heading, with its anchors: claimed, and the ids waiting for it given to it. */
function addHeading(scan: HeadingScan, entry: FlowEntry, candidate: Candidate): void {
  const { context } = scan
  const node = entry.node
  const explicit = headingAttributes(candidate.text)
  const text = explicit.text
  if (text === '') return
  context.claims.claim(node)
  const anchors = [githubSlug(text, scan.slugs)]
  if (explicit.id) anchors.unshift(explicit.id)
  anchors.unshift(...[...scan.pendingIds, ...candidate.htmlIds].filter((id) => !anchors.includes(id)))
  scan.pendingIds = []
  const outline = numberOf(node)
  if (candidate.itemLevel !== null) {
    scan.found.push(leveledHeading(entry, text, candidate.itemLevel, anchors, context.source))
    return
  }
  scan.found.push({
    ...(outline ?? splitNumber(text)),
    depth: candidate.depth,
    outline: outline !== null,
    anchors,
    line: entry.line,
    column: entry.column,
    index: entry.index,
  })
}

interface StyledSeen {
  styled: boolean
  bold: boolean
  title: boolean
  itemsLead: boolean
}

/**
 * The level a styled line sets itself, or null to leave it to the assembly. In a document headed by
 * styled lines alone, numbered italic lines after bold ones head their subsections, and so do labels
 * ("Interface Design:") after a title ("Participant Feedback"); a title after such labels returns to the top.
 */
function styledLineLevel(
  seen: StyledSeen,
  line: { kind: 'strong' | 'emphasis'; label: boolean; text: string; boldOutline: boolean; styledLevel: number },
  last: HeadingLine | undefined,
): number | null {
  const { kind, label, boldOutline } = line
  let level: number | null = null
  if (boldOutline && kind === 'emphasis' && seen.bold && splitNumber(line.text).number !== null) level = 2
  else if (boldOutline && label && seen.title) level = 2
  else if (boldOutline && !label && last?.label) level = 1
  // After the headings of a Word outline, a styled line returns to the level they were under.
  else if (last?.item) level = Math.max(1, line.styledLevel)
  if (kind === 'strong') seen.bold = true
  if (kind === 'strong' && !label) seen.title = true
  seen.styled = true
  return level
}

/** A heading whose level the detector knows (a Word outline's item, a styled line under another). */
function leveledHeading(entry: FlowEntry, text: string, level: number, anchors: string[], source: string): HeadingLine {
  const numbered = splitNumber(text)
  // An ordered item's own number is the heading's when its text has none ("4.  **Attendees:**").
  const itemNumbered = numbered.number === null && entry.item ? itemNumber(entry.item, source) : null
  return {
    ...numbered,
    number: numbered.number ?? itemNumbered,
    depth: level,
    outline: true,
    item: entry.node.type === 'paragraph' && entry.item !== null,
    ...(isLabelLine(entry.node) ? { label: true } : {}),
    anchors,
    line: entry.line,
    column: entry.column,
    index: entry.index,
  }
}

/**
 * A numbered list item that is a bold-only short line, alone in its list (no item before or after it in the flow) and
 * followed by a paragraph outside lists: a heading a Word document numbers as a list, as pandoc writes it.
 */
function isLoneItemHeading(flow: readonly FlowEntry[], entry: FlowEntry, maxWords: number): boolean {
  const item = entry.item
  if (item === null || entry.listDepth !== 1 || item.children.length !== 1 || soleEmphasis(entry.node as Paragraph)?.kind !== 'strong')
    return false
  const before = flow[entry.index - 1]
  const after = flow[entry.index + 1]
  if (before?.item || after === undefined || after.item !== null || after.quoteDepth > 0 || after.node.type !== 'paragraph') return false
  const text = flatText(entry.node)
  return countWords(text, maxWords) <= maxWords && !/[.;,]$/.test(text) && !isDateOnly(text) && !looksLikeName(withoutEndColon(text))
}

/** The number an ordered list gives its item (`2.` → `2`): the list's start and the item's place in it (no position needed). */
function listNumber(lists: ReadonlyMap<ListItem, List>, item: ListItem): string | null {
  const list = lists.get(item)
  return list?.ordered ? String((list.start ?? 1) + list.children.indexOf(item)) : null
}

/** The list each list item of the tree is in. */
function listsOf(tree: Root): Map<ListItem, List> {
  const lists = new Map<ListItem, List>()
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'list') for (const item of node.children) lists.set(item, node)
    if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  return lists
}

/** A styled line the plain-text reader made of a label's line ("Interface Design:"). */
function isLabelLine(node: FlowNode): boolean {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const data = node.data as { labelHeading?: boolean } | undefined
  return data?.labelHeading === true
}

/** The number and title the plain-text reader read off a numbered line (`1 Subventions`, `ASUNTO IV.- …`). */
function numberOf(node: FlowNode): { number: string; title: string } | null {
  // typescript-eslint (TypeScript 6) sees mdast's augmented data here; the build's TypeScript 7 needs the assertion.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const data = node.data as { sectionNumber?: string; sectionTitle?: string | null } | undefined
  return data?.sectionNumber && data.sectionTitle ? { number: data.sectionNumber, title: collapseSpace(data.sectionTitle) } : null
}

/** The heading an agenda item's bold first line makes; `claim` takes the line from the paragraph. */
function leadHeading(lead: AgendaLead, entry: FlowEntry, slugs: Map<string, number>, claim: () => void): HeadingLine {
  claim()
  const anchors = [githubSlug(lead.title, slugs)]
  const { line, column, index } = entry
  return { title: lead.title, number: lead.number, depth: null, outline: false, anchors, line, column, index }
}

/**
 * A run-in topic's label as the heading of a subsection of the heading it is under (not another topic's):
 * one level below it. The label's characters are claimed; the record after it stays the paragraph's.
 */
function topicHeading(scan: HeadingScan, entry: FlowEntry, node: Paragraph): void {
  const topic = (scan.topics ??= runInTopics(scan.context.flow)).get(entry.index)
  const parent = topic ? scan.found.findLast((heading) => !scan.topics!.has(heading.index)) : undefined
  if (!topic || !parent || scan.context.claims.openingClaimed(node) > 0) return
  scan.context.claims.claimOpening(node, topic.taken)
  const anchors = [githubSlug(topic.label, scan.slugs)]
  scan.found.push({ ...leveledHeading(entry, topic.label, (parent.depth ?? 1) + 1, anchors, scan.context.source), number: null })
}

/** The id GitHub gives a heading: lowercase, punctuation dropped, spaces to hyphens, `-1`, `-2` for repeats. */
function githubSlug(text: string, seen: Map<string, number>): string {
  const base = text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-')
  const count = seen.get(base) ?? 0
  seen.set(base, count + 1)
  return count === 0 ? base : `${base}-${count}`
}

// The contents page: the heading that opens it and every entry after it (title, number, page, level,
// and the anchor it links to, when it is a link).
import { z } from 'zod'
import { lexicon } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, headingAttributes, paragraphLines } from '../parse/text.js'
import { isDateOnly } from '../text/dates.js'
import { collapseSpace, titleKey, titlesDiffer } from '../text/normalize.js'
import { entryNumber } from '../text/numbering.js'
import {
  type EntryText,
  LEADERS,
  leadersOnly,
  linkEntries,
  linkEntry,
  pagelessEntry,
  parseEntry,
  splitRunTogether,
  spacedRun,
  splitStream,
  tableEntries,
  titleEnd,
  withoutBullet,
} from './contents-lines.js'
import { contentsWindow, headingText } from './contents-code.js'
import { assignLevels, countedNumbers, type RawEntry, uniqueRun } from './contents-levels.js'
import { talkEntries } from './contents-talks.js'
import { type DetectContext, defineDetector } from './define.js'

const ContentsOptions = z.object({
  /** Headings of a contents page, lowercase; the lexicons' by default. */
  headings: z.array(z.string()).default(lexicon.contentsHeadings),
  /** Without a heading, this many entry lines in a row still make a contents page. */
  minimumRun: z.number().int().positive().default(3),
})
type ContentsOptions = z.infer<typeof ContentsOptions>

export interface ContentsLine extends EntryText {
  level: number
  column: number
  at?: number
}

export interface ContentsResult {
  entries: ContentsLine[]
  /** Line of the contents heading (or first entry when there is none); null when there is no contents page. */
  startLine: number | null
}

type Raw = RawEntry

export const contents = defineDetector({
  id: 'contents',
  description: 'Finds the contents page and reads each entry: title, number, level, printed page, anchor',
  options: ContentsOptions,
  codes: {
    'contents-empty': { severity: 'warning', meaning: 'a contents heading with no entries after it' },
    'contents-no-section': { severity: 'warning', meaning: 'a contents entry has no section in the body' },
    'contents-title-differs': {
      severity: 'warning',
      meaning: 'an entry links to a section whose title differs (beyond case and spacing); `cause` is the heading’s position',
    },
  },
  empty: (): ContentsResult => ({ entries: [], startLine: null }),
  detect(context, options) {
    const flow = context.flow
    const sourceLines = context.source.split('\n')
    const heading = flow.findIndex(
      (entry) =>
        !context.claims.isClaimed(entry.node) && (isContentsHeading(entry, options.headings) || opensContents(entry, options.headings)),
    )
    // A converter that joins the heading's line to the entries' ("Índice" / "Sanidad" / "▶ …") leaves them in one paragraph.
    const inline = heading >= 0 && !isContentsHeading(flow[heading]!, options.headings)
    const start = heading >= 0 ? heading + (inline ? 0 : 1) : findRun(flow, options.minimumRun, sourceLines)
    if (start < 0) return { entries: [], startLine: null }
    if (heading >= 0) {
      context.claims.claim(flow[heading]!.node)
      context.facts.contentsStart = heading
    }

    const raw = readEntries(context, { start, heading, inline, sourceLines })
    if (raw.length === 0 && heading >= 0) {
      context.report('contents-empty', 'A contents heading is followed by no contents entries', flow[heading]!)
    }
    const first = heading >= 0 ? flow[heading]! : flow[start]
    const read = titlesEndingInNumbers(raw, sourceLines)
    return { entries: assignLevels(uniqueRun(talkEntries(countedNumbers(read), sourceLines))), startLine: first ? first.line : null }
  },
  // Once the report is assembled: each entry's section, and whether its title is the entry's.
  review(result, assembly, report) {
    result.entries.forEach((entry, i) => {
      const target = assembly.contentsTargets[i] ?? null
      const place = { line: entry.line, column: entry.at ?? entry.column }
      if (!target) {
        report('contents-no-section', `Contents entry “${entry.title}” (page ${entry.page ?? '?'}) has no section in the body`, place)
      } else if (titlesDiffer(entry.title, target.title)) {
        report(
          'contents-title-differs',
          `Contents entry “${entry.title}” differs from its section’s title “${target.title}”`,
          place,
          target,
        )
      }
    })
  },
  // Stryker disable all: the examples are what the tests read, not code to mutate
  examples: {
    ok: [
      {
        title: 'leaders of dots and a tab before the page, ALL-CAPS entries over the rest',
        form: 'leaders',
        text:
          '# Contents\n\nINTRODUCTION.....\t1\nBackground.....\t2\nMETHODS.....\t3\n\n## INTRODUCTION\n\n' +
          '### Background\n\n## METHODS\n',
        found: {
          entries: [
            { title: 'INTRODUCTION', number: null, page: 1, level: 1, line: 3 },
            { title: 'Background', number: null, page: 2, level: 2, line: 4 },
            { title: 'METHODS', number: null, page: 3, level: 1, line: 5 },
          ],
          startLine: 1,
        },
      },
      {
        title: 'words printed for a page that has no number (`Inside back cover`), kept as written',
        form: 'leaders',
        text:
          '# Contents\n\nForeword ..... v\nResults ..... 3\nContacts ..... Inside back cover\n\n' +
          '# Foreword\n\nText.\n\n# Results\n\nText.\n\n# Contacts\n\nText.\n',
        found: {
          entries: [
            { title: 'Foreword', page: 'v' },
            { title: 'Results', page: 3 },
            { title: 'Contacts', page: 'Inside back cover' },
          ],
        },
      },
      {
        title: 'spaced dots, ellipses, underscores and a wide gap; roman page numbers as written',
        form: 'leaders',
        text:
          'Contents\n\nForeword . . . . . . vii\nSummary …… 2\nResults ________ 4\nAnnex            12\n\n' +
          '# Foreword\n\n# Summary\n\n# Results\n\n# Annex\n',
        found: {
          entries: [
            { title: 'Foreword', page: 'vii' },
            { title: 'Summary', page: 2 },
            { title: 'Results', page: 4 },
            { title: 'Annex', page: 12 },
          ],
        },
      },
      {
        title:
          'plain text: a seminar report’s talks, each title over its speakers’ line with the page, set in under their group: ' +
          'the title alone is the entry, the group an entry without a page',
        form: 'talks over speakers',
        text:
          'Table of Contents\n\nExecutive Summary\n   Anna Berg and Karl Lund . . . . . . . . . . . .   2\n\n' +
          'Overview of Talks\n   Sensor networks on the northern shelf\n   Lena Lindqvist . . . . . . . . . . . . . . .   4\n' +
          '   Metadata that survives the archive: lessons from ten years of tide\n   gauges\n' +
          '   Tomas Novak . . . . . . . . . . . . . . . .   4\n\nParticipants . . . . . . . . . . . . . . . . . .   6\n\f',
        found: {
          entries: [
            { title: 'Executive Summary', page: 2, level: 1 },
            { title: 'Overview of Talks', page: null, level: 1 },
            { title: 'Sensor networks on the northern shelf', page: 4, level: 2 },
            { title: 'Metadata that survives the archive: lessons from ten years of tide gauges', page: 4, level: 2 },
            { title: 'Participants', page: 6, level: 1 },
          ],
        },
        // No body follows here: no entry has its section.
        diagnostics: [
          '4:4 contents-no-section',
          '6:1 contents-no-section',
          '8:4 contents-no-section',
          '11:4 contents-no-section',
          '13:1 contents-no-section',
        ],
      },
      {
        title:
          'plain text: the talks’ speakers’ lines set in right of their titles, a title wrapped at its own column: the ' +
          'wrapped lines are the title’s, every talk a level below its group however far it is set in',
        form: 'talks over speakers',
        text:
          'Table of Contents\n\nExecutive Summary\n  Anna Berg and Karl Lund . . . . . . . . . . . .   2\n\n' +
          'Overview of Talks\n     Metadata that survives the archive: lessons from ten years of tide\n     gauges\n' +
          '        Tomas Novak . . . . . . . . . . . . . . . .   4\n     Who pays for the long tail of coastal data?\n' +
          '        Sara Lindqvist and Jonas Weber . . . . . . .   5\n\nParticipants . . . . . . . . . . . . . . . . . .   6\n\f',
        found: {
          entries: [
            { title: 'Executive Summary', page: 2, level: 1 },
            { title: 'Overview of Talks', page: null, level: 1 },
            { title: 'Metadata that survives the archive: lessons from ten years of tide gauges', page: 4, level: 2 },
            { title: 'Who pays for the long tail of coastal data?', page: 5, level: 2 },
            { title: 'Participants', page: 6, level: 1 },
          ],
        },
        diagnostics: [
          '4:3 contents-no-section',
          '6:1 contents-no-section',
          '9:9 contents-no-section',
          '11:9 contents-no-section',
          '13:1 contents-no-section',
        ],
      },
      {
        title:
          'plain text: LaTeX’s contents line numbers its parts without a stop (`1 Invited Talks`), one entry per talk set in ' +
          'under each by two spaces: the numbers count up from 1, so they are numbers, and the entries set in are a level below',
        form: 'counted numbers',
        text:
          'Contents\n1 Invited Talks                                  2\n  Anna Berg (University of Oslo) . . . . . . .   2\n' +
          '  Karl Lund (Baltic Data Centre) . . . . . . .   3\n\n2 Contributed Talks                              4\n' +
          '  Maria Costa (Harbour University) . . . . . .   4\n\f',
        found: {
          entries: [
            { number: '1', title: 'Invited Talks', page: 2, level: 1 },
            { number: null, title: 'Anna Berg (University of Oslo)', page: 2, level: 2 },
            { number: null, title: 'Karl Lund (Baltic Data Centre)', page: 3, level: 2 },
            { number: '2', title: 'Contributed Talks', page: 4, level: 1 },
            { number: null, title: 'Maria Costa (Harbour University)', page: 4, level: 2 },
          ],
        },
        diagnostics: [
          '2:1 contents-no-section',
          '3:3 contents-no-section',
          '4:3 contents-no-section',
          '6:1 contents-no-section',
          '7:3 contents-no-section',
        ],
      },
      {
        title: 'titles that open with a figure and do not count up from 1 keep it: `3 Questions for the Board` is a title',
        text:
          'Contents\n\n1 Welcome . . . . . . . . . . . . . . 1\n3 Questions for the Board . . . . . . 2\n' +
          '12 Months Ahead . . . . . . . . . . 4\n\f',
        found: {
          entries: [
            { number: null, title: '1 Welcome', page: 1 },
            { number: null, title: '3 Questions for the Board', page: 2 },
            { number: null, title: '12 Months Ahead', page: 4 },
          ],
        },
        diagnostics: ['3:1 contents-no-section', '4:1 contents-no-section', '5:1 contents-no-section'],
      },
      {
        title: 'titles that wrap onto capitalised words now and then are no talks: the lines stay one title',
        text:
          'Table of Contents\n\nIntroduction . . . . . . . . . . . . 1\nDevelopment of an Accepted Industrial\n' +
          'Park Development Guiding Principles . . . . 2\nThe Harbour Board\nData Sharing Group . . . . . . . . 3\n' +
          'Annex . . . . . . . . . . . . . . . . 4\n\f',
        found: {
          entries: [
            { title: 'Introduction', page: 1 },
            { title: 'Development of an Accepted Industrial Park Development Guiding Principles', page: 2 },
            { title: 'The Harbour Board Data Sharing Group', page: 3 },
            { title: 'Annex', page: 4 },
          ],
        },
        diagnostics: ['3:1 contents-no-section', '5:1 contents-no-section', '7:1 contents-no-section', '8:1 contents-no-section'],
      },
      {
        title: 'plain text: pageless numbered entries end where the body starts again at the first number',
        form: 'numbered',
        text:
          'Table of Contents\n\n1.  Scope\n2.  Results\n2.1.  Methods\n\n1.  Scope\n\n   The scope of the report.\n\n' +
          '2.  Results\n\n   Text.\n\n2.1.  Methods\n\n   Text.\n\f',
        found: {
          entries: [
            { number: '1', title: 'Scope', level: 1, page: null },
            { number: '2', title: 'Results', level: 1, page: null },
            { number: '2.1', title: 'Methods', level: 2, page: null },
          ],
        },
      },
      {
        title: 'numbered entries: levels from the numbering',
        form: 'numbered',
        text:
          'Table of Contents\n\n1. Scope .......... 1\n1.1 Terms .......... 2\n1.1.1 Notes .......... 2\n' +
          '2. Results .......... 5\n\n# 1. Scope\n\n## 1.1 Terms\n\n### 1.1.1 Notes\n\n# 2. Results\n',
        found: {
          entries: [
            { number: '1', title: 'Scope', level: 1 },
            { number: '1.1', title: 'Terms', level: 2 },
            { number: '1.1.1', title: 'Notes', level: 3 },
            { number: '2', title: 'Results', level: 1 },
          ],
        },
      },
      {
        title:
          'entries numbered in several styles without indentation: levels from the styles and their marks, the first seen ' +
          'outermost (`第一章` over `一、` over `（一）`; `Chapter 1` over `I.` over `A.`); an annex after them is no level below',
        form: 'numbered',
        text:
          '目录\n\n第一章 总则 .......... 1\n一、会议概况 .......... 2\n（一）出席人员 .......... 3\n第二章 组织 .......... 4\n\n' +
          '## 第一章 总则\n\n## 一、会议概况\n\n## （一）出席人员\n\n## 第二章 组织\n',
        found: {
          entries: [
            { number: '一', title: '总则', level: 1 },
            { number: '一', title: '会议概况', level: 2 },
            { number: '一', title: '出席人员', level: 3 },
            { number: '二', title: '组织', level: 1 },
          ],
        },
      },
      {
        title: 'entries numbered by a chapter’s word, Roman numbers and letters, then the appendices',
        form: 'numbered',
        text:
          'Contents\n\nChapter 1: Opening .......... 1\nI. Welcome .......... 1\nA. Agenda .......... 2\nB. Minutes .......... 2\n' +
          'II. Reports .......... 3\nChapter 2: Votes .......... 5\nAppendix A. Participants .......... 9\n\n' +
          '## Chapter 1: Opening\n\n## I. Welcome\n\n## A. Agenda\n\n## B. Minutes\n\n## II. Reports\n\n## Chapter 2: Votes\n\n' +
          '## Appendix A. Participants\n',
        found: {
          entries: [
            { number: '1', title: 'Opening', level: 1 },
            { number: 'I', title: 'Welcome', level: 2 },
            { number: 'A', title: 'Agenda', level: 3 },
            { number: 'B', title: 'Minutes', level: 3 },
            { number: 'II', title: 'Reports', level: 2 },
            { number: '2', title: 'Votes', level: 1 },
            { number: 'A', title: 'Participants', level: 1 },
          ],
        },
      },
      {
        title: 'a title wrapped over two lines, and a contents page found without a heading',
        form: 'wrapped',
        text:
          'Intro text here.\n\nFirst part .......... 1\nA long title that wraps\n' +
          'onto a second line .......... 2\nLast part .......... 3\n\n# First part\n\n' +
          '# A long title that wraps onto a second line\n\n# Last part\n',
        found: {
          entries: [
            { title: 'First part' },
            { title: 'A long title that wraps onto a second line', page: 2, line: 5 },
            { title: 'Last part' },
          ],
          startLine: 3,
        },
      },
      {
        title: 'a leaders-only line: the page of the title above',
        form: 'leaders only',
        text: '# Contents\n\nOPENING SESSION\n……… 5\n\n# OPENING SESSION\n',
        found: { entries: [{ title: 'OPENING SESSION', page: 5 }] },
      },
      {
        title:
          'pdftotext -raw keeps one space before a page where the PDF set tab leaders: a run of three entries or more whose ' +
          'pages never fall reads so, a title wrapped over two lines with it; a page column’s heading (`Page`) is no title',
        form: 'leaders',
        text:
          '# Contents\n\nPage\nIntroduction 3\nBackground of the study and the\nmethods used 5\nResults 12\n\n' +
          '# Introduction\n\n# Background of the study and the methods used\n\n# Results\n',
        found: {
          entries: [
            { title: 'Introduction', page: 3, line: 4 },
            { title: 'Background of the study and the methods used', page: 5, line: 6 },
            { title: 'Results', page: 12, line: 7 },
          ],
        },
      },
      {
        title:
          'entries of one line each, as list items or paragraphs, one space before the page: read as one run across the ' +
          'nodes; a nested ordered list gives the levels, its markers the numbers',
        form: 'leaders',
        text:
          '## Contents\n\n1. Introduction 3\n   1. Scope 3\n   2. Terms 4\n2. Results 5\n\n## 1. Introduction\n\n' +
          '### 1.1 Scope\n\n### 1.2 Terms\n\n## 2. Results\n',
        found: {
          entries: [
            { number: '1', title: 'Introduction', page: 3, level: 1 },
            { number: '1', title: 'Scope', page: 3, level: 2 },
            { number: '2', title: 'Terms', page: 4, level: 2 },
            { number: '2', title: 'Results', page: 5, level: 1 },
          ],
        },
      },
      {
        title:
          'a group’s label ending in a colon over entries without leaders (a parliamentary index’s `3 B`), in its ' +
          'paragraph or ending the one before theirs: an entry without a page, no part of the next title',
        form: 'leaders',
        text:
          'Inhalt\n\nWahl des Präsidenten . . . . 3 A\nAussprache:\nDr. Adenauer (CDU) 3 B\nReimann (KPD) 3 C\n' +
          'Nächste Sitzung:\n\nRenner (KPD) 6 B, 7 A\nOllenhauer (SPD) 6 C\n',
        found: {
          entries: [
            { title: 'Wahl des Präsidenten', page: 3, line: 3 },
            { title: 'Aussprache:', page: null, line: 4 },
            { title: 'Dr. Adenauer (CDU)', page: 3, line: 5 },
            { title: 'Reimann (KPD)', page: 3, line: 6 },
            { title: 'Nächste Sitzung:', page: null, line: 7 },
            { title: 'Renner (KPD)', page: 6, line: 9 },
            { title: 'Ollenhauer (SPD)', page: 6, line: 10 },
          ],
        },
        // No body follows here: no entry has its section.
        diagnostics: [3, 4, 5, 6, 7, 9, 10].map((line) => `${line}:1 contents-no-section`),
      },
      {
        title:
          'a parliamentary index lists each item’s speakers under it without setting them in: a name with its group in ' +
          'brackets is a level below the item before it; a title with brackets and words in lower case is an item',
        text:
          'Inhalt\n\nWahl des Präsidenten . . . . 3 A\nDr. Adenauer (CDU) 3 B\nFrau Dr. von Weber (SPD) 3 C\n' +
          'Bericht des Ausschusses (Drucksache 12) . . 4 A\nReimann (KPD) 4 B\n',
        found: {
          entries: [
            { title: 'Wahl des Präsidenten', level: 1 },
            { title: 'Dr. Adenauer (CDU)', level: 2 },
            { title: 'Frau Dr. von Weber (SPD)', level: 2 },
            { title: 'Bericht des Ausschusses (Drucksache 12)', level: 1 },
            { title: 'Reimann (KPD)', level: 2 },
          ],
        },
        diagnostics: [3, 4, 5, 6, 7].map((line) => `${line}:1 contents-no-section`),
      },
      {
        title: 'figures after one space that fall are no pages: a tally under a contents heading is no run of entries',
        text: '# Contents\n\nVotes for 12\nVotes against 3\nAbstentions 1\n',
        found: { entries: [] },
        diagnostics: ['1:1 contents-empty'],
      },
      {
        title: 'a whole contents page run together on one line, lost leaders included',
        form: 'run together',
        text:
          '# Contents\n\nANNEX ….. 3 Cluster Policy and Agenda 2063 ___ 5 CONCLUSIONS     6\n\n# ANNEX\n\n' +
          '# Cluster Policy and Agenda 2063\n\n# CONCLUSIONS\n',
        found: {
          entries: [
            { title: 'ANNEX', page: 3 },
            { title: 'Cluster Policy and Agenda 2063', page: 5 },
            { title: 'CONCLUSIONS', page: 6 },
          ],
        },
      },
      {
        title: 'a GFM table: title and page cells, the first entry as header row, a split row, a row of dots, stray leaders',
        form: 'table',
        text:
          '| INTRO..... | 3 |\n|---|---|\n| Long title split | |\n| over two rows ..... | 4 |\n| ....... | |\n' +
          '| Annex | . 7 |\n\n# INTRO\n\n# Long title split over two rows\n\n# Annex\n',
        found: {
          entries: [
            { title: 'INTRO', page: 3 },
            { title: 'Long title split over two rows', page: 4 },
            { title: 'Annex', page: 7 },
          ],
        },
      },
      {
        title: 'docling’s contents table misread as columns: spanned cells repeated, two entries in a cell, a title over two rows',
        form: 'table',
        text:
          '## Contents\n\n| INTRODUCTION ..... 1 | INTRODUCTION ..... 1 | INTRODUCTION ..... 1 |\n|---|---|---|\n' +
          '| | | Scope ..... 2 |\n| | FEEDBACK ..... 3 Berths ..... 3 | FEEDBACK ..... 3 Berths ..... 3 |\n' +
          '| 2.2 | 2.2 | Moorings ..... 4 |\n| NEXT AND | NEXT AND | FINAL STEPS ..... 5 |\n\n' +
          '## 1 INTRODUCTION\n\n## 1.1 Scope\n\n## 2 FEEDBACK\n\n## 2.1 Berths\n\n## 2.2 Moorings\n\n## 3 NEXT AND FINAL STEPS\n',
        found: {
          entries: [
            { title: 'INTRODUCTION', page: 1, level: 1 },
            { title: 'Scope', page: 2, level: 2 },
            { title: 'FEEDBACK', page: 3, level: 1 },
            { title: 'Berths', page: 3, level: 2 },
            { number: '2.2', title: 'Moorings', page: 4, level: 2 },
            { title: 'NEXT AND FINAL STEPS', page: 5, level: 1 },
          ],
        },
      },
      {
        title: 'a nested list of links with pages: levels from the nesting',
        form: 'link list',
        text:
          '- [ACKNOWLEDGEMENT](#acknowledgement) 3\n- [SESSIONS](#sessions) 4\n    - [Opening](#opening) 4\n\n' +
          '# ACKNOWLEDGEMENT {#acknowledgement}\n\n# SESSIONS {#sessions}\n\n## Opening {#opening}\n',
        found: {
          entries: [
            { title: 'ACKNOWLEDGEMENT', page: 3, level: 1, anchor: 'acknowledgement' },
            { title: 'SESSIONS', page: 4, level: 1, anchor: 'sessions' },
            { title: 'Opening', page: 4, level: 2, anchor: 'opening' },
          ],
        },
      },
      {
        title: 'a sublist indented two spaces under an ordered list (too little to nest): a level down all the same',
        form: 'link list',
        text:
          '## Contents\n\n1. [Opening](#opening)\n2. [Media](#media)\n  * [Codecs](#codecs)\n  * [Captions](#captions)\n' +
          '3. [Close](#close)\n\n' +
          '## Opening\n\n## Media\n\n### Codecs\n\n### Captions\n\n## Close\n',
        found: {
          entries: [
            { title: 'Opening', level: 1 },
            { title: 'Media', level: 1 },
            { title: 'Codecs', level: 2 },
            { title: 'Captions', level: 2 },
            { title: 'Close', level: 1 },
          ],
        },
      },
      {
        title: 'a plain-text contents page whose entries stand within two columns: one level',
        text: 'CONTENTS\n\nIntroduction .... 1\n Background .... 2\nResults .... 3\n\n# Introduction\n\n# Background\n\n# Results\n',
        found: {
          entries: [
            { title: 'Introduction', level: 1 },
            { title: 'Background', level: 1 },
            { title: 'Results', level: 1 },
          ],
        },
      },
      {
        title: 'a list of anchor links without pages, numbered',
        form: 'link list',
        text: '## Contents\n\n- [1. Scope](#1-scope)\n- [2. Talks](#talks)\n\n## 1. Scope\n\n## 2. Talks {#talks}\n',
        found: {
          entries: [
            { title: 'Scope', number: '1', page: null, anchor: '1-scope' },
            { title: 'Talks', number: '2', page: null, anchor: 'talks' },
          ],
        },
      },
      {
        title: 'a README’s ordered list of anchor links (`1. [Scope](#scope)`): the list’s numbers are the entries’ numbers',
        form: 'link list',
        text:
          '## Table of Contents\n\n1. [Scope](#scope)\n2. [Talks](#talks)\n3. [Votes](#votes)\n\n' + '## Scope\n\n## Talks\n\n## Votes\n',
        found: {
          entries: [
            { title: 'Scope', number: '1', page: null, anchor: 'scope' },
            { title: 'Talks', number: '2', page: null, anchor: 'talks' },
            { title: 'Votes', number: '3', page: null, anchor: 'votes' },
          ],
        },
      },
      {
        title:
          'an agenda of anchor links (`1. [Bilan financier](#un)`): a number ending one link’s text among links without ' +
          'pages is the title’s (`Rennes 2`), not a page',
        form: 'link list',
        text:
          '## Ordre du jour\n\n1. [Bilan financier](#un)\n2. [État des commissions](#deux)\n' +
          '3. [La convention avec Rennes 2](#trois)\n4. [Les publics](#quatre)\n\n' +
          '1\\. Bilan financier\n---\n\n2\\. État des commissions\n---\n\n3\\. La convention avec Rennes 2\n---\n\n4\\. Les publics\n---\n',
        found: {
          entries: [
            { title: 'Bilan financier', number: '1', page: null, anchor: 'un' },
            { title: 'État des commissions', number: '2', page: null, anchor: 'deux' },
            { title: 'La convention avec Rennes 2', number: '3', page: null, anchor: 'trois' },
            { title: 'Les publics', number: '4', page: null, anchor: 'quatre' },
          ],
        },
      },
      {
        title: 'pandoc 3’s contents: each link carries attributes of its own (`{#toc-scope}`), no part of the title',
        form: 'link list',
        text:
          '# Contents\n\n-   [1 Scope](#scope){#toc-scope}\n-   [2 Talks](#talks){#toc-talks}\n' +
          '    -   [2.1 Posters](#posters){#toc-posters}\n\n' +
          '# 1 Scope {#scope}\n\n# 2 Talks {#talks}\n\n## 2.1 Posters {#posters}\n',
        found: {
          entries: [
            { title: 'Scope', number: '1', level: 1, anchor: 'scope' },
            { title: 'Talks', number: '2', level: 1, anchor: 'talks' },
            { title: 'Posters', number: '2.1', level: 2, anchor: 'posters' },
          ],
        },
      },
      {
        title: 'entries numbered by marks of their own without pages (`一、`, `（一）`, `II.`): the number apart from the title',
        form: 'numbered',
        text: '## 目录\n\n一、会议概况\n（一）出席人员\n二、主要内容\n\n' + '## 一、会议概况\n\n### （一）出席人员\n\n## 二、主要内容\n',
        found: {
          entries: [
            { number: '一', title: '会议概况', page: null, level: 1 },
            { number: '一', title: '出席人员', page: null, level: 2 },
            { number: '二', title: '主要内容', page: null, level: 1 },
          ],
        },
      },
      {
        title: 'a number after a word without a page stays in the title, as the contents prints it (`Appendix 1: Organisers`)',
        form: 'bare titles',
        text: '## Contents\n\nIntroduction\nAppendix 1: Organisers\n\n## Introduction\n\n## Appendix 1: Organisers\n',
        found: {
          entries: [
            { number: null, title: 'Introduction', page: null },
            { number: null, title: 'Appendix 1: Organisers', page: null },
          ],
        },
        // The body reads its heading as appendix 1, `Organisers`: the two titles differ, which is so.
        diagnostics: ['4:1 contents-title-differs'],
      },
      {
        title: 'Word’s contents through pandoc: the page a link of its own inside the entry’s link, the heading with attributes',
        form: 'word link',
        text:
          '# Contents {#contents .TOC-Heading}\n\n[1. Scope [3](#scope)](#scope)\n\n[2. Proceedings\n[4](#proceedings)](#proceedings)\n\n' +
          '# 1. Scope\n\n# 2. Proceedings\n',
        found: {
          entries: [
            { number: '1', title: 'Scope', page: 3, anchor: 'scope', line: 3 },
            { number: '2', title: 'Proceedings', page: 4, anchor: 'proceedings', line: 5 },
          ],
          startLine: 1,
        },
      },
      {
        title: 'Word’s contents without a heading: the page inside the link text, links to `_Toc` bookmarks, pages rising',
        form: 'word link',
        text:
          'Minutes of the meeting\n\n[Introduction 3](#_Toc90210001)\n\n[Opening of the meeting 4](#_Toc90210002)\n\n' +
          '[Any other business 6](#_Toc90210003)\n\n# Introduction\n\n# Opening of the meeting\n\n# Any other business\n',
        found: {
          entries: [
            { title: 'Introduction', page: 3, anchor: '_Toc90210001', line: 3 },
            { title: 'Opening of the meeting', page: 4, anchor: '_Toc90210002' },
            { title: 'Any other business', page: 6, anchor: '_Toc90210003' },
          ],
          startLine: 3,
        },
      },
      {
        title: 'a contents page as one paragraph of links broken over lines; a number the anchor ends with is the title’s',
        form: 'word link',
        text:
          '## Contents\n\n[Session 1](#session-1)\\\n[Session 2 5](#_Toc4)\\\n[Annex I](#annex-i)\n\n' +
          '## Session 1\n\n## Session 2\n\n## Annex I\n',
        found: {
          entries: [
            { title: 'Session 1', page: null, line: 3 },
            { title: 'Session 2', page: 5, line: 4 },
            { title: 'Annex I', page: null, line: 5 },
          ],
        },
      },
      {
        title: 'a wiki’s contents box: numbers without a stop, unless the anchor starts with the number',
        form: 'link list',
        text:
          '## Contents\n\n- [1 Opening](#Opening)\n- [2 Votes](#Votes)\n    - [2.1 Budget](#Budget)\n- [2025 Review](#2025_Review)\n\n' +
          '## Opening\n\n## Votes\n\n### Budget\n\n## 2025 Review\n',
        found: {
          entries: [
            { number: '1', title: 'Opening', level: 1 },
            { number: '2', title: 'Votes', level: 1 },
            { number: '2.1', title: 'Budget', level: 2 },
            { number: null, title: '2025 Review', level: 1 },
          ],
        },
      },
      {
        title: 'a wiki’s contents box through pandoc’s Markdown: bracketed spans, a fenced div closing on the last item’s line',
        form: 'link list',
        text:
          '::: {#toc .toc}\n## Contents\n\n-   [[1]{.tocnumber} [Opening]{.toctext}](#Opening)\n' +
          '-   [[2]{.tocnumber} [Any other\n    business]{.toctext}](#Any_other_business)\n:::\n\n## Opening\n\n## Any other business\n',
        found: {
          entries: [
            { number: '1', title: 'Opening', anchor: 'Opening' },
            { number: '2', title: 'Any other business', anchor: 'Any_other_business' },
          ],
        },
      },
      {
        title: 'pdftotext: the body’s first heading runs on after the last entry (the next page); it repeats an entry without a page',
        form: 'leaders',
        text: 'Contents\n1. Opening ........ 2\n2. Votes ........ 3\n\f1. Opening\nThe chair opened the meeting.\n\n2. Votes\nNone.\n',
        found: {
          entries: [
            { number: '1', title: 'Opening', page: 2 },
            { number: '2', title: 'Votes', page: 3 },
          ],
        },
        // The plain-text reader joins the next page's first lines to the contents' paragraph: `1. Opening` is no heading yet.
        diagnostics: ['2:1 contents-no-section'],
      },
      {
        title: 'an ordered list of entries: the list numbers are the entries’ numbers',
        form: 'numbered',
        text: '# Contents\n\n1. Scope ..... 1\n2. Results ..... 2\n\n# 1. Scope\n\n# 2. Results\n',
        found: {
          entries: [
            { number: '1', title: 'Scope', page: 1 },
            { number: '2', title: 'Results', page: 2 },
          ],
        },
      },
      {
        title: 'a leaders-only line with no title before it is no entry',
        text: '# Contents\n\n……… 5\nIntro ..... 1\n\n# Intro\n',
        found: { entries: [{ title: 'Intro', page: 1 }] },
      },
      {
        title: 'rules and link definitions inside a contents page are passed over; a notice ends it',
        text:
          '# Contents\n\nIntro ..... 1\n\n---\n\nMethods ..... 2\n\n[x]: https://example.org\n\nEnd ..... 3\n\n' +
          'The preview has ended. ..... 4\n\nLater ..... 5\n\n# Intro\n\n# Methods\n\n# End\n',
        found: { entries: [{ title: 'Intro' }, { title: 'Methods' }, { title: 'End' }] },
      },
      {
        title: 'plain text: the heading on the entries’ first line, group lines without pages over bulleted entries',
        form: 'groups',
        text:
          'Índice\nSalud\n ▶ Vacunas ............ 11\n ▶ Salud mental ............ 15\n\nEconomía\n ▶ Empleo ............ 21\n\n' +
          '# Salud\n\n## Vacunas\n\n## Salud mental\n\n# Economía\n\n## Empleo\n',
        found: {
          entries: [
            { title: 'Salud', page: null, level: 1 },
            { title: 'Vacunas', page: 11, level: 2 },
            { title: 'Salud mental', page: 15, level: 2 },
            { title: 'Economía', page: null, level: 1 },
            { title: 'Empleo', page: 21, level: 2 },
          ],
          startLine: 1,
        },
      },
      {
        title: 'entries run together over wrapped lines, with no heading: a contents page by its shape (three entries, pages rising)',
        form: 'run together',
        text:
          'FOREWORD..... 3 SUMMARY..... 4 OPENING\nSESSION ..... 5 CLOSING ..... 9\n\n' +
          '# FOREWORD\n\n# SUMMARY\n\n# OPENING SESSION\n\n# CLOSING\n',
        found: {
          entries: [
            { title: 'FOREWORD', page: 3 },
            { title: 'SUMMARY', page: 4 },
            { title: 'OPENING SESSION', page: 5, line: 2 },
            { title: 'CLOSING', page: 9 },
          ],
          startLine: 1,
        },
      },
      {
        title:
          'a hearing’s contents in plain text: a letter-spaced heading, lines before the first entry, groups’ labels (a colon; centred ' +
          'over the entries, a level up), a title wrapped with its year on the line with the page',
        form: 'hearing',
        text:
          '                 C O N T E N T S\n\n                                          Page\n\n' +
          '    Opening statement of the Chair ............     1\n\n    Statements of:\n' +
          '        Senator Reed ..........................     2\n        Senator Dole ..........................     3\n\n' +
          '                        WITNESS\n\n' +
          '    Jane Roe, Director, Office of Water\n      Resources, Springfield ..................     4\n' +
          '    Letter to the Committee dated March 2,\n      2005 ....................................     9\n\f\n' +
          '    The committee met, pursuant to notice, at 10 a.m., in room 538.\n',
        found: {
          entries: [
            { title: 'Opening statement of the Chair', page: 1, level: 1 },
            { title: 'Statements of:', page: null, level: 1 },
            { title: 'Senator Reed', page: 2, level: 2 },
            { title: 'Senator Dole', page: 3, level: 2 },
            { title: 'WITNESS', page: null, level: 1 },
            { title: 'Jane Roe, Director, Office of Water Resources, Springfield', page: 4, level: 2 },
            { title: 'Letter to the Committee dated March 2, 2005', page: 9, level: 2 },
          ],
          startLine: 1,
        },
        // The body is one paragraph: no entry has a section.
        diagnostics: ['5:5', '7:5', '8:9', '9:9', '11:25', '14:7', '16:7'].map((at) => `${at} contents-no-section`),
      },
      {
        title:
          'a hearing’s contents in a typewritten text read as Markdown (its paragraph openings dedented): the page column’s ' +
          'heading a code block of one line after the rule, a group’s label with the hearing’s day under it',
        form: 'hearing',
        text:
          'C O N T E N T S\n\n----------\n                                          Page\nHearing held on:\n' +
          '    July 25, 2006 ..............................     1\n\nWITNESSES\n    Tuesday, July 25, 2006\n\n' +
          'Roe, Jane, Director, Office of Water .........     4\nDoe, John, President, Doe & Co ...............     9\n\n' +
          'The Subcommittee met, pursuant to notice, at 10 a.m., in room\n2128, Rayburn House Office Building, the Hon. Sue\n' +
          'Kelly presiding. Present were members of both\nsubcommittees, and the witnesses took their\nplaces at the table. The\n' +
          'hearing was held as noticed.\n',
        found: {
          entries: [
            { title: 'Hearing held on:', page: null, level: 1 },
            { title: 'July 25, 2006', page: 1, level: 2 },
            { title: 'WITNESSES', page: null, level: 1 },
            { title: 'Roe, Jane, Director, Office of Water', page: 4 },
            { title: 'Doe, John, President, Doe & Co', page: 9 },
          ],
          startLine: 1,
        },
        diagnostics: ['5:1', '6:5', '8:1', '11:1', '12:1'].map((at) => `${at} contents-no-section`),
      },
      {
        title: 'a contents page inside a code block: only its lines are entries, the rest of the block stays body',
        form: 'code block',
        text:
          '# Hearing\n\n```\n   CONTENTS\n                               Page\n' +
          'Opening statement ..........    1\nStatement of Jane Roe ......    4\nLetter to the Committee ....    9\n\n' +
          'The committee met at 10 a.m. in room 538 ........ and heard 3\nwitnesses over the morning.\n```\n',
        found: {
          entries: [
            { title: 'Opening statement', page: 1, line: 6 },
            { title: 'Statement of Jane Roe', page: 4, line: 7 },
            { title: 'Letter to the Committee', page: 9, line: 8 },
          ],
        },
        diagnostics: ['6:1 contents-no-section', '7:1 contents-no-section', '8:1 contents-no-section'],
      },
      {
        title: 'bare titles without pages or numbers, each the title of a heading further on',
        form: 'bare titles',
        text: '## Contents\n\nIntroduction\nMethods\nResults\n\n## Introduction\n\nText.\n\n## Methods\n\nText.\n\n## Results\n\nText.\n',
        found: {
          entries: [
            { title: 'Introduction', number: null, page: null, level: 1, line: 3 },
            { title: 'Methods', number: null, page: null, level: 1, line: 4 },
            { title: 'Results', number: null, page: null, level: 1, line: 5 },
          ],
          startLine: 1,
        },
      },
      {
        title: 'plain text: a word processor’s contents without pages, levels by indentation, its titles heading the body',
        form: 'bare titles',
        text:
          'Contents\nIntroduction\nSessions\n   Session 1: Tools\n   Session 2: Vision\nConclusions\n\n\n' +
          'Introduction\nThe workshop met for two days.\n\nSessions\nThere were two.\n\nSession 1: Tools\nTalks on tools.\n\n' +
          'Session 2: Vision\nTalks on the future.\n\nConclusions\nMore work is needed.\n\f',
        found: {
          entries: [
            { title: 'Introduction', page: null, level: 1 },
            { title: 'Sessions', page: null, level: 1 },
            { title: 'Session 1: Tools', number: null, page: null, level: 2 },
            { title: 'Session 2: Vision', number: null, page: null, level: 2 },
            { title: 'Conclusions', page: null, level: 1 },
          ],
        },
      },
      {
        title: 'short lines under a contents heading that head nothing further on are no entries',
        text: '## Contents\n\nApples\nPears\nPlums\n\n## Fruit\n\nText.\n',
        found: { entries: [], startLine: 1 },
        diagnostics: ['1:1 contents-empty'],
      },
      {
        title: 'a heading in another language of the lexicons',
        form: 'leaders',
        text: '# Sumário\n\nIntrodução ..... 1\n\n# Introdução\n',
        found: { entries: [{ title: 'Introdução', page: 1 }], startLine: 1 },
      },
      {
        title: 'links to other pages or sites and a references list are no contents page',
        text:
          '# Minutes\n\n- [Agenda](agenda.html#item-1)\n- [Slides](https://example.org/slides#part-2)\n- [Video](other.md#top)\n\n' +
          '[Report 2019 3](https://example.org/2019)\n\n[Report 2020 4](https://example.org/2020)\n\n' +
          '[Report 2021 5](https://example.org/2021)\n\n## References\n\n1. [Smith 2020](#ref-smith) 12\n',
        found: { entries: [], startLine: null },
      },
      {
        title: 'paragraphs of in-page links whose numbers fall are no contents page',
        text: '[Item 9](#_Toc90210001)\n\n[Item 4](#_Toc90210002)\n\n[Item 2](#_Toc90210003)\n\n# Item 9\n',
        found: { entries: [], startLine: null },
      },
      {
        title: 'prose with numbers is no contents page',
        text: '# Title\n\nSome text with a number 12.\n\nThe 2030 Agenda for Sustainable Development\n',
        found: { entries: [], startLine: null },
      },
      {
        title: 'prose that runs numbers and wide gaps together is no contents page: its pages do not rise',
        text: 'Votes for  12 against  3 and then\nabstentions  2 in the end  1\n\n# Result\n',
        found: { entries: [], startLine: null },
      },
      {
        title: 'two leader lines without a heading are too few for a contents page',
        text: 'Intro ..... 1\nEnd ..... 2\n',
        found: { entries: [], startLine: null },
      },
      {
        title: 'a table of names and numbers that fall is a tally, not a contents page without its heading',
        text: '# Votes\n\n| | Stimmen |\n| :-- | :-: |\n| Jens | 11 |\n| Martin | 10 |\n| Sarah | 10 |\n| Tim | 10 |\n',
        form: 'table',
        found: { entries: [] },
      },
      {
        title: 'a line of leaders longer than 500 characters is prose, at once',
        text: `# Contents\n\nIntroduction ..... 1\n\n# Introduction\n\nLeaders ${'. '.repeat(300)}z 4\n`,
        found: { entries: [{ title: 'Introduction', page: 1 }] },
      },
    ],
    notOk: [
      {
        title: 'a contents heading with nothing after it',
        text: '# Contents\n\n## Introduction\n\nText.\n',
        found: { entries: [], startLine: 1 },
        diagnostics: ['1:1 contents-empty'],
      },
      {
        title: 'an entry whose section is not in the body',
        text: '# Contents\n\nIntroduction ..... 1\nMethods ..... 2\n\n# Introduction\n\nText.\n',
        diagnostics: ['4:1 contents-no-section'],
      },
      {
        title: 'an entry that links to a section of another title',
        text: '# Contents\n\nAgri-business in Africa ..... 1\n\n# Agribusiness in Africa\n\nText.\n',
        diagnostics: ['3:1 contents-title-differs'],
      },
    ],
  },
})

// Stryker restore all: a comment inside the detector's object would not end the examples' exemption
/** Where the contents page starts in the flow, whether its heading is its first node's first line, and the source's lines. */
interface Where {
  start: number
  heading: number
  inline: boolean
  sourceLines: readonly string[]
}

/**
 * The contents page's entries from `start` on, its nodes claimed; a group's label and, under a heading,
 * a few lines before the first entry are passed over.
 */
function readEntries(context: DetectContext, { start, heading, inline, sourceLines }: Where): Raw[] {
  const flow = context.flow
  const columnOf = (line: number) => (sourceLines[line - 1] ?? '').search(/\S/) + 1 || 1
  const raw: Raw[] = []
  let leftmost = Number.POSITIVE_INFINITY
  // Lines between a heading and the first entry ("Page", the day): claimed once an entry follows.
  const preamble: FlowEntry[] = []
  // Wrapped lines waiting for the line that carries the page; joined once (joining as they come is quadratic).
  let pending: string[] = []
  // The keys of the headings after the contents page, read once and only for a page of bare titles.
  let laterHeadings: ReadonlySet<string> | undefined
  // Entries of one line each with one space before the page (`1. Introduction 3` as list items), read once.
  let spacedNodes: ReadonlyMap<number, EntryText> | undefined
  let lastEnd = 0
  for (let i = start; i < flow.length; i++) {
    const entry = flow[i]!
    const node = entry.node
    if (node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition') continue
    const opening = inline && i === heading
    if (context.claims.isClaimed(node) && !opening) break
    let found =
      entriesOf(entry, sourceLines, heading >= 0, opening ? 1 : 0) ??
      (raw.length > 0 ? groupLabel(flow, i, sourceLines) : null) ??
      (heading >= 0 ? bareEntries(entry, (laterHeadings ??= headingKeys(flow, i))) : null)
    if (heading >= 0 && isPageless(found) && (spacedNodes ??= spacedLines(flow, i, sourceLines)).has(i)) found = [spacedNodes.get(i)!]
    if (!found) {
      if (raw.length > 0 || heading < 0 || preamble.length >= PREAMBLE || !isShortLine(entry)) break
      preamble.push(entry)
      continue
    }
    // The body starting again (an entry's title without its page) ends the page before this node is claimed.
    if (raw.length > 0 && repeatsEntry(found[0], raw)) break
    for (const passed of [...preamble, entry]) context.claims.claim(passed.node)
    preamble.length = 0
    context.facts.contentsStart ??= i
    const label = colonLabel(pending, found, lastEnd)
    if (label) raw.push({ ...label, column: columnOf(label.line), listDepth: entry.listDepth })
    if (label) pending = []
    lastEnd = node.position?.end.line ?? entry.line
    for (const item of found) {
      if (item === null) continue
      if (typeof item === 'string') {
        // A title that wraps onto the next line: it prefixes the entry that carries the page.
        pending.push(item)
        continue
      }
      if (item.title === '' && pending.length === 0) continue
      const whole =
        pending.length > 0 ? entryNumber(collapseSpace(`${pending.join(' ')} ${item.number ? `${item.number}. ` : ''}${item.title}`)) : item
      const column = columnOf(item.titleLine ?? item.line)
      const centred = item.page === null && column >= leftmost + 10
      leftmost = Math.min(leftmost, column)
      const [at, depth] = [columnOf(item.line), entry.listDepth]
      raw.push({ ...item, title: whole.title, number: whole.number, column, at, listDepth: depth, ...(centred ? { centred } : {}) })
      pending = []
    }
  }
  return raw
}

/**
 * `[État de la convention avec Rennes 2](#trois)` among links without pages: a number that ends one link's text is its
 * title's, not a page, when most of the links have none (a contents page gives every entry its page, or none does).
 */
function titlesEndingInNumbers(raw: readonly Raw[], sourceLines: readonly string[]): Raw[] {
  const linked = raw.filter((entry) => entry.anchor !== null)
  // A word processor's bookmark (`#_Toc4`) is its contents field's: the number there is the page it printed.
  const inside = (entry: Raw) =>
    entry.anchor !== null &&
    entry.page !== null &&
    !WORD_BOOKMARK.test(entry.anchor) &&
    (sourceLines[entry.line - 1] ?? '').includes(` ${entry.page}](#`)
  const paged = linked.filter((entry) => entry.page !== null).length
  if (linked.length < 3 || paged * 2 >= linked.length) return [...raw]
  return raw.map((entry) => (inside(entry) ? { ...entry, title: `${entry.title} ${entry.page}`, page: null } : entry))
}

/** Word's bookmarks of a contents field's headings (`_Toc90210001`, `_Ref…`). */
const WORD_BOOKMARK = /^_(?:Toc|Ref)\d/

/**
 * A group's label ending its paragraph with a colon (`Nächste Sitzung:`), the entries under it in the next: an entry
 * without a page on the line `line`, when the next node opens with an entry that has a page; null otherwise.
 */
function colonLabel(pending: readonly string[], found: ReadonlyArray<EntryText | string | null>, line: number): EntryText | null {
  if (pending.length === 0 || !/:\s*$/.test(pending.at(-1)!)) return null
  const first = found.find((item) => item !== null)
  if (first === undefined || typeof first === 'string' || first.page === null) return null
  return { ...entryNumber(collapseSpace(pending.join(' '))), page: null, anchor: null, line }
}

/** Nothing read, or one line read without a page (a title, or a numbered title under a contents heading). */
function isPageless(found: Array<EntryText | string | null> | null): boolean {
  if (found === null) return true
  const items = found.filter((item) => item !== null)
  return items.length === 1 && (typeof items[0] === 'string' || items[0]!.page === null)
}

/** Flow nodes looked at ahead for entries of one line each. */
const SPACED_NODES = 400

/**
 * Entries of one line each, a paragraph or list item apiece, with one space before the page (`1. Introduction 3`),
 * by flow index: the run `spacedRun` reads from `from` on, an ordered list's marker taken as the number.
 */
function spacedLines(flow: readonly FlowEntry[], from: number, sourceLines: readonly string[]): Map<number, EntryText> {
  const lines: Array<{ text: string; at: number }> = []
  for (let i = from; i < flow.length && lines.length < SPACED_NODES; i++) {
    const { node, item, line } = flow[i]!
    if (node.type === 'html' || node.type === 'thematicBreak') continue
    if (node.type !== 'paragraph' || paragraphLines(node).length !== 1) break
    const marker = item?.children[0] === node ? /^\s*(\d+)[.)]\s/.exec(sourceLines[line - 1] ?? '') : null
    lines.push({ text: `${marker ? `${marker[1]}. ` : ''}${flatText(node).trim()}`, at: i })
  }
  const run = spacedRun(lines)
  return new Map([...run].map(([k, entry]) => [lines[k]!.at, { ...entry, anchor: null, line: flow[lines[k]!.at]!.line }]))
}

/** Whether a node's first entry repeats an earlier entry's title without its page: the body's heading, not an entry. */
function repeatsEntry(first: EntryText | string | null | undefined, raw: readonly Raw[]): boolean {
  if (!first || typeof first === 'string' || first.page !== null) return false
  const key = titleKey(first.title)
  return raw.some((earlier) => earlier.page !== null && titleKey(earlier.title) === key)
}

/** The title keys of the headings from flow entry `from` on. */
function headingKeys(flow: readonly FlowEntry[], from: number): Set<string> {
  const keys = new Set<string>()
  for (let i = from; i < flow.length; i++) if (flow[i]!.node.type === 'heading') keys.add(titleKey(flatText(flow[i]!.node)))
  return keys
}

/**
 * Bare titles under a contents heading, without pages or numbers (`Introduction` / `Session summary`, as a
 * word processor's linked contents prints them): entries when every line of the paragraph is the title of
 * a heading further on.
 */
function bareEntries(entry: FlowEntry, headings: ReadonlySet<string>): EntryText[] | null {
  const node = entry.node
  if (node.type !== 'paragraph' || headings.size === 0) return null
  const lines = paragraphLines(node).filter((line) => line.text.trim() !== '')
  if (lines.length === 0 || lines.some((line) => line.text.length > 120 || !headings.has(titleKey(line.text)))) return null
  return lines.map((line) => ({ title: collapseSpace(line.text), number: null, page: null, anchor: null, line: line.line }))
}

/** Nodes under a contents heading that may stand before its first entry. */
const PREAMBLE = 4

function isShortLine(entry: FlowEntry): boolean {
  const node = entry.node
  // A page column's heading set far right (`{60}Page`) is read as a code block of one line.
  if (node.type === 'code') return !node.value.trim().includes('\n') && node.value.trim().length <= 60
  return node.type === 'paragraph' && paragraphLines(node).length === 1 && flatText(node).trim().length <= 60
}

/** A group's label on a line of its own between entries (`WITNESS`, `Response to written questions of:`): an entry without a page. */
function groupLabel(flow: readonly FlowEntry[], i: number, sourceLines: readonly string[]): EntryText[] | null {
  const entry = flow[i]!
  const node = entry.node
  const lines = node.type === 'paragraph' ? paragraphLines(node) : []
  // The day of the hearing may stand under the label (`WITNESSES` / `Tuesday, July 25, 2006`): passed over.
  const dated = lines.length === 2 && isDateOnly(lines[1]!.text)
  if (!(node.type === 'heading' || lines.length === 1 || dated)) return null
  const text = collapseSpace(dated ? lines[0]!.text : flatText(node))
  if (text.length > 120 || !/\p{L}/u.test(text) || /[.;]$/.test(text)) return null
  let next = i + 1
  while (next < flow.length && (flow[next]!.node.type === 'html' || flow[next]!.node.type === 'thematicBreak')) next++
  const after = next < flow.length ? entriesOf(flow[next]!, sourceLines, true) : null
  if (!after?.some((item) => item !== null && typeof item !== 'string' && item.page !== null)) return null
  return [{ ...entryNumber(text), page: null, anchor: null, line: entry.line }]
}

/**
 * The entries one flow node holds: an entry, or a string for a line that continues onto the next entry.
 * Null when the node is not part of a contents page.
 */
function entriesOf(
  entry: FlowEntry,
  sourceLines: readonly string[],
  underHeading = false,
  skip = 0,
): Array<EntryText | string | null> | null {
  const node = entry.node
  if (node.type === 'table') {
    const rows = tableEntries(node)
    return rows.length > 0 ? rows : null
  }
  if (node.type === 'heading') {
    const run = splitRunTogether(flatText(node))
    return run ? run.map((item) => ({ ...item, anchor: null, line: entry.line })) : null
  }
  if (node.type === 'code') {
    const window = contentsWindow(codeLines(node, sourceLines), lexicon.contentsHeadings)
    return window ? entriesOfLines(window, true) : null
  }
  if (node.type !== 'paragraph') return null
  // An ordered-list marker ("1. Scope ….. 1", "1. [Scope](#scope)") is the entry's number, though the parser took it.
  const itemLine = entry.item?.children[0] === node ? entry.item.position?.start.line : undefined
  const marker = itemLine && skip === 0 ? /^\s*(\d+)[.)]\s/.exec(sourceLines[itemLine - 1] ?? '') : null
  const links = linkEntries(node)
  if (links) return marker && links.length === 1 && links[0]!.number === null ? [{ ...links[0]!, number: marker[1]! }] : links
  const lines = paragraphLines(node).slice(skip)
  if (marker && lines[0]) lines[0] = { ...lines[0], text: `${marker[1]}. ${lines[0].text}` }
  return entriesOfLines(lines, underHeading)
}

/**
 * The entries of a node's lines; lines without a page are titles that wrap onto the next, or (under a
 * contents heading) numbered entries of their own. A line without a page over bulleted entries
 * (`Economía` / `▶ Micro y mesoeconomía ….. 51`) is a group of its own, without a page.
 */
function entriesOfLines(
  rawLines: ReadonlyArray<{ text: string; line: number }>,
  underHeading: boolean,
): Array<EntryText | string | null> | null {
  const lines = rawLines.map((line) => ({ ...line, ...withoutBullet(line.text) }))
  const indent = entryIndent(lines)
  const spaced = underHeading ? spacedRun(lines) : null
  // The line where the title now being wrapped over lines began.
  let wrapStart = 0
  const found: Array<EntryText | string | null> = []
  let any = false
  let loose = false
  lines.forEach((line, i) => {
    if (PAGE_COLUMN.has(line.text.trim().toLowerCase())) {
      found.push(null)
      return
    }
    // A whole page run together on one line first: read as one entry, it would swallow the rest.
    const many = splitRunTogether(line.text)
    const pageOnly = many ? null : leadersOnly(line.text)
    // A numbered title without a page is an entry of its own, unless it wraps onto a line with the page.
    const after = lines[i + 1]
    const next = after ? parseEntry(after.text) : null
    const pageless = underHeading && !(next && next.number === null && !after!.bulleted) ? pagelessEntry(line.text) : null
    const group =
      !line.bulleted && line.text.trim() !== '' && ((next && after!.bulleted) || isLabel(lines, i)) ? groupEntry(line.text, indent) : null
    const wrapped = typeof found.at(-1) === 'string' ? wrapStart : null
    const one = many
      ? null
      : pageOnly !== null
        ? { title: '', number: null, page: pageOnly }
        : (parseEntry(line.text) ?? spaced?.get(i) ?? pageless ?? group ?? (wrapped !== null ? titleEnd(line.text) : null))
    if (typeof found.at(-1) !== 'string') wrapStart = line.line
    if (one)
      found.push({ ...one, anchor: null, line: line.line, bulleted: line.bulleted, ...(wrapped !== null ? { titleLine: wrapped } : {}) })
    else if (many) found.push(...many.map((item) => ({ ...item, anchor: null, line: line.line })))
    else found.push(line.text.trim() === '' ? null : line.text)
    any ||= Boolean(one ?? many)
    loose ||= !one && !many && line.text.trim() !== ''
  })
  // Entries run together and wrapped anew: a line ends in the start of the next entry's title.
  const stream = loose ? splitStream(lines) : null
  if (stream) return stream
  return any ? found : null
}

/** A page column's heading on a line of its own (`Pages`, `Seite`): no title of the entry under it. */
const PAGE_COLUMN = new Set(lexicon.pageColumnWords)

/** Where the entries with a page start, the least indent of their lines (a group's label set well right of it is centred). */
function entryIndent(lines: ReadonlyArray<{ text: string }>): number {
  let least = Number.POSITIVE_INFINITY
  for (const line of lines) if (LEADERS.test(line.text) && parseEntry(line.text)) least = Math.min(least, line.text.search(/\S/))
  return least
}

/**
 * A group's label: a line without a page, ending in a colon or before a blank line, over entries within two lines
 * (with leaders under a line before a blank one; any entry under a colon: `Nächste Sitzung:` / `Renner (KPD) 6 B`).
 */
function isLabel(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  const after = lines[i + 1]
  const colon = /:\s*$/.test(lines[i]!.text)
  if (!colon && !(after !== undefined && after.text.trim() === '')) return false
  let ahead = 0
  for (let j = i + 1; j < lines.length && ahead < 2; j++) {
    if (lines[j]!.text.trim() === '') continue
    ahead++
    if ((colon || LEADERS.test(lines[j]!.text)) && parseEntry(lines[j]!.text)) return true
  }
  return false
}

/** A group's label as an entry without a page; centred when set ten columns or more right of the entries. */
function groupEntry(text: string, entryIndent: number): Omit<EntryText, 'line' | 'anchor'> {
  const centred = text.search(/\S/) >= entryIndent + 10
  return { ...entryNumber(collapseSpace(text)), page: null, ...(centred ? { centred } : {}) }
}

/** A code block's lines with their line numbers (a fenced block's text starts on the line after its fence). */
function codeLines(
  node: Extract<FlowEntry['node'], { type: 'code' }>,
  sourceLines: readonly string[],
): Array<{ text: string; line: number }> {
  const start = node.position?.start.line ?? 1
  const fenced = /^\s*(?:```|~~~)/.test(sourceLines[start - 1] ?? '')
  return node.value.split('\n').map((text, i) => ({ text, line: start + i + (fenced ? 1 : 0) }))
}

function isContentsHeading(entry: FlowEntry, names: readonly string[]): boolean {
  const node = entry.node
  if (node.type !== 'heading' && node.type !== 'paragraph') return false
  const text = flatText(node)
  // Pandoc's attributes after the heading: `# Contents {#contents .TOC-Heading}`.
  if (names.includes(headingText(text.endsWith('}') ? headingAttributes(text).text : text))) return true
  // A report that numbers its contents page as a section (`2   Table of Contents`, a seminar series' reports).
  const data = node.type === 'heading' ? node.data : undefined
  return data !== undefined && 'sectionTitle' in data && names.includes(headingText(String(data.sectionTitle)))
}

/** A paragraph whose first line is a contents heading and whose other lines are its entries. */
function opensContents(entry: FlowEntry, names: readonly string[]): boolean {
  const node = entry.node
  if (node.type !== 'paragraph') return false
  const lines = paragraphLines(node)
  if (lines.length < 2 || !names.includes(headingText(lines[0]!.text))) return false
  return (entriesOf(entry, [], true, 1) ?? []).some((item) => item !== null && typeof item !== 'string' && item.page !== null)
}

/** Without a heading: the first node that is plainly a contents page (leader lines, link lists, entry tables). */
function findRun(flow: readonly FlowEntry[], minimum: number, sourceLines: readonly string[]): number {
  for (let i = 0; i < flow.length; i++) {
    const entry = flow[i]!
    const node = entry.node
    if (node.type === 'table' && pagesRise(tableEntries(node), minimum)) return i
    if (node.type !== 'paragraph' && node.type !== 'code') continue
    const lines = node.type === 'code' ? codeLines(node, sourceLines) : paragraphLines(node)
    if (lines.filter((line) => LEADERS.test(line.text) && parseEntry(line.text)).length >= minimum) return i
    if ((splitRunTogether(lines[0]?.text ?? '')?.length ?? 0) >= minimum) return i
    if (lines.length > 1 && risingRun(splitStream(lines), minimum)) return i
    if (node.type === 'code') continue
    if (linkRun(flow, i) >= minimum && entriesOf(entry, sourceLines)) return i
  }
  return -1
}

/**
 * How many anchor links stand from flow entry `i` on: list items of one link each, or paragraphs of links
 * with pages that rise (a word processor's contents without its heading); 0 when `i` holds none.
 */
function linkRun(flow: readonly FlowEntry[], i: number): number {
  let links = 0
  let page = 0
  for (let j = i; j < flow.length && flow[j]!.node.type === 'paragraph'; j++) {
    const entry = flow[j]!
    if (entry.item) {
      if (!linkEntry(entry.node as never)) break
      links++
      continue
    }
    const found = linkEntries(entry.node as never)
    if (!found?.every((link) => typeof link.page === 'number' && link.page >= page)) break
    page = found.at(-1)!.page as number
    links += found.length
  }
  return links
}

/**
 * A table without a contents heading is a contents page when enough rows carry a page and the numbered pages
 * never fall (a tally of votes, `Jens | 11` over `Martin | 10`, is a table of numbers, not of pages).
 */
function pagesRise(entries: readonly EntryText[], minimum: number): boolean {
  if (entries.length < minimum) return false
  const pages = entries.map((entry) => entry.page).filter((page) => typeof page === 'number')
  return pages.every((page, k) => k === 0 || page >= pages[k - 1]!)
}

/** Entries run together over wrapped lines make a contents page without a heading when there are enough of them and their pages rise. */
function risingRun(entries: readonly EntryText[] | null, minimum: number): boolean {
  if (!entries || entries.length < minimum) return false
  const pages = entries.map((entry) => entry.page)
  return pages.every((page, k) => typeof page === 'number' && (k === 0 || page >= (pages[k - 1] as number)))
}

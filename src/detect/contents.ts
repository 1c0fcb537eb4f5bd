// The contents page: the heading that opens it and every entry after it (title, number, page, level,
// and the anchor it links to, when it is a link).
import { z } from 'zod'
import { lexicon } from '../lexicon/index.js'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, paragraphLines } from '../parse/text.js'
import { collapseSpace, titlesDiffer } from '../text/normalize.js'
import { withNumber } from '../text/numbering.js'
import {
  type EntryText,
  LEADERS,
  leadersOnly,
  linkEntry,
  pagelessEntry,
  parseEntry,
  splitRunTogether,
  splitStream,
  tableEntries,
} from './contents-lines.js'
import { assignLevels, type RawEntry, uniqueRun } from './contents-levels.js'
import { defineDetector } from './define.js'

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
    const columnOf = (line: number) => (sourceLines[line - 1] ?? '').search(/\S/) + 1 || 1
    const heading = flow.findIndex((entry) => !context.claims.isClaimed(entry.node) && isContentsHeading(entry, options.headings))
    const start = heading >= 0 ? heading + 1 : findRun(flow, options.minimumRun, sourceLines)
    if (start < 0) return { entries: [], startLine: null }
    if (heading >= 0) {
      context.claims.claim(flow[heading]!.node)
      context.facts.contentsStart = heading
    }

    const raw: Raw[] = []
    // Wrapped lines waiting for the line that carries the page; joined once (joining as they come is quadratic).
    let pending: string[] = []
    for (let i = start; i < flow.length; i++) {
      const entry = flow[i]!
      const node = entry.node
      if (node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition') continue
      if (context.claims.isClaimed(node)) break
      const found = entriesOf(entry, sourceLines, heading >= 0)
      if (!found) break
      context.claims.claim(node)
      context.facts.contentsStart ??= i
      for (const item of found) {
        if (item === null) continue
        if (typeof item === 'string') {
          // A title that wraps onto the next line: it prefixes the entry that carries the page.
          pending.push(item)
          continue
        }
        if (item.title === '' && pending.length === 0) continue
        const whole =
          pending.length > 0
            ? withNumber(collapseSpace(`${pending.join(' ')} ${item.number ? `${item.number}. ` : ''}${item.title}`))
            : item
        raw.push({ ...item, title: whole.title, number: whole.number, column: columnOf(item.line), listDepth: entry.listDepth })
        pending = []
      }
    }
    if (raw.length === 0 && heading >= 0) {
      context.report('contents-empty', 'A contents heading is followed by no contents entries', flow[heading]!)
    }
    const first = heading >= 0 ? flow[heading]! : flow[start]
    return { entries: assignLevels(uniqueRun(raw)), startLine: first ? first.line : null }
  },
  // Once the report is assembled: each entry's section, and whether its title is the entry's.
  review(result, assembly, report) {
    result.entries.forEach((entry, i) => {
      const target = assembly.contentsTargets[i] ?? null
      if (!target) {
        report('contents-no-section', `Contents entry “${entry.title}” (page ${entry.page ?? '?'}) has no section in the body`, entry)
      } else if (titlesDiffer(entry.title, target.title)) {
        report(
          'contents-title-differs',
          `Contents entry “${entry.title}” differs from its section’s title “${target.title}”`,
          entry,
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
        title: 'a heading in another language of the lexicons',
        form: 'leaders',
        text: '# Sumário\n\nIntrodução ..... 1\n\n# Introdução\n',
        found: { entries: [{ title: 'Introdução', page: 1 }], startLine: 1 },
      },
      {
        title: 'prose with numbers is no contents page',
        text: '# Title\n\nSome text with a number 12.\n\nThe 2030 Agenda for Sustainable Development\n',
        found: { entries: [], startLine: null },
      },
      {
        title: 'two leader lines without a heading are too few for a contents page',
        text: 'Intro ..... 1\nEnd ..... 2\n',
        found: { entries: [], startLine: null },
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
  // Stryker restore all
})

/**
 * The entries one flow node holds: an entry, or a string for a line that continues onto the next entry.
 * Null when the node is not part of a contents page.
 */
function entriesOf(entry: FlowEntry, sourceLines: readonly string[], underHeading = false): Array<EntryText | string | null> | null {
  const node = entry.node
  if (node.type === 'table') {
    const rows = tableEntries(node)
    return rows.length > 0 ? rows : null
  }
  if (node.type === 'heading') {
    const run = splitRunTogether(flatText(node))
    return run ? run.map((item) => ({ ...item, anchor: null, line: entry.line })) : null
  }
  if (node.type === 'code') return entriesOfLines(codeLines(node, sourceLines), underHeading)
  if (node.type !== 'paragraph') return null
  const link = linkEntry(node)
  if (link) return [{ ...link, line: entry.line }]
  const lines = paragraphLines(node)
  // An ordered-list marker ("1. Scope ….. 1") is the entry's number, though the parser took it.
  const itemLine = entry.item?.children[0] === node ? entry.item.position?.start.line : undefined
  const marker = itemLine ? /^\s*(\d+)[.)]\s/.exec(sourceLines[itemLine - 1] ?? '') : null
  if (marker && lines[0]) lines[0] = { ...lines[0], text: `${marker[1]}. ${lines[0].text}` }
  return entriesOfLines(lines, underHeading)
}

/**
 * The entries of a node's lines; lines without a page are titles that wrap onto the next, or (under a contents
 * heading) numbered entries of their own.
 */
function entriesOfLines(
  lines: ReadonlyArray<{ text: string; line: number }>,
  underHeading: boolean,
): Array<EntryText | string | null> | null {
  const found: Array<EntryText | string | null> = []
  let any = false
  let loose = false
  lines.forEach((line, i) => {
    // A whole page run together on one line first: read as one entry, it would swallow the rest.
    const many = splitRunTogether(line.text)
    const pageOnly = many ? null : leadersOnly(line.text)
    // A numbered title without a page is an entry of its own, unless it wraps onto a line with the page.
    const next = lines[i + 1] ? parseEntry(lines[i + 1]!.text) : null
    const pageless = underHeading && !(next && next.number === null) ? pagelessEntry(line.text) : null
    const one = many ? null : pageOnly !== null ? { title: '', number: null, page: pageOnly } : (parseEntry(line.text) ?? pageless)
    if (one) found.push({ ...one, anchor: null, line: line.line })
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
  const text = flatText(node).toLowerCase().replace(/[:.]$/, '')
  return names.includes(text)
}

/** Without a heading: the first node that is plainly a contents page (leader lines, link lists, entry tables). */
function findRun(flow: readonly FlowEntry[], minimum: number, sourceLines: readonly string[]): number {
  for (let i = 0; i < flow.length; i++) {
    const entry = flow[i]!
    const node = entry.node
    if (node.type === 'table' && tableEntries(node).length >= minimum) return i
    if (node.type !== 'paragraph' && node.type !== 'code') continue
    const lines = node.type === 'code' ? codeLines(node, sourceLines) : paragraphLines(node)
    if (lines.filter((line) => LEADERS.test(line.text) && parseEntry(line.text)).length >= minimum) return i
    if ((splitRunTogether(lines[0]?.text ?? '')?.length ?? 0) >= minimum) return i
    if (node.type === 'code') continue
    // A list of anchor links, one item each.
    let links = 0
    for (let j = i; j < flow.length && flow[j]!.node.type === 'paragraph' && flow[j]!.item && linkEntry(flow[j]!.node as never); j++)
      links++
    if (links >= minimum && entriesOf(entry, sourceLines)) return i
  }
  return -1
}

// The body's text blocks in reading order: paragraphs, list items, quotes, code and tables that no
// earlier detector took.
import type { ListItem, Nodes } from 'mdast'
import { z } from 'zod'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, plainText } from '../parse/text.js'
import type { BlockKind, Link } from '../schema/report.js'
import { isInterjectionText } from '../text/interjections.js'
import { collapseSpace, countWords } from '../text/normalize.js'
import { defineDetector } from './define.js'

const BlocksOptions = z.object({})
type BlocksOptions = z.infer<typeof BlocksOptions>

/** @public: named in the declaration of `detectors` (dist/detect/index.d.ts), read by nothing else. */
export interface BlockFound {
  kind: BlockKind
  text: string
  line: number
  column: number
  index: number
  /** A list item's nesting, from 1; null for other blocks. */
  depth: number | null
  links: Link[]
  /** In the margin of a page laid out as a table (flow.ts): no section's and no speaker's. */
  margin?: true
}

/** An interjection longer than this is a parenthesised passage of the body. */
const MAX_INTERJECTION_WORDS = 80

export interface BlocksResult {
  blocks: BlockFound[]
}

export const blocks = defineDetector({
  id: 'blocks',
  description: 'Collects the body text as blocks: paragraphs, list items, quotes, code and tables',
  options: BlocksOptions,
  codes: {},
  empty: (): BlocksResult => ({ blocks: [] }),
  detect(context) {
    const found: BlockFound[] = []
    const seenItems = new Set<ListItem>()
    for (const entry of context.flow) {
      const node = entry.node
      if (context.claims.isClaimed(node)) continue
      let kind: BlockKind
      let text: string
      let carriers: readonly Nodes[] = [node]
      if (entry.item && node.type === 'paragraph') {
        // A list item is one block: its own paragraphs, not those of lists nested in it.
        if (seenItems.has(entry.item)) continue
        seenItems.add(entry.item)
        kind = 'list_item'
        // Without the opening characters an earlier detector took (a speaker's label).
        const skip = context.claims.openingClaimed(node)
        carriers = entry.item.children.filter((child) => child.type === 'paragraph')
        text = collapseSpace(carriers.map((child, i) => (i === 0 && skip > 0 ? flatText(child).slice(skip) : plainText(child))).join(' '))
      } else if (node.type === 'paragraph') {
        // Without the opening characters an earlier detector took (a speaker's label).
        text = flatText(node).slice(context.claims.openingClaimed(node))
        // A bullet whose list marker the converter lost: "• Item" as a paragraph of its own.
        const bullet = /^[•▪◦‣●■□➢➤–]\s+/.exec(text)
        kind = entry.quoteDepth > 0 ? 'quote' : bullet ? 'list_item' : isInterjection(text) ? 'interjection' : 'paragraph'
        if (bullet) text = text.slice(bullet[0].length)
      } else if (node.type === 'code') {
        kind = 'code'
        text = node.value
      } else if (node.type === 'table') {
        kind = 'table'
        text = node.children.map((row) => row.children.map((cell) => flatText(cell)).join(' | ')).join('\n')
      } else continue
      if (text.trim() === '') continue
      context.claims.claim(node)
      // A paragraph a page break cut in two: it ends mid-sentence, the next part starts in lower case.
      const previous = found.at(-1)
      if (
        previous &&
        kind === 'paragraph' &&
        previous.kind === 'paragraph' &&
        /^\p{Ll}/u.test(text) &&
        !/[.!?:;…"”)]$/.test(previous.text) &&
        onlyMarksBetween(context.flow, previous.index, entry.index)
      ) {
        previous.text = `${previous.text} ${text}`
        previous.links.push(...linksOf(carriers))
        continue
      }
      const start = kind === 'list_item' ? entry.item?.position?.start : undefined
      const depth = kind === 'list_item' ? Math.max(1, entry.listDepth) : null
      found.push({
        kind,
        text,
        line: start?.line ?? entry.line,
        column: start?.column ?? entry.column,
        index: entry.index,
        depth,
        links: linksOf(carriers),
        ...(entry.margin ? { margin: true as const } : {}),
      })
    }
    return { blocks: found }
  },
  // Stryker disable all: the examples are what the tests read, not code to mutate
  examples: {
    ok: [
      {
        title: 'one block per list item, nested items apart; quotes and code blocks',
        form: 'paragraphs, list items, quotes, code',
        text: '- first\n  continued\n  - nested\n- second\n\n> quoted\n\n```\ncode\n```\n',
        found: {
          blocks: [
            { kind: 'list_item', text: 'first continued', line: 1, depth: 1 },
            { kind: 'list_item', text: 'nested', line: 3, depth: 2 },
            { kind: 'list_item', text: 'second', line: 4, depth: 1 },
            { kind: 'quote', text: 'quoted', line: 6, depth: null },
            { kind: 'code', text: 'code', line: 8 },
          ],
        },
      },
      {
        title: 'a table, one row per line, cells joined by a bar',
        form: 'table',
        text: 'Text.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
        found: {
          blocks: [
            { kind: 'paragraph', text: 'Text.' },
            { kind: 'table', text: 'a | b\n1 | 2', line: 3 },
          ],
        },
      },
      {
        title: 'a bullet whose list marker the converter lost',
        form: 'lost bullet',
        text: '• First point\n\n• Second point\n',
        found: {
          blocks: [
            { kind: 'list_item', text: 'First point' },
            { kind: 'list_item', text: 'Second point' },
          ],
        },
      },
      {
        title: 'a label’s remarks going on over lines that open with an ellipsis (`… more`), as W3C’s minutes write them: one block',
        form: 'paragraphs, list items, quotes, code',
        text: 'Anna Berg: the draft is ready  \n… two issues remain  \n… both are small\n\nKarl Lund: thanks\n\nAnna Berg: next\n',
        found: {
          blocks: [
            { kind: 'paragraph', text: 'the draft is ready … two issues remain … both are small', line: 1 },
            { kind: 'paragraph', text: 'thanks', line: 5 },
            { kind: 'paragraph', text: 'next', line: 7 },
          ],
        },
      },
      {
        title: 'YAML front matter (`---`) at the top is metadata: no block',
        form: 'front matter',
        text: '---\ntitle: Board minutes\ndate: 2024-05-09\n---\n\n## Budget\n\nWe met.\n',
        found: { blocks: [{ kind: 'paragraph', text: 'We met.', line: 8 }] },
      },
      {
        title: 'TOML front matter (`+++`), after a blank line as Zola reads it too, is metadata: no block',
        form: 'front matter',
        text: '\n+++\ntitle = "Recap: Rivers Summit"\n\n[extra]\nshow = true\n+++\n\n## Morning\n\nWe met.\n',
        found: { blocks: [{ kind: 'paragraph', text: 'We met.', line: 11 }] },
      },
      {
        title: 'a paragraph a page break cut in two, joined again',
        form: 'paragraph cut by a page',
        text: 'The report will be circulated to\n\n<!-- PAGE_BREAK -->\n\nparticipants for comment.\n',
        found: { blocks: [{ kind: 'paragraph', text: 'The report will be circulated to participants for comment.', line: 1 }] },
      },
      {
        title:
          'an RFC in plain text: the running header and the `[Page N]` footer of each page are no text of the report; ' +
          '`o` bullets are list items',
        form: 'running headers and footers (RFC)',
        text:
          'Network Working Group                                           A. Berg\n' +
          'Request for Comments: 9999                            Harbour Institute\n' +
          'Category: Informational                                       June 2020\n\n\n' +
          '                  Report from the Harbour Workshop\n\n1.  Introduction\n\n' +
          '   The workshop met in Bergen to discuss how harbours measure\n' +
          '   the energy their cranes use.  This report gives its results.\n\n\n\n' +
          'Berg                          Informational                    [Page 1]\n' +
          'RFC 9999                    Harbour Workshop                  June 2020\n\n\n' +
          '   The participants agreed on two points, which the next\n   workshop will take up:\n\n' +
          '   o  cranes are measured at the meter;\n\n   o  the figures are published each year.\n\n\n\n' +
          'Berg                          Informational                    [Page 2]\n' +
          'RFC 9999                    Harbour Workshop                  June 2020\n\n\n' +
          '2.  Next Steps\n\n   A second workshop will meet in Oslo in the spring of 2021.\n\n\n\n' +
          'Berg                          Informational                    [Page 3]\n',
        found: {
          blocks: [
            {
              kind: 'paragraph',
              text:
                'The workshop met in Bergen to discuss how harbours measure the energy their cranes use. ' +
                'This report gives its results.',
            },
            { kind: 'paragraph', text: 'The participants agreed on two points, which the next workshop will take up:' },
            { kind: 'list_item', text: 'cranes are measured at the meter;' },
            { kind: 'list_item', text: 'the figures are published each year.' },
            { kind: 'paragraph', text: 'A second workshop will meet in Oslo in the spring of 2021.', line: 34 },
          ],
        },
      },
      {
        title: 'a two-column page of `pdftotext -layout`: the left column read first, then the right one, each its paragraph',
        form: 'two-column pages (pdftotext -layout)',
        text:
          'Summer school report\n\n' +
          'Whole-cell models are promising tools for       The groups met several challenges as they\n' +
          'biological research and bioengineering, and     read the model and its documentation, since\n' +
          'they need standards that describe them all;     the code holds most details of the model and\n' +
          'the school taught how to encode such models     the documents give only their overviews. A\n' +
          'in SBML and simulate them with SED-ML files,    second challenge was serial execution that\n' +
          'and students worked in ten groups of five,      SBML, being no programming language, does\n' +
          'every group led by an experienced teacher.      not expose to the modeller or to simulators.\n\f',
        found: {
          blocks: [
            {
              kind: 'paragraph',
              text:
                'Whole-cell models are promising tools for biological research and bioengineering, and they need standards ' +
                'that describe them all; the school taught how to encode such models in SBML and simulate them with SED-ML ' +
                'files, and students worked in ten groups of five, every group led by an experienced teacher.',
            },
            {
              kind: 'paragraph',
              text:
                'The groups met several challenges as they read the model and its documentation, since the code holds most ' +
                'details of the model and the documents give only their overviews. A second challenge was serial execution ' +
                'that SBML, being no programming language, does not expose to the modeller or to simulators.',
            },
          ],
        },
      },
      {
        title: 'a paragraph after a full stop is a paragraph of its own',
        text: 'The report was circulated.\n\n<!-- PAGE_BREAK -->\n\nparticipants commented.\n',
        found: { blocks: [{ text: 'The report was circulated.' }, { text: 'participants commented.' }] },
      },
      {
        title: 'a speaker’s opening label is not part of the remarks',
        text: '## Q1\n\n**Ravi Menon:** Yes. It matters.\n\n**Zhou Yan**: No.\n\n**Ravi Menon**:Maybe.\n',
        found: { blocks: [{ text: 'Yes. It matters.' }, { text: 'No.' }, { text: 'Maybe.' }] },
      },
      {
        title: 'a list item of two paragraphs is one block; a bullet inside a line is text',
        text: '- first\n\n  second paragraph\n\nA • B in the middle.\n\n•  Two spaces after the bullet\n',
        found: {
          blocks: [
            { kind: 'list_item', text: 'first second paragraph', line: 1 },
            { kind: 'paragraph', text: 'A • B in the middle.' },
            { kind: 'list_item', text: 'Two spaces after the bullet' },
          ],
        },
      },
      {
        title: 'a cut paragraph is joined only to a paragraph that starts in lower case',
        text:
          'The report will be circulated to\n\n<!-- PAGE_BREAK -->\n\nParticipants for comment.\n\n' +
          'It will be sent to\n\n<!-- PAGE_BREAK -->\n\n- members of the board\n',
        found: {
          blocks: [
            { kind: 'paragraph', text: 'The report will be circulated to' },
            { kind: 'paragraph', text: 'Participants for comment.' },
            { kind: 'paragraph', text: 'It will be sent to' },
            { kind: 'list_item', text: 'members of the board' },
          ],
        },
      },
      {
        title: 'code inside a list item is a code block; a list item starts on its marker’s line',
        text: '- item\n\n  ```\n  code\n  ```\n\n-\n  late text\n',
        found: {
          blocks: [
            { kind: 'list_item', text: 'item', line: 1 },
            { kind: 'code', text: 'code', line: 3 },
            { kind: 'list_item', text: 'late text', line: 7 },
          ],
        },
      },
      {
        title: 'a list item cut by a page break is not joined to the paragraph after it',
        text: '- an item that runs on to\n\n<!-- PAGE_BREAK -->\n\nthe next page.\n',
        found: {
          blocks: [
            { kind: 'list_item', text: 'an item that runs on to' },
            { kind: 'paragraph', text: 'the next page.' },
          ],
        },
      },
      {
        title: 'links keep their address and text; the text reads as printed',
        form: 'links',
        text:
          'See [the charter](https://example.org/charter) and <https://example.org/wiki>.\n\n' +
          '- Slides: [deck](https://example.org/deck.pdf)\n',
        found: {
          blocks: [
            {
              text: 'See the charter and https://example.org/wiki.',
              links: [
                { url: 'https://example.org/charter', text: 'the charter' },
                { url: 'https://example.org/wiki', text: 'https://example.org/wiki' },
              ],
            },
            { kind: 'list_item', text: 'Slides: deck', links: [{ url: 'https://example.org/deck.pdf', text: 'deck' }], depth: 1 },
          ],
        },
      },
      {
        title: 'an audience’s reaction in parentheses, in each language, is an interjection',
        form: 'interjection',
        text:
          'We will vote now.\n\n(Beifall bei der SPD und Zurufe von der CDU/CSU: Sehr richtig!)\n\n(Applause)\n' +
          '\n(Rires sur plusieurs bancs.)\n',
        found: {
          blocks: [
            { kind: 'paragraph' },
            { kind: 'interjection', text: '(Beifall bei der SPD und Zurufe von der CDU/CSU: Sehr richtig!)' },
            { kind: 'interjection', text: '(Applause)' },
            { kind: 'interjection', text: '(Rires sur plusieurs bancs.)' },
          ],
        },
      },
      {
        title: 'a member’s call from the floor in parentheses, under a label, is an interjection; a name alone is not',
        form: 'interjection',
        text: 'We will vote now.\n\n(Abg. Meier [SPD]: Wo waren Sie denn?)\n\n(Dr. Schulz: Das ist unerhört!)\n\n(Dr. Schulz)\n',
        found: {
          blocks: [
            { kind: 'paragraph' },
            { kind: 'interjection', text: '(Abg. Meier [SPD]: Wo waren Sie denn?)' },
            { kind: 'interjection', text: '(Dr. Schulz: Das ist unerhört!)' },
            { kind: 'paragraph', text: '(Dr. Schulz)' },
          ],
        },
      },
      {
        title:
          'a parliament’s plain text copied out one paragraph a line, no blank lines (a tenth of its lines long): each line a ' +
          'block, a label line opening a turn whatever the line before it, a reaction in parentheses an interjection',
        form: 'paragraph a line',
        text:
          'Präsident Dr. Jenninger: Die Sitzung ist eröffnet. Meine Damen und Herren, die Fraktionen haben' +
          ' sich darauf verständigt, die heutige Tagesordnung um eine Beschlussempfehlung zu erweitern.\n' +
          'Ich rufe Punkt 1 der Tagesordnung auf: Aktuelle Stunde betreffend die Lage der Landwirtschaft. Das' +
          ' Wort hat der Abgeordnete Dr. Vogel, dem ich hiermit das Wort für zehn Minuten erteile.\n' +
          'Dr. Vogel (SPD): Herr Präsident! Meine Damen und Herren! Die Lage der Landwirtschaft ist ernster,' +
          ' als die Bundesregierung es wahrhaben will, und viele Familien wissen nicht, wie es weitergeht.\n' +
          '(Beifall bei der SPD)\n' +
          'Wir haben dies seit Jahren gesagt, und wir sagen es heute wieder, weil sich an der Lage der' +
          ' Betriebe nichts geändert hat und die Bundesregierung weiterhin nur neue Kommissionen einsetzt.\n' +
          '2214 Deutscher Bundestag — 10. Wahlperiode — 52. Sitzung. Bonn, Donnerstag, den 4. Juni 1987\n' +
          '(Dr. Vogel)\n' +
          'Wir fordern die Bundesregierung auf, endlich zu handeln und den Betrieben eine verlässliche' +
          ' Perspektive zu geben, statt die Entscheidungen wieder und wieder auf das nächste Jahr zu' +
          ' verschieben.\n' +
          'Vizepräsident Frau Renger: Das Wort hat die Abgeordnete Frau Dr. Hamm-Brücher.\n' +
          'Deutscher Bundestag — 10. Wahlperiode — 52. Sitzung. Bonn, Donnerstag, den 4. Juni 1987 2215\n' +
          '(Vizepräsident Frau Renger)\n' +
          'Frau Dr. Hamm-Brücher (FDP): Frau Präsidentin! Meine Damen und Herren! Wer die Lage der' +
          ' Landwirtschaft beklagt, sollte auch sagen, was er selbst zu tun gedenkt, und wie er es bezahlen' +
          ' will.\n' +
          '\f',
        found: {
          blocks: [
            { kind: 'paragraph', line: 1 },
            { kind: 'paragraph', line: 2 },
            { kind: 'paragraph', line: 3 },
            { kind: 'interjection', line: 4, text: '(Beifall bei der SPD)' },
            { kind: 'paragraph', line: 5 },
            { kind: 'paragraph', line: 6 },
            { kind: 'paragraph', line: 7, text: '(Dr. Vogel)' },
            { kind: 'paragraph', line: 8 },
            { kind: 'paragraph', line: 9, text: 'Das Wort hat die Abgeordnete Frau Dr. Hamm-Brücher.' },
            { kind: 'paragraph', line: 10 },
            { kind: 'paragraph', line: 11 },
            { kind: 'paragraph', line: 12 },
          ],
        },
      },
      {
        title:
          'a plenary record’s running header at a page’s top, its page number first or last, and the speaker it repeats in ' +
          'parentheses under it are no text: no block',
        form: 'running page header',
        text:
          'Präsident Dr. Jenninger: Die Sitzung ist eröffnet. Meine Damen und Herren, die Fraktionen haben' +
          ' sich darauf verständigt, die heutige Tagesordnung um eine Beschlussempfehlung zu erweitern.\n' +
          'Dr. Vogel (SPD): Herr Präsident! Meine Damen und Herren! Die Lage der Landwirtschaft ist ernster,' +
          ' als die Bundesregierung es wahrhaben will, und viele Familien wissen nicht, wie es weitergeht.\n' +
          '(Beifall bei der SPD)\n' +
          '\f2214 Deutscher Bundestag — 10. Wahlperiode — 52. Sitzung. Bonn, Donnerstag, den 4. Juni 1987\n' +
          '(Dr. Vogel)\n' +
          'Wir fordern die Bundesregierung auf, endlich zu handeln und den Betrieben eine verlässliche' +
          ' Perspektive zu geben, statt die Entscheidungen wieder und wieder auf das nächste Jahr zu' +
          ' verschieben.\n' +
          'Vizepräsident Frau Renger: Das Wort hat die Abgeordnete Frau Dr. Hamm-Brücher.\n' +
          '\fDeutscher Bundestag — 10. Wahlperiode — 52. Sitzung. Bonn, Donnerstag, den 4. Juni 1987 2215\n' +
          '(Vizepräsident Frau Renger)\n' +
          'Frau Dr. Hamm-Brücher (FDP): Frau Präsidentin! Meine Damen und Herren! Wer die Lage der' +
          ' Landwirtschaft beklagt, sollte auch sagen, was er selbst zu tun gedenkt, und wie er es bezahlen' +
          ' will.\n' +
          '\f2216 Deutscher Bundestag — 10. Wahlperiode — 52. Sitzung. Bonn, Donnerstag, den 4. Juni 1987\n' +
          'Wir setzen auf den Markt und auf eine gerechte Förderung der Betriebe, die im Wettbewerb bestehen' +
          ' wollen, und wir lehnen die teuren Programme der Opposition ab, die niemandem helfen werden.\n' +
          '\f',
        found: {
          blocks: [
            { kind: 'paragraph', line: 1 },
            { kind: 'paragraph', line: 2 },
            { kind: 'interjection', line: 3 },
            { kind: 'paragraph', line: 6 },
            { kind: 'paragraph', line: 7, text: 'Das Wort hat die Abgeordnete Frau Dr. Hamm-Brücher.' },
            { kind: 'paragraph', line: 10 },
            { kind: 'paragraph', line: 12 },
          ],
        },
      },
      {
        title: 'a parenthesis that is no reaction, or closes before the paragraph’s end, is a paragraph',
        text: '(This section is informative.)\n\n(Applause) Thank you all for coming.\n\n(a) applause rules (b) other rules\n',
        found: { blocks: [{ kind: 'paragraph' }, { kind: 'paragraph' }, { kind: 'paragraph' }] },
      },
      {
        title: 'a paragraph that starts with a colon keeps it when no label was taken',
        text: ': not a label, just text.\n',
        found: { blocks: [{ kind: 'paragraph', text: ': not a label, just text.' }] },
      },
    ],
    notOk: [],
  },
})

// Stryker restore all: a comment inside the detector's object would not end the examples' exemption
/** A paragraph that is all one parenthesis naming an audience's reaction ("(Beifall bei der SPD.)", "(Applause)") or a member's call. */
function isInterjection(text: string): boolean {
  if (!text.startsWith('(') || !/\)[.!]?$/.test(text) || countWords(text, MAX_INTERJECTION_WORDS + 1) > MAX_INTERJECTION_WORDS) return false
  // The opening parenthesis closes only at the end: "(a) first point (b) second" is no interjection.
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth === 0 && i < text.length - 2) return false
  }
  return isInterjectionText(text)
}

/** The links in the nodes, in order: where each points and its text. */
function linksOf(nodes: readonly Nodes[]): Link[] {
  const links: Link[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'link') {
      links.push({ url: node.url, text: collapseSpace(plainText(node)) })
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  for (const node of nodes) visit(node)
  return links
}

/** True when nothing but comments, rules and blank space lies between two flow entries. */
function onlyMarksBetween(flow: readonly FlowEntry[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (flow[i]!.node.type !== 'html' && flow[i]!.node.type !== 'thematicBreak') return false
  return to - from > 1
}

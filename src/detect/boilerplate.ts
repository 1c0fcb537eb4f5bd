// Text a converter or a download site added that is not part of the report: "preview ended" notices
// and the link that follows them (which is where the full report lives: kept as the source URL).
import type { Link, Nodes } from 'mdast'
import { z } from 'zod'
import { alternation, lexicon } from '../lexicon/index.js'
import { flatText } from '../parse/text.js'
import { defineDetector } from './define.js'
import { sourceLineOf } from './source-line.js'

const BoilerplateOptions = z.object({
  /**
   * More notices, besides the general ones the lexicons give: phrases found anywhere in a paragraph,
   * ignoring case. A notice one site prints is set here, not built in.
   */
  notices: z.array(z.string()).default([]),
})
type BoilerplateOptions = z.infer<typeof BoilerplateOptions>

export interface BoilerplateResult {
  sourceUrl: string | null
  /** Line of the first notice: where the report's own text stops. */
  noticeLine: number | null
}

const NOTICE = noticePattern([])

function noticePattern(extra: readonly string[]): RegExp {
  return new RegExp(alternation([...lexicon.notices, ...extra]), 'i')
}

export const boilerplate = defineDetector({
  id: 'boilerplate',
  description: 'Removes download-site and converter notices, keeping their source link; reads the address a labelled top line gives',
  options: BoilerplateOptions,
  codes: {
    'boilerplate-notice-removed': {
      severity: 'info',
      meaning: 'a download-site, converter or machine-translation notice was removed from the content',
    },
    'boilerplate-source-link': { severity: 'info', meaning: 'the link given by such a notice became `metadata.sourceUrl`' },
    'boilerplate-source-line': {
      severity: 'info',
      meaning:
        'the address a line at the top gives after a label (`Available at:`, a link named `Original file`) became `metadata.sourceUrl`',
    },
  },
  empty: (): BoilerplateResult => ({ sourceUrl: null, noticeLine: null }),
  detect(context, options) {
    const notice = options.notices.length === 0 ? NOTICE : noticePattern(options.notices)
    let sourceUrl: string | null = null
    let noticeLine: number | null = null
    const flow = context.flow
    for (let i = 0; i < flow.length; i++) {
      const entry = flow[i]!
      if (entry.node.type !== 'paragraph' || context.claims.isClaimed(entry.node)) continue
      const text = flatText(entry.node)
      if (!notice.test(text)) continue
      context.claims.claim(entry.node)
      noticeLine ??= entry.line
      context.report('boilerplate-notice-removed', `Removed a notice that is not the report’s text: “${text}”`, entry)
      // The link is in the notice itself or in the paragraph right after it.
      const own = firstLink(entry.node)
      const next = flow[i + 1]
      const nextLink =
        next?.node.type === 'paragraph' ? (isOnlyLink(next.node) ? firstLink(next.node) : bareUrl(flatText(next.node))) : null
      const link = own ?? nextLink
      if (nextLink && next) {
        context.claims.claim(next.node)
        context.report('boilerplate-source-link', `Kept the notice's link as metadata.sourceUrl: ${nextLink.url}`, next)
      }
      if (link && sourceUrl === null) sourceUrl = link.url
    }
    // Without a notice's link, the document's own address where its top prints it after a label.
    const line = sourceUrl === null ? sourceLineOf(flow, (node) => context.claims.isClaimed(node)) : null
    if (line) {
      // A paragraph that is only that line is no text of the report.
      if (line.whole) context.claims.claim(line.entry.node)
      context.report('boilerplate-source-line', `Read the document's address as metadata.sourceUrl: ${line.url}`, line.entry)
      sourceUrl = line.url
    }
    return { sourceUrl, noticeLine }
  },
  // Stryker disable all: the examples are what the tests read, not code to mutate
  examples: {
    ok: [
      {
        title: 'a text without a notice; a notice in a heading or an aside is not removed as one',
        text:
          'The preview of the results was discussed.\n\n## The preview has ended\n\n??? note "Site"\n\n' +
          '    The preview has ended.\n\nBody.\n',
        found: { sourceUrl: null, noticeLine: null },
      },
      {
        title: 'a “Source:” line in the body cites another document; an address after words that are no label is none',
        text:
          'Intro.\n\n'.repeat(12) + 'source : https://example.org/question-42.html\n\nRetrouvez nos ressources sur https://example.org/\n',
        found: { sourceUrl: null },
      },
      {
        title: 'a link in a sentence of the top is not the document’s address',
        text: 'See the [original proposal](https://example.org/p) for the details of the plan and the budget.\n\nText.\n',
        found: { sourceUrl: null },
      },
    ],
    notOk: [
      {
        title: 'the document’s address after a label at its top: a link whose text is the label, a label and a bare address',
        form: 'source line',
        text: '[Original file](https://example.org/minutes-2023-06-19.pdf)\n\n---\n\n**MINUTES OF THE ANNUAL MEETING**\n\nText.\n',
        found: { sourceUrl: 'https://example.org/minutes-2023-06-19.pdf', noticeLine: null },
        diagnostics: ['1:1 boilerplate-source-line'],
      },
      {
        title: 'a label ending the words before the address, on a line of a colophon',
        form: 'source line',
        text: 'Idiomas: Euskera y castellano.\nLibro disponible en la web: https://example.org/libro en euskera y castellano.\n\nTexto.\n',
        found: { sourceUrl: 'https://example.org/libro' },
        diagnostics: ['1:1 boilerplate-source-line'],
      },
      {
        title: 'a download site’s notice, and the link after it',
        text:
          'Text.\n\n**The preview has ended. To read the full report, follow the link:**\n\n' +
          '[https://example.org/r?id=5](https://example.org/r?id=5)\n',
        found: { sourceUrl: 'https://example.org/r?id=5', noticeLine: 3 },
        diagnostics: ['3:1 boilerplate-notice-removed', '5:1 boilerplate-source-link'],
      },
      {
        title: 'a notice in Chinese with a bare address after it',
        text: 'Text.\n\n预览已结束\n\nhttps://example.org/report?id=5\n',
        found: { sourceUrl: 'https://example.org/report?id=5', noticeLine: 3 },
        diagnostics: ['3:1 boilerplate-notice-removed', '5:1 boilerplate-source-link'],
      },
      {
        title: 'the first notice’s link is the source',
        text: 'Text.\n\nThe preview has ended.\n\nhttps://example.org/first\n\nEnd of the preview.\n\nhttps://example.org/second\n',
        found: { sourceUrl: 'https://example.org/first', noticeLine: 3 },
        diagnostics: [
          '3:1 boilerplate-notice-removed',
          '5:1 boilerplate-source-link',
          '7:1 boilerplate-notice-removed',
          '9:1 boilerplate-source-link',
        ],
      },
      {
        title: 'a machine-translation notice',
        text: '**NOTE: This is a machine-translated document.**\n\n# Report\n',
        found: { sourceUrl: null, noticeLine: 1 },
        diagnostics: ['1:1 boilerplate-notice-removed'],
      },
      {
        title: 'a site’s own notice, given as an option',
        text: 'Text.\n\nFree pages end here; scan the code for the rest.\n',
        options: { notices: ['free pages end here'] },
        found: { noticeLine: 3 },
        diagnostics: ['3:1 boilerplate-notice-removed'],
      },
    ],
  },
})

// Stryker restore all: a comment inside the detector's object would not end the examples' exemption
function firstLink(node: Nodes): Link | null {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'link' && /^https?:\/\//.test(current.url)) return current
    if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes)
  }
  return null
}

/** A plain-text address standing alone: "https://example.org/report?id=5". */
function bareUrl(text: string): Link | null {
  return /^https?:\/\/\S+$/.test(text) ? { type: 'link', url: text, children: [] } : null
}

function isOnlyLink(node: Extract<Nodes, { type: 'paragraph' }>): boolean {
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return meaningful.length === 1 && meaningful[0]!.type === 'link'
}

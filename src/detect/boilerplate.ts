// Text a converter or a download site added that is not part of the report: "preview ended" notices
// and the link that follows them (which is where the full report lives: kept as the source URL).
import type { Link, Nodes } from 'mdast'
import { z } from 'zod'
import { alternation, lexicon } from '../lexicon/index.js'
import { flatText } from '../parse/text.js'
import { defineDetector } from './define.js'

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
  description: 'Removes download-site, converter and translation notices, keeping the source link they give',
  options: BoilerplateOptions,
  codes: {
    'boilerplate-notice-removed': {
      severity: 'info',
      meaning: 'a download-site, converter or machine-translation notice was removed from the content',
    },
    'boilerplate-source-link': { severity: 'info', meaning: 'the link given by such a notice became `metadata.sourceUrl`' },
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
    ],
    notOk: [
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

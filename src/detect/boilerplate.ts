// Text a converter or a download site added that is not part of the report: "preview ended" notices
// and the link that follows them (which is where the full report lives: kept as the source URL).
import type { Link, Nodes, Root } from 'mdast'
import { z } from 'zod'
import { alternation, lexicon } from '../lexicon/index.js'
import { flatText } from '../parse/text.js'
import { type Detector, placeOf } from './types.js'

export const BoilerplateOptions = z.object({
  /**
   * More notices, besides the general ones the lexicons give: phrases found anywhere in a paragraph,
   * ignoring case. A notice one site prints is set here, not built in.
   */
  notices: z.array(z.string()).default([]),
})
export type BoilerplateOptions = z.infer<typeof BoilerplateOptions>

export interface BoilerplateResult {
  sourceUrl: string | null
  /** Line of the first notice: where the report's own text stops. */
  noticeLine: number | null
}

const NOTICE = noticePattern([])

function noticePattern(extra: readonly string[]): RegExp {
  return new RegExp(alternation([...lexicon.notices, ...extra]), 'i')
}

export const boilerplate: Detector<BoilerplateOptions, BoilerplateResult, 'boilerplate'> = {
  id: 'boilerplate',
  description: 'Removes download-site, converter and translation notices, keeping the source link they give',
  options: BoilerplateOptions,
  detect(_tree: Root, context, options) {
    const notice = options.notices.length === 0 ? NOTICE : noticePattern(options.notices)
    let sourceUrl: string | null = null
    let noticeLine: number | null = null
    const flow = context.flow
    for (let i = 0; i < flow.length; i++) {
      const entry = flow[i]!
      if (entry.node.type !== 'paragraph' || context.claimedBy(entry.node)) continue
      const text = flatText(entry.node)
      if (!notice.test(text)) continue
      context.claim(entry.node, this.id)
      noticeLine ??= entry.line
      context.report('info', 'boilerplate-notice-removed', `Removed a notice that is not the report’s text: “${text}”`, placeOf(entry))
      // The link is in the notice itself or in the paragraph right after it.
      const own = firstLink(entry.node)
      const next = flow[i + 1]
      const nextLink = next?.node.type === 'paragraph' ? (isOnlyLink(next.node) ? firstLink(next.node) : bareUrl(flatText(next.node))) : null
      const link = own ?? nextLink
      if (nextLink && next) {
        context.claim(next.node, this.id)
        context.report('info', 'boilerplate-source-link', `Kept the notice's link as metadata.sourceUrl: ${nextLink.url}`, placeOf(next))
      }
      if (link && sourceUrl === null) sourceUrl = link.url
    }
    return { sourceUrl, noticeLine }
  },
}

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

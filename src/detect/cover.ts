// The cover and title pages before the contents: the report's title, kind, organisation and date.
// Their lines are not sections or blocks; a styled line that heads prose (**Disclaimer**) stays for the
// heading detector.
import type { Root } from 'mdast'
import { z } from 'zod'
import type { FlowEntry } from '../parse/flow.js'
import { flatText, soleEmphasis } from '../parse/text.js'
import { findDate, isDateOnly } from '../text/dates.js'
import { collapseSpace, countWords, titleCase, isAllCaps } from '../text/normalize.js'
import type { Detector } from './types.js'

export const CoverOptions = z.object({
  documentTypes: z.string().default('report|proceedings|minutes|transcript|summary record|record of proceedings|ata|relatório|compte rendu'),
  organizations: z.string().default('organi[sz]ation|united nations|ministry|institute|university|agency|bank|commission|council|association|foundation|programme|program|secretariat|government|academy'),
  /** A paragraph with at least this many words is prose, not a cover line. */
  proseWords: z.number().int().positive().default(15),
})
export type CoverOptions = z.infer<typeof CoverOptions>

export interface CoverResult {
  title: string | null
  documentType: string | null
  organization: string | null
  date: string | null
  titleLine: number | null
}

export const cover: Detector<CoverOptions, CoverResult, 'cover'> = {
  id: 'cover',
  description: 'Reads the cover and title pages (title, document type, organisation, date) and sets them aside',
  options: CoverOptions,
  detect(_tree: Root, context, options) {
    const flow = context.flow
    const contentsAt = flow.findIndex((entry) => context.claimedBy(entry.node) === 'contents')
    const region = contentsAt >= 0 ? flow.slice(0, contentsAt) : leadingTitle(flow)
    const kept = proseUnderStyledLines(region, options.proseWords)
    const documentType = new RegExp(`\\b(?:${options.documentTypes})\\b`, 'i')
    const organization = new RegExp(`\\b(?:${options.organizations})\\b`, 'i')

    const result: CoverResult = { title: null, documentType: null, organization: null, date: null, titleLine: null }
    const titleRun = firstHeadingRun(region)
    if (titleRun.length > 0) {
      result.title = collapseSpace(titleRun.map((entry) => flatText(entry.node)).join(' '))
      result.titleLine = titleRun[0]!.line
    }
    const inTitle = new Set(titleRun)
    for (const entry of region) {
      if (kept.has(entry) || context.claimedBy(entry.node)) continue
      context.claim(entry.node, this.id)
      if (entry.node.type !== 'paragraph' && entry.node.type !== 'heading') continue
      const text = flatText(entry.node)
      if (inTitle.has(entry) || text === '') continue
      const words = countWords(text)
      if (result.date === null && isDateOnly(text)) result.date = findDate(text)
      else if (result.documentType === null && words <= 6 && documentType.test(text)) result.documentType = caseAsTitle(text)
      else if (result.organization === null && words <= 12 && organization.test(text) && text !== result.title) result.organization = caseAsTitle(text)
      else if (result.title === null && entry.node.type === 'paragraph' && isAllCaps(text) && words <= 20) {
        result.title = text
        result.titleLine = entry.line
      }
    }
    if (result.date === null && result.title) result.date = findDate(result.title)
    return result
  },
}

function caseAsTitle(text: string): string {
  return isAllCaps(text) ? titleCase(text) : text
}

/** Without a contents page, only the heading lines that open the document form its title page. */
function leadingTitle(flow: readonly FlowEntry[]): FlowEntry[] {
  const region: FlowEntry[] = []
  for (const entry of flow) {
    if (entry.node.type === 'html') continue
    if (entry.node.type !== 'heading' || entry.node.depth !== 1) break
    region.push(entry)
  }
  return region
}

/** The first run of consecutive top-level headings: one title, even when a converter split it over lines. */
function firstHeadingRun(region: readonly FlowEntry[]): FlowEntry[] {
  const start = region.findIndex((entry) => entry.node.type === 'heading')
  if (start < 0) return []
  const first = region[start]!.node
  const depth = first.type === 'heading' ? first.depth : 1
  const run: FlowEntry[] = []
  for (let i = start; i < region.length; i++) {
    const node = region[i]!.node
    if (node.type === 'html') continue
    if (node.type !== 'heading' || node.depth !== depth) break
    run.push(region[i]!)
  }
  return run
}

/** A bold-only or italic-only line followed by prose heads a section of its own (a disclaimer, a foreword). */
function proseUnderStyledLines(region: readonly FlowEntry[], proseWords: number): Set<FlowEntry> {
  const kept = new Set<FlowEntry>()
  for (let i = 0; i < region.length; i++) {
    const entry = region[i]!
    const styled = entry.node.type === 'paragraph' ? soleEmphasis(entry.node) : null
    if (!styled || countWords(styled.text) > 8 || isDateOnly(styled.text)) continue
    let j = i + 1
    while (j < region.length && region[j]!.node.type === 'paragraph' && countWords(flatText(region[j]!.node)) >= proseWords) j++
    if (j === i + 1) continue
    for (let k = i; k < j; k++) kept.add(region[k]!)
    i = j - 1
  }
  return kept
}

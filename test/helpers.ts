import { VFile } from 'vfile'
import { detectAll, type DetectorOptions } from '../src/detect/index.js'
import { flowOf } from '../src/parse/flow.js'
import { parseMarkdown } from '../src/parse/parse.js'
import { vfileSink } from '../src/stage.js'

/** Run the detectors over a small Markdown text; returns what each found and the messages reported. */
export function detect(markdown: string, options?: DetectorOptions) {
  const file = new VFile({ path: 'test.md', value: markdown })
  const tree = parseMarkdown(markdown)
  const dialect = { names: [], asides: [], pages: [], columnShift: new Map<number, number>() }
  const found = detectAll({ tree, source: markdown, flow: flowOf(tree), dialect }, vfileSink(file), options)
  return { found, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`) }
}

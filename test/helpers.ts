import { VFile } from 'vfile'
import { detectAll, type DetectorOptions } from '../src/detect/index.js'
import { createContext } from '../src/detect/types.js'
import { flowOf } from '../src/parse/flow.js'
import { parseMarkdown } from '../src/parse/parse.js'

/** Run the detectors over a small Markdown text; returns what each found and the messages reported. */
export function detect(markdown: string, options?: DetectorOptions) {
  const file = new VFile({ path: 'test.md', value: markdown })
  const tree = parseMarkdown(markdown)
  const found = detectAll(tree, createContext(markdown, flowOf(tree), file), options)
  return { found, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`) }
}

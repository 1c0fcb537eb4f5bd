// report-extract as a unified plugin: `unified().use(remarkParse).use(remarkReport, options)`. After
// `run` (or `process`), `file.data.report` holds the validated report and `file.messages` its
// diagnostics as vfile messages (`ruleId` the code, `source` "report-extract"), which vfile-reporter,
// remark-cli and editors show like lint warnings. extractReport and the CLI run through this plugin
// too, so the three cannot drift.
// The plugin reads the file's text, not the tree the processor parsed: the report's lines and columns
// are the input's, plain text is read as plain text, and converters' marks are mended before parsing
// (the dialect stage), none of which a tree already parsed allows. So the same file gives the same
// report whatever the user's parser and plugins before this one (remark-gfm, remark-frontmatter…),
// and the tree is left as it was for the plugins after.
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { Report } from '../schema/report.js'
import { vfileSink } from '../stage.js'
import { checkOptions, type RemarkReportOptions } from './options.js'

export { OptionsError, type RemarkReportOptions } from './options.js'

declare module 'vfile' {
  interface DataMap {
    /** The report extracted by report-extract's plugin (validated by its schema). */
    report: Report
  }
}

/** What the plugin runs: the pipeline from bytes or text to a validated report (pipeline.ts hands it in). */
export type Extraction = (
  input: string | Uint8Array,
  options: { id: string; path?: string; encoding?: string; detectors?: RemarkReportOptions['detectors'] },
) => Report

export type RemarkReport = Plugin<[(RemarkReportOptions | null | undefined)?], Root>

/** The plugin over `extraction`. pipeline.ts makes the one instance (`remarkReport`), so neither module imports the other. */
export function reportPlugin(extraction: Extraction): RemarkReport {
  return function remarkReport(options) {
    const settings = checkOptions(options)
    return (_tree, file) => {
      const report = extraction(file.value ?? '', {
        id: settings.id ?? (file.path ? file.stem : undefined) ?? 'report',
        path: file.path,
        encoding: settings.encoding,
        detectors: settings.detectors,
      })
      file.data.report = report
      addMessages(file, report)
    }
  }
}

/** The report's diagnostics as the file's messages, in the report's order, with its positions. */
function addMessages(file: VFile, report: Report): void {
  const sink = vfileSink(file)
  for (const diagnostic of report.diagnostics) {
    const { severity, code, message, line, column, cause } = diagnostic
    sink(severity === 'info' ? 'info' : 'warning', code, message, { line, column }, cause ?? undefined)
    // No stage reports errors today (an unreadable input throws instead); one would be fatal.
    if (severity === 'error') file.messages.at(-1)!.fatal = true
  }
}

/**
 * `extractReport` on top of the plugin: a processor with no parser runs it over the input as a file
 * (the tree it is handed is an empty root, since the plugin reads the file's text).
 */
export function runPlugin(plugin: RemarkReport, input: string | Uint8Array, options: RemarkReportOptions & { path?: string }): Report {
  const { path, ...settings } = options
  const file = new VFile({ path: path || undefined, value: input })
  const root: Root = { type: 'root', children: [] }
  unified().use(plugin, settings).runSync(root, file)
  return file.data.report!
}

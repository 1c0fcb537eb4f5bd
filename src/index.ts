// The public API: everything a library user needs, nothing else.
export { extractReport, type ExtractOptions, remarkReport } from './pipeline.js'
export { OptionsError, type RemarkReport, type RemarkReportOptions } from './plugin/remark.js'
export { InputError } from './decode/decode.js'
export { detectors, type DetectorOptions } from './detect/index.js'
export * from './schema/report.js'
export { renderIndexPage } from './review/index-page.js'
export { renderReportPage } from './review/page.js'

// `import remarkReport from 'report-extract/remark'`: the unified plugin (see plugin/remark.ts).
export { remarkReport as default } from './pipeline.js'
export { OptionsError, type RemarkReport, type RemarkReportOptions } from './plugin/remark.js'

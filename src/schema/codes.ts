// Every diagnostic code report-extract reports, with its severity and what it means. The one list:
// `report` calls are typed by it (a code not listed does not compile), and the docs' table of codes
// is generated from it (scripts/docs-tables.mjs). A code's prefix is the detector or stage that
// reports it.
export const DIAGNOSTIC_CODES = {
  'contents-no-section': { severity: 'warning', meaning: 'a contents entry has no section in the body' },
  'contents-title-differs': { severity: 'warning', meaning: 'an entry links to a section whose title differs (beyond case and spacing); `cause` is the heading’s position' },
  'contents-empty': { severity: 'warning', meaning: 'a contents heading with no entries after it' },
  'report-truncated': {
    severity: 'warning',
    meaning:
      'the report stops early: its body ends in a paragraph of prose cut off mid-sentence (not a list, table, chat line or transcript turn), a download-site notice cut it, or the tail of its contents has no body; `cause` is the first contents entry without a section',
  },
  'report-no-structure': { severity: 'warning', meaning: 'no contents page, no section headings and no speakers were found: only blocks of text' },
  'boilerplate-notice-removed': { severity: 'info', meaning: 'a download-site, converter or machine-translation notice was removed from the content' },
  'boilerplate-source-link': { severity: 'info', meaning: 'the link given by such a notice became `metadata.sourceUrl`' },
  'dialect-detected': { severity: 'info', meaning: 'the converter dialect(s) recognised (“Read as pandoc + word Markdown”)' },
  'decode-notes': { severity: 'info', meaning: 'what decoding undid: a byte-order mark, UTF-16, CRLF line ends' },
  'parse-nesting-flattened': { severity: 'info', meaning: 'quotes or lists nested past the parser’s bound were flattened (see docs/internals.md, “Random and pathological input”)' },
  'parse-emphasis-literal': { severity: 'info', meaning: 'a paragraph with too many `*`/`_` delimiters was read without emphasis' },
} as const satisfies Record<string, { severity: 'error' | 'warning' | 'info'; meaning: string }>

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES
export type SeverityOf<Code extends DiagnosticCode> = (typeof DIAGNOSTIC_CODES)[Code]['severity']

// Printed diagnostics: one row per message (place, severity, code, reason), reasons whole or cut to a
// width, a run that another finding explains shown as its first and a count, only errors when quiet.
import { readFileSync } from 'node:fs'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import { terminalColumns } from '../src/cli/extract.js'
import { reportCsv } from '../src/emit/csv.js'
import { diagnosticsFile, fit, formatDiagnostics, width } from '../src/emit/diagnostics.js'
import { extractReport } from '../src/index.js'

const report = extractReport(readFileSync('fixtures/seed-unido/input.md'), { id: 'seed', path: 'input/seed.md' })
const plain = { quiet: false, color: false, columns: null }

describe('printed diagnostics', () => {
  it('prints each reason whole when no width is given, and the 23 entries the cut explains as a count', () => {
    expect(formatDiagnostics(report, plain)).toEqual({
      cut: false,
      text: [
        'input/seed.md',
        '39:1   warning  contents-title-differs      ' +
          'Contents entry “Dejene TEZERA, Director, Department of Agri-business, United Nations Industrial Development Organisation” ' +
          'differs from its section’s title ' +
          '“Dejene TEZERA, Director, Department of Agribusiness, United Nations Industrial Development Organisation”',
        '43:1   warning  contents-no-section         ' +
          'Contents entry “Development of an Internationally Accepted Industrial Park Development Guiding Framework”' +
          ' (page 7) has no section in the body',
        '                … and 23 more contents entries after the cut (diagnostics.csv)',
        '145:1  warning  report-truncated            ' +
          "The report stops early: its last paragraph ends mid-sentence (“…k is of course not based only on UNIDO's”)" +
          '; a download-site notice at line 147 says the preview ended;' +
          ' the last 24 of 32 contents entries' +
          ' (from “Development of an Internationally Accepted Industrial Park Development Guiding Framework”) ' +
          'have no section in the body',
        '147:1  info     boilerplate-notice-removed  Removed a notice that is not the report’s text: “预览已结束，完整报告链接和二维码如下：”',
        "149:1  info     boilerplate-source-link     Kept the notice's link as metadata.sourceUrl: " +
          'https://www.yunbaogao.cn/report/index/report?reportId=5_23159',
        '',
        '28 messages (⚠ 26 warnings)',
      ].join('\n'),
    })
    // The report and its table keep every finding: 24 entries without a section, 28 rows.
    expect(report.diagnostics.filter((d) => d.code === 'contents-no-section')).toHaveLength(24)
    const rows = new TextDecoder().decode(reportCsv(report, false).diagnostics).split('\r\n').filter(Boolean)
    expect(rows.filter((row) => row.startsWith('seed,warning,contents-no-section,'))).toHaveLength(24)
    expect(rows).toHaveLength(28)
  })

  it('cuts each row to the width given, with an ellipsis, and says so', () => {
    const { text, cut } = formatDiagnostics(report, { ...plain, columns: 72 })
    expect(cut).toBe(true)
    expect(text.split('\n')).toEqual([
      'input/seed.md',
      '39:1   warning  contents-title-differs      Contents entry “Dejene TEZE…',
      '43:1   warning  contents-no-section         Contents entry “Development…',
      '                … and 23 more contents entries after the cut (diagnosti…',
      '145:1  warning  report-truncated            The report stops early: its…',
      '147:1  info     boilerplate-notice-removed  Removed a notice that is no…',
      "149:1  info     boilerplate-source-link     Kept the notice's link as m…",
      '',
      '28 messages (⚠ 26 warnings)',
    ])
    // A wide terminal cuts nothing; a very narrow one still leaves each reason 24 columns.
    expect(formatDiagnostics(report, { ...plain, columns: 500 })).toEqual(formatDiagnostics(report, plain))
    expect(formatDiagnostics(report, { ...plain, columns: 20 }).text.split('\n')[1]).toBe(
      '39:1   warning  contents-title-differs      Contents entry “Dejene…',
    )
  })

  it('cuts to the terminal’s width when stderr is one, to COLUMNS when it is a file or pipe and COLUMNS is set, else not at all', () => {
    const io = (stderr: { isTTY?: boolean; columns?: number }, env: Record<string, string> = {}) => ({
      stdout: { write: () => true },
      stderr: { write: () => true, ...stderr },
      env,
    })
    expect(terminalColumns(io({ isTTY: true, columns: 132 }, { COLUMNS: '60' }))).toBe(132)
    expect(terminalColumns(io({ isTTY: true }))).toBe(80)
    expect(terminalColumns(io({}, { COLUMNS: '60' }))).toBe(60)
    expect(terminalColumns(io({}, { COLUMNS: 'wide' }))).toBe(null)
    expect(terminalColumns(io({}))).toBe(null)
  })

  it('prints only errors when quiet: nothing for a report whose findings are warnings and notes', () => {
    expect(formatDiagnostics(report, { ...plain, quiet: true })).toEqual({ text: '', cut: false })
    const failing = {
      ...report,
      diagnostics: [
        { severity: 'error' as const, code: 'x-broken', line: 3, column: 2, message: 'Something is wrong', cause: null },
        ...report.diagnostics,
      ],
    }
    expect(formatDiagnostics(failing, { ...plain, quiet: true }).text).toBe(
      'input/seed.md\n3:2  error  x-broken  Something is wrong\n\n✖ 1 error',
    )
  })

  it('collapses only a run of two or more, and only from the cause of the finding that explains it', () => {
    const entries = (lines: number[]) =>
      lines.map((line) => ({
        severity: 'warning' as const,
        code: 'contents-no-section',
        line,
        column: 1,
        message: `Entry at ${line}`,
        cause: null,
      }))
    const truncated = {
      severity: 'warning' as const,
      code: 'report-truncated',
      line: 90,
      column: 1,
      message: 'Stops early',
      cause: { line: 12, column: 1 },
    }
    const rows = (diagnostics: typeof report.diagnostics) =>
      formatDiagnostics({ ...report, diagnostics }, plain)
        .text.split('\n')
        .slice(1, -2)
    expect(rows([...entries([10, 12, 13, 14]), truncated])).toEqual([
      '10:1  warning  contents-no-section  Entry at 10',
      '12:1  warning  contents-no-section  Entry at 12',
      '               … and 2 more contents entries after the cut (diagnostics.csv)',
      '90:1  warning  report-truncated     Stops early',
    ])
    expect(rows([...entries([10, 12]), truncated])).toEqual([
      '10:1  warning  contents-no-section  Entry at 10',
      '12:1  warning  contents-no-section  Entry at 12',
      '90:1  warning  report-truncated     Stops early',
    ])
    expect(rows(entries([12, 13]))).toEqual([
      '12:1  warning  contents-no-section  Entry at 12',
      '13:1  warning  contents-no-section  Entry at 13',
    ])
  })

  it('prints nothing for a report without diagnostics', () => {
    expect(formatDiagnostics({ ...report, diagnostics: [] }, plain)).toEqual({ text: '', cut: false })
  })

  it('measures wide characters as two columns, and cuts by columns', () => {
    expect([width('abc'), width('预览'), width('Café'), width('e\u0301')]).toEqual([3, 4, 4, 1])
    expect([fit('预览已结束', 5), fit('预览已结束', 10), fit('abc def', 5)]).toEqual(['预览…', '预览已结束', 'abc…'])
  })

  it('gives the vfile form of every diagnostic, for vfile-reporter', () => {
    const printed = reporter([diagnosticsFile(report, false)], { color: false })
    for (const diagnostic of report.diagnostics) expect(printed).toContain(diagnostic.message)
  })
})

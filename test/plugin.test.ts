// The remark plugin: what a unified user sees (file.data.report, file.messages as vfile-reporter
// prints them), that the user's own plugins before ours change nothing in the report, and that its
// options are checked from JavaScript too. extractReport runs through the same plugin.
import { readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import { extractReport, OptionsError, remarkReport } from '../src/index.js'

const SEED = 'fixtures/seed-unido/input.md'

/** Parse and run `file` through remark-parse, the given plugins, then ours; the tree and the file. */
function runWith(file: VFile, before: ReadonlyArray<(processor: ReturnType<typeof unified>) => void> = [], options?: unknown) {
  const processor = unified().use(remarkParse)
  for (const add of before) add(processor)
  processor.use(remarkReport, options as never)
  const tree = processor.parse(file) as Root
  processor.runSync(tree, file)
  return { tree, file }
}

// Written for this test: YAML front matter (remark-frontmatter reads it as a `yaml` node), a GFM
// table and strikethrough (remark-gfm), and a speaker line in the body.
const WITH_FRONT_MATTER = [
  '---',
  'title: Minutes of the Board',
  'date: 2024-03-05',
  '---',
  '',
  '# Minutes of the Board',
  '',
  '| Member | Role |',
  '| --- | --- |',
  '| Ana SOUSA | Chair |',
  '',
  '## 1. Opening',
  '',
  '**Ana SOUSA, Chair, Board of Trustees**',
  '',
  'She opened the meeting and ~~thanked~~ welcomed the members.',
  '',
].join('\n')

describe('the remark plugin', () => {
  it('puts the report in file.data.report: the same report extractReport gives, stem as id', () => {
    const bytes = readFileSync(SEED)
    const { file } = runWith(new VFile({ path: 'input/seed.md', value: bytes }))
    const report = file.data.report!
    expect(report.id).toBe('seed')
    expect(report.source.path).toBe('input/seed.md')
    expect(report.sections).toHaveLength(9)
    expect(report.speakers).toHaveLength(4)
    expect(report).toEqual(extractReport(bytes, { id: 'seed', path: 'input/seed.md' }))
  })

  it('gives the same report with remark-frontmatter and remark-gfm before it, and leaves their tree as it was', () => {
    const plain = runWith(new VFile({ path: 'board.md', value: WITH_FRONT_MATTER })).file.data.report!
    const { tree, file } = runWith(new VFile({ path: 'board.md', value: WITH_FRONT_MATTER }), [
      (p) => p.use(remarkFrontmatter, ['yaml']),
      (p) => p.use(remarkGfm),
    ])
    expect(file.data.report).toEqual(plain)
    expect(plain.speakers.map((speaker) => [speaker.family_name, speaker.position, speaker.organization, speaker.remarks.length])).toEqual([
      ['SOUSA', 'Chair', 'Board of Trustees', 1],
    ])
    expect(plain.blocks.find((block) => block.kind === 'table')?.text).toBe('Member | Role\nAna SOUSA | Chair')
    // The tree is the user's parser's (front matter and table read by their plugins), untouched by ours.
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'table', 'heading', 'paragraph', 'paragraph'])
  })

  it('adds the diagnostics to file.messages: code as ruleId, source report-extract, position, cause', () => {
    const { file } = runWith(new VFile({ path: 'input/seed.md', value: readFileSync(SEED) }))
    const report = file.data.report!
    expect(file.messages).toHaveLength(report.diagnostics.length)
    const first = file.messages[0]!
    expect([first.ruleId, first.source, first.line, first.column, first.fatal, first.file]).toEqual([
      'contents-title-differs',
      'report-extract',
      39,
      1,
      false,
      'input/seed.md',
    ])
    expect((first.cause as { line?: number }).line).toBe(109)
    const info = file.messages.find((message) => message.ruleId === 'boilerplate-notice-removed')!
    expect([info.line, info.fatal]).toEqual([147, undefined])
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(
      report.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`),
    )
    const printed = reporter(file)
    expect(printed).toMatch(/^input\/seed\.md\n39:1 +warning +Contents entry “Dejene TEZERA/)
    expect(printed).toMatch(/contents-title-differs +report-extract\n/)
    expect(printed).toContain('26 warnings')
  })

  it('keeps messages the user’s plugins added before it', () => {
    const file = new VFile({ path: 'board.md', value: WITH_FRONT_MATTER })
    const processor = unified()
      .use(remarkParse)
      .use(() => (_tree, vfile) => {
        vfile.message('from an earlier plugin', { ruleId: 'earlier', source: 'mine' })
      })
      .use(remarkReport)
    processor.runSync(processor.parse(file), file)
    expect(file.messages[0]!.source).toBe('mine')
    expect(file.messages.slice(1).every((message) => message.source === 'report-extract')).toBe(true)
  })

  it('takes the options extractReport takes: id, encoding, and each detector’s', () => {
    const text = '# Minutes\n\nThe meeting opened.\n\nThe free pages end here.\n\nThe rest of the report.\n'
    const without = runWith(new VFile({ value: text })).file.data.report!
    expect(without.id).toBe('report')
    expect(without.blocks.map((block) => block.text)).toEqual([
      'The meeting opened.',
      'The free pages end here.',
      'The rest of the report.',
    ])
    const options = { id: 'minutes', detectors: { boilerplate: { notices: ['free pages end here'] } } }
    const withNotice = runWith(new VFile({ path: 'x/y.md', value: text }), [], options).file.data.report!
    expect(withNotice.id).toBe('minutes')
    expect(withNotice.blocks.map((block) => block.text)).toEqual(['The meeting opened.', 'The rest of the report.'])
    const notices = (report: typeof without) => report.diagnostics.filter((d) => d.code === 'boilerplate-notice-removed').map((d) => d.line)
    expect([notices(without), notices(withNotice)]).toEqual([[], [5]])
    expect(withNotice).toEqual(extractReport(text, { ...options, path: 'x/y.md' }))
    const latin1 = new Uint8Array([...Buffer.from('# Compte rendu\n\nLa r\u00e9union est ouverte.\n', 'latin1')])
    expect(runWith(new VFile({ value: latin1 }), [], { encoding: 'latin1' }).file.data.report!.blocks.map((block) => block.text)).toEqual([
      'La réunion est ouverte.',
    ])
  })

  it('refuses an unknown option, detector or detector option, naming it, from JavaScript too', () => {
    const problem = (options: unknown) => {
      try {
        runWith(new VFile({ value: '# A\n' }), [], options)
      } catch (error) {
        expect(error).toBeInstanceOf(OptionsError)
        return (error as Error).message
      }
      throw new Error('the options were taken')
    }
    expect(problem({ detector: {} })).toBe('report-extract: invalid options\n✖ Unrecognized key: "detector"')
    expect(problem({ detectors: { speaker: {} } })).toBe('report-extract: invalid options\n✖ Unrecognized key: "speaker"\n  → at detectors')
    expect(problem({ detectors: { speakers: { verb: 'said' } } })).toBe(
      'report-extract: invalid options\n✖ Unrecognized key: "verb"\n  → at detectors.speakers',
    )
    expect(problem({ detectors: { boilerplate: { notices: 'one' } } })).toContain('→ at detectors.boilerplate.notices')
    expect(problem({ id: '' })).toContain('→ at id')
    expect(() => extractReport('# A\n', { detectors: { headings: { bold: true } } } as never)).toThrow(
      /Unrecognized key: "bold"\n {2}→ at detectors\.headings/,
    )
  })
})

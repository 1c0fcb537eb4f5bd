// --tei: each report as a TEI document in ParlaMint's shape. Every document written for the fixtures
// and the seed inputs is well-formed and valid against report-tei.rng, the schema kept at the top of
// the repository (checked with xmllint-wasm: libxml2's RELAX NG validator, in Node); it has one `u`
// per speaker turn, pointing at a person of its listPerson, with a `seg` per block of the turn's
// remarks. Then the command line: the files and the schema beside them, someone else's `<id>.xml`
// never overwritten, stale files removed, merge as one run.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { validateXML } from 'xmllint-wasm'
import { beforeAll, describe, expect, it } from 'vitest'
import { teiDocument } from '../src/emit/tei/index.js'
import { TEI_SCHEMA } from '../src/emit/tei/schema.js'
import { extractReport } from '../src/index.js'
import type { Block, Report } from '../src/schema/report.js'

const SCHEMA = readFileSync('report-tei.rng', 'utf8')

/**
 * Each document validated against report-tei.rng, by name: whether xmllint says it validates, and its
 * errors. One call for many documents: each call instantiates the WebAssembly module again.
 */
async function validateAll(
  documents: ReadonlyArray<readonly [string, string]>,
): Promise<Map<string, { valid: boolean; errors: string[] }>> {
  const result = await validateXML({
    xml: documents.map(([name, xml]) => ({ fileName: `${name}.xml`, contents: xml })),
    schema: { fileName: 'report-tei.rng', contents: SCHEMA },
    extension: 'relaxng',
  })
  const lines = result.rawOutput.split('\n')
  return new Map(
    documents.map(([name]) => [
      name,
      {
        valid: lines.includes(`${name}.xml validates`),
        errors: result.errors.filter((error) => error.loc?.fileName === `${name}.xml`).map((error) => error.rawMessage),
      },
    ]),
  )
}

async function validate(xml: string) {
  return (await validateAll([['report', xml]])).get('report')!
}

/** The opening tags of an element in a document, with their attributes. */
function tags(xml: string, name: string): Array<Record<string, string>> {
  return [...xml.matchAll(new RegExp(`<${name}((?: [\\w:.-]+="[^"]*")*)/?>`, 'g'))].map((match) =>
    Object.fromEntries([...match[1]!.matchAll(/ ([\w:.-]+)="([^"]*)"/g)].map((attribute) => [attribute[1]!, attribute[2]!])),
  )
}

/** Each `u` element's text, from its opening tag to its end. */
function utterances(xml: string): string[] {
  return [...xml.matchAll(/<u [^>]*\/>|<u [^>]*>[\s\S]*?<\/u>/g)].map((match) => match[0])
}

const fixtureReports: Array<[string, Report]> = readdirSync('fixtures', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join('fixtures', entry.name, 'expected.json')))
  .map((entry) => [entry.name, JSON.parse(readFileSync(join('fixtures', entry.name, 'expected.json'), 'utf8')) as Report])
const inputReports: Array<[string, Report]> = readdirSync('input').map((name) => [
  name,
  extractReport(readFileSync(join('input', name)), { id: name.replace(/\.md$/, '') }),
])

describe('report-tei.rng', () => {
  it('is the schema the TEI files name (run npm run schema after changing src/emit/tei/schema.ts)', () => {
    expect(SCHEMA).toBe(TEI_SCHEMA)
  })

  it('refuses what it must: a turn with no speaker, text outside a paragraph, a pointer that is not one', async () => {
    const council = teiDocument(fixtureReports.find(([name]) => name === 'roman-pages-and-absent-fields')![1])
    const broken: Array<[string, string]> = [
      ['no-who', council.replace(' who="#maria-gomez"', '')],
      ['loose-text', council.replace('<head>Budget</head>', '<head>Budget</head>\n loose text')],
      ['not-a-pointer', council.replace('who="#maria-gomez"', 'who="maria gomez"')],
      ['same-id-twice', council.replace('<seg xml:id="blk-3">', '<seg xml:id="blk-2">')],
      ['not-well-formed', council.replace('</head>', '</heed>')],
      ['as-written', council],
    ]
    const results = await validateAll(broken)
    for (const [name] of broken) expect(results.get(name)!.valid, name).toBe(name === 'as-written')
    for (const [name] of broken.slice(0, -1)) expect(results.get(name)!.errors.length, name).toBeGreaterThan(0)
  })
})

describe('teiDocument', () => {
  let validated: Map<string, { valid: boolean; errors: string[] }>
  beforeAll(async () => {
    validated = await validateAll([...fixtureReports, ...inputReports].map(([name, report]) => [name, teiDocument(report)] as const))
  })

  it.each([...fixtureReports, ...inputReports])('%s: valid, one u per speaker turn with a seg per block of its remarks', (name, report) => {
    const xml = teiDocument(report)
    expect(validated.get(name)).toEqual({ valid: true, errors: [] })
    const turns = utterances(xml)
    expect(turns).toHaveLength(report.speakers.length)
    const persons = new Set(tags(xml, 'person').map((person) => person['xml:id']))
    turns.forEach((turn, i) => {
      const speaker = report.speakers[i]!
      const [u] = tags(turn, 'u')
      expect(u!['xml:id']).toBe(speaker.speaker_id)
      expect(persons.has(u!.who!.slice(1))).toBe(true)
      expect(tags(turn, 'seg').map((seg) => seg['xml:id'])).toEqual(speaker.remarks)
    })
    expect(persons.size).toBe(new Set(report.speakers.map((speaker) => speaker.person_id)).size)
    expect(tags(xml, 'div').map((div) => div['xml:id'])).toEqual(report.sections.map((section) => section.section_id))
  })

  it("writes the fixture's council as its NOTES say: divs nested, pages as printed, two turns, one paragraph, a list in a turn", () => {
    const xml = teiDocument(fixtureReports.find(([name]) => name === 'roman-pages-and-absent-fields')![1])
    expect(tags(xml, 'div')).toEqual([
      { type: 'section', 'xml:id': 'sec-1' },
      { type: 'section', 'xml:id': 'sec-2', n: '1' },
      { type: 'section', 'xml:id': 'sec-3', n: '2.10' },
    ])
    expect(tags(xml, 'pb').map((pb) => pb.n)).toEqual(['vii', '1', '12'])
    expect(utterances(xml).map((turn) => tags(turn, 'seg').length)).toEqual([3, 2])
    expect(tags(xml, 'p').map((p) => p['xml:id'])).toEqual([undefined, 'blk-1'])
    expect(xml).toContain('<person xml:id="maria-gomez">\n')
    expect(xml).toContain('<persName><forename>Maria</forename> <surname>GOMEZ</surname></persName>')
    expect(xml).toContain(
      '<affiliation ref="#org.finance-committee"><roleName>Chair</roleName>, <orgName>Finance Committee</orgName></affiliation>',
    )
    expect(xml).toMatch(/<\/div>\n {6}<\/div>\n {4}<\/body>/)
  })

  it('writes a block of a kind that is no paragraph, quote, code, table or list item as a note of that kind, valid', async () => {
    const council = fixtureReports.find(([name]) => name === 'roman-pages-and-absent-fields')![1]
    const blocks = council.blocks.map((block) => (block.block_id === 'blk-1' ? { ...block, kind: 'interjection' as Block['kind'] } : block))
    const xml = teiDocument({ ...council, blocks })
    expect(xml).toContain('<note type="interjection" xml:id="blk-1">The Council met in Lisbon on 4 May 2023.</note>')
    expect(await validate(xml)).toEqual({ valid: true, errors: [] })
  })

  it('writes an audience’s reaction printed within a turn inside its u, where it was printed', async () => {
    const text = [
      '# Sitting',
      '',
      '## Debate',
      '',
      '**Ms. Anna BERG:** We must act now.',
      '',
      '(Applause)',
      '',
      'And we will act together.',
      '',
      '**Mr. Karl OTT:** I disagree.',
      '',
    ].join('\n')
    const report = extractReport(text, { id: 'sitting' })
    expect(report.blocks.map((block) => [block.kind, block.speaker_id])).toEqual([
      ['paragraph', 'spk-1'],
      ['interjection', null],
      ['paragraph', 'spk-1'],
      ['paragraph', 'spk-2'],
    ])
    const xml = teiDocument(report)
    const [first, second] = utterances(xml)
    expect(
      first!
        .split('\n')
        .slice(1, -1)
        .map((line) => line.trim()),
    ).toEqual([
      '<seg xml:id="blk-1">We must act now.</seg>',
      '<note type="interjection" xml:id="blk-2">(Applause)</note>',
      '<seg xml:id="blk-3">And we will act together.</seg>',
    ])
    expect(tags(second!, 'seg').map((seg) => seg['xml:id'])).toEqual(['blk-4'])
    // One reaction, written once (each u also has its speaker's label as a note of type speaker).
    expect(xml.match(/<note type="interjection"/g)).toHaveLength(1)
    expect(await validate(xml)).toEqual({ valid: true, errors: [] })
  })

  it('nests a list item deeper than the one before it in a list inside that item', async () => {
    const text = ['# Minutes', '', '## Agenda', '', '- First', '  - First a', '    - First a i', '  - First b', '- Second', ''].join('\n')
    const report = extractReport(text, { id: 'agenda' })
    expect(report.blocks.map((block) => block.depth)).toEqual([1, 2, 3, 2, 1])
    const xml = teiDocument(report)
    const list = xml.slice(xml.indexOf('<list>'), xml.lastIndexOf('</list>') + '</list>'.length)
    expect(list.split('\n').map((line) => line.trim())).toEqual([
      '<list>',
      '<item xml:id="blk-1">First',
      '<list>',
      '<item xml:id="blk-2">First a',
      '<list>',
      '<item xml:id="blk-3">First a i</item>',
      '</list>',
      '</item>',
      '<item xml:id="blk-4">First b</item>',
      '</list>',
      '</item>',
      '<item xml:id="blk-5">Second</item>',
      '</list>',
    ])
    expect(await validate(xml)).toEqual({ valid: true, errors: [] })
  })

  it('keeps a text of markup characters, control characters and ids that are not XML names well-formed and valid', async () => {
    const text = [
      '# Minutes & "notes" ]]> of 1 < 2',
      '',
      '## 1. Item a < b & co',
      '',
      '**Ana LIMA, Chair, AT&T 3M**',
      '',
      'We said \u0001 "yes" & x <= y ]]> 5 > 3 \uFFFF here.',
      '',
      '- an item & < one',
    ].join('\n')
    const report = extractReport(text, { id: 'odd' })
    const xml = teiDocument(report)
    expect(await validate(xml)).toEqual({ valid: true, errors: [] })
    expect(report.speakers).toHaveLength(1)
    expect(xml).toContain('<title type="main">Minutes &amp; "notes" ]]&gt; of 1 &lt; 2</title>')
    expect(xml).toContain('<head>Item a &lt; b &amp; co</head>')
    // A control character and U+FFFF, which no XML document may hold, become U+FFFD.
    expect(xml).toContain('<seg xml:id="blk-1">We said \uFFFD "yes" &amp; x &lt;= y ]]&gt; 5 &gt; 3 \uFFFD here.</seg>')
    expect(xml).toContain('<seg xml:id="blk-2">an item &amp; &lt; one</seg>')
    expect(xml).toContain('<org xml:id="org.at-t-3m">')
    // A person_id may begin with a digit; its xml:id cannot.
    const digits = teiDocument({ ...report, speakers: report.speakers.map((speaker) => ({ ...speaker, person_id: '3m' })) })
    expect(digits).toContain('<person xml:id="_3m">')
    expect(digits).toContain('who="#_3m"')
    expect((await validate(digits)).valid).toBe(true)
  })
})

const BIN = resolve('dist/bin/cli.js')

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-tei-'))
  mkdirSync(join(dir, 'input'))
  cpSync('fixtures/transcript-turns/input.md', join(dir, 'input', 'transcript.md'))
  cpSync('fixtures/roman-pages-and-absent-fields/input.md', join(dir, 'input', 'council.md'))
  return dir
}

describe('--tei', () => {
  it('writes <id>.xml per report and report-tei.rng beside them; a run without --tei removes them', async () => {
    const dir = scratch()
    expect(run(['-q', '--out', 'out', 'input'], dir).status).toBe(0)
    // The reports are unchanged on the second run: their TEI is written all the same.
    const second = run(['--tei', '-q', '--out', 'out', 'input'], dir)
    expect(second.stderr).toMatch(/2 extracted \(2 unchanged\)/)
    expect(readdirSync(join(dir, 'out')).filter((name) => /\.(?:xml|rng)$/.test(name))).toEqual([
      'council.xml',
      'report-tei.rng',
      'transcript.xml',
    ])
    expect(readFileSync(join(dir, 'out', 'report-tei.rng'), 'utf8')).toBe(SCHEMA)
    const written = ['council', 'transcript'].map((id) => [id, readFileSync(join(dir, 'out', `${id}.xml`), 'utf8')] as const)
    for (const [id, xml] of written) expect(xml).toBe(teiDocument(JSON.parse(readFileSync(join(dir, 'out', `${id}.json`), 'utf8'))))
    for (const [id, result] of await validateAll(written)) expect(result, id).toEqual({ valid: true, errors: [] })
    writeFileSync(join(dir, 'out', 'mine.xml'), '<mine/>')
    const plain = run(['-q', '--out', 'out', 'input'], dir)
    expect(plain.stderr).toMatch(/; removed 3 Parquet, JSON lines or TEI files of earlier runs\n$/)
    expect(readdirSync(join(dir, 'out')).filter((name) => /\.(?:xml|rng)$/.test(name))).toEqual(['mine.xml'])
  })

  it('never overwrites an <id>.xml someone else wrote: that report fails, the others are written', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'out'))
    writeFileSync(join(dir, 'out', 'council.xml'), '<?xml version="1.0"?>\n<mine/>\n')
    const result = run(['--tei', '-q', '--out', 'out', 'input'], dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'input/council.md: error: out/council.xml exists and was not written by report-extract: move it away or choose another --out\n',
    )
    expect(readFileSync(join(dir, 'out', 'council.xml'), 'utf8')).toBe('<?xml version="1.0"?>\n<mine/>\n')
    expect(existsSync(join(dir, 'out', 'council.json'))).toBe(false)
    expect(existsSync(join(dir, 'out', 'transcript.xml'))).toBe(true)
  })

  it('merge --tei writes the files one run over all the inputs writes: each report file as TEI, and the schema', () => {
    const dir = scratch()
    for (const shard of ['0/2', '1/2']) expect(run(['-q', '--shard', shard, '--out', `part-${shard[0]}`, 'input'], dir).status).toBe(0)
    expect(run(['merge', '--tei', '--out', 'merged', 'part-0', 'part-1'], dir).status).toBe(0)
    expect(readdirSync(join(dir, 'merged')).filter((name) => /\.(?:xml|rng)$/.test(name))).toEqual([
      'council.xml',
      'report-tei.rng',
      'transcript.xml',
    ])
    for (const id of ['council', 'transcript']) {
      expect(readFileSync(join(dir, 'merged', `${id}.xml`), 'utf8'), id).toBe(
        teiDocument(JSON.parse(readFileSync(join(dir, 'merged', `${id}.json`), 'utf8'))),
      )
    }
    expect(readFileSync(join(dir, 'merged', 'report-tei.rng'), 'utf8')).toBe(SCHEMA)
  })
})

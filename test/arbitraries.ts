// Random report-like documents for the property tests: fragments a converted report is made of
// (headings, contents lines, styled lines, speaker lines, tables, lists, quotes, code, comments),
// salted with hostile Unicode and mixed line ends.
import fc from 'fast-check'

/** Characters that trip naive text handling: astral, combining, right-to-left, invisible, odd spaces. */
const SPECIAL = [
  '\u00a0', // no-break space
  '\u202f',
  '\u2003',
  '\u3000',
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\u0301', // combining acute
  '\u0327\u0308', // stacked combining marks
  '\u05d0\u05d1', // Hebrew
  '\u0627\u0644\u0639', // Arabic
  '\u202e', // right-to-left override
  '\u2028', // line separator (not a Markdown line end)
  '😀',
  '👩‍👩‍👧',
  '𝔸𝔹',
  '𠀀',
  '\t',
  '\\',
  '*',
  '_',
  '`',
  '|',
  '#',
  '>',
  '[',
  ']',
  '<',
  '&amp;',
  '…',
  '·',
  '中文',
  '\uD800', // a lone surrogate half
  '预览已结束',
]

const special = fc.constantFrom(...SPECIAL)
const word = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Introduction',
      'Opening',
      'session',
      'Agri-business',
      'Parks',
      'of',
      'the',
      'and',
      'WANG',
      'Li',
      'Director',
      'Ministry',
      'UNIDO',
      'Annex',
      '2018',
      '3.1',
      'IV.',
      'held',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
  { weight: 2, arbitrary: special },
)

/** A run of words, sometimes empty, without line ends (fragments add those). */
const phrase = fc.array(word, { minLength: 0, maxLength: 8 }).map((words) => words.join(' ').replace(/[\r\n]/g, ' '))
const title = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' ').replace(/[\r\n]/g, ' '))

const leader = fc.constantFrom('.....', ' . . . . ', '……', ' … ', '\t', '\t\t', '   ', '____', '·····', ' .....\t', '.')
const page = fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.constantFrom('i', 'vii', 'xiv', 'MMMM', ''))
const number = fc.constantFrom('', '1. ', '2.3 ', '3.1.2. ', 'IV. ', 'A. ', '2018 ', '1) ')
const contentsLine = fc.tuple(number, title, leader, page).map(([n, t, l, p]) => `${n}${t}${l}${p}`)
const personName = fc.constantFrom(
  'Li WANG',
  'Dejene TEZERA',
  'Maria da SILVA',
  'Jean-Pierre DUPONT',
  'Ana Costa',
  'Dr. Olga PETROVA',
  'X Y',
)
const role = fc.constantFrom(
  'Director',
  'Chief, Division of Parks',
  'Department of Trade',
  'Ministry of Commerce',
  'United Nations Industrial Development Organization',
  'Professor',
)

/** One fragment of a report, as Markdown lines joined with LF (line ends are varied later). */
const fragment: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 7 }), title, fc.boolean())
    .map(([depth, t, close]) => `${'#'.repeat(depth)} ${t}${close ? ' ##' : ''}`),
  fc.tuple(title, fc.constantFrom('===', '---', '=')).map(([t, underline]) => `${t}\n${underline}`),
  fc.constantFrom('Contents', '# Table of Contents', '**CONTENTS**', '目录', 'Índice:'),
  fc.array(contentsLine, { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n')),
  fc
    .array(contentsLine, { minLength: 1, maxLength: 5 })
    .map((lines) => lines.map((line, i) => `${'  '.repeat(i % 3)}- ${line}`).join('\n')),
  title.map((t) => `**${t}**`),
  title.map((t) => `*${t}*`),
  title.map((t) => `***${t}***`),
  title.map((t) => `_${t}_`),
  fc.tuple(personName, fc.array(role, { maxLength: 3 })).map(([name, roles]) => `**${[name, ...roles].join(', ')}**`),
  fc
    .tuple(personName, fc.array(role, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n\n', '\n', '  \n'))
    .map(([name, roles, gap]) => [name, ...roles].map((line) => `*${line}*`).join(gap)),
  fc.tuple(role, personName, role).map(([org, name, r]) => `**${org} | ${name} | ${r}**`),
  fc
    .tuple(fc.array(title, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 4 }))
    .map(([cells, rows]) =>
      [
        `| ${cells.join(' | ')} |`,
        `|${cells.map(() => '---').join('|')}|`,
        ...Array.from({ length: rows }, () => `| ${cells.join(' | ')} |`),
      ].join('\n'),
    ),
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('-', '*', '+', '1.', '2)'), phrase), { minLength: 1, maxLength: 8 })
    .map((items) => items.map(([depth, marker, text]) => `${'   '.repeat(depth)}${marker} ${text}`).join('\n')),
  fc.tuple(fc.integer({ min: 1, max: 40 }), phrase).map(([depth, text]) => `${'> '.repeat(depth)}${text}`),
  fc
    .array(fc.tuple(fc.integer({ min: 1, max: 5 }), phrase), { minLength: 1, maxLength: 5 })
    .map((lines) => lines.map(([depth, text]) => `${'>'.repeat(depth)} ${text}`).join('\n')),
  fc
    .tuple(fc.constantFrom('```', '~~~', '````'), phrase, fc.boolean())
    .map(([fence, body, closed]) => `${fence}js\n${body}\n${closed ? fence : ''}`),
  phrase.map((text) => `<!-- ${text} -->`),
  fc.constantFrom(
    '<!-- unclosed comment',
    '<div>\n*x*\n</div>',
    '---',
    '***',
    '[a]: http://x.example',
    '[^1]: note',
    '\\',
    '    indented code',
  ),
  fc
    .tuple(
      title,
      fc.constantFrom('Beijing, China', 'Lisbon', 'Addis Ababa, Ethiopia'),
      fc.constantFrom('17 April 2018', '12-13 March 2019', 'May 3, 2020', '2021-02-30', '31 Feb 2020'),
    )
    .map(([name, place, date]) => `The Workshop of ${name}, held in ${place}, on ${date}, opened.`),
  fc.constantFrom(
    '预览已结束，完整报告链接和二维码如下：',
    '[https://example.com/report](https://example.com/report)',
    'Preview has ended. [Full report](https://x.example/r)',
  ),
  fc.tuple(phrase, fc.constantFrom('*a **b ', '**', '_*', '[', '`', '<')).map(([text, storm]) => text + storm.repeat(5)),
  phrase,
  fc.array(phrase, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
)

const plainTitle = fc
  .array(
    fc.constantFrom(
      'Introduction',
      'Opening',
      'Session',
      'Agri-business',
      'Agribusiness',
      'Industrial',
      'Parks',
      'of',
      'and',
      'THE',
      'WORKSHOP',
      'Annex',
      'Résumé',
      '中文',
      'Li WANG',
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((words) => words.join(' '))

/** A report's skeleton: a contents page, then body headings (some with those titles, some altered) among other fragments. */
const skeleton: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fragment, { maxLength: 4 }),
    fc.constantFrom('# Contents', 'CONTENTS', 'Table of Contents', '**Contents**', ''),
    fc.array(fc.tuple(number, plainTitle, leader, page), { minLength: 1, maxLength: 12 }),
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('# ', '## ', '### ', '**', '*', ''),
        fc.constantFrom('same', 'case', 'typo', 'other'),
      ),
      { maxLength: 14 },
    ),
    fc.array(fragment, { maxLength: 6 }),
  )
  .map(([cover, heading, entries, body, filler]) => {
    const lines = entries.map(([n, t, l, p]) => `${n}${t}${l}${p}`)
    const parts = [...cover, heading, lines.join('\n')]
    body.forEach(([pick, style, change], i) => {
      const [n, t] = entries[(pick + i) % entries.length]!
      const text =
        change === 'same' ? `${n}${t}` : change === 'case' ? t.toUpperCase() : change === 'typo' ? `${t.slice(0, -1)}x` : `Other ${t}`
      parts.push(style === '**' || style === '*' ? `${style}${text}${style}` : `${style}${text}`)
      const extra = filler[i]
      if (extra !== undefined) parts.push(extra)
    })
    return parts.join('\n\n')
  })

const freeform = fc.array(fragment, { minLength: 1, maxLength: 25 })

/** A whole document: fragments separated by blank lines (or not), with varied line ends and maybe a BOM. */
export const document: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      freeform,
      skeleton.map((text) => [text]),
    ),
    fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n', '\n \n'), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    fc.boolean(),
    fc.constantFrom('', '\n', '   ', '\t'),
  )
  .map(([fragments, gaps, lineEnd, bom, tail]) => {
    let text = fragments.map((part, i) => (i === 0 ? part : gaps[i % gaps.length]! + part)).join('') + tail
    if (lineEnd === 'mixed') {
      let n = 0
      text = text.replace(/\n/g, () => ['\n', '\r\n', '\r'][n++ % 3]!)
    } else text = text.replace(/\n/g, lineEnd)
    return (bom ? '\uFEFF' : '') + text
  })

// A corpus of N varied copies of the fixtures: each copy renames its title, its speakers' surnames,
// a place and a date, and drops or repeats a paragraph, so no two reports are the same bytes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const SURNAMES = ['WANG', 'TEZERA', 'ZHAO', 'SILVA', 'OKAFOR', 'MÜLLER', 'DUPONT', 'KOWALSKI', 'TANAKA', 'GARCÍA']
const PLACES = ['Beijing', 'Vienna', 'Addis Ababa', 'Lima', 'Hanoi', 'Nairobi', 'Bogotá']

export function fixtureTexts(root = 'fixtures') {
  // Markdown fixtures in UTF-8 (the UTF-16 and plain-text renditions would only repeat the seed).
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(root, entry.name)).includes('input.md'))
    .map((entry) => readFileSync(join(root, entry.name, 'input.md'), 'utf8'))
    .filter((text) => !text.includes('\u0000'))
}

export function variant(text, i) {
  const paragraphs = text.split('\n\n')
  const drop = 10 + (i % Math.max(1, paragraphs.length - 20))
  const varied =
    i % 3 === 0
      ? paragraphs.filter((_, index) => index !== drop)
      : i % 3 === 1
        ? [...paragraphs.slice(0, drop), paragraphs[drop], ...paragraphs.slice(drop)]
        : paragraphs
  return varied
    .join('\n\n')
    .replace(/^# (.+)$/m, `# $1 (${i})`)
    .replace(/\b[A-Z]{3,}(?=,)/g, (name) => SURNAMES[(name.length + i) % SURNAMES.length])
    .replaceAll('Beijing', PLACES[i % PLACES.length])
    .replace(/\b(20\d\d)\b/g, (year) => String(Number(year) - (i % 5)))
}

/** Writes N reports to `dir` (emptied first); returns their total size in bytes. */
export function writeCorpus(dir, count, texts = fixtureTexts()) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const text = variant(texts[i % texts.length], i)
    writeFileSync(join(dir, `report-${String(i).padStart(5, '0')}.md`), text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}

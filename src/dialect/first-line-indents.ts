// Typewritten text converted as it stands (an HTML page's `<pre>` through turndown, a GPO hearing or
// record): each paragraph opens with an indent and runs on flush left (`    Chairwoman Kelly. This
// hearing will come to order. Without` / `objection, all members' …`). CommonMark reads such an opening
// as a paragraph's line where it follows text, but as an indented code block where it follows a blank
// line, and the turn or heading it opens is lost in the code. A text that opens many paragraphs so is
// read with those openings dedented: a paragraph, as the writer meant.

/** Paragraph openings indented after a flush-left line of text, at least, before the text is read so. */
const MIN_OPENINGS = 20
/** …and at least this share of the text's non-blank lines. */
const MIN_SHARE = 0.05

/** A line that opens a Markdown block of its own at the margin (heading, quote, list item, fence, table, HTML). */
const BLOCK_START = /^(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|```|~~~|[>|<])/

/**
 * The 0-based lines to dedent: where `lines` open many paragraphs with an indent of three or more spaces
 * after a flush-left line of text, each indented line after a blank line (which CommonMark would read as
 * code); none otherwise.
 */
export function firstLineIndents(lines: readonly string[], from = 0): number[] {
  let openings = 0
  let content = 0
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === '') continue
    content++
    if (i > from && isIndented(line) && isFlushText(lines[i - 1]!)) openings++
  }
  if (openings < MIN_OPENINGS || openings < content * MIN_SHARE) return []
  const dedent: number[] = []
  for (let i = from; i < lines.length; i++) {
    if (isIndented(lines[i]!) && (i === from || lines[i - 1]!.trim() === '')) dedent.push(i)
  }
  return dedent
}

/** Indented by three spaces or more (a tab too) before text. */
function isIndented(line: string): boolean {
  return (line.startsWith('   ') || line.startsWith('\t')) && line.trim() !== ''
}

/** A line of text at the margin that opens no block of its own. */
function isFlushText(line: string): boolean {
  const first = line.charCodeAt(0)
  // A space, a tab or nothing: not at the margin.
  if (Number.isNaN(first) || first === 32 || first === 9) return false
  return !BLOCK_START.test(line)
}

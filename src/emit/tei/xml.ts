// Just enough XML writing for the TEI files: escaped text and attributes, elements one per line with
// two spaces of indentation per level, and text elements on one line. Characters XML 1.0 cannot hold
// at all (most control characters, lone surrogates, U+FFFE and U+FFFF), which a converted text can
// carry, become U+FFFD: the file stays well-formed.

/** Characters that no XML 1.0 document may contain, even escaped. */
// eslint-disable-next-line no-control-regex -- these are the characters looked for
const NOT_XML = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** An attribute's value: line ends and tabs as references, so that a parser keeps them (it would make them spaces). */
function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
}

/** Attributes, each ` name="value"`; those whose value is null or undefined are left out. */
export type Attributes = Readonly<Record<string, string | null | undefined>>

function attributesOf(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')
}

/** An element on one line: `<name a="v">text</name>`, or `<name a="v"/>` with no text. `content` is markup, already escaped. */
export function inline(name: string, attributes: Attributes = {}, content = ''): string {
  return content === '' ? `<${name}${attributesOf(attributes)}/>` : `<${name}${attributesOf(attributes)}>${content}</${name}>`
}

/** Lines of XML, indented by the depth of the elements open around them. */
export class XmlLines {
  private readonly lines: string[] = []
  private readonly open: string[] = []

  /** A line of markup (already escaped) at the current depth. */
  line(markup: string): this {
    this.lines.push(`${'  '.repeat(this.open.length)}${markup}`)
    return this
  }

  /** An element holding only text, on one line; nothing when the text is null or empty. */
  text(name: string, text: string | null | undefined, attributes: Attributes = {}): this {
    if (!text) return this
    return this.line(inline(name, attributes, escapeText(text)))
  }

  start(name: string, attributes: Attributes = {}): this {
    this.line(`<${name}${attributesOf(attributes)}>`)
    this.open.push(name)
    return this
  }

  /** An element whose text starts on its opening line, and whose other content follows on lines of their own. */
  startWithText(name: string, markup: string, attributes: Attributes = {}): this {
    this.line(`<${name}${attributesOf(attributes)}>${markup}`)
    this.open.push(name)
    return this
  }

  end(): this {
    const name = this.open.pop()
    if (name === undefined) throw new Error('no element is open')
    return this.line(`</${name}>`)
  }

  /** The lines, each ended with a line feed; every element must be closed. */
  toString(): string {
    if (this.open.length > 0) throw new Error(`<${this.open.at(-1)}> is not closed`)
    return this.lines.map((line) => `${line}\n`).join('')
  }
}

// HTML built so that report text can only ever be text: the `html` template escapes every value it
// is given unless the value is already `Html` (made by `html` itself), so forgetting to escape is not
// possible, only deliberately passing markup.

/** Markup that is safe to insert as is: only `html` and `raw` make it. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

export type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[]

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!)
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!
  })
  return new Html(out)
}

/** Markup written by this module's callers (style sheets, scripts): never report text. */
export function raw(markup: string): Html {
  return new Html(markup)
}

function render(value: Interpolation): string {
  if (value instanceof Html) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false) return ''
  return escapeHtml(String(value))
}

/** The href of a report's page beside the index: the id as one path segment, whatever it holds. */
export function pageHref(reportId: string): string {
  return `${encodeURIComponent(reportId)}.html`
}

/** A link target for report-supplied URLs: only http(s), anything else (javascript:, data:) is shown as text. */
export function safeUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\/\S+$/i.test(url) ? url : null
}

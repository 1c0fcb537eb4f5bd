// A report as a TEI document (`--tei`: `<report_id>.xml`), in the shape of the ParlaMint encoding of
// parliamentary proceedings: a teiHeader (header.ts) and the text, its sections as divs and its speaker
// turns as utterances (body.ts). Valid against report-tei.rng (schema.ts), a subset of TEI P5 that the
// file names in its `xml-model`. Pure: the same report gives the same bytes.
import type { Report } from '../../schema/report.js'
import { slug } from '../../text/normalize.js'
import { writeBody } from './body.js'
import { TEI_START } from './files.js'
import { type XmlIds, writeHeader } from './header.js'
import { XmlLines } from './xml.js'

export function teiDocument(report: Report): string {
  const xml = new XmlLines()
  const ids = xmlIds()
  xml.start('TEI', { xmlns: 'http://www.tei-c.org/ns/1.0', n: report.id })
  writeHeader(xml, report, ids)
  writeBody(xml, report, ids)
  xml.end()
  return `${TEI_START}${xml.toString()}`
}

/**
 * An XML name (NCName) of the shape a slug has: a letter or `_` first, then letters, digits, `-`, `_`
 * and `.`. Letters of every script are name characters after NFKD, which slugs are made with.
 */
const XML_NAME = /^[\p{L}_][\p{L}\p{N}._-]*$/u

/** The report's own ids, which the sections, turns and blocks keep as their `xml:id`. */
const REPORT_ID = /^(?:sec|spk|blk)-\d+$/

/**
 * The xml:id of each person (their person_id) and organisation (`org.` and the slug of its name): as
 * they are where that is an XML name no element of the report's own already has, else with `_` before
 * it (a slug never holds `_`, so the two never meet).
 */
function xmlIds(): XmlIds {
  const safe = (id: string) => (XML_NAME.test(id) && !REPORT_ID.test(id) ? id : `_${id}`)
  return {
    person: (personId) => safe(personId),
    organisation: (name) => `org.${slug(name) || 'unnamed'}`,
  }
}

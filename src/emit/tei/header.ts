// The teiHeader of a report, in the shape ParlaMint gives its component files: the title (and the
// meeting) in titleStmt; the report as published (its title, publisher, date and address) in
// sourceDesc; the meeting's place and date in settingDesc; and in particDesc the organisations and
// the people who speak, each person once however often they speak (`xml:id` from person_id), with
// their names and an affiliation per position and organisation they are given.
import type { Report, Speaker } from '../../schema/report.js'
import { inline, XmlLines, escapeText, type Attributes } from './xml.js'

export function writeHeader(xml: XmlLines, report: Report, ids: XmlIds): void {
  const { metadata } = report
  const title = metadata.title ?? report.id
  xml.start('teiHeader').start('fileDesc')
  xml.start('titleStmt').text('title', title, { type: 'main' }).text('meeting', metadata.event.name).end()
  xml.start('publicationStmt').text('p', 'Encoded in TEI by report-extract from the text of the report described below.').end()
  xml.start('sourceDesc').start('bibl').text('title', title, { type: 'main' }).text('publisher', metadata.organization)
  xml.text('idno', metadata.sourceUrl, { type: 'URI' })
  if (metadata.date) xml.line(dateElement(metadata.date))
  xml.end().end()
  xml.end()
  const persons = personsOf(report.speakers)
  const { location, date } = metadata.event
  if (location || date || persons.length > 0) {
    xml.start('profileDesc')
    if (location || date) {
      xml.start('settingDesc').start('setting').text('name', location, { type: 'place' })
      if (date) xml.line(dateElement(date))
      xml.end().end()
    }
    if (persons.length > 0) writeParticipants(xml, persons, ids)
    xml.end()
  }
  xml.end()
}

/** The xml:id of each person and organisation: their own slug where it is an XML name of its own, else that with a `_` before it. */
export interface XmlIds {
  person(personId: string): string
  organisation(name: string): string
}

/** A person, from their turns: the first turn's names, and every distinct affiliation in order. */
interface Person {
  id: string
  first: Speaker
  affiliations: Array<Pick<Speaker, 'position' | 'department' | 'organization'>>
}

function personsOf(speakers: readonly Speaker[]): Person[] {
  const persons = new Map<string, Person>()
  for (const speaker of speakers) {
    let person = persons.get(speaker.person_id)
    if (!person) persons.set(speaker.person_id, (person = { id: speaker.person_id, first: speaker, affiliations: [] }))
    const { position, department, organization } = speaker
    if (!position && !department && !organization) continue
    const same = (a: Person['affiliations'][number]) =>
      a.position === position && a.department === department && a.organization === organization
    if (!person.affiliations.some(same)) person.affiliations.push({ position, department, organization })
  }
  return [...persons.values()]
}

function writeParticipants(xml: XmlLines, persons: readonly Person[], ids: XmlIds): void {
  xml.start('particDesc')
  const organisations = [...new Set(persons.flatMap((person) => person.affiliations.map((a) => a.organization)).filter(Boolean))]
  const listed = new Set<string>()
  if (organisations.length > 0) {
    xml.start('listOrg')
    for (const name of organisations) {
      const id = ids.organisation(name)
      if (listed.has(id)) continue
      listed.add(id)
      xml.start('org', { 'xml:id': id }).text('orgName', name, { full: 'yes' }).end()
    }
    xml.end()
  }
  xml.start('listPerson')
  for (const person of persons) {
    xml.start('person', { 'xml:id': ids.person(person.id) })
    const name = persName(person.first)
    if (name) xml.line(name)
    for (const affiliation of person.affiliations) {
      const attributes: Attributes = { ref: affiliation.organization ? `#${ids.organisation(affiliation.organization)}` : undefined }
      const parts = [
        affiliation.position ? inline('roleName', {}, escapeText(affiliation.position)) : '',
        affiliation.department ? inline('orgName', { type: 'department' }, escapeText(affiliation.department)) : '',
        affiliation.organization ? inline('orgName', {}, escapeText(affiliation.organization)) : '',
      ]
      xml.line(inline('affiliation', attributes, parts.filter(Boolean).join(', ')))
    }
    xml.end()
  }
  xml.end().end()
}

/** The person's name: forename and surname where the report tells them apart, else the name as printed; null when none. */
function persName(speaker: Speaker): string | null {
  const honorific = (speaker as Speaker & { honorific?: string | null }).honorific
  const parts = [
    honorific ? inline('roleName', { type: 'honorific' }, escapeText(honorific)) : '',
    speaker.given_name ? inline('forename', {}, escapeText(speaker.given_name)) : '',
    speaker.family_name ? inline('surname', {}, escapeText(speaker.family_name)) : '',
  ].filter(Boolean)
  if (speaker.given_name || speaker.family_name) return inline('persName', {}, parts.join(' '))
  if (!speaker.name) return null
  return inline('persName', {}, [...parts, escapeText(speaker.name)].join(' '))
}

/** A `date` whose `when` (or `from` and `to`, for a span) holds the ISO date where it is a real one. */
function dateElement(iso: string): string {
  const [start, end, ...rest] = iso.split('/')
  if (rest.length === 0 && end !== undefined && isDate(start!) && isDate(end))
    return inline('date', { from: start, to: end }, escapeText(iso))
  return inline('date', { when: end === undefined && isDate(iso) ? iso : undefined }, escapeText(iso))
}

/** A year, a year and month, or a day of the calendar: what `when` may hold (2021-02-31 is none of them). */
function isDate(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text)
  if (!match) return false
  const [year, month = 1, day = 1] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)]
  const date = new Date(Date.UTC(year, month - 1, day))
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

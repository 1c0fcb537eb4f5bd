// Chinese names in speakers' labels. Official style writes the office between surname and given name
// (`林召集人文` is 林文, 召集人; `陳委員長美` 陳美, 委員長) and the body before the surname (`交通部王次長國材`:
// 交通部, 王國材, 次長); an office may take words before it (`政務委員`, `副處長`); a body's office without a
// name is a role (`經濟部代表`); colleagues are addressed by surname and a word (`王總`, `李工`, `熊博`).
// Names are family name first; the surname is read from the lexicon's list of common surnames, so the split
// is principled. Pure; scans only the label (at most MAX_LABEL characters).
import { lexicon } from '../lexicon/index.js'

export interface HanName {
  kind: 'person' | 'role'
  /** The name as a Chinese reader writes it, family name first (林文); empty for a role. */
  name: string
  family: string
  given: string
  position: string
  organization: string
  /** A word of address after the surname (熊博: 博). */
  honorific: string
}

/** Longest label read as a Chinese name, in characters. */
const MAX_LABEL = 24
/** Characters that stand for a withheld given name in published records (陳○○). */
// ○ ◯ Ｏ (〇 is a Han character already).
const PLACEHOLDERS = '\\u25CB\\u25EF\\uFF2F'
const NAME_CHAR = new RegExp(`^[\\p{Script=Han}${PLACEHOLDERS}]$`, 'u')
/** A label in Chinese: Han characters (a withheld name's placeholders too), perhaps a letter or number after a role (與會者A). */
const HAN_LABEL = new RegExp(`^[\\p{Script=Han}${PLACEHOLDERS}]{2,${MAX_LABEL}}$`, 'u')
// A letter or a number after a role, in ASCII or full width.
const NUMBERED_ROLE = /^(\p{Script=Han}{1,8})(?:[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]|\d{1,2}|[\uFF10-\uFF19]{1,2})$/u

const SURNAMES = new Set(lexicon.surnames)
const HAN_ONLY = /^\p{Script=Han}+$/u
const TITLES = [...new Set(lexicon.titles.filter((title) => HAN_ONLY.test(title)))].sort((a, b) => b.length - a.length)
const PREFIXES = [...new Set(lexicon.titlePrefixes.filter((word) => HAN_ONLY.test(word)))].sort((a, b) => b.length - a.length)
const ADDRESSES = new Set(lexicon.nameAddresses)
const PRESENTERS = new Set(lexicon.presenterLabels)
// 委員會 is a body, not an office: a title followed by 會 names no one.
const BODY_AFTER_TITLE = /^[會会]/u
const NUMERAL_END = /[一二三四五六七八九十百零〇]$/u

/** Whether a label may be a Chinese name or office (then `readHanLabel` reads it, and nothing else does). */
export function isHanLabel(text: string): boolean {
  return HAN_LABEL.test(text) || (NUMBERED_ROLE.test(text) && HAN_ONLY.test(NUMBERED_ROLE.exec(text)![1]!))
}

/** Speech acts a label may close with after its speaker (`陳議員孝仁詢及：`, `王部長答詢：`), longest first. */
const ACTS = [...new Set([...lexicon.reportingVerbs, ...lexicon.turnNouns].filter((word) => HAN_ONLY.test(word)))].sort(
  (a, b) => b.length - a.length,
)

/**
 * What a Chinese label says, or null when it names no one; a speech act after a person's name or office is taken off
 * (`陳議員孝仁詢及` is 陳孝仁, a councillor, who asked).
 */
export function readHanLabel(text: string, isRole: (text: string) => boolean): HanName | null {
  const act = ACTS.find((word) => text.length > word.length + 1 && text.endsWith(word))
  const speaker = act === undefined ? null : readHanName(text.slice(0, -act.length), isRole)
  // An office before the act says whose it is (`王部長答詢` is 王, 部長, not a given name 答詢).
  if (speaker?.kind === 'person' && speaker.position !== '') return speaker
  return readHanName(text, isRole) ?? (speaker?.kind === 'person' ? speaker : null)
}

function readHanName(text: string, isRole: (text: string) => boolean): HanName | null {
  if (isRole(text) || PRESENTERS.has(text)) return role(text, '')
  const numbered = NUMBERED_ROLE.exec(text)
  // 與會者A, 民眾2: an unnamed participant the record tells apart by a letter or a number.
  if (numbered) return isRole(numbered[1]!) ? role(text, '') : null
  if (!HAN_LABEL.test(text)) return null
  for (const title of TITLES) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      const read = withTitle(text, at, title)
      if (read) return read
    }
  }
  return bareName(text)
}

/** `林召集人文`, `交通部王次長國材`, `唐政務委員鳳`, `經濟部代表`: the office at `at`, what precedes and follows it. */
function withTitle(text: string, at: number, title: string): HanName | null {
  const given = text.slice(at + title.length)
  if (given.length > 2 || BODY_AFTER_TITLE.test(given) || ![...given].every((char) => NAME_CHAR.test(char))) return null
  const before = text.slice(0, at)
  if (before === '') return given === '' ? role(title, '') : null
  const surname = surnameIn(before)
  if (surname) {
    const family = before.slice(surname.at, surname.at + surname.length)
    const position = before.slice(surname.at + surname.length) + title
    // An office the speaker holds here before the name is no body (`主席林副議長棋山`: in the chair).
    const body = before.slice(0, surname.at)
    const organization = TITLES.includes(body) ? '' : body
    return { kind: 'person', name: family + given, family, given, position, organization, honorific: '' }
  }
  // A full name before the office (許哲仁顧問, 簡維克律師), perhaps after an office the speaker holds here (主席王德威處長).
  const full = given === '' ? fullNameBefore(before) : null
  if (full) return { ...full, position: title }
  // A body's office and no name: 經濟部代表, 衛福部副部長.
  if (given !== '') return null
  const prefix = trailingPrefixes(before)
  const organization = before.slice(0, before.length - prefix)
  return organization.length >= 2 ? role(before.slice(organization.length) + title, organization) : null
}

/**
 * A name of three characters or more before an office (`許哲仁`), an office it follows taken off (`主席王德威`); two
 * characters are a place as often (高雄市長, 金門縣長), and are read as none.
 */
function fullNameBefore(before: string): HanName | null {
  const office = TITLES.find((title) => before.startsWith(title))
  const name = office ? before.slice(office.length) : before
  if (name.length < 3) return null
  const read = bareName(name)
  return read !== null && read.given !== '' && read.honorific === '' ? read : null
}

/**
 * The surname in `before` that only office prefixes follow (`某某部張` → 張, `唐政務` → 唐), double ones first; the
 * first such, so that a prefix is never read as a surname (`林主任` is 林 and 主任, though 任 is a surname too).
 */
function surnameIn(before: string): { at: number; length: number } | null {
  for (let at = 0; at < before.length; at++) {
    for (const length of [2, 1]) {
      if (at + length > before.length || !SURNAMES.has(before.slice(at, at + length))) continue
      const rest = before.slice(at + length)
      if (trailingPrefixes(rest) === rest.length) return { at, length }
    }
  }
  return null
}

/** How many characters at the end of `text` are words an office takes before it (副, 政務, 代理, …). */
function trailingPrefixes(text: string): number {
  let end = text.length
  for (let again = true; again && end > 0;) {
    again = false
    for (const prefix of PREFIXES) {
      if (prefix.length <= end && text.startsWith(prefix, end - prefix.length)) {
        end -= prefix.length
        again = true
        break
      }
    }
  }
  return text.length - end
}

/** A name and nothing else (李永強, 歐陽明, 陳○○), or a surname and a word of address (熊博, 王總). */
function bareName(text: string): HanName | null {
  if (text.length > 4) return null
  const double = text.length > 2 && SURNAMES.has(text.slice(0, 2))
  const family = double ? text.slice(0, 2) : text.slice(0, 1)
  if (!SURNAMES.has(family)) return null
  const given = text.slice(family.length)
  // The label stays the name until a participants list says whose surname it is.
  if (ADDRESSES.has(given)) return { kind: 'person', name: text, family, given: '', position: '', organization: '', honorific: given }
  // A numbered item (`方案一`, option one) is no name: a given name of two characters never ends in a numeral (張三 may).
  if (given.length >= 2 && NUMERAL_END.test(text)) return null
  return { kind: 'person', name: text, family, given, position: '', organization: '', honorific: '' }
}

/** A Chinese name's family and given name (熊伟 → 熊, 伟); null for anything else. */
export function splitHanName(name: string): { family: string; given: string } | null {
  if (!HAN_LABEL.test(name) || name.length > 4) return null
  const read = bareName(name)
  return read && read.given !== '' ? { family: read.family, given: read.given } : null
}

function role(position: string, organization: string): HanName {
  return { kind: 'role', name: '', family: '', given: '', position, organization, honorific: '' }
}

/**
 * The one listed person a Chinese label's surname names (熊博 → 熊伟 when 熊伟 is the only 熊 listed), by
 * the names as printed; null when none or several share it.
 */
export function listedByFamily(family: string, names: readonly string[]): number {
  if (family === '') return -1
  let found = -1
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!
    if (!HAN_ONLY.test(name) || name.length <= family.length || !name.startsWith(family)) continue
    if (found >= 0 && names[found] !== name) return -1
    found = i
  }
  return found
}

// Chinese labels: the office between surname and given name, a body before the surname, prefixes of an
// office, a body's office without a name, a withheld name, a surname and a word of address.
import { describe, expect, it } from 'vitest'
import { listedByFamily, readHanLabel } from '../../src/text/names-zh.js'

const roles = new Set(['主持人', '主席', '與會者', '与会者'])
const read = (label: string) => readHanLabel(label, (text) => roles.has(text))

describe('readHanLabel', () => {
  it('takes a speech act off after the name or the office (`陳議員孝仁詢及`, `王部長答詢`)', () => {
    expect(read('陳議員孝仁詢及')).toMatchObject({ kind: 'person', name: '陳孝仁', family: '陳', given: '孝仁', position: '議員' })
    expect(read('王部長答詢')).toMatchObject({ kind: 'person', name: '王', given: '', position: '部長' })
    expect(read('陳議員孝仁')).toMatchObject({ name: '陳孝仁', position: '議員' })
  })

  it('reads the office between surname and given name, family name first', () => {
    expect(read('林召集人文')).toMatchObject({ kind: 'person', name: '林文', family: '林', given: '文', position: '召集人' })
    expect(read('陳委員長美')).toMatchObject({ name: '陳美', position: '委員長', organization: '' })
    expect(read('歐陽委員明')).toMatchObject({ name: '歐陽明', family: '歐陽', given: '明', position: '委員' })
    expect(read('司馬處長光')).toMatchObject({ name: '司馬光', family: '司馬' })
  })

  it('keeps the body before the surname as the organisation', () => {
    expect(read('某某部張處長明')).toMatchObject({ name: '張明', organization: '某某部', position: '處長' })
    expect(read('行政院李秘書長華')).toMatchObject({ name: '李華', organization: '行政院', position: '秘書長' })
    expect(read('交通部王次長國材')).toMatchObject({ name: '王國材', given: '國材', organization: '交通部', position: '次長' })
  })

  it('takes the words an office has before it into the position, never for a surname', () => {
    expect(read('唐政務委員鳳')).toMatchObject({ name: '唐鳳', position: '政務委員' })
    expect(read('衛福部李副司長明')).toMatchObject({ name: '李明', position: '副司長', organization: '衛福部' })
    // 任 is a surname, but here it ends 主任: 林 is the surname.
    expect(read('國發會林主任秘書明')).toMatchObject({ name: '林明', position: '主任秘書', organization: '國發會' })
  })

  it('reads a full name written before its office (許哲仁顧問), an office the speaker holds before it taken off', () => {
    expect(read('許哲仁顧問')).toMatchObject({ kind: 'person', name: '許哲仁', family: '許', given: '哲仁', position: '顧問' })
    expect(read('盧諭緯秘書長')).toMatchObject({ name: '盧諭緯', position: '秘書長', organization: '' })
    expect(read('主席王德威處長')).toMatchObject({ name: '王德威', position: '處長' })
    // Two characters before an office are a place as often as a name: 高雄市長 is Kaohsiung's mayor.
    expect(read('高雄市長')).toMatchObject({ kind: 'role', position: '市長', organization: '高雄' })
  })

  it('reads a body’s office without a name as a role, and an office alone', () => {
    expect(read('經濟部代表')).toMatchObject({ kind: 'role', name: '', position: '代表', organization: '經濟部' })
    expect(read('主席')).toMatchObject({ kind: 'role', position: '主席' })
    expect(read('與會者A')).toMatchObject({ kind: 'role', position: '與會者A' })
  })

  it('reads a bare name, a withheld given name and a surname with a word of address', () => {
    expect(read('李永強')).toMatchObject({ kind: 'person', name: '李永強', family: '李', given: '永強' })
    expect(read('陳○○')).toMatchObject({ name: '陳○○', family: '陳', given: '○○' })
    expect(read('林委員○○')).toMatchObject({ name: '林○○', position: '委員' })
    expect(read('熊博')).toMatchObject({ name: '熊博', family: '熊', given: '', honorific: '博' })
  })

  it('refuses bodies, numbered items, words with no surname and unknown roles with a letter', () => {
    for (const label of ['國家發展委員會', '方案一', '會議結論', '討論事項', '結論A', '發起人']) expect(read(label), label).toBeNull()
  })
})

describe('listedByFamily', () => {
  it('finds the one listed person of a surname, none when two share it', () => {
    expect(listedByFamily('熊', ['曹志', '熊伟', '胡峰'])).toBe(1)
    expect(listedByFamily('胡', ['胡欣蔚', '胡峰'])).toBe(-1)
    expect(listedByFamily('王', ['曹志'])).toBe(-1)
  })
})

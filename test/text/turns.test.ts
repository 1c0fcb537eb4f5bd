import { describe, expect, it } from 'vitest'
import { parseDisplayLabel, parseLabel, postnominalsOff } from '../../src/text/labels.js'
import { cueLines, leadStampedLine, readOpening, splitStampLabel, stampedLine } from '../../src/text/turns.js'

describe('readOpening', () => {
  it('reads a label before a colon, a French spaced colon and a full-width colon', () => {
    expect(readOpening('Anna Berg: Thank you.')).toEqual({ label: 'Anna Berg', end: 11, form: 'colon', time: null })
    expect(readOpening('Philippe MARTIN : Merci.')).toEqual({ label: 'Philippe MARTIN', end: 18, form: 'colon', time: null })
    expect(readOpening('主持人：大家好')).toEqual({ label: '主持人', end: 4, form: 'colon', time: null })
    expect(readOpening('MS. NILSSON:')).toEqual({ label: 'MS. NILSSON', end: 12, form: 'colon', time: null })
  })

  it('reads a bold label CommonMark leaves as text before Chinese text, the colon inside or after the asterisks', () => {
    expect(readOpening('**林召集人文：**各位好')).toEqual({ label: '林召集人文', end: 10, form: 'colon', time: null })
    expect(readOpening('**林召集人文**：各位好')).toEqual({ label: '林召集人文', end: 10, form: 'colon', time: null })
    expect(readOpening('__主持人:__ 大家好')).toEqual({ label: '主持人', end: 9, form: 'colon', time: null })
    // Bold words that are no label: a title with a colon inside, or no colon at all.
    expect(readOpening('**議題一：預算**說明')?.label).not.toBe('議題一')
    expect(readOpening('**重要**事項')).toBeNull()
  })

  it('reads the period form, Q and A, chat lines with times, actions and bracketed nicks', () => {
    expect(readOpening('Mr. REID. Mr. President, as we all know')).toMatchObject({ label: 'Mr. REID', end: 10, form: 'period' })
    expect(readOpening('The PRESIDENT pro tempore. The Senator from Nevada.')).toMatchObject({
      label: 'The PRESIDENT pro tempore',
      form: 'period',
    })
    expect(readOpening('Q.2. Is it so?')).toMatchObject({ label: 'Q.2.', end: 5, form: 'period' })
    expect(readOpening('15:26 <+Complication> hi')).toEqual({ label: '+Complication', end: 22, form: 'chat', time: '15:26' })
    expect(readOpening('[10:02] <bar> ok')).toMatchObject({ label: 'bar', form: 'chat', time: '10:02' })
    expect(readOpening('15:26  * jrandom waves')).toMatchObject({ label: 'jrandom', form: 'action', end: 17 })
    expect(readOpening('15:26 -!- gloin has quit')).toMatchObject({ label: '', form: 'system' })
    expect(readOpening('15:26 anna: hello')).toMatchObject({ label: 'anna', form: 'chat', end: 12 })
    expect(readOpening('[kiara] TPAC is coming.')).toMatchObject({ label: 'kiara', form: 'bracket', end: 8 })
  })

  it('reads a video call’s exported chat line: the frame is the label, the sender its name', () => {
    expect(readOpening('From danny to Everyone: 03:07 PM')).toEqual({ label: 'From danny to Everyone', end: 24, form: 'chat', time: null })
    expect(readOpening('10:15:32 From Anna Berg to Karl Lund(Privately) : hi')).toMatchObject({
      label: 'From Anna Berg to Karl Lund(Privately)',
      form: 'chat',
      time: '10:15:32',
      end: 50,
    })
    expect(parseLabel('From terence(lab) to Everyone', 'chat')).toMatchObject({ kind: 'nick', name: 'terence', strong: true })
    expect(parseLabel('From Mikhail Kalinin to Everyone', 'chat')).toMatchObject({ kind: 'person', name: 'Mikhail Kalinin' })
    // Prose with the same words: the recipient is no one a chat export addresses.
    expect(readOpening('From May to June: the survey ran.')).toMatchObject({ label: 'From May to June', form: 'colon' })
    expect(parseLabel('From May to June', 'colon')).toBeNull()
  })

  it('reads no label in a sentence, a time, an address or a numbered reference', () => {
    const labelOf = (text: string) => {
      const opening = readOpening(text)
      return opening && parseLabel(opening.label, opening.form)
    }
    expect(readOpening('We met at 10:30: late.')).toBeNull()
    expect(readOpening('See https://example.org for more.')).toBeNull()
    expect(readOpening('Why not? Because: reasons.')).toBeNull()
    expect(readOpening('Anna Berg said that the plan works.')).toBeNull()
    // Shaped like the period form, but no honorific opens it and no word is in capitals.
    expect(readOpening('The hearing began. Then: a break.')).toBeNull()
    expect(readOpening('Ana Rodriguez Larrad Fisioterapeuta. Profesora agregada.')).toBeNull()
    expect(readOpening('Profesora de Educación Especial. Profesora e investigadora.')).toBeNull()
    expect(readOpening('The CHAIRMAN. Good morning.')).toMatchObject({ label: 'The CHAIRMAN', form: 'period' })
    expect(readOpening('Chairman SHELBY. The hearing will come to order.')).toMatchObject({ label: 'Chairman SHELBY', form: 'period' })
    expect(readOpening('The PRESIDING OFFICER (Mr. Talent). The Senator from Vermont.')).toMatchObject({
      label: 'The PRESIDING OFFICER (Mr. Talent)',
    })
    expect(labelOf('[12] Berg, A. (2020).')).toBeNull()
    expect(labelOf('10:30: coffee')).toBeNull()
  })
})

describe('call recorders’ label and time lines', () => {
  it('reads Zoom’s name in brackets before the time, the words on the line or below it; a note or a number is none', () => {
    expect(readOpening('[Anna Berg] 10:02:03 Welcome.')).toEqual({ label: 'Anna Berg', end: 21, form: 'colon', time: '10:02:03' })
    expect(readOpening('[Anna Berg] 10:02:03\nWelcome.')).toMatchObject({ label: 'Anna Berg', end: 21, time: '10:02:03' })
    expect(readOpening('[Laughter.] 10:02:03 Thanks.')?.form).not.toBe('colon')
    expect(readOpening('[12] 10:02:03 Thanks.')?.label).not.toBe('12')
    // A chat nick in brackets without a time is read as before.
    expect(readOpening('[kiara] TPAC is coming.')).toMatchObject({ label: 'kiara', form: 'bracket' })
  })

  it('takes a dash before the time off the label, with one space only where the record says it is a transcript (loose)', () => {
    expect(stampedLine('Anna Berg - 00:01', true)).toMatchObject({ label: 'Anna Berg', time: '00:01' })
    expect(stampedLine('Anna Berg – 1:02:03')).toMatchObject({ label: 'Anna Berg', time: '1:02:03' })
    expect(stampedLine('Anna Berg - 00:01')).toBeNull()
    // Word's no-break spaces between the name and the time, kept by pandoc.
    expect(stampedLine('Anna Berg\u00a0\u00a0\u00a00:04')).toMatchObject({ label: 'Anna Berg', time: '0:04' })
  })

  it('keeps one comma in a label and time line when it sets a family name first, and no other', () => {
    expect(stampedLine('Berg, Anna   0:03')).toMatchObject({ label: 'Berg, Anna', time: '0:03' })
    expect(stampedLine('Room 4, Hall B, East   10:30')).toBeNull()
    expect(stampedLine('Yes, we did  0:03')?.label).toBe('Yes, we did')
    expect(parseDisplayLabel('Yes, we did', 'colon')?.family ?? '').toBe('')
  })

  it('reads a display name family name first in the order names are written; capitals and a firm are no such name', () => {
    expect(parseDisplayLabel('Berg, Anna', 'colon')).toMatchObject({ name: 'Anna Berg', family: 'Berg', given: 'Anna', strong: true })
    expect(parseDisplayLabel('van Dijk, Karl M. (Contoso)', 'colon')).toMatchObject({
      name: 'Karl M. van Dijk',
      family: 'van Dijk',
      given: 'Karl M.',
      organization: 'Contoso',
    })
    expect(parseDisplayLabel('KARL KEIRSTEAD, UBS', 'colon')?.family ?? '').toBe('')
    expect(parseDisplayLabel('MARK MURPHY, JP Morgan', 'colon')).toMatchObject({ family: '', organization: 'JP Morgan' })
    expect(parseDisplayLabel('Anna Berg, Director', 'colon')).toMatchObject({ name: 'Anna Berg', position: 'Director', family: '' })
    // The recorder's tag of how someone joined is no organisation; a company in parentheses is.
    expect(parseDisplayLabel('Omar Haddad (Guest)', 'colon')).toMatchObject({ name: 'Omar Haddad', organization: '' })
    expect(parseDisplayLabel('Berg, Anna (External)', 'colon')).toMatchObject({ name: 'Anna Berg', family: 'Berg', organization: '' })
    // Outside a recorder's export the comma is read as parseLabel reads it.
    expect(parseLabel('Berg, Anna', 'colon')?.name).not.toBe('Anna Berg')
    // A guest's e-mail address after the display name is no organisation.
    expect(parseDisplayLabel('Karl Lund (karl.lund@example.org)', 'colon')).toMatchObject({ name: 'Karl Lund', organization: '' })
    expect(parseDisplayLabel('Karl Lund (Contoso)', 'colon')).toMatchObject({ name: 'Karl Lund', organization: 'Contoso' })
  })

  it('reads a line that prints the time before the speaker, alone, and nothing else', () => {
    expect(leadStampedLine('00:00:03 Speaker 1')).toMatchObject({ label: 'Speaker 1', time: '00:00:03', end: 18 })
    expect(leadStampedLine('@0:25 - Anna Berg')).toMatchObject({ label: 'Anna Berg', time: '0:25' })
    expect(leadStampedLine('1:57:26 – Karl Lund (karl.lund@example.org)')?.label).toBe('Karl Lund (karl.lund@example.org)')
    // A time alone, words that are a sentence, and a time inside a sentence are none.
    expect(leadStampedLine('00:02:59')).toBeNull()
    expect(leadStampedLine('00:02:59 Yes, we did.')).toBeNull()
    expect(leadStampedLine('00:02:59 we start')).toBeNull()
    expect(leadStampedLine('At 10:30 Anna Berg')).toBeNull()
  })

  it('reads a name’s paragraph over the time’s alone, as a table row’s cells', () => {
    expect(splitStampLabel('Anna Berg', '00:00:21')).toMatchObject({ label: 'Anna Berg', time: '00:00:21', end: 9 })
    expect(splitStampLabel('Speaker 2', '[1:02:03]')?.time).toBe('1:02:03')
    expect(splitStampLabel('Thank you, Anna.', '00:00:21')).toBeNull()
    expect(splitStampLabel('Anna Berg', 'at 10:30')).toBeNull()
  })

  it('reads a caption cue’s range, the speaker’s line and where the words begin in the collapsed text', () => {
    const cue = cueLines('0:0:3.270 --> 0:0:4.250\nAnna Berg\nUmm. Yes.')
    expect(cue).toMatchObject({ label: 'Anna Berg', time: '0:0:3.270' })
    expect('0:0:3.270 --> 0:0:4.250 Anna Berg Umm. Yes.'.slice(cue!.end)).toBe('Umm. Yes.')
    expect(cueLines('00:00:01.000 --> 00:00:04.000\nWelcome, everyone.\nThanks.')).toBeNull()
    // The range alone on the paragraph's line, the name's line after it.
    expect(cueLines('0:0:3.270 --> 0:0:4.250 Anna Berg\nUmm.')).toBeNull()
    expect(cueLines('0:0:3.270 --> 0:0:4.250\nAnna Berg')).toBeNull()
  })
})

describe('parseLabel', () => {
  it('reads a broadcast credit after a name in capitals as the position, a byline as none (NPR, CNN transcripts)', () => {
    expect(parseLabel('PETER SAGAL, HOST', 'colon')).toMatchObject({ kind: 'person', name: 'Peter Sagal', position: 'HOST' })
    expect(parseLabel('WOLF BLITZER, CNN ANCHOR', 'colon')).toMatchObject({ name: 'Wolf Blitzer', position: 'CNN ANCHOR' })
    expect(parseLabel('BILL KURTIS, BYLINE', 'colon')).toMatchObject({ name: 'Bill Kurtis', position: '', organization: '' })
    // A credit's word after a name in mixed case, or after one word, is no broadcast transcript's credit.
    expect(parseLabel('Peter Sagal, HOST', 'colon')?.position ?? '').not.toBe('HOST')
    expect(parseLabel('SAGAL, HOST', 'colon')?.name ?? '').not.toBe('Sagal')
  })

  it('takes honorifics and offices off the name and keeps them', () => {
    expect(parseLabel('MS. NILSSON', 'colon')).toMatchObject({ kind: 'person', honorific: 'Ms.', name: 'Nilsson', strong: true })
    expect(parseLabel('Mr. McCONNELL', 'period')).toMatchObject({ honorific: 'Mr.', name: 'McConnell' })
    expect(parseLabel('Präsident Dr. Köhler', 'colon')).toMatchObject({ honorific: 'Dr.', position: 'Präsident', name: 'Köhler' })
    expect(parseLabel('Chairman Shelby', 'period')).toMatchObject({ honorific: '', position: 'Chairman', name: 'Shelby' })
    expect(parseLabel('Senator Reed', 'period')).toMatchObject({ honorific: 'Senator', name: 'Reed' })
    expect(parseLabel('H.E. Ms. Anna BERG', 'colon')).toMatchObject({ honorific: 'H.E. Ms.', name: 'Anna BERG' })
    expect(parseLabel('Parl. Staatssekretär beim Bundesminister der Finanzen Hartmann', 'colon')).toMatchObject({
      position: 'Parl. Staatssekretär beim Bundesminister der Finanzen',
      name: 'Hartmann',
    })
  })

  it('reads an office after the name and a comma, and an office whose domain runs over several words', () => {
    expect(parseLabel('Dr. Stoltenberg, Bundesminister der Finanzen', 'colon')).toMatchObject({
      honorific: 'Dr.',
      name: 'Stoltenberg',
      position: 'Bundesminister der Finanzen',
      strong: true,
    })
    expect(parseLabel('Bundesminister für innerdeutsche Beziehungen Frau Dr. Wilms', 'colon')).toMatchObject({
      honorific: 'Frau Dr.',
      name: 'Wilms',
      position: 'Bundesminister für innerdeutsche Beziehungen',
    })
    expect(parseLabel('Parl. Staatssekretär beim Bundesminister für Ernährung, Landwirtschaft und Forsten Gallus', 'colon')).toMatchObject({
      name: 'Gallus',
      position: 'Parl. Staatssekretär beim Bundesminister für Ernährung, Landwirtschaft und Forsten',
    })
    // The reaction a record notes after a label is no part of it.
    expect(parseLabel('Dr. Vogel (SPD) (von der SPD mit Beifall begrüßt)', 'colon')).toMatchObject({
      honorific: 'Dr.',
      name: 'Vogel',
      organization: 'SPD',
      strong: true,
    })
    // A comma before words that are no office leaves the label unread.
    expect(parseLabel('Bonn, Donnerstag', 'colon')).toBeNull()
  })

  it('reads a role without a name, and an office with its article', () => {
    expect(parseLabel('THE COURT', 'colon')).toMatchObject({ kind: 'role', position: 'COURT', name: '', strong: true })
    expect(parseLabel('Monsieur le Maire', 'colon')).toMatchObject({ kind: 'role', honorific: 'Monsieur', position: 'Maire', name: '' })
    expect(parseLabel('The PRESIDENT pro tempore', 'period')).toMatchObject({ kind: 'role', name: '' })
    expect(parseLabel('The PRESIDING OFFICER (Mr. Talent)', 'period')).toMatchObject({
      kind: 'person',
      honorific: 'Mr.',
      name: 'Talent',
      position: 'PRESIDING OFFICER',
    })
    expect(parseLabel('Moderator', 'colon')).toMatchObject({ kind: 'role', position: 'Moderator', strong: true })
    expect(parseLabel('Q.2.', 'period')).toMatchObject({ kind: 'role', position: '' })
  })

  it('keeps a party, an organisation or initials from a parenthesis, an organisation after a dash', () => {
    expect(parseLabel('Dr. Weber (SPD)', 'colon')).toMatchObject({ honorific: 'Dr.', name: 'Weber', organization: 'SPD' })
    expect(parseLabel('Peter Voorhees (PV)', 'colon')).toMatchObject({ name: 'Peter Voorhees', alias: 'PV', organization: '' })
    expect(parseLabel('Steve DeWitt (SDW)', 'colon')).toMatchObject({ name: 'Steve DeWitt', alias: 'SDW', organization: '' })
    expect(parseLabel('Dirk Rohr (D.R.)', 'colon')).toMatchObject({ name: 'Dirk Rohr', alias: 'D.R.', organization: '' })
    expect(parseLabel('Anna Berg (ABC)', 'colon')).toMatchObject({ name: 'Anna Berg', alias: '', organization: 'ABC' })
    expect(parseLabel('Anna Berg — Nordic Institute', 'colon')).toMatchObject({ name: 'Anna Berg', organization: 'Nordic Institute' })
    expect(parseLabel('張三（某某部）', 'colon')).toMatchObject({ name: '張三', organization: '某某部', family: '張', given: '三' })
  })

  it('reads Chinese titles between surname and given name, double surnames and an organisation before the name', () => {
    expect(parseLabel('林召集人文', 'colon')).toMatchObject({ name: '林文', position: '召集人', family: '林', given: '文' })
    expect(parseLabel('陳委員長美', 'colon')).toMatchObject({ name: '陳美', position: '委員長' })
    expect(parseLabel('歐陽處長明', 'colon')).toMatchObject({ name: '歐陽明', family: '歐陽', given: '明' })
    expect(parseLabel('某某部張處長明', 'colon')).toMatchObject({ name: '張明', organization: '某某部', position: '處長' })
    expect(parseLabel('主持人', 'colon')).toMatchObject({ kind: 'role', position: '主持人' })
  })

  it('grades one word, initials and nicks as weak, and refuses agenda labels, metadata keys and prose', () => {
    expect(parseLabel('Anna', 'colon')).toMatchObject({ kind: 'person', name: 'Anna', strong: false })
    expect(parseLabel('RGN', 'colon')).toMatchObject({ kind: 'initials', name: 'RGN', strong: false })
    expect(parseLabel('kiara', 'bracket')).toMatchObject({ kind: 'nick', strong: false })
    expect(parseLabel('+Complication', 'chat')).toMatchObject({ kind: 'nick', name: 'Complication', strong: true })
    expect(parseLabel('TJ Okafor', 'colon')).toMatchObject({ name: 'TJ Okafor', strong: true })
    for (const refused of [
      'Action',
      'Decision',
      'RESOLUTION',
      'Note',
      'Agenda',
      'Date',
      'Location',
      'Present',
      'Action item 3',
      'Ordre du jour',
      'Tagesordnung',
      'Orden del día',
      '決議',
    ]) {
      expect(parseLabel(refused, 'colon'), refused).toBeNull()
    }
    expect(parseLabel('Key messages', 'colon')).toBeNull()
    expect(parseLabel('Recommendation 1', 'colon')).toBeNull()
    expect(parseLabel('Zakim', 'chat')).toBeNull()
  })
})

describe('council labels by an office’s abbreviation', () => {
  it('reads the abbreviation as the office spelled out, the titles as the honorific, the degree as no part of the name', () => {
    expect(readOpening('Bgm. Dr. Rabl: Ich eröffne die Sitzung.')).toMatchObject({ label: 'Bgm. Dr. Rabl', form: 'colon' })
    expect(parseLabel('Bgm. Dr. Rabl', 'colon')).toMatchObject({
      kind: 'person',
      honorific: 'Dr.',
      position: 'Bürgermeister',
      name: 'Rabl',
    })
    expect(parseLabel('GR. KR. Schönberger', 'colon')).toMatchObject({ honorific: 'KR.', position: 'Gemeinderat', name: 'Schönberger' })
    expect(parseLabel('GR. Hufnagl, MBA', 'colon')).toMatchObject({ position: 'Gemeinderat', name: 'Hufnagl', organization: '' })
    expect(parseLabel('StRin Berg', 'colon')).toMatchObject({ position: 'Stadträtin', name: 'Berg' })
    expect(parseLabel('Cllr Smith', 'colon')).toMatchObject({ position: 'Councillor', name: 'Smith' })
    expect(parseLabel('Zwischenruf GR. Hufnagl, MBA', 'colon')).toMatchObject({ position: 'Gemeinderat', name: 'Hufnagl' })
  })

  it('refuses an abbreviation alone: initials that look like one name no office', () => {
    expect(parseLabel('GR', 'colon')?.position ?? '').toBe('')
    expect(parseLabel('OB', 'colon')?.position ?? '').toBe('')
    // A sentence's full stop still ends a label: `Gr.` is an abbreviation only before a name.
    expect(readOpening('Das Protokoll. Beschluss: angenommen.')).toBeNull()
  })
})

describe('postnominalsOff', () => {
  it('drops the degrees after a name, after a comma or a space', () => {
    expect(postnominalsOff('Markus Hufnagl, MBA')).toBe('Markus Hufnagl')
    expect(postnominalsOff('Ralph Schäfer, BSc MSc')).toBe('Ralph Schäfer')
    expect(postnominalsOff('Johann Reindl-Schwaighofer MBA')).toBe('Johann Reindl-Schwaighofer')
    expect(postnominalsOff('Anna Berg, PhD')).toBe('Anna Berg')
  })

  it('keeps a name without one, and a degree alone', () => {
    expect(postnominalsOff('Anna Berg, Director')).toBe('Anna Berg, Director')
    expect(postnominalsOff('MBA')).toBe('MBA')
    expect(postnominalsOff('Ma Long')).toBe('Ma Long')
  })
})

describe('a label’s dash', () => {
  it('sets off the body (`Anna Berg – Nordic Institute`), never a clause (an action item’s task)', () => {
    expect(parseLabel('Anna Berg – Nordic Institute', 'colon')?.organization).toBe('Nordic Institute')
    const task = parseLabel('Diane Poirier – Implement in the API the extensions proposed for', 'colon')
    expect(task?.name).toBe('Diane Poirier')
    expect(task?.organization).toBe('')
  })
})

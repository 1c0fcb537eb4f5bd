// Datelines: where and when a document was written or signed, a line of its own ending with the date.
import { describe, expect, it } from 'vitest'
import { readDateline } from '../../src/text/dateline.js'

describe('readDateline', () => {
  it.each([
    ['À Bordeaux, le 11/11/2023', 'Bordeaux', '2023-11-11'],
    ['Fait à Bègles le 11/11/23', 'Bègles', '2023-11-11'],
    ['A la chaufferie, Bègles le 11/11/23', 'la chaufferie, Bègles', '2023-11-11'],
    ['Paris, le 3 mars 2016.', 'Paris', '2016-03-03'],
    ['Done at Geneva, 3 May 2021', 'Geneva', '2021-05-03'],
  ])('%s: %s, %s', (line, place, date) => {
    expect(readDateline(line)).toMatchObject({ place, date })
  })

  it('says whether a word opens it before the place', () => {
    expect(readDateline('Fait à Bègles le 11/11/23')?.opened).toBe(true)
    expect(readDateline('Paris, le 3 mars 2016')?.opened).toBe(false)
  })

  it.each([
    'Séance du 23 juillet 2020',
    'Conseil municipal du 19 novembre 2020',
    'A Workshop, 3 May 2021',
    'Le 11/11/2023',
    '11/11/2023',
    'À Bordeaux, le 11/11/2023 et à Paris',
    'À la demande de la majorité des membres présents, la séance est reportée au 3 mars 2021',
  ])('%s is no dateline', (line) => {
    expect(readDateline(line)).toBeNull()
  })
})

// A label's value that gives a meeting's date and place together: the place without the date and hours.
import { describe, expect, it } from 'vitest'
import { splitDatedPlace } from '../../src/text/dated-place.js'

describe('splitDatedPlace', () => {
  it('drops the date and the span of hours before the place, and gives the day', () => {
    expect(splitDatedPlace('28.4.2025, 14-18 Uhr, Archäologisches Zentrum, Berlin')).toEqual({
      place: 'Archäologisches Zentrum, Berlin',
      day: '2025-04-28',
    })
  })

  it('reads the place before the date, a weekday, and hours with minutes', () => {
    expect(splitDatedPlace('Lyon, mardi 4 mai 2021, 10:00 - 12:00')).toEqual({ place: 'Lyon', day: '2021-05-04' })
    expect(splitDatedPlace('Oslo, Tuesday, 4 May 2021, 9 h')).toEqual({ place: 'Oslo', day: '2021-05-04' })
  })

  it('keeps a place whole that holds no date and no hours, numbers of a street or a postcode among them', () => {
    expect(splitDatedPlace('Strandgaten 3, 5013 Bergen')).toEqual({ place: 'Strandgaten 3, 5013 Bergen', day: null })
    expect(splitDatedPlace('Room 12, Building 4')).toEqual({ place: 'Room 12, Building 4', day: null })
  })

  it('gives no place when the value is only a date and hours', () => {
    expect(splitDatedPlace('3 May 2021, 10:00 UTC')).toEqual({ place: null, day: '2021-05-03' })
  })
})

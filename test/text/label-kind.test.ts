import { describe, expect, it } from 'vitest'
import { labelKind } from '../../src/text/label-kind.js'

describe('labelKind', () => {
  it('reads a Chinese label spread by spaces as its word (`時 間`, `地　　點`)', () => {
    expect(labelKind('時 間')).toBe('date')
    expect(labelKind('地　　點')).toBe('place')
    expect(labelKind('出 席')).toBeNull()
  })

  it('reads a German closed compound of a kind of meeting and a label as the label', () => {
    expect(labelKind('Besprechungsdatum')).toBe('date')
    expect(labelKind('Sitzungstermin')).toBe('date')
    expect(labelKind('Sitzungsort')).toBe('place')
    expect(labelKind('Versammlungsort')).toBe('place')
  })

  it('refuses a compound whose first part is no kind of meeting, and a meeting word alone', () => {
    expect(labelKind('Geburtsdatum')).toBeNull()
    expect(labelKind('Abgabetermin')).toBeNull()
    expect(labelKind('Sitzung')).toBeNull()
    expect(labelKind('Sitzungsprotokoll')).toBeNull()
  })

  it('keeps the labels of several words', () => {
    expect(labelKind('Meeting Date')).toBe('date')
    expect(labelKind('Date de la réunion')).toBe('date')
    expect(labelKind('Ort & Zeit')).toBe('place')
  })
})

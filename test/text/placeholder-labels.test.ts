// A label that is a placeholder word alone (text/labels.ts parseLabel): an anonymous speaker, no name.
import { describe, expect, it } from 'vitest'
import { parseLabel } from '../../src/text/labels.js'

describe('a placeholder word as the whole label', () => {
  it('is a turn without a name, as printed with its capital (`Mann`, `Woman`, `Zuhörerin`)', () => {
    for (const label of ['Mann', 'Woman', 'Zuhörerin']) {
      expect(parseLabel(label, 'colon')).toMatchObject({ kind: 'role', name: '', position: '', honorific: '' })
    }
  })

  it('not a word in lowercase (`mann:`, a name broken over a line), nor an office (`Speaker`), nor a marked placeholder', () => {
    expect(parseLabel('mann', 'colon')).not.toMatchObject({ kind: 'role', name: '' })
    expect(parseLabel('Speaker', 'colon')).toMatchObject({ kind: 'role', position: 'Speaker' })
    expect(parseLabel('Sprecher 2', 'colon')).toMatchObject({ kind: 'person', name: 'Sprecher 2' })
  })
})

// A transcript's key line: which label stands for which role.
import { describe, expect, it } from 'vitest'
import { labelKey } from '../../src/text/label-key.js'

describe('labelKey', () => {
  it.each([
    [
      '[I] -- Interviewer [C] - Client',
      [
        ['I', 'Interviewer'],
        ['C', 'Client'],
      ],
    ],
    [
      'I = Interviewer, R = Respondent',
      [
        ['I', 'Interviewer'],
        ['R', 'Respondent'],
      ],
    ],
    [
      'Key: M: Moderator; P1: Participant 1',
      [
        ['M', 'Moderator'],
        ['P1', 'Participant 1'],
      ],
    ],
    [
      '(Q) – Research Team (A) – Head of Sales',
      [
        ['Q', 'Research Team'],
        ['A', 'Head of Sales'],
      ],
    ],
  ])('reads %s', (line, pairs) => {
    expect(labelKey(line)).toEqual(pairs.map(([alias, role]) => ({ alias, role })))
  })

  it.each([
    'I = Interviewer',
    'I -- Hi! Good Afternoon! I am Naomi.',
    'Anna - the chair - opened the meeting',
    'Q: Why? A: Because.',
    'CEO - Chief Executive Officer, CFO - Chief Financial Officer',
    'I = Interviewer, I = Interpreter',
    'Notes taken by the secretary: I = Interviewer, R = Respondent',
  ])('refuses %s', (line) => {
    expect(labelKey(line)).toBeNull()
  })
})

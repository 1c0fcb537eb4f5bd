// The dialect stage's diagnostics: which converter's marks the text carries.
import { defineStage } from '../stage.js'

export const dialectStage = defineStage({
  id: 'dialect',
  description: 'Recognises the converter that wrote the text and undoes its marks',
  codes: {
    'dialect-detected': { severity: 'info', meaning: 'the converter dialect(s) recognised (“Read as pandoc + word Markdown”)' },
  },
  examples: {
    ok: [{ title: 'plain CommonMark', text: '# Title\n\nText.\n' }],
    notOk: [
      { title: 'pandoc’s setext headings', text: 'Title\n=====\n\nText.\n', diagnostics: ['1:1 dialect-detected'] },
      { title: 'docling’s image comments', text: '# Title\n\n<!-- image -->\n\nText.\n', diagnostics: ['1:1 dialect-detected'] },
      {
        title: 'a WebVTT caption file (its cue numbers and timings are no text)',
        text: 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nAnna Berg: Welcome, everyone.\n',
        diagnostics: ['1:1 dialect-detected'],
      },
      {
        title: 'plain text with form feeds',
        text: 'Title\n\n   Indented body text.\n\f\n   More text.\n',
        diagnostics: ['1:1 dialect-detected'],
      },
    ],
  },
})

// The decode stage's diagnostics: what decoding had to undo.
import { defineStage } from '../stage.js'

export const decodeStage = defineStage({
  id: 'decode',
  description: 'Decodes the input’s bytes to text with LF line ends',
  codes: {
    'decode-notes': {
      severity: 'info',
      meaning: 'what decoding undid: a byte-order mark, UTF-16, CRLF line ends, diacritics apart from their letters',
    },
  },
  examples: {
    ok: [{ title: 'UTF-8 text with LF line ends', text: '# Title\n\nText.\n' }],
    notOk: [
      { title: 'a byte-order mark and CRLF line ends', text: '\uFEFF# Title\r\n\r\nText.\r\n', diagnostics: ['1:1 decode-notes'] },
      { title: 'CR line ends', text: '# Title\r\rText.\r', diagnostics: ['1:1 decode-notes'] },
      { title: 'DOS’s end-of-file mark (Ctrl-Z) closing the text', text: '# Title\n\nText.\n\u001A\n', diagnostics: ['1:1 decode-notes'] },
      { title: 'diacritics apart from their letters (pdftotext)', text: 'Mika Go\u0308o\u0308s\n', diagnostics: ['1:1 decode-notes'] },
    ],
  },
})

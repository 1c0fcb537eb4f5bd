import { describe, expect, it } from 'vitest'
import { detect } from '../helpers.js'

// Each detector's forms and codes are its examples (src/detect/*.ts, run by test/examples.test.ts).
describe('diagnostics', () => {
  it('are made without stack traces, and leave Error.stackTraceLimit as it was', () => {
    const before = Error.stackTraceLimit
    Error.stackTraceLimit = 17
    try {
      const { messages } = detect(
        'Text.\n\n**预览已结束，完整报告链接和二维码如下：**\n\n[https://example.org/r?id=5\\_1](https://example.org/r?id=5_1)\n',
      )
      expect(messages).toEqual(['3:1 boilerplate-notice-removed', '5:1 boilerplate-source-link'])
      expect(Error.stackTraceLimit).toBe(17)
    } finally {
      Error.stackTraceLimit = before
    }
  })
})

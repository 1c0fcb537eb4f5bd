// `npm run test:all`: every suite, test/slow/ included (see vitest.config.ts).
import { defineConfig } from 'vitest/config'
import { shared } from './vitest.config.js'

export default defineConfig({
  test: {
    ...shared,
    include: ['test/**/*.test.ts'],
  },
})

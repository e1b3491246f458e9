import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// End-to-end tests drive the built app (dist/) in Debian's Chromium with playwright-core.
// One file at a time: the machine has two cores and every file starts its own browser.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
})

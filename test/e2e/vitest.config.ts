import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// End-to-end tests drive the built app (dist/) in Debian's Chromium with playwright-core.
// Two files at a time, one per core (three were slower): every file starts its own headless
// browser on its own loopback server, so files never share state.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
})

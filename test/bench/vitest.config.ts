import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// The budget test reads what `npm run bench` wrote (.tmp/bench.json); npm test runs the bench
// right before it (test/run-all.mjs).
export default defineConfig({
  test: {
    name: 'budget',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['test/bench/**/*.test.ts'],
  },
})

// Builds with Vite's JavaScript API, quietly, into folders under .tmp/bench/.
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
export const TMP = resolve(ROOT, '.tmp/bench')

/**
 * The app with its own vite.config.ts, into outDir (dist/ stays untouched). `slow`: the bench's
 * slowed build (src/views/benchSlowdown.ts), as `BENCH_SLOW_RESULTS=1 npx vite build` makes it.
 */
export const buildApp = (outDir, { slow = false } = {}) =>
  build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    ...(slow ? { define: { __BENCH_SLOW_RESULTS__: 'true' } } : {}),
  })

/**
 * A bare React page, with the app's build settings: test/bench/bare (the JS budget's yardstick)
 * or test/bench/bare-keystroke (the keystroke's).
 */
export const buildBare = (outDir, page = 'bare') =>
  build({
    root: resolve(ROOT, 'test/bench', page),
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false }, assetsInlineLimit: 0 },
  })

/**
 * The engine (src/model, src/trials) as plain ESM for Node, bundled as production code is:
 * what the benchmark calls is the code the app ships, not a test transform of it.
 */
export const buildEngine = async (outDir) => {
  await build({
    root: ROOT,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    resolve: { alias: { '@': resolve(ROOT, 'src') } },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { input: { model: resolve(ROOT, 'src/model/index.ts'), trials: resolve(ROOT, 'src/trials/index.ts') } },
    },
  })
  return { model: resolve(outDir, 'model.js'), trials: resolve(outDir, 'trials.js') }
}

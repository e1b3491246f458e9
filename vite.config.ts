import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { createServer, type Plugin } from 'vite'
import type { renderFirstScreen as RenderFirstScreen } from './src/app/prerender'
import { LANGUAGES } from './src/i18n/languages.ts'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'

const ROOT = fileURLToPath(new URL('.', import.meta.url))
const alias = [
  { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
  { find: /^use-sync-external-store\/shim$/, replacement: fileURLToPath(new URL('./src/app/useSyncExternalStoreShim.ts', import.meta.url)) },
]

/**
 * Puts the first screen, rendered by React in Node (src/app/prerender.tsx), into the built
 * index.html: the first language (English) in #root, each other one in <template
 * id="shell-<code>"> (public/shell/*.js show the reader's before the first paint). The page
 * paints before any script has run; main.ts hydrates it at first use.
 */
function prerenderFirstScreen(): Plugin {
  // The path the build is served under (`vite build --base=/sarcoma/`); '/' by default.
  let base = '/'
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle, chunk }) {
        const EMPTY_ROOT = '<div id="root"></div>'
        if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender: index.html has no ${EMPTY_ROOT}`)
        const server = await createServer({
          configFile: false,
          root: ROOT,
          logLevel: 'error',
          resolve: { alias },
          plugins: [react()],
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
        })
        try {
          const { renderFirstScreen } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as { renderFirstScreen: typeof RenderFirstScreen }
          const [first, ...others] = LANGUAGES
          const shells = new Map<string, string>()
          for (const lng of LANGUAGES) shells.set(lng, await renderFirstScreen(lng))
          // The chunks the entry loads at the first sign of use (React, the views): main.ts
          // prefetches them once the first screen is painted, so first use does not wait for
          // the network and the paint does not wait for them. A data block: never executed.
          const prefetch = new Set<string>()
          const visit = (file: string) => {
            const found = bundle?.[file]
            if (prefetch.has(file) || found?.type !== 'chunk') return
            prefetch.add(file)
            for (const imported of found.imports) visit(imported)
          }
          for (const file of chunk?.dynamicImports ?? []) visit(file)
          for (const file of chunk?.imports ?? []) prefetch.delete(file) // modulepreloaded already
          const list = `<script type="application/json" id="prefetch-after-paint">${JSON.stringify([...prefetch].map((file) => `${base}${file}`))}</script>`
          return html
            .replace('</head>', `  ${list}\n  </head>`)
            .replace('<html lang="en">', `<html lang="${first}" data-languages="${LANGUAGES.join(' ')}">`)
            .replace(
              EMPTY_ROOT,
              [`<div id="root" data-shell="${first}">${shells.get(first) ?? ''}</div>`, ...others.map((lng) => `<template id="shell-${lng}">${shells.get(lng) ?? ''}</template>`)].join('\n    '),
            )
        } finally {
          await server.close()
        }
      },
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    prerenderFirstScreen(),
    // Offline and installable (UX.md §8): every built file precached on the first visit; the
    // worker is registered from app code (no inline script, the CSP forbids it) and a new
    // version waits for the user's OK (registerType 'prompt'). The manifest and icons are
    // hand-written files in public/; the manifest's URLs are relative to the manifest, so the
    // same file works for a build under a path (`--base=/sarcoma/`).
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      includeAssets: ['icon-32.png', 'icon.svg', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png', 'apple-touch-icon.png', 'manifest.webmanifest'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        navigateFallback: 'index.html',
        // The first visit becomes offline-capable without a reload; later versions still wait.
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        sourcemap: false,
        // The worker's runtime is bundled with it: no script from a CDN, ever.
        inlineWorkboxRuntime: true,
      },
    }),
  ],
  resolve: { alias },
  // The bench's slowed build (src/views/benchSlowdown.ts): BENCH_SLOW_RESULTS=1 only; false, and
  // its code removed, in every other build.
  define: { __BENCH_SLOW_RESULTS__: JSON.stringify(process.env.BENCH_SLOW_RESULTS === '1') },
  build: {
    target: 'es2022',
    // No inline module-preload polyfill: the CSP forbids inline scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // What first use loads in a few larger chunks rather than dozens of small ones (each small
    // file compresses worse and costs a request); recharts, zod, the engine and the lazy views
    // keep their own chunks.
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // The store and what the first screen reads from it (zustand included): one chunk
            // instead of a dozen files of a few hundred bytes each. Only modules the first screen
            // imports statically; the codec (urlHash) and derive stay with the lazy engine.
            { name: 'state', test: /node_modules[\\/]zustand[\\/]|src[\\/]state[\\/](store|fields|loadedModels|scenario|keys|usePrediction|lazyModule|scenarioCodec|engine)\.ts$/ },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', strictPort: true },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/support/setupComponent.ts'],
        },
      },
    ],
  },
})

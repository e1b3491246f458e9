import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) }

export default defineConfig({
  plugins: [
    react(),
    // Offline and installable (UX.md §8): every built file precached on the first visit; the
    // worker is registered from app code (no inline script, the CSP forbids it) and a new
    // version waits for the user's OK (registerType 'prompt'). The manifest and icons are
    // hand-written files in public/.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      includeAssets: ['icon.svg', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png', 'apple-touch-icon.png', 'manifest.webmanifest'],
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
  build: {
    target: 'es2022',
    // No inline module-preload polyfill: the CSP forbids inline scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
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

// Issue 22: deployed as a hospital would. deploy/nginx.conf runs in Debian's nginx (only its
// listen and root lines replaced) in front of dist/ at the root of a host, and in front of a
// `--base=/sarcoma/` build under /sarcoma/ as README "Deploying" says. Every header and cache rule
// is checked on the page, a hashed asset, the service worker and the manifest; then a reader's
// journey in Chromium: the prerendered first screen, a shared link with its figures, the language
// switch, the board, printing, the service worker's scope, and the figures again offline, with no
// CSP violation; and another site that frames the aid sees nothing.
import { spawn } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { get as httpsGet } from 'node:https'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { PatientInput } from '@/model'
import { findNginx } from '../support/findChromium.mjs'
import { cspDirectives, expectedHeaderCsp } from '../support/csp'
import { startStaticServer } from '../support/staticServer.mjs'
import { figureMismatches } from './consultationPage'
import { appReady, cspViolations, recordCspViolations, startApp, type App } from './harness'
import { serverBlock, startNginx, type Nginx } from './nginx'

const HASH = '#v=2&site=extremity&age=67&sizeCm=9&depth=deep&histology=undifferentiated_pleomorphic_sarcoma&grade=3'
const PATIENT: PatientInput = { site: 'extremity', age: 67, sizeCm: 9, depth: 'deep', histology: 'undifferentiated_pleomorphic_sarcoma', grade: 3 }
const SUB_PATH = '/sarcoma/'
// The --base build is served from a folder that holds sarcoma/ (README "Deploying").
const SUB_ROOT = '.tmp/deploy-www'
const SUB_DIST = `${SUB_ROOT}/sarcoma`

const IMMUTABLE = 'public, max-age=31536000, immutable'

type Deployment = { name: string; path: string; nginx: Nginx; app: App }
const deployments: Deployment[] = []
// Every nginx started, stopped in afterAll even when a later step of beforeAll failed.
const started: Nginx[] = []
const deployment = (name: string): Deployment => {
  const found = deployments.find((d) => d.name === name)
  if (!found) throw new Error(`The ${name} deployment starts in beforeAll.`)
  return found
}

/** `npm run build -- --base=/sarcoma/`, as a hospital builds for a path, into SUB_DIST. */
const buildUnderPath = (): Promise<void> =>
  new Promise((done, fail) => {
    rmSync(SUB_ROOT, { recursive: true, force: true })
    // Not vitest's environment: with its NODE_ENV=test Vite would build a development bundle
    // (import.meta.env.PROD false: no service worker).
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')))
    const build = spawn('npm', ['run', 'build', '--', `--base=${SUB_PATH}`, `--outDir=${SUB_DIST}`, '--emptyOutDir', '--logLevel=warn'], { stdio: ['ignore', 'pipe', 'pipe'], env })
    let output = ''
    build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    build.on('error', fail)
    build.on('close', (code) => (code === 0 ? done() : fail(new Error(`The --base build failed:\n${output}`))))
  })

beforeAll(async () => {
  const nginxPath = findNginx({ install: false })
  await buildUnderPath()
  // One JSON file beside the build: the app ships none, and the conf must still type them.
  writeFileSync(`${SUB_DIST}/deploy-check.json`, '{"ok":true}\n')
  for (const [name, path, root] of [
    ['root', '/', 'dist'],
    ['path', SUB_PATH, SUB_ROOT],
  ] as const) {
    const nginx = await startNginx(nginxPath, (port) => serverBlock({ port, root, path }))
    started.push(nginx)
    deployments.push({ name, path, nginx, app: await startApp({ origin: nginx.origin }) })
  }
}, 240_000)

afterAll(async () => {
  for (const d of deployments) await d.app.close()
  for (const nginx of started) await nginx.stop()
  rmSync(SUB_ROOT, { recursive: true, force: true })
})

/** A hashed asset the page loads: its entry script. */
const entryScript = (html: string): string => {
  const src = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1]
  if (!src) throw new Error('index.html has no entry script')
  return src
}

describe.each(['root', 'path'])('nginx with deploy/nginx.conf (%s deployment)', (name) => {
  it('sends the security headers and the cache rules on the page, a hashed asset, the service worker and the manifest', async () => {
    const { nginx, path } = deployment(name)
    const page = await fetch(`${nginx.origin}${path}`)
    const html = await page.text()
    const asset = entryScript(html)
    expect(asset).toMatch(new RegExp(`^${path}assets/index-[\\w-]{8}\\.js$`))
    const expectedPolicy = expectedHeaderCsp(html)

    const cases = [
      { url: path, cache: 'no-cache', type: 'text/html; charset=utf-8' },
      { url: asset, cache: IMMUTABLE, type: 'text/javascript; charset=utf-8' },
      { url: `${path}sw.js`, cache: 'no-cache', type: 'text/javascript; charset=utf-8' },
      { url: `${path}manifest.webmanifest`, cache: 'no-cache', type: 'application/manifest+json; charset=utf-8' },
    ]
    for (const c of cases) {
      // Node's fetch asks for gzip (and unpacks it); the header says what was sent.
      const response = await fetch(`${nginx.origin}${c.url}`)
      const h = response.headers
      const where = `${name} ${c.url}`
      expect(response.status, where).toBe(200)
      expect(h.get('cache-control'), where).toBe(c.cache)
      expect(h.get('content-type'), where).toBe(c.type)
      expect(h.get('content-encoding'), where).toBe('gzip')
      expect(h.get('vary'), where).toBe('Accept-Encoding')
      expect(cspDirectives(h.get('content-security-policy') ?? ''), where).toEqual(expectedPolicy)
      expect(h.get('x-frame-options'), where).toBe('DENY')
      expect(h.get('x-content-type-options'), where).toBe('nosniff')
      expect(h.get('referrer-policy'), where).toBe('no-referrer')
      expect(h.get('permissions-policy')?.split(/,\s*/), where).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()']))
      expect(h.get('cross-origin-opener-policy'), where).toBe('same-origin')
      expect(h.get('cross-origin-resource-policy'), where).toBe('same-origin')
      expect(h.get('server'), where).toBe('nginx') // no version number
      // HSTS belongs to the TLS variant only (browsers ignore it over plain HTTP).
      expect(h.get('strict-transport-security'), where).toBeNull()
      await response.arrayBuffer()
    }
  })

  it('answers 404 for unknown paths and folders, without a year-long cache on a missing asset, and types .json', async () => {
    const { nginx, path } = deployment(name)
    for (const url of [`${path}consultation`, `${path}assets/`, `${path}assets/missing-0123abcd.js`, `${path}shell/`, `${path}index.htm`]) {
      const response = await fetch(`${nginx.origin}${url}`)
      expect(response.status, url).toBe(404)
      expect(response.headers.get('cache-control'), url).not.toBe(IMMUTABLE)
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff')
      await response.arrayBuffer()
    }
    if (name === 'path') {
      const json = await fetch(`${nginx.origin}${path}deploy-check.json`)
      expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await json.json()).toEqual({ ok: true })
      const bare = await fetch(`${nginx.origin}${path.replace(/\/$/, '')}`, { redirect: 'manual' })
      expect(bare.status).toBe(301)
      expect(new URL(bare.headers.get('location') ?? '', nginx.origin).pathname).toBe(path)
    }
  })

  it('paints the prerendered first screen from its own path, and links a manifest whose start, scope and icons are that path', async () => {
    const { app, path } = deployment(name)
    const requested: string[] = []
    const { page, context, assertClean } = await app.open({ path, waitForApp: false, beforeLoad: async (ctx) => void ctx.on('request', (r) => void requested.push(new URL(r.url()).pathname)) })
    // Painted from HTML and CSS alone: no use yet, so React has not loaded.
    await page.locator('#root[data-shell="en"] h1').waitFor()
    expect(await page.locator('#root[data-hydrated]').count()).toBe(0)
    await appReady(page)
    expect(requested.filter((p) => !p.startsWith(path))).toEqual([])

    const manifestUrl = new URL((await page.locator('link[rel=manifest]').getAttribute('href')) ?? '', page.url())
    expect(manifestUrl.pathname).toBe(`${path}manifest.webmanifest`)
    const manifest = (await (await page.request.get(manifestUrl.href)).json()) as { start_url: string; scope: string; id: string; icons: { src: string }[] }
    const home = `${app.origin}${path}`
    expect([manifest.start_url, manifest.scope, manifest.id].map((u) => new URL(u, manifestUrl).href)).toEqual([home, home, home])
    for (const icon of manifest.icons) {
      const url = new URL(icon.src, manifestUrl)
      expect(url.pathname.startsWith(path), url.href).toBe(true)
      expect((await page.request.get(url.href)).status(), url.href).toBe(200)
    }
    assertClean()
    await context.close()
  })

  it('opens the shared link with its figures in both languages, the board and print, installs the worker for its path, and shows the figures offline, with no CSP violation', async () => {
    const { app, path } = deployment(name)
    const failed: string[] = []
    const { page, context, assertClean } = await app.open({
      path,
      hash: HASH,
      beforeLoad: async (ctx) => {
        await recordCspViolations(ctx)
        ctx.on('response', (r) => {
          const url = new URL(r.url())
          if (r.status() >= 400 || !url.pathname.startsWith(path)) failed.push(`${r.status()} ${url.pathname}`)
        })
      },
    })
    const optionsShown = page.locator('#main .option-grid td[data-option] .option-grid__figure').first()
    await optionsShown.waitFor()
    const years = Number(await page.locator('input[name=horizon]:checked').getAttribute('value'))
    expect(await figureMismatches(page, PATIENT, years, 'en')).toEqual([])

    // Language switch: the same figures in Dutch.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('nl')
    await page.getByRole('heading', { level: 1, name: 'Keuzehulp wekedelensarcoom' }).waitFor()
    expect(await figureMismatches(page, PATIENT, years, 'nl')).toEqual([])

    // The board: opened by its key, left with Esc.
    await page.locator('.app-header h1').click()
    await page.keyboard.press('b')
    await page.locator('.board .option-grid--board').first().waitFor()
    await page.keyboard.press('Escape')
    await optionsShown.waitFor()

    // Printing: the browser's own print builds the summary (its code is another chunk).
    await expect
      .poll(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
        return page.locator('.print-summary').count()
      })
      .toBe(1)
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))

    // The service worker: registered for the app's path, and in control after the first visit.
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready
      for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((wait) => setTimeout(wait, 50))
      return { scope: registration.scope, script: registration.active?.scriptURL, controlled: navigator.serviceWorker.controller !== null }
    })
    expect(worker).toEqual({ scope: `${app.origin}${path}`, script: `${app.origin}${path}sw.js`, controlled: true })

    // Offline: a reload still opens the shared link with its figures, in the chosen language.
    await context.setOffline(true)
    await page.reload()
    await appReady(page)
    await optionsShown.waitFor()
    expect(await figureMismatches(page, PATIENT, years, 'nl')).toEqual([])
    await context.setOffline(false)

    expect(await cspViolations(page)).toEqual([])
    expect(failed).toEqual([])
    assertClean()
    await context.close()
  })

  it('shows nothing in a frame on another site, where a server without the header is framed', async () => {
    const { app, path } = deployment(name)
    // dist/ from the tests' own server, which sends no frame-ancestors: the control that shows
    // the frame check sees an app when one is there.
    const control = await startStaticServer({ root: 'dist', port: 0 })
    const framer: Server = createServer((request, response) => {
      const target = request.url === '/control' ? `${control.url}/` : `${app.origin}${path}`
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      response.end(`<!doctype html><title>Another site</title><iframe src="${target}" width="800" height="600"></iframe>`)
    })
    await new Promise<void>((done) => framer.listen(0, '127.0.0.1', () => done()))
    const address = framer.address()
    const framerOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    try {
      const framedApp = async (page: Page) => {
        const frame = await (await page.locator('iframe').elementHandle())?.contentFrame()
        if (!frame) return { url: 'no frame', headings: 0 }
        await frame.waitForLoadState('load')
        const headings = await frame.locator('#root h1').count().catch(() => 0)
        return { url: frame.url(), headings }
      }

      const { page, context, consoleErrors } = await app.open({ url: `${framerOrigin}/`, waitForApp: false })
      await page.waitForLoadState('load')
      const blocked = await framedApp(page)
      expect(blocked.headings).toBe(0)
      expect(blocked.url).not.toContain(app.origin)
      expect(consoleErrors.join('\n')).toMatch(/frame-ancestors 'none'/)

      await page.goto(`${framerOrigin}/control`)
      await expect.poll(async () => (await framedApp(page)).headings).toBe(1)
      await context.close()
    } finally {
      await new Promise<void>((done) => framer.close(() => done()))
      await new Promise<void>((done) => control.server.close(() => done()))
    }
  })
})

/** A GET over HTTPS that trusts the test certificate only: status and headers. */
const httpsHeaders = (url: string, ca: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> =>
  new Promise((done, fail) => {
    const request = httpsGet(url, { ca }, (response) => {
      response.resume()
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers }))
    })
    request.on('error', fail)
  })

describe('nginx with deploy/nginx.conf, its TLS lines uncommented', () => {
  it('serves the app over HTTPS with HSTS besides every other header', async () => {
    const tls = { certificate: 'test/fixtures/tls/localhost.pem', key: 'test/fixtures/tls/localhost.key' }
    const nginx = await startNginx(findNginx({ install: false }), (port) => serverBlock({ port, root: 'dist', tls }), { scheme: 'https' })
    try {
      const ca = readFileSync(tls.certificate, 'utf8')
      const plain = deployment('root').nginx.origin
      for (const path of ['/', '/sw.js', '/manifest.webmanifest']) {
        const { status, headers } = await httpsHeaders(`${nginx.origin}${path}`, ca)
        expect(status, path).toBe(200)
        expect(headers['strict-transport-security'], path).toBe('max-age=31536000')
        // Everything else as over plain HTTP.
        const overHttp = (await fetch(`${plain}${path}`)).headers
        for (const name of ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'cache-control', 'content-type']) {
          expect(headers[name], `${path} ${name}`).toBe(overHttp.get(name))
        }
      }
    } finally {
      await nginx.stop()
    }
  })
})

describe('the deployment test itself', () => {
  it('serves the --base build, whose every URL in index.html is under the path', () => {
    const html = readFileSync(`${SUB_DIST}/index.html`, 'utf8')
    const urls = [...html.matchAll(/\b(?:src|href)="([^"#][^"]*)"/g)].map((m) => m[1] ?? '')
    const prefetch = JSON.parse(/id="prefetch-after-paint">([^<]*)</.exec(html)?.[1] ?? '[]') as string[]
    expect(urls.length).toBeGreaterThan(5)
    expect([...urls, ...prefetch].filter((u) => !u.startsWith(SUB_PATH))).toEqual([])
  })
})

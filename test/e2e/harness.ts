// The e2e harness: the built app on a free loopback port, a fresh headless Chromium, and guards
// that fail a test on any request to another host, any console error or page error, and any
// axe-core violation.
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { findChromium } from '../support/findChromium.mjs'
import { startStaticServer } from '../support/staticServer.mjs'

const require = createRequire(import.meta.url)
const AXE_SOURCE: string = (require('axe-core') as { source: string }).source

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

/**
 * Waits until React owns the page. The first screen is prerendered HTML, painted before any
 * script; the app loads and hydrates it at the first sign of use (src/app/main.ts), which a
 * pointer moving over the page gives, as a user's would.
 */
export const appReady = async (page: Page): Promise<void> => {
  await page.mouse.move(10, 10)
  await page.locator('#root[data-hydrated]').waitFor({ state: 'attached' })
}

export type Guarded = {
  page: Page
  context: BrowserContext
  outbound: string[]
  consoleErrors: string[]
  /** Throws when the page talked to another host or logged an error. */
  assertClean: () => void
}

export type OpenOptions = {
  locale?: string
  viewport?: { width: number; height: number }
  hash?: string
  path?: string
  /** A phone: touch, mobile viewport rules (the page may not widen the layout), device scale 2. */
  phone?: boolean
  /** Another page than the app's (a full URL), e.g. one of another origin that frames the app. */
  url?: string
  /** Runs on the new context before the page loads (routes, init scripts). */
  beforeLoad?: (context: BrowserContext) => Promise<void>
  /** false: return as soon as the HTML has loaded, before the app has hydrated it. */
  waitForApp?: boolean
}

export type App = {
  origin: string
  open: (options?: OpenOptions) => Promise<Guarded>
  close: () => Promise<void>
}

/**
 * The app for one test file: started before its first test and closed after its last, each
 * file with its own server and browser so that files never share state.
 */
export const appForFile = (): App => {
  let started: App | null = null
  beforeAll(async () => {
    started = await startApp()
  })
  afterAll(async () => {
    await started?.close()
  })
  const app = (): App => {
    if (!started) throw new Error('The app starts in beforeAll: use it inside a test.')
    return started
  }
  return {
    get origin() {
      return app().origin
    },
    open: (options) => app().open(options),
    close: () => app().close(),
  }
}

/** The app in a fresh Chromium: dist/ on a loopback server of its own, or an origin given (a server the caller runs). */
export const startApp = async ({ origin: given }: { origin?: string } = {}): Promise<App> => {
  const served = given ? null : await startStaticServer({ root: 'dist', port: 0 })
  const origin = new URL(given ?? served?.url ?? '').origin
  const userDataDir = mkdtempSync(join(tmpdir(), 'sts-e2e-'))
  const context0 = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium({ install: false }),
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: 'en-GB',
  })
  const browser = context0.browser()
  const contexts: BrowserContext[] = [context0]

  const open: App['open'] = async (options = {}) => {
    // Persistent contexts have one storage; each test gets a new incognito-like context, with
    // the requested locale so the language detector sees a Dutch or an English browser.
    const context = browser
      ? await browser.newContext({
          locale: options.locale ?? 'en-GB',
          viewport: options.viewport ?? { width: 1366, height: 900 },
          ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
        })
      : context0
    if (browser) contexts.push(context)
    const page = await context.newPage()
    if (!browser && options.viewport) await page.setViewportSize(options.viewport)
    const outbound: string[] = []
    const consoleErrors: string[] = []
    context.on('request', (request) => {
      const target = request.url()
      if (target.startsWith('data:') || target.startsWith('blob:')) return
      if (new URL(target).origin !== origin) outbound.push(target)
    })
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`))
    await options.beforeLoad?.(context)
    await page.goto(options.url ?? `${origin}${options.path ?? '/'}${options.hash ?? ''}`)
    if (options.waitForApp !== false) await appReady(page)
    return {
      page,
      context,
      outbound,
      consoleErrors,
      assertClean: () => {
        if (outbound.length) throw new Error(`Requests to other hosts: ${outbound.join(', ')}`)
        if (consoleErrors.length) throw new Error(`Console errors: ${consoleErrors.join(' | ')}`)
      },
    }
  }

  return {
    origin,
    open,
    close: async () => {
      for (const context of contexts.reverse()) await context.close().catch(() => undefined)
      if (served) await new Promise<void>((done) => served.server.close(() => done()))
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

/** Records every CSP violation of every document the context loads from now on, from its first script. */
export const recordCspViolations = async (context: BrowserContext): Promise<void> => {
  await context.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`)
    })
  })
}

/** The CSP violations the page's document has reported (recordCspViolations first). */
export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => window.__cspViolations ?? ['recorder missing'])

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe-core (WCAG 2.0-2.2 A and AA rules) on the page as it is now. */
export const axeViolations = async (page: Page): Promise<AxeViolation[]> => {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: the app's
  // own CSP stays strict in the test.
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
}

export const describeViolations = (violations: AxeViolation[]): string =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`).join('\n')

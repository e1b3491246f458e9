// src/trials is engine code (ARCHITECTURE.md): it must run in Node, so no UI library and no
// browser global. ESLint guards the imports; it cannot see globals, so this scans the text.

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'

const ROOT = resolve(process.cwd(), 'src/trials')
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )

const FORBIDDEN_IMPORT = /from\s+['"](react|react-dom|i18next|react-i18next|zustand|recharts|@\/(state|components|views|app|i18n))\b/
const BROWSER_GLOBAL = /\b(window|document|localStorage|sessionStorage|navigator)\s*[.[]/

it.each(files(ROOT).map((f) => [f.slice(ROOT.length + 1), f]))('%s uses no app code or browser globals', (_name, file) => {
  const source = readFileSync(file, 'utf8')
  expect(source).not.toMatch(FORBIDDEN_IMPORT)
  expect(source).not.toMatch(BROWSER_GLOBAL)
  expect(source).not.toMatch(/\benum\s+\w+/)
  expect(source).not.toMatch(/export\s+default/)
})

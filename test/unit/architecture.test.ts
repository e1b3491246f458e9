// Module boundaries (ARCHITECTURE.md): the engine is pure. ESLint enforces the import table;
// this test proves the rule fires, and scans for browser globals that lint cannot see.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { importCycles, importGraph } from '../support/importCycles'

const root = process.cwd()
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : []
  })
const engineFiles = () => [...filesUnder(join(root, 'src/model')), ...filesUnder(join(root, 'src/trials'))].map((f) => relative(root, f))

const FORBIDDEN_IN_ENGINE = /from ['"](react|react-dom|react-i18next|i18next|zustand|recharts)['"/]|\b(window|document|localStorage|sessionStorage|navigator)\.|@\/(state|components|views|app|i18n)\//

describe('the engine stays pure', () => {
  it('has engine files to check', () => {
    expect(engineFiles().length).toBeGreaterThan(5)
  })

  it.each(engineFiles())('%s uses no app code, UI library or browser global', (file) => {
    // Comments may name a browser global ("window.<code>" keys); code may not.
    const code = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')
    expect(code).not.toMatch(FORBIDDEN_IN_ENGINE)
  })

  it.each([
    ['src/model/bad.ts', "import { create } from 'zustand'\nexport const x = create"],
    ['src/model/bad.ts', "import { useState } from 'react'\nexport const x = useState"],
    ['src/trials/bad.ts', "import { useAppStore } from '@/state/store'\nexport const x = useAppStore"],
    ['src/model/bad.ts', "import i18next from 'i18next'\nexport const x = i18next"],
  ])('lint rejects a UI import in %s', async (filePath, code) => {
    const eslint = new ESLint({ cwd: root })
    const [result] = await eslint.lintText(code, { filePath: join(root, filePath) })
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports')
  })

  it('lint accepts the same import in a component', async () => {
    const eslint = new ESLint({ cwd: root })
    const [result] = await eslint.lintText("import { useState } from 'react'\nexport const x = useState\n", {
      filePath: join(root, 'src/components/Fine.tsx'),
    })
    expect(result?.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([])
  })
})

// Issue 21: no import cycle in src/. The check walks every static import and `export ... from`
// (type-only ones included, '@/' resolved to src/) and must find a planted cycle.
describe('no import cycle', () => {
  it('finds the cycle planted in test/fixtures/import-cycle, and not the lazy import back', () => {
    const graph = importGraph(join(root, 'test/fixtures/import-cycle'))
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']])
  })

  it('follows the @/ alias', () => {
    const graph = importGraph(join(root, 'src'))
    expect(graph.get('app/App.tsx')).toContain('views/Consultation.tsx')
  })

  it('finds none in src/', () => {
    const graph = importGraph(join(root, 'src'))
    expect(graph.size).toBeGreaterThan(100)
    expect(importCycles(graph)).toEqual([])
  })
})

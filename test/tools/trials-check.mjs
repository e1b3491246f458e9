// npm run trials:check -- <file or folder> [...]: compares ClinicalTrials.gov API v2 study records
// with the app's trial data (src/trials/registryCheck.ts decides, this file reads and prints).
// Node 20 cannot run TypeScript, so Vite (a devDependency) loads the module in SSR mode: no build,
// no network, nothing written into the project. README "Keeping the trials current" says how to use it.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const USAGE = 'usage: npm run trials:check -- <study.json | folder of .json files> [...]'

/** The .json files of a path: the file itself, or every .json under a folder, sorted. */
function jsonFiles(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return [path]
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name)
      if (entry.isDirectory()) return jsonFiles(child)
      return entry.name.toLowerCase().endsWith('.json') ? [child] : []
    })
}

async function main(args) {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    console.error(USAGE)
    return 2
  }
  const inputs = []
  const missing = []
  for (const arg of args) {
    const path = resolve(process.cwd(), arg)
    try {
      for (const file of jsonFiles(path)) {
        const name = relative(process.cwd(), file) || file
        try {
          inputs.push({ name, text: readFileSync(file, 'utf8') })
        } catch (error) {
          missing.push({ name, checks: [], problems: [`cannot be read (${error.code ?? error.message})`] })
        }
      }
    } catch (error) {
      missing.push({ name: arg, checks: [], problems: [`no such file or folder (${error.code ?? error.message})`] })
    }
  }
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    cacheDir: join(tmpdir(), 'sts-trials-check-vite'),
    resolve: { alias: [{ find: '@', replacement: join(ROOT, 'src') }] },
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
  })
  try {
    const { checkFiles, formatReport } = await server.ssrLoadModule('/src/trials/registryCheck.ts')
    const { text, exitCode } = formatReport([...checkFiles(inputs), ...missing])
    console.log(text)
    return exitCode
  } finally {
    await server.close()
  }
}

process.exitCode = await main(process.argv.slice(2))

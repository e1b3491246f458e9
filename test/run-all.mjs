// `npm test`: every check and every suite, with one closing line `N passed, N failed` summing
// them all. Type check, lint, build and bench count as one test each; the vitest suites (unit
// and component with the fuzz tests, budgets, end-to-end) report their own counts.
//
// Steps that do not depend on each other run side by side (the machine has two cores and most
// steps leave one idle while they wait on a browser or the disk); each writes its output to a
// file, printed whole when the step ends, so logs never interleave.
import { spawn } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs'
import { findChromium, findNginx, findPdftotext } from './support/findChromium.mjs'

const started = Date.now()
const results = []
mkdirSync('.tmp', { recursive: true })

const step = (name, ok, passed = ok ? 1 : 0, failed = ok ? 0 : 1) => {
  results.push({ name, passed, failed })
  console.log(`\n== ${name}: ${passed} passed, ${failed} failed\n`)
}

/** Runs a command with its output in .tmp/<name>.log, printed when it ends; resolves to success. */
const runLogged = (name, command, args, env = {}) =>
  new Promise((resolve) => {
    const logFile = `.tmp/${name}.log`
    const fd = openSync(logFile, 'w')
    const child = spawn(command, args, { stdio: ['ignore', fd, fd], env: { ...process.env, FORCE_COLOR: '0', ...env } })
    child.on('error', () => resolve(false))
    child.on('close', (code) => {
      closeSync(fd)
      process.stdout.write(`\n---- ${name} ----\n${readFileSync(logFile, 'utf8')}`)
      resolve(code === 0)
    })
  })

const checkStep = async (name, command, args, env) => step(name, await runLogged(name, command, args, env))

const vitestStep = async (name, args, env) => {
  const report = `.tmp/vitest-${name}.json`
  rmSync(report, { force: true })
  const ok = await runLogged(name, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env)
  if (!existsSync(report)) {
    step(name, false)
    return
  }
  const json = JSON.parse(readFileSync(report, 'utf8'))
  // A suite that fails to load counts as one failure even when it ran no test.
  const brokenFiles = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length
  const failed = json.numFailedTests + brokenFiles
  step(name, ok && failed === 0, json.numPassedTests, failed || (ok ? 0 : 1))
}

// Chromium (and pdftotext for the print test, nginx for the deployment test) are found, or
// installed, before anything runs. Without nginx the deployment test fails and says why.
let chromiumPath = null
try {
  chromiumPath = findChromium()
  findPdftotext()
} catch (error) {
  console.error(`\n${error.message}\n`)
  step('e2e (Chromium)', false)
}
let nginxPath = null
try {
  nginxPath = findNginx()
} catch (error) {
  console.error(`\n${error.message}\n`)
}

// Phase 1: static checks, the unit and component suites, and the production build.
let built = false
await Promise.all([
  checkStep('type check', 'npx', ['tsc', '-p', 'tsconfig.json']),
  checkStep('lint', 'npx', ['eslint', '--max-warnings', '0', '.']),
  vitestStep('unit-and-component', ['--project', 'unit', '--project', 'component']),
  runLogged('build', 'npx', ['vite', 'build', '--logLevel', 'warn']).then((ok) => {
    built = ok
    step('build', ok)
  }),
])

// Phase 2: the end-to-end suite in Chromium. Phase 3: the bench on its own (sizes; the engine
// against a reference computation; three keystroke series, a bare React page beside each; the
// shared link's main-thread time against a bare React page, with the slowed build in the same
// rounds; Lighthouse), so that no other suite loads the machine while it measures; the budget
// test then asserts every ratio, and that the slowed build breaks its budget (issue 21). Without
// a build or a Chromium both count as failed.
if (built && chromiumPath) {
  await vitestStep('e2e', ['--config', 'test/e2e/vitest.config.ts'], { CHROME_PATH: chromiumPath, ...(nginxPath ? { NGINX_PATH: nginxPath } : {}) })
  await checkStep('bench', 'node', ['test/bench/run-bench.mjs', '--dist', 'dist'], { CHROME_PATH: chromiumPath })
} else {
  step('bench', false)
}
await vitestStep('budgets', ['--config', 'test/bench/vitest.config.ts'])

const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0)
console.log('\nSummary:')
for (const r of results) console.log(`  ${r.failed ? 'FAIL' : 'ok  '} ${r.name}: ${r.passed} passed, ${r.failed} failed`)
console.log(`  time: ${((Date.now() - started) / 1000).toFixed(0)} s`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)

// Finds the programs the end-to-end tests drive: a Chromium (CHROME_PATH, else Debian's
// `chromium`), poppler's pdftotext and nginx. When one is missing and we run as root, installs
// Debian's package (never a browser download of a test tool's own: this machine reaches only
// the npm registry and Debian's packages).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

const onPath = (name) => {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' })
  return found.status === 0 ? found.stdout.trim() : null
}

/** An executable from its environment variable, else the first of `paths` there, else `name` on the PATH. */
const locate = (variable, paths, name) => {
  const given = process.env[variable]
  if (given) {
    if (existsSync(given)) return given
    throw new Error(`${variable} is set to ${given}, but no file is there.`)
  }
  return paths.find((path) => existsSync(path)) ?? onPath(name)
}

// A clean image has no package lists: the first install in a run reads them.
let listsRead = false

/** Installs a Debian package when we run as root with apt-get; returns whether it tried. */
const aptInstall = (what, pkg) => {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot || !onPath('apt-get')) return false
  console.log(`${what} not found: installing Debian's ${pkg} with apt-get (root) ...`)
  if (!listsRead) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  listsRead = true
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return true
}

/** A program the tests need: found, else installed from Debian (root), else an error saying what to install. */
const findOrInstall = ({ variable, paths, name, what, pkg, install, purpose }) => {
  const found = locate(variable, paths, name)
  if (found) return found
  if (install && aptInstall(what, pkg)) {
    const installed = locate(variable, paths, name)
    if (installed) return installed
  }
  throw new Error(
    `No ${what} found for ${purpose}. Install Debian's ${pkg} (sudo apt-get install ${pkg}) ` +
      `or set ${variable} to ${what === 'Chromium' ? 'a Chromium or Chrome' : `an ${what}`} executable, then run npm test again.`,
  )
}

export const findChromium = ({ install = true } = {}) =>
  findOrInstall({ variable: 'CHROME_PATH', paths: CANDIDATES, name: 'chromium', what: 'Chromium', pkg: 'chromium', install, purpose: 'the end-to-end tests' })

export const findPdftotext = ({ install = true } = {}) => {
  const found = onPath('pdftotext')
  if (found) return found
  if (install && aptInstall('pdftotext', 'poppler-utils')) return onPath('pdftotext')
  return null
}

/**
 * The nginx that test/e2e/deploy.e2e.ts runs deploy/nginx.conf in: NGINX_PATH, else Debian's
 * nginx (in /usr/sbin, which is not on an ordinary user's PATH), installed when missing and we
 * run as root. The package's own service is not needed: the test starts nginx itself, on a free
 * loopback port, and stops it.
 */
export const findNginx = ({ install = true } = {}) =>
  findOrInstall({
    variable: 'NGINX_PATH',
    paths: ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'],
    name: 'nginx',
    what: 'nginx',
    pkg: 'nginx',
    install,
    purpose: 'the deployment test (test/e2e/deploy.e2e.ts)',
  })

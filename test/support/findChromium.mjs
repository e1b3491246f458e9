// Finds a Chromium for the end-to-end tests: CHROME_PATH, else Debian's `chromium`; when none
// is there and we run as root, installs Debian's package (never a browser download of a test
// tool's own: this machine reaches only the npm registry and Debian's packages).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

const onPath = (name) => {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' })
  return found.status === 0 ? found.stdout.trim() : null
}

const locate = () => {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`)
  }
  return CANDIDATES.find((path) => existsSync(path)) ?? onPath('chromium')
}

export const findChromium = ({ install = true } = {}) => {
  const found = locate()
  if (found) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (install && isRoot && onPath('apt-get')) {
    console.log('Chromium not found: installing Debian\'s chromium with apt-get (root) ...')
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    const installed = locate()
    if (installed) return installed
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install Debian\'s chromium (sudo apt-get install chromium) ' +
      'or set CHROME_PATH to a Chromium or Chrome executable, then run npm test again.',
  )
}

export const findPdftotext = ({ install = true } = {}) => {
  const found = onPath('pdftotext')
  if (found) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (install && isRoot && onPath('apt-get')) {
    console.log('pdftotext not found: installing Debian\'s poppler-utils with apt-get (root) ...')
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'poppler-utils'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    return onPath('pdftotext')
  }
  return null
}

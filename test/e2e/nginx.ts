// Runs deploy/nginx.conf in a real nginx for test/e2e/deploy.e2e.ts: the server block exactly as
// shipped, with only its listen and root lines replaced (and, for a deployment under a path, its
// `location /` renamed as the README says), inside the smallest http {} block nginx accepts. The
// nginx is a child process on a free loopback port with its logs, pid and temporary files in a
// folder of its own, so it runs as root or not; it is stopped by its process id.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

export const DEPLOY_CONF = 'deploy/nginx.conf'

/** Replaces exactly one occurrence: a changed deploy file fails here, not silently later. */
const replaceOnce = (text: string, pattern: RegExp, replacement: string): string => {
  const found = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length ?? 0
  if (found !== 1) throw new Error(`${DEPLOY_CONF}: expected one line matching ${pattern}, found ${found}`)
  return text.replace(pattern, replacement)
}

export type TlsFiles = { certificate: string; key: string }

/**
 * The server block of deploy/nginx.conf on a loopback port, serving `root`. With `path`
 * ('/sarcoma/'), the app's `location /` becomes `location ^~ /sarcoma/` and `/sarcoma`
 * redirects to it, as README "Deploying" tells a hospital to do; `root` then holds a folder
 * named after the path with the build in it. With `tls`, the file's commented TLS lines are
 * used instead of `listen 80`, as its comments say.
 */
export const serverBlock = ({ port, root, path = '/', tls }: { port: number; root: string; path?: string; tls?: TlsFiles }): string => {
  let conf = readFileSync(DEPLOY_CONF, 'utf8')
  if (tls) {
    conf = replaceOnce(conf, /^\s*listen 80;\n/m, '')
    conf = replaceOnce(conf, /^(\s*)# listen 443 (.*)$/m, `$1listen 127.0.0.1:${port} $2`)
    conf = replaceOnce(conf, /^(\s*)# ssl_certificate\s+\S+;$/m, `$1ssl_certificate ${resolve(tls.certificate)};`)
    conf = replaceOnce(conf, /^(\s*)# ssl_certificate_key\s+\S+;$/m, `$1ssl_certificate_key ${resolve(tls.key)};`)
    conf = replaceOnce(conf, /^(\s*)# (add_header Strict-Transport-Security .*)$/m, '$1$2')
  } else {
    conf = replaceOnce(conf, /^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
  }
  conf = replaceOnce(conf, /^(\s*)root \S+;$/m, `$1root ${resolve(root)};`)
  if (path !== '/') {
    const bare = path.replace(/\/$/, '')
    conf = replaceOnce(conf, /^(\s*)location \/ \{$/m, `$1location = ${bare} { return 301 ${path}; }\n$1location ^~ ${path} {`)
  }
  return conf
}

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer()
    probe.on('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => done(port))
    })
  })

/** The mime.types of the nginx installation (the file every stock http {} block includes). */
const stockMimeTypes = (nginx: string): string | null => {
  // nginx -V writes its build options to stderr.
  const { stdout, stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' })
  const confPath = /--conf-path=(\S+)/.exec(`${stdout}${stderr}`)?.[1] ?? '/etc/nginx/nginx.conf'
  const mimeTypes = join(dirname(confPath), 'mime.types')
  return existsSync(mimeTypes) ? mimeTypes : null
}

/** Resolves once something accepts connections on the loopback port. */
const listening = (port: number): Promise<void> =>
  new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end()
      done()
    })
    socket.on('error', fail)
  })

export type Nginx = { origin: string; port: number; pid: number; stop: () => Promise<void> }

/** Starts nginx with one server block on a free loopback port; resolves once it answers. */
export const startNginx = async (nginx: string, block: (port: number) => string, { scheme = 'http' }: { scheme?: 'http' | 'https' } = {}): Promise<Nginx> => {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'sts-nginx-'))
  const mimeTypes = stockMimeTypes(nginx)
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const conf = [
    // As root, nginx's workers would run as nobody, who may not read a checkout under /root.
    isRoot ? 'user root;' : '',
    'worker_processes 1;',
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    `  access_log ${dir}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `  ${temp}_temp_path ${dir}/${temp};`),
    mimeTypes ? `  include ${mimeTypes};` : '',
    '  default_type application/octet-stream;',
    block(port),
    '}',
  ].join('\n')
  writeFileSync(join(dir, 'nginx.conf'), conf)
  const child = spawn(nginx, ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', `daemon off; pid ${dir}/nginx.pid;`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const origin = `${scheme}://127.0.0.1:${port}`
  const log = () => `${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${log()}\n--- its configuration ---\n${conf}`)
    try {
      await listening(port)
      break
    } catch {
      if (tries > 100) throw new Error(`nginx does not answer on ${origin}:\n${log()}`)
      await new Promise((wait) => setTimeout(wait, 100))
    }
  }
  const pid = child.pid ?? 0
  return {
    origin,
    port,
    pid,
    stop: async () => {
      if (child.exitCode === null) {
        process.kill(pid, 'SIGTERM')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

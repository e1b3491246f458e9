// A small static server for the built app (dist/), used by `npm start` and by the e2e tests.
// It binds to loopback only and serves index.html for unknown paths (single-page app).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

// Text is sent gzip-compressed when the browser accepts it, as any production host does: the
// performance budget (Lighthouse, simulated mobile network) weighs bytes on the wire.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt'])

/** gzip of a file, kept while the file is unchanged (keyed by path, size and mtime). */
const gzipCache = new Map()
const gzipped = (path) => {
  const { size, mtimeMs } = statSync(path)
  const key = `${path}:${size}:${mtimeMs}`
  let body = gzipCache.get(key)
  if (!body) {
    body = gzipSync(readFileSync(path), { level: 9 })
    gzipCache.set(key, body)
  }
  return body
}

export const startStaticServer = ({ root = 'dist', port = 0, host = '127.0.0.1' } = {}) =>
  new Promise((resolvePromise, reject) => {
    const base = resolve(root)
    if (!existsSync(join(base, 'index.html'))) {
      reject(new Error(`No built app in ${base}: run \`npm run build\` first.`))
      return
    }
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      let path = normalize(join(base, decodeURIComponent(url.pathname)))
      if (!path.startsWith(base)) {
        response.writeHead(403).end()
        return
      }
      const missing = !existsSync(path) || statSync(path).isDirectory()
      // A missing file with an extension is a 404 (a browser must not run index.html as a
      // script); only page paths fall back to the single-page app.
      if (missing && extname(url.pathname)) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
        return
      }
      if (missing) path = join(base, 'index.html')
      const type = TYPES[extname(path)] ?? 'application/octet-stream'
      const immutable = path.includes(`${base}/assets/`)
      const headers = {
        'Content-Type': type,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      }
      if (COMPRESSIBLE.has(extname(path))) {
        const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
        const body = acceptsGzip ? gzipped(path) : readFileSync(path)
        response.writeHead(200, { ...headers, Vary: 'Accept-Encoding', 'Content-Length': body.length, ...(acceptsGzip ? { 'Content-Encoding': 'gzip' } : {}) })
        response.end(request.method === 'HEAD' ? undefined : body)
        return
      }
      response.writeHead(200, headers)
      createReadStream(path).pipe(response)
    })
    server.on('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolvePromise({ server, url: `http://${host}:${address.port}`, port: address.port })
    })
  })

// A small static server for the built app (dist/), used by `npm start` and by the e2e tests.
// It binds to loopback only and serves index.html for unknown paths (single-page app).
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

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
      response.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      })
      createReadStream(path).pipe(response)
    })
    server.on('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolvePromise({ server, url: `http://${host}:${address.port}`, port: address.port })
    })
  })

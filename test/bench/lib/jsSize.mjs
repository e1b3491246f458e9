// Initial JavaScript of a built page, gzip-compressed as a server would send it.
//
// What counts: the page's entry script (<script type="module" src>), every chunk that
// index.html modulepreloads (<link rel="modulepreload" href>), and the chunks the app needs at
// first use, which index.html lists for prefetching after the first paint (the JSON data block
// #prefetch-after-paint, src/app/main.ts): the app's first screen is prerendered HTML and its
// JavaScript loads at the first sign of use, so "initial" is what the browser must fetch before
// the screen answers, not only what it runs before the paint (`beforeFirstUse`, reported too).
// The static-import closure of the entry
// is computed from the chunks themselves as a cross-check, and any chunk in it that index.html
// does not preload is counted too. Lazy chunks (dynamic import(): About, print, board,
// recharts, the locale bundles) and CSS are listed but not counted. Each file is gzipped on
// its own at level 9, as a static server with gzip would send it.
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length

const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1]

/** The entry scripts and modulepreloads of an index.html, as paths relative to its folder. */
export const initialScripts = (html) => {
  const entries = [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => attr(tag, 'type') === 'module' && attr(tag, 'src'))
    .map((tag) => attr(tag, 'src'))
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => attr(tag, 'rel') === 'modulepreload')
    .map((tag) => attr(tag, 'href'))
  const local = (href) => href.replace(/^\//, '').replace(/^\.\//, '')
  const block = /<script\b[^>]*\bid=["']prefetch-after-paint["'][^>]*>([^<]*)<\/script>/.exec(html)?.[1]
  const firstUse = block ? JSON.parse(block) : []
  return { entries: entries.map(local), preloads: preloads.map(local), firstUse: firstUse.map(local) }
}

// Static imports and re-exports in minified ESM (`import{a}from"./x.js"`, `import"./x.js"`,
// `export{a}from"./x.js"`); a dynamic `import("./x.js")` has a parenthesis and is not matched.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g

/** Every chunk reachable from the given ones by static imports (the given ones included). */
export const staticClosure = (dir, files) => {
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(join(dir, file), 'utf8')
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(posix.normalize(posix.join(posix.dirname(file), spec)))
  }
  files.forEach(visit)
  return [...seen]
}

const listFiles = (dir, sub = '') =>
  readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, posix.join(sub, entry.name)) : [posix.join(sub, entry.name)],
  )

/** The initial JS of the page built in `dir`, with every JS and CSS file's sizes for the report. */
export const measureInitialJs = (dir) => {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const { entries, preloads, firstUse } = initialScripts(html)
  if (entries.length === 0) throw new Error(`${dir}/index.html has no module entry script`)
  const declared = [...new Set([...entries, ...preloads])]
  const closure = staticClosure(dir, entries)
  const beforeFirstUse = [...new Set([...declared, ...closure])]
  const counted = [...new Set([...beforeFirstUse, ...staticClosure(dir, firstUse)])]
  const sizeOf = (file) => {
    const buffer = readFileSync(join(dir, file))
    return { file, bytes: buffer.length, gzip: gzipBytes(buffer) }
  }
  const initial = counted.map(sizeOf).sort((a, b) => b.gzip - a.gzip)
  const lazy = listFiles(dir)
    .filter((file) => /\.(js|css)$/.test(file) && !counted.includes(file) && !file.startsWith('workbox-') && file !== 'sw.js' && file !== 'registerSW.js')
    .map(sizeOf)
    .sort((a, b) => b.gzip - a.gzip)
  return {
    gzip: initial.reduce((sum, f) => sum + f.gzip, 0),
    beforeFirstUseGzip: initial.filter((f) => beforeFirstUse.includes(f.file)).reduce((sum, f) => sum + f.gzip, 0),
    bytes: initial.reduce((sum, f) => sum + f.bytes, 0),
    initial,
    // Static imports that index.html does not preload (fetched in a second round trip).
    notPreloaded: closure.filter((file) => !declared.includes(file)),
    lazy,
  }
}

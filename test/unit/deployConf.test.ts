// deploy/nginx.conf against the app it serves, without an nginx (test/e2e/deploy.e2e.ts runs it in
// one): the CSP header is the index.html meta tag's policy plus frame-ancestors, so the two cannot
// drift; the lines a hospital edits are there once each; the TLS variant's HSTS line is ready.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cspDirectives, expectedHeaderCsp } from '../support/csp'

const conf = readFileSync('deploy/nginx.conf', 'utf8')
const active = conf.replace(/#.*$/gm, '')

/** Every `add_header Name "value" [always];` that is not commented out. */
const headers = (text: string): Map<string, string> =>
  new Map([...text.matchAll(/^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|(\S+?))(?:\s+always)?;/gm)].map((m) => [m[1] ?? '', m[2] ?? m[3] ?? '']))

describe('deploy/nginx.conf', () => {
  it('sends the app\'s own CSP (the meta tag in index.html) as a header, plus frame-ancestors \'none\'', () => {
    const header = headers(active).get('Content-Security-Policy') ?? ''
    expect(cspDirectives(header)).toEqual(expectedHeaderCsp(readFileSync('index.html', 'utf8')))
  })

  it('sends every security header on every response, error pages included', () => {
    const sent = headers(active)
    expect(Object.fromEntries([...sent].filter(([name]) => name !== 'Content-Security-Policy' && name !== 'Cache-Control'))).toEqual({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    })
    // Without `always` nginx drops a header on 4xx and 5xx responses; Cache-Control is the one
    // that must not be on them (a missing file cached for a year).
    for (const line of active.split('\n').filter((l) => /^\s*add_header\s/.test(l))) {
      expect(line.includes(' always;'), line.trim()).toBe(!/add_header Cache-Control/.test(line))
    }
  })

  it('has each line a hospital edits once, and the TLS variant ready to uncomment', () => {
    for (const edited of [/^\s*listen 80;$/gm, /^\s*server_name \S+;$/gm, /^\s*root \S+;$/gm]) expect(active.match(edited)).toHaveLength(1)
    expect(conf).toMatch(/^\s*# listen 443 ssl/m)
    expect(conf).toMatch(/^\s*# ssl_certificate\s+\S+;$/m)
    expect(conf).toMatch(/^\s*# ssl_certificate_key\s+\S+;$/m)
    expect(headers(conf.replace(/^(\s*)# (add_header Strict-Transport-Security)/m, '$1$2')).get('Strict-Transport-Security')).toBe('max-age=31536000')
  })
})

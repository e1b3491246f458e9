// The app's Content-Security-Policy as data, for the tests that compare the <meta> tag in
// index.html with the header deploy/nginx.conf sends.

/** A policy's directives by name, each with its values in order. */
export const cspDirectives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  )

/** The policy of the CSP <meta> tag in an index.html. */
export const metaCsp = (html: string): string => {
  const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
  if (!policy) throw new Error('index.html has no Content-Security-Policy meta tag')
  return policy
}

/** What the server's header must say: the meta tag's policy plus frame-ancestors, which only a header can carry. */
export const expectedHeaderCsp = (html: string): Map<string, string[]> => new Map([...cspDirectives(metaCsp(html)), ['frame-ancestors', ["'none'"]]])

// Loaded async at the end of <body>: when shell/language.js chose another language than the
// one in #root, puts that language's prerendered first screen (<template id="shell-<code>">)
// into #root and shows it, long before the app's JavaScript has arrived, so a Dutch reader sees
// Dutch from the first paint. main.ts removes data-shell-swap before React renders: run later
// than that, this does nothing.
;(function () {
  var lng = document.documentElement.getAttribute('data-shell-swap')
  if (!lng) return
  var root = document.getElementById('root')
  var template = document.getElementById('shell-' + lng)
  if (root && template && 'content' in template && root.getAttribute('data-shell') !== lng) {
    root.replaceChildren(template.content.cloneNode(true))
    root.setAttribute('data-shell', lng)
  }
  document.documentElement.removeAttribute('data-shell-swap')
})()

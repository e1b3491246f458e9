// Runs in <head>, before the body is parsed (a classic script from this origin: the CSP's
// script-src 'self' allows it; inline scripts stay forbidden). The build prerenders the first
// screen in English inside #root and in every other language in <template id="shell-<code>">.
// This picks the language the app's i18n will pick (src/i18n/detect.ts: the stored choice, else
// the browser's languages in order, else English) and, for another language, hides #root until
// shell/swap.js has put that screen in, so a Dutch reader never sees English first. Whatever
// happens here, the app itself decides again once it runs (src/app/main.ts).
;(function () {
  var KEY = 'sts-decision-aid.language'
  // The languages the build prerendered, first one the default (vite.config.ts writes them).
  var languages = (document.documentElement.getAttribute('data-languages') || 'en').split(' ')
  var supported = function (tag) {
    var code = String(tag || '').toLowerCase().split('-')[0]
    return languages.indexOf(code) >= 0 ? code : null
  }
  var lng = null
  try {
    lng = supported(window.localStorage.getItem(KEY))
  } catch {
    // Storage can be off; the browser's languages decide.
  }
  var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]
  for (var i = 0; !lng && i < tags.length; i++) lng = supported(tags[i])
  lng = lng || languages[0]
  document.documentElement.lang = lng
  if (lng !== languages[0]) document.documentElement.setAttribute('data-shell-swap', lng)
})()

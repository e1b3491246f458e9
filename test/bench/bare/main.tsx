// The yardstick of the JS budget: the least a React 19 + ReactDOM page ships, built by the
// same Vite and React plugin as the app (test/bench/lib/jsSize.mjs builds it).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <p>Hello</p>
    </StrictMode>,
  )
}

// The yardstick of the keystroke figure: the least a React 19 page does per keystroke, one
// controlled text field and one figure computed from it, built by the same Vite and measured by
// the same harness (test/bench/lib/keystroke.mjs) in the same bench run. Its latency is what this
// machine and browser charge any React page at that moment (input handling, the wait for the
// next frame, the frame itself); the app's figure minus this one is the app's own cost.
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'

function OneField() {
  const [age, setAge] = useState('35')
  const years = Number(age)
  return (
    <main id="main">
      <form>
        <label htmlFor="age">Age</label>
        <input id="age" type="text" inputMode="decimal" autoComplete="off" value={age} onChange={(event) => setAge(event.target.value)} />
      </form>
      <table className="option-grid">
        <tbody>
          <tr>
            <td data-option="bare">
              <div data-outcome="figure">
                <span className="figure">about {Number.isFinite(years) ? 100 - Math.round(years / 2) : '?'} out of 100</span>
              </div>
            </td>
          </tr>
        </tbody>
      </table>
    </main>
  )
}

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OneField />
    </StrictMode>,
  )
  root.setAttribute('data-hydrated', '')
}

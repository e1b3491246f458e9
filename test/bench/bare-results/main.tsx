// The yardstick of the shared link's main-thread cost (issue 21): a bare React 19 page, built by
// the same Vite as the app, that renders a fixed amount of DOM and text of the results' order
// (the shared link's page holds about 850 elements and 1,200 visible words on a phone): ten
// sections, each a heading, a paragraph and a table of 6 x 6 cells, about 830 elements and 1,300
// words. Like the app's results (src/views/useReveal.ts) it comes on screen in stages, each a
// transition in a task of its own: here the whole page four times over, each time with other
// figures, so that its main-thread time (about a quarter of the app's) is spread over a similar
// stretch of the machine's minute. test/bench/lib/mainThread.mjs loads it beside the app's shared link, alternately, and
// divides the two pages' main-thread time: what this host charges any React page for that much
// DOM at that moment cancels out of the ratio.
import { StrictMode, startTransition, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'

const SECTIONS = 10
const STAGES = 4
const ROWS = 6
const COLUMNS = 6
const SYLLABLES = ['sur', 'ge', 'ry', 'ra', 'di', 'o', 'ther', 'a', 'py', 'chem', 'out', 'come', 'years', 'pa', 'tient', 'harm']

/** A fixed word from a number (the same page on every load). */
const word = (n: number) => `${SYLLABLES[n % 16]}${SYLLABLES[(n >> 4) % 16]}${n % 3 ? '' : SYLLABLES[(n >> 8) % 16]}`
const words = (from: number, count: number) => Array.from({ length: count }, (_, i) => word(from * 131 + i * 17)).join(' ')

function Section({ index, stage }: { index: number; stage: number }) {
  return (
    <section aria-labelledby={`h-${index}`}>
      <h2 id={`h-${index}`}>{words(index, 3)}</h2>
      <p>{words(index + 50, 20)}</p>
      <table>
        <tbody>
          {Array.from({ length: ROWS }, (_, row) => (
            <tr key={row}>
              {Array.from({ length: COLUMNS }, (_, column) => (
                <td key={column}>
                  <span className="figure">{`${(index * 37 + row * 11 + column * 7 + stage * 13) % 100} of 100`}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function Results() {
  const [stage, setStage] = useState(1)
  useEffect(() => {
    // The harness waits for this mark: the last stage is on screen.
    if (stage >= STAGES) document.getElementById('root')?.setAttribute('data-rendered', '')
    else setTimeout(() => startTransition(() => setStage(stage + 1)), 0)
  }, [stage])
  return (
    <main id="main">
      <h1>Results</h1>
      {Array.from({ length: SECTIONS }, (_, index) => (
        <Section key={index} index={index} stage={stage} />
      ))}
    </main>
  )
}

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Results />
    </StrictMode>,
  )
}

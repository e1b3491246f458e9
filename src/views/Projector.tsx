import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { supportedHorizons, type OutcomeId } from '@/model'
import { OUTCOME_IDS } from '@/model'
import { BoardAgenda } from '@/components/agenda/BoardAgenda'
import { BoardChooser } from '@/components/board/BoardChooser'
import { BoardInputs } from '@/components/board/BoardInputs'
import { BoardKeys } from '@/components/board/BoardKeys'
import { BoardOutcome } from '@/components/board/BoardOutcome'
import { BoardTrials } from '@/components/board/BoardTrials'
import { boardColumns } from '@/components/board/columns'
import { isPlainKey } from '@/components/board/keys'
import { useProjectorScreen } from '@/components/board/useProjectorScreen'
import { figureFor, headlineOutcome } from '@/components/figures'
import { OptionGrid } from '@/components/grid/OptionGrid'
import { HorizonSwitch } from '@/components/HorizonSwitch'
import { chooseHorizon } from '@/state/horizon'
import { useAppStore } from '@/state/store'
import { usePrediction } from '@/state/usePrediction'
import '@/styles/projector.css'

const OUTCOME_KEYS: Record<string, OutcomeId> = { o: 'overall_survival', l: 'local_recurrence', d: 'distant_metastasis' }

/**
 * Tumour-board mode (UX.md §5): black on white, large type, the consultation's option grid for
 * two to four chosen options (the chosen outcome large), the patient in one line, the trials one
 * line each. Everything it shows lives in the store or
 * comes from the engine, so Esc returns to the consultation exactly as it was.
 */
export function Projector() {
  const { t } = useTranslation('views')
  const derived = usePrediction()
  const chosenYears = useAppStore((s) => s.horizonYears)
  const setHorizon = useAppStore((s) => s.setHorizon)
  const boardOptions = useAppStore((s) => s.boardOptions)
  const setBoardOptions = useAppStore((s) => s.setBoardOptions)
  const setMode = useAppStore((s) => s.setMode)
  const [picked, setPicked] = useState<OutcomeId | null>(null)
  const leave = useCallback(() => setMode('consult'), [setMode])
  const { toggleFullscreen } = useProjectorScreen(leave)

  const prediction = derived.kind === 'ready' ? derived.prediction : null
  const horizons = useMemo(() => (prediction ? supportedHorizons(prediction) : []), [prediction])
  const years = chooseHorizon(horizons, chosenYears)
  const withValue = prediction ? OUTCOME_IDS.filter((o) => prediction.options.some((opt) => figureFor(prediction, opt.id, o, years).kind === 'value')) : []
  const outcome = picked ?? (prediction ? headlineOutcome(prediction, years) : null) ?? withValue[0] ?? 'overall_survival'

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !(event.target instanceof Element && event.target.closest('dialog'))) return leave()
      if (!isPlainKey(event)) return
      const key = event.key.toLowerCase()
      if (key === 'f') toggleFullscreen()
      else if (key === 'p') window.print()
      else if (key === 'h' && horizons.length) setHorizon(horizons[(horizons.indexOf(years) + 1) % horizons.length] ?? years)
      else if (OUTCOME_KEYS[key]) setPicked(OUTCOME_KEYS[key])
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [leave, toggleFullscreen, horizons, years, setHorizon])

  const available = prediction?.options.map((o) => o.id) ?? []
  const shown = boardColumns(available, boardOptions)
  return (
    <div className="board">
      <header className="board__bar">
        <h1>{t('board.title')}</h1>
        <BoardAgenda />
        <div className="board__controls">
          {prediction ? <BoardChooser available={available} shown={shown} onChange={setBoardOptions} /> : null}
          {prediction ? <HorizonSwitch horizons={horizons} value={years} onChange={setHorizon} /> : null}
          <BoardOutcome outcomes={withValue.includes(outcome) ? withValue : [...withValue, outcome]} value={outcome} onChange={setPicked} />
          <button type="button" className="button--quiet" aria-keyshortcuts="F" onClick={toggleFullscreen}>
            {t('board.fullscreen')}
          </button>
          <BoardKeys />
          <button type="button" aria-keyshortcuts="Escape" onClick={leave}>
            {t('board.back')}
          </button>
        </div>
      </header>
      {derived.kind === 'ready' && prediction ? (
        <main className="board__main">
          <BoardInputs input={derived.input} />
          <OptionGrid prediction={prediction} years={years} trials={derived.trials} variant="board" options={shown} emphasis={outcome} />
          <BoardTrials trials={derived.trials} />
        </main>
      ) : (
        <main className="board__main">
          <p className="board__not-ready">{t('board.notReady')}</p>
        </main>
      )}
    </div>
  )
}

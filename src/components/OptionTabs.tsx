import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { OptionId } from '@/model'

type Props = {
  options: readonly OptionId[]
  chosen: OptionId
  onChoose: (id: OptionId) => void
  /** Ids of the tab and panel of an option (the panels are the caller's). */
  tabId: (id: OptionId) => string
  panelId: (id: OptionId) => string
}

/**
 * The phone's option switcher (ARIA tabs, automatic activation): one option's column at a time,
 * chosen from a list that names them all, each with its column's colour and line style. Arrow
 * keys, Home and End move between the options; Tab leaves the list for the chosen column.
 */
export function OptionTabs({ options, chosen, onChoose, tabId, panelId }: Props) {
  const { t } = useTranslation()
  const list = useRef<HTMLDivElement>(null)
  const move = (event: KeyboardEvent) => {
    const at = options.indexOf(chosen)
    const last = options.length - 1
    const next = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: last }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const id = options[(next + options.length) % options.length]
    if (!id) return
    onChoose(id)
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(id))}`)?.focus()
  }
  return (
    <div className="option-tabs">
      <p className="option-tabs__hint" id="option-tabs-hint">
        {t('results.optionTabs.hint', { count: options.length })}
      </p>
      <div ref={list} role="tablist" aria-orientation="vertical" aria-describedby="option-tabs-hint" className="option-tabs__list">
        {options.map((id, index) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={tabId(id)}
            aria-selected={id === chosen}
            aria-controls={panelId(id)}
            tabIndex={id === chosen ? 0 : -1}
            className={`option-tab option-tab--${index}`}
            onClick={() => onChoose(id)}
            onKeyDown={move}
          >
            <span className="option-tab__key" aria-hidden="true" />
            <span className="option-tab__name">{t(`engine:option.${id}.name`)}</span>
          </button>
        ))}
      </div>
    </div>
  )
}

/**
 * Below the chosen column: the previous and the next option, so that a reader at the end of a
 * long column need not scroll back up to the switcher. The new column is shown from its top,
 * with the focus on it.
 */
export function OptionSteps({ options, chosen, onChoose, panelId }: Omit<Props, 'tabId'>) {
  const { t } = useTranslation()
  const at = options.indexOf(chosen)
  const go = (id: OptionId) => {
    onChoose(id)
    // After the render that shows it: the panel is hidden until then.
    requestAnimationFrame(() => {
      const panel = document.getElementById(panelId(id))
      panel?.focus({ preventScroll: true })
      panel?.scrollIntoView({ block: 'start' })
    })
  }
  const previous = options[at - 1]
  const next = options[at + 1]
  return (
    <nav className="option-steps" aria-label={t('results.optionTabs.stepsLabel')}>
      {previous ? (
        <button type="button" className="button--quiet" onClick={() => go(previous)}>
          {t('results.optionTabs.previous', { option: t(`engine:option.${previous}.name`) })}
        </button>
      ) : null}
      {next ? (
        <button type="button" className="button--quiet" onClick={() => go(next)}>
          {t('results.optionTabs.next', { option: t(`engine:option.${next}.name`) })}
        </button>
      ) : null}
    </nav>
  )
}

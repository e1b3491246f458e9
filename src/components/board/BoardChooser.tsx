import { useTranslation } from 'react-i18next'
import type { OptionId } from '@/model'
import { toggleColumn } from './columns'

type Props = { available: OptionId[]; shown: OptionId[]; onChange: (next: OptionId[]) => void }

/** Which two to four options the board shows: ticks that cannot go below two or above four. */
export function BoardChooser({ available, shown, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <details className="board__choose">
      <summary>
        {t('views:board.choose')} ({shown.length}/{available.length})
      </summary>
      <fieldset>
        <legend>{t('views:board.chooseLegend')}</legend>
        {available.map((id) => {
          const next = toggleColumn(available, shown, id)
          return (
            <label key={id} className="board__choice">
              <input type="checkbox" checked={shown.includes(id)} disabled={next === null} onChange={() => next && onChange(next)} />
              {t(`engine:option.${id}.name`)}
            </label>
          )
        })}
      </fieldset>
    </details>
  )
}

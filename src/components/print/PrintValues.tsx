import { useTranslation } from 'react-i18next'
import type { OptionEstimate } from '@/model'
import type { ValueId } from '@/state/scenario'

/**
 * The patient's answers from the values step, set against the options as a worksheet with empty
 * boxes to tick (IPDAS values clarification). Nothing here is computed: the answers change no
 * estimate, they only sit beside the options.
 */
export function PrintValues({ values, options }: { values: ValueId[]; options: OptionEstimate[] }) {
  const { t } = useTranslation('views')
  if (!values.length) {
    return (
      <section className="p-values p-values--empty">
        <h2>{t('values.printedHeading')}</h2>
        <p>{t('values.printedNone')}</p>
        <p className="p-values__line" aria-hidden="true" />
      </section>
    )
  }
  return (
    <section className="p-values">
      <h2>{t('values.printedHeading')}</h2>
      <p>{t('values.worksheetLead')}</p>
      <table className="p-values__table">
        <caption className="visually-hidden">{t('values.worksheetCaption')}</caption>
        <thead>
          <tr>
            <td />
            {options.map((o) => (
              <th key={o.id} scope="col">
                {t(`engine:option.${o.id}.name`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {values.map((value) => (
            <tr key={value} data-value={value}>
              <th scope="row">{t(`values.item.${value}`)}</th>
              {options.map((o) => (
                <td key={o.id} className="p-values__box" aria-hidden="true">
                  ☐
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

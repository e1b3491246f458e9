import { useTranslation } from 'react-i18next'
import type { Prediction } from '@/model'
import { sourceDisplayName } from '../sourceLabel'
import { LoadedModelCitations } from '../ModelFiles'
import { loadedModelIds, usedSources } from './sources'

/** The sources behind the printed figures, under the short names the figures cite. */
export function PrintSources({ prediction }: { prediction: Prediction }) {
  const { t } = useTranslation()
  const records = usedSources(prediction)
  return (
    <section className="p-sources">
      <h2>{t('views:print.sourcesHeading')}</h2>
      <p>{t('views:print.sourcesLead')}</p>
      <ul>
        {records.map((record) => {
          const name = sourceDisplayName(record, t('about.kind.derivation'))
          // A citation that opens with the short name ("Beane 2014 (NCI ...") does not print it twice.
          const citation = record.citation.startsWith(name) ? record.citation.slice(name.length).replace(/^[,:;.]?\s*/, '') : record.citation
          return (
            <li key={record.id}>
              <strong>
                {name} [{record.tags.join(', ')}]
              </strong>{' '}
              {citation}
            </li>
          )
        })}
        <LoadedModelCitations ids={loadedModelIds(prediction)} />
      </ul>
    </section>
  )
}

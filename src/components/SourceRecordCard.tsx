import { useTranslation } from 'react-i18next'
import type { SourceRecord } from '@/model'
import { formatNumber } from '@/i18n/format'
import { useLng } from '@/i18n/sharedTranslation'
import { sourceDisplayName } from './sourceLabel'

/** One source as a clinician judges it: citation, cohort, C-index, provenance and limits. */
export function SourceRecordCard({ record }: { record: SourceRecord }) {
  const { t } = useTranslation()
  const lng = useLng()
  const n = (v: number, digits = 0) => formatNumber(v, lng, digits) ?? t('figure.notAvailable')
  const cohort = record.cohort
  return (
    <article className="source" id={`source-${record.id}`} aria-labelledby={`source-${record.id}-name`} tabIndex={-1}>
      <h4 id={`source-${record.id}-name`}>
        {sourceDisplayName(record, t('about.kind.derivation'))}{' '}
        <span className="source__tags">[{record.tags.join(', ')}]</span>
      </h4>
      <p className="source__citation">{record.citation}</p>
      {cohort ? (
        <p>
          {t('about.cohort')}: {t(`engine:population.${cohort.population}`)}
          {cohort.n !== undefined ? `; ${t('about.patients', { value: n(cohort.n) })}` : ''}
          {cohort.fromYear !== undefined && cohort.toYear !== undefined ? `; ${t('about.years', { from: cohort.fromYear, to: cohort.toYear })}` : ''}
          {cohort.centres !== undefined ? `; ${t('about.centres', { count: cohort.centres })}` : ''}
          {cohort.medianFollowUpMonths !== undefined ? `; ${t('about.followUp', { value: n(cohort.medianFollowUpMonths, 1) })}` : ''}
        </p>
      ) : null}
      {record.cIndex?.length ? (
        <ul className="source__cindex">
          {record.cIndex.map((c) => (
            <li key={c.outcome}>
              {t('about.cIndex', { outcome: t(`engine:outcome.${c.outcome}.name`) })}:{' '}
              {c.internal !== undefined ? t('about.cIndexInternal', { value: n(c.internal, 2) }) : ''}
              {c.externalLow !== undefined && c.externalHigh !== undefined
                ? ` ${t('about.cIndexExternal', { low: n(c.externalLow, 2), high: n(c.externalHigh, 2) })}`
                : ''}{' '}
              [{c.tags.join(', ')}]
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="source__tagmeanings">
        {record.tags.map((tag) => (
          <li key={tag}>
            [{tag}] {t(`engine:tag.${tag}`)}
          </li>
        ))}
      </ul>
      {record.limitations?.length ? (
        <ul className="source__limits">
          {record.limitations.map((code) => (
            <li key={code}>{t(`engine:limitation.${code}`)}</li>
          ))}
        </ul>
      ) : null}
      {record.link ? (
        <p>
          <a href={record.link} target="_blank" rel="noopener noreferrer">
            {record.link}
          </a>
        </p>
      ) : null}
    </article>
  )
}

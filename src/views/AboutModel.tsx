import { useTranslation } from 'react-i18next'
import { SOURCE_LIST } from '@/model'
import { MODEL_VERSION } from '@/model/version'
import { ModelFilesPanel } from '@/components/ModelFiles'
import { DEFAULT_LIFE_TABLE_POPULATION } from '@/model/expectedSurvival'
import { ProvenanceTable } from '@/components/ProvenanceTable'
import { SourceRecordCard } from '@/components/SourceRecordCard'
import { TrialDataDate } from '@/components/TrialDataDate'
import { usePrediction } from '@/state/usePrediction'

/** About the model: generated from the engine's source records, never from hand-copied figures. */
export function AboutModel() {
  const { t } = useTranslation()
  const derived = usePrediction()
  return (
    <article className="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('about.heading')}</h2>
      <p>{t('about.intro')}</p>
      <p>{t('about.method')}</p>
      <p>{t('about.uncertainty')}</p>
      <p>{t('about.overallSurvival')}</p>
      <p>{t('about.otherTools')}</p>
      <p>{t('about.version', { version: MODEL_VERSION })}</p>
      <TrialDataDate />
      <section aria-labelledby="provenance-heading">
        <h3 id="provenance-heading">{t('about.forThisPatient')}</h3>
        {derived.kind === 'ready' && derived.input.site !== 'retroperitoneum' ? (
          <p>
            {t('about.lifeTableForPatient', {
              population: t(`form.population.options.${derived.input.population ?? DEFAULT_LIFE_TABLE_POPULATION}`),
              sex: t(`about.lifeTableSex.${derived.input.sex ?? 'both'}`),
            })}
          </p>
        ) : null}
        {derived.kind === 'ready' ? <ProvenanceTable prediction={derived.prediction} /> : <p>{t('about.enterPatient')}</p>}
      </section>
      <ModelFilesPanel detail headingLevel="h3" />
      <section aria-labelledby="sources-heading">
        <h3 id="sources-heading">{t('about.sourcesHeading')}</h3>
        <p>{t('about.tagsExplained')}</p>
        {SOURCE_LIST.map((record) => (
          <SourceRecordCard key={record.id} record={record} />
        ))}
      </section>
    </article>
  )
}

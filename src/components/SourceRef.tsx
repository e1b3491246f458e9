import { useTranslation } from 'react-i18next'
import { SOURCES, isSourceId } from '@/model'
import { sourceDisplayName } from './sourceLabel'

/** "(source: Gronchi 2013 [P])": every figure names where it comes from; About has the full record. */
export function SourceRef({ id }: { id: string }) {
  const { t } = useTranslation()
  if (!isSourceId(id)) return null
  const record = SOURCES[id]
  const name = sourceDisplayName(record, t('about.kind.derivation'))
  return (
    <span className="source-ref">
      ({t('sourceRef', { name, tags: record.tags.join(', ') })})
    </span>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SOURCES, isSourceId } from '@/model'
import { sourceDisplayName } from '../sourceLabel'
import { SourceRef } from '../SourceRef'

/**
 * A cell's sources as one small marker that opens them (a disclosure: keyboard and screen
 * reader work as for any <details>), instead of "(source: ...)" after every line. On paper,
 * which cannot be opened, the sources are written out as before.
 */
export function SourceMark({ ids, paper = false }: { ids: readonly string[]; paper?: boolean }) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const known = [...new Set(ids)].filter(isSourceId)
  if (!known.length) return null
  if (paper) {
    return (
      <>
        {known.map((id) => (
          <span key={id}>
            {' '}
            <SourceRef id={id} />
          </span>
        ))}
      </>
    )
  }
  return (
    <details className="source-mark" onToggle={(event) => setOpened(event.currentTarget.open)}>
      <summary>{t('grid.source', { count: known.length })}</summary>
      {opened ? (
        <ul className="source-mark__list">
          {known.map((id) => {
            const record = SOURCES[id]
            return (
              <li key={id}>
                <strong>{sourceDisplayName(record, t('about.kind.derivation'))}</strong> [{record.tags.join(', ')}]. {record.citation}
              </li>
            )
          })}
        </ul>
      ) : null}
    </details>
  )
}

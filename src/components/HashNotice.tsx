import { useCachedT } from '@/i18n/sharedTranslation'
import { useAppStore } from '@/state/store'
import { useModelStore } from '@/state/loadedModels'

/**
 * Says when a shared link could not be read (wholly or in part), or was made where model files
 * were loaded that this device lacks (a link never carries a model); the form stays usable.
 */
export function HashNotice() {
  const t = useCachedT()
  const status = useAppStore((s) => s.hashStatus)
  const linkModels = useAppStore((s) => s.linkModels)
  const stored = useModelStore((s) => s.models)
  const dismiss = useAppStore((s) => s.dismissHashStatus)
  const missing = linkModels.filter((id) => !stored.some((m) => m.id === id))
  const unreadable = status === 'malformed' || status === 'partial'
  if (!unreadable && !missing.length) return null
  return (
    <div className="notice notice--warning" role="alert">
      {unreadable ? <p>{t(`hashNotice.${status}`)}</p> : null}
      {missing.length ? <p>{t('hashNotice.missingModels', { ids: missing.join(', ') })}</p> : null}
      <button type="button" className="button--quiet" onClick={dismiss}>
        {t('hashNotice.dismiss')}
      </button>
    </div>
  )
}

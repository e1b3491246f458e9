import { useCachedT } from '@/i18n/sharedTranslation'
import { useAppStore } from '@/state/store'

/** Says when a shared link could not be read (wholly or in part); the form stays usable. */
export function HashNotice() {
  const t = useCachedT()
  const status = useAppStore((s) => s.hashStatus)
  const dismiss = useAppStore((s) => s.dismissHashStatus)
  if (status !== 'malformed' && status !== 'partial') return null
  return (
    <div className="notice notice--warning" role="alert">
      <p>{t(`hashNotice.${status}`)}</p>
      <button type="button" className="button--quiet" onClick={dismiss}>
        {t('hashNotice.dismiss')}
      </button>
    </div>
  )
}

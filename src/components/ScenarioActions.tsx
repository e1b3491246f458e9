import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '@/state/store'
import { flushScenarioHash } from '@/state/useHashSync'

/**
 * Copy the shareable link (the scenario is in the hash, never sent anywhere) or start afresh.
 * Memoised: it has no props, so the form's re-render on each keystroke passes it by.
 */
export const ScenarioActions = memo(function ScenarioActions() {
  const { t } = useTranslation()
  const clear = useAppStore((s) => s.clear)
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copy = async () => {
    try {
      flushScenarioHash()
      await navigator.clipboard.writeText(window.location.href)
      setCopied('copied')
    } catch {
      setCopied('failed')
    }
  }
  return (
    <div className="scenario-actions">
      <button type="button" onClick={() => void copy()}>
        {t('form.copyLink')}
      </button>
      <button type="button" className="button--quiet" onClick={() => { clear(); setCopied('idle') }}>
        {t('form.clear')}
      </button>
      <p className="field__hint">{t('form.copyLinkPrivacy')}</p>
      <p className="field__hint" aria-live="polite">
        {copied === 'idle' ? '' : t(`form.copyLinkStatus.${copied}`)}
      </p>
    </div>
  )
})

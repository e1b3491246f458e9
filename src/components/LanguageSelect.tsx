import { useTranslation } from 'react-i18next'
import { LANGUAGES, isLng } from '@/i18n/languages'
import { switchLanguage } from '@/i18n/setup'
import { useLng } from '@/i18n/sharedTranslation'

/** "Language" / "Taal": the choice is remembered; inputs, view and horizon stay as they are. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation()
  const lng = useLng()
  return (
    <label className="language-select">
      <span>{t('nav.language')}</span>
      <select
        value={lng}
        onChange={(event) => {
          const next = event.target.value
          if (isLng(next)) void switchLanguage(i18n, next)
        }}
      >
        {LANGUAGES.map((code) => (
          // Each language is named in itself, so a reader finds their own.
          <option key={code} value={code} lang={code}>
            {t(`nav.languageName.${code}`)}
          </option>
        ))}
      </select>
    </label>
  )
}

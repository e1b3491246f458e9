import { useId, useState, type ChangeEvent } from 'react'
import { useCachedT, useLng } from '@/i18n/sharedTranslation'
import { formatIsoDate, formatNumber } from '@/i18n/format'
import type { Lng } from '@/i18n/languages'
import type { ModelFile, ModelFileError } from '@/model'
import { loadEngine, useEngine } from '@/state/engine'
import { selectStoredModels, useModelStore, type StoredModel } from '@/state/loadedModels'
import { FilePicker } from './FilePicker'

/** Largest file read at all, in bytes (the parser's own limit is in characters). */
const MAX_FILE_BYTES = 1_000_000

type Status =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'loaded'; name: string; count: number; kept: boolean }
  | { kind: 'refused'; errors: ModelFileError[] }

const today = (): string => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Numbers in a refusal written the reader's way (0,3291 in Dutch); text params as they are. */
const localParams = (params: ModelFileError['params'], lng: Lng): Record<string, string | number> =>
  Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? (formatNumber(v, lng, 6) ?? String(v)) : v]))

/** The model's name in the reader's language (English when the file has none). */
export const modelName = (m: Pick<ModelFile, 'name'>, lng: string): string => (lng === 'nl' && m.name.nl ? m.name.nl : m.name.en)

/**
 * "Load a model file": a file picker with a visible label, in the app's language. The file is
 * read and checked in this browser (nothing is uploaded); a refusal lists every reason in words,
 * the file's text shown as plain text only.
 */
export function ModelFileLoader() {
  const t = useCachedT()
  const lng = useLng()
  const add = useModelStore((s) => s.add)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  // The input is emptied after each read (so the same file can be chosen again): its name is kept here.
  const [chosen, setChosen] = useState<string | null>(null)

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget
    const file = input.files?.[0]
    if (!file) return
    setChosen(file.name)
    if (file.size > MAX_FILE_BYTES) {
      setStatus({ kind: 'refused', errors: [{ path: '', code: 'file_too_large', params: { maxKb: MAX_FILE_BYTES / 1000 } }] })
      input.value = ''
      return
    }
    setStatus({ kind: 'checking' })
    try {
      const [text, engine] = await Promise.all([file.text(), loadEngine()])
      const parsed = engine.parseClinicModel(text)
      if (!parsed.ok) setStatus({ kind: 'refused', errors: parsed.errors })
      else {
        const kept = add({ id: parsed.model.id, text, checkedOn: today() })
        setStatus({ kind: 'loaded', name: modelName(parsed.model, lng), count: parsed.model.referenceCases.length, kept })
      }
    } catch {
      setStatus({ kind: 'refused', errors: [{ path: '', code: 'not_json' }] })
    }
    // The same file can be chosen again (after a fix) and still fire a change.
    input.value = ''
  }

  return (
    <div className="model-loader">
      <FilePicker
        label={t('modelFiles.load')}
        button={t('modelFiles.choose')}
        status={chosen ?? t('modelFiles.noFile')}
        hint={t('modelFiles.hint')}
        accept=".json,application/json"
        onChange={(e) => void onChange(e)}
      />
      <div role="status" aria-live="polite">
        {status.kind === 'checking' ? <p>{t('modelFiles.checking')}</p> : null}
        {status.kind === 'loaded' ? (
          <p className="model-loader__ok">
            {t('modelFiles.loaded', { name: status.name, count: status.count })}
            {status.kept ? null : ` ${t('modelFiles.notKept')}`}
          </p>
        ) : null}
      </div>
      {status.kind === 'refused' ? (
        <div role="alert" className="notice notice--warning model-loader__refused">
          <p>{t('modelFiles.refused')}</p>
          <ul>
            {status.errors.slice(0, 20).map((err, i) => (
              <li key={i}>
                {t(`engine:modelError.${err.code}`, localParams(err.params, lng))}
                {err.path ? (
                  <>
                    {' '}
                    <span className="model-loader__path">{t('modelFiles.at', { path: err.path })}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {status.errors.length > 20 ? <p>{t('modelFiles.more', { count: status.errors.length - 20 })}</p> : null}
        </div>
      ) : null}
    </div>
  )
}

/**
 * The models loaded in this browser, checked again by the engine; null until the engine is
 * there (the prerendered first screen knows nothing of this browser's storage, and hydration
 * must render what it did).
 */
function useLoadedModels(): { stored: StoredModel[]; models: ModelFile[] } | null {
  const stored = useModelStore(selectStoredModels)
  const engine = useEngine()
  return engine ? { stored, models: engine.loadedModelsFrom(stored) } : null
}

/** About the model: each loaded model with its citation, provenance and check, and a way to remove it. */
export function LoadedModelList({ detail }: { detail: boolean }) {
  const t = useCachedT()
  const lng = useLng()
  const remove = useModelStore((s) => s.remove)
  const loaded = useLoadedModels()
  if (!loaded) return null
  const { stored, models } = loaded
  if (!stored.length) return <p>{t('modelFiles.none')}</p>
  return (
    <ul className="loaded-models">
      {stored.map((s) => {
        const m = models.find((x) => x.id === s.id)
        const name = m ? modelName(m, lng) : s.id
        return (
          <li key={s.id} className="loaded-model" data-model={s.id}>
            <p className="loaded-model__name">
              <strong>{name}</strong> <span className="loaded-model__id">({s.id})</span>
            </p>
            {m ? (
              <>
                <p>{t('modelFiles.gives', { outcome: t(`engine:outcome.${m.outcome}.name`), count: m.options.length })}</p>
                <p>{t('modelFiles.checked', { count: m.referenceCases.length, date: formatIsoDate(s.checkedOn, lng) ?? s.checkedOn })}</p>
                {detail ? (
                  <>
                    <p>
                      {t('modelFiles.citation')}: {m.citation}
                      {m.doi ? ` doi:${m.doi}` : ''}
                    </p>
                    <p>
                      {t('modelFiles.provenance')}: {m.provenance}
                    </p>
                  </>
                ) : null}
              </>
            ) : (
              <p>{t('modelFiles.notAccepted')}</p>
            )}
            <button type="button" className="button--quiet" onClick={() => remove(s.id)}>
              {t('modelFiles.remove', { name })}
            </button>
          </li>
        )
      })}
    </ul>
  )
}

/** The model-file panel: what is loaded here, and the loader. */
export function ModelFilesPanel({ detail, headingLevel }: { detail: boolean; headingLevel: 'h2' | 'h3' }) {
  const t = useCachedT()
  const headingId = useId()
  const Heading = headingLevel
  return (
    <section className={detail ? 'model-files' : 'panel model-files'} aria-labelledby={headingId}>
      <Heading id={headingId}>{t('modelFiles.heading')}</Heading>
      <p className="panel__lead">{t('modelFiles.lead')}</p>
      <LoadedModelList detail={detail} />
      <ModelFileLoader />
    </section>
  )
}

/**
 * The loaded models a printed or projected answer used, as source lines: name, citation and the
 * reference-case check (the figures cite them by id).
 */
export function LoadedModelCitations({ ids }: { ids: readonly string[] }) {
  const t = useCachedT()
  const lng = useLng()
  const loaded = useLoadedModels()
  if (!loaded || !ids.length) return null
  return (
    <>
      {ids.map((id) => {
        const m = loaded.models.find((x) => x.id === id)
        const s = loaded.stored.find((x) => x.id === id)
        if (!m || !s) return null
        return (
          <li key={id} data-model-source={id}>
            <strong>
              {modelName(m, lng)} ({id}) [{t('modelFiles.loadedHere')}]
            </strong>{' '}
            {m.citation} {t('modelFiles.checked', { count: m.referenceCases.length, date: formatIsoDate(s.checkedOn, lng) ?? s.checkedOn })}
          </li>
        )
      })}
    </>
  )
}

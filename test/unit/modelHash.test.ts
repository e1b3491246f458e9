// The shared link names the model files loaded where it was made (never the models themselves).
import { describe, expect, it } from 'vitest'
import { decodeHash, encodeHash, EMPTY_SCENARIO } from '@/state/urlHash'

describe('model ids in the link', () => {
  it('round-trips the ids of the loaded models', () => {
    const hash = encodeHash({ ...EMPTY_SCENARIO, fields: { ...EMPTY_SCENARIO.fields, site: 'extremity' } }, ['clinic_lr_2025', 'test_lr_extremity'])
    expect(hash).toContain('m=clinic_lr_2025.test_lr_extremity')
    expect(decodeHash(hash)).toMatchObject({ status: 'ok', models: ['clinic_lr_2025', 'test_lr_extremity'] })
  })

  it('leaves the ids out when no model is loaded', () => {
    const hash = encodeHash(EMPTY_SCENARIO)
    expect(hash).not.toContain('m=')
    expect(decodeHash(`${hash}&site=extremity`).models).toBeUndefined()
  })

  it('drops ids that are not model ids, and says the link was read in part', () => {
    expect(decodeHash('#v=1&site=extremity&m=<script>')).toMatchObject({ status: 'partial', scenario: { fields: { site: 'extremity' } } })
    expect(decodeHash('#v=1&site=extremity&m=<script>').models).toBeUndefined()
  })
})

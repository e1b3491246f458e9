// parseModelFile(): what it accepts and refuses (MODEL-FORMAT.md §5), and predict(input, models):
// a loaded model fills only the slots the built-in models leave not_estimable.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILTIN_MODELS, estimate, MODEL_ERROR_CODES, parseModelFile, predict, type ModelFile, type PatientInput } from '@/model'

const FIXTURE_TEXT = readFileSync(join(process.cwd(), 'test/fixtures/models/test-lr-extremity.json'), 'utf8')
const fixture = (): Record<string, unknown> => JSON.parse(FIXTURE_TEXT) as Record<string, unknown>
const codes = (raw: unknown) => {
  const r = parseModelFile(raw)
  return r.ok ? [] : r.errors.map((e) => `${e.path}:${e.code}`)
}
const loaded = (): ModelFile => {
  const r = parseModelFile(FIXTURE_TEXT)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.model
}
const patient: PatientInput = { age: 60, sizeCm: 8, depth: 'deep', histology: 'other', grade: 3, site: 'extremity', limb: 'lower' }

describe('parseModelFile accepts', () => {
  it('the test model file as text and as parsed JSON', () => {
    expect(parseModelFile(FIXTURE_TEXT).ok).toBe(true)
    expect(parseModelFile(fixture()).ok).toBe(true)
  })

  it('the built-in models, each with its worked examples as reference cases', () => {
    expect(BUILTIN_MODELS.map((m) => [m.id, m.referenceCases.length])).toEqual([
      ['gronchi2013_os', 9],
      ['gronchi2013_dfs', 8],
      ['kattan2002_sss', 16],
    ])
    for (const m of BUILTIN_MODELS) {
      const text = readFileSync(join(process.cwd(), `src/model/models/${m.id}.json`), 'utf8')
      expect(parseModelFile(text)).toMatchObject({ ok: true, model: { id: m.id } })
    }
  })
})

describe('parseModelFile refuses', () => {
  it('a file whose reference case misses by 0.05, naming the case and both numbers', () => {
    const f = fixture()
    const cases = f.referenceCases as { expected: number }[]
    const first = cases[0] as { expected: number }
    first.expected = Number((first.expected + 0.05).toFixed(4))
    const r = parseModelFile(f)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toEqual([
      { path: 'referenceCases.0', code: 'reference_case_missed', params: { case: 'case A', expected: 0.3291, computed: expect.closeTo(0.2791, 4) as number, tolerance: 0.0005, years: 5 } },
    ])
  })

  it('an unknown term type', () => {
    const f = fixture()
    ;(f.terms as unknown[]).push({ type: 'neural_net', input: 'age', weights: [1, 2] })
    expect(codes(f)).toEqual(['terms.4.type:unknown_term_type'])
  })

  it.each([
    ['an unknown field', (f: Record<string, unknown>) => (f.script = 'alert(1)'), ['script:unknown_field']],
    ['an unknown format', (f: Record<string, unknown>) => (f.format = 'sts-model/2'), ['format:unknown_format']],
    ['an unknown outcome', (f: Record<string, unknown>) => (f.outcome = 'happiness'), ['outcome:unknown_outcome']],
    ['an unknown option', (f: Record<string, unknown>) => (f.options = ['surgery_alone', 'homeopathy']), ['options.1:unknown_option']],
    ['an unknown input', (f: Record<string, unknown>) => ((f.terms as Record<string, unknown>[])[1] = { type: 'linear', input: 'shoeSize', coef: 1 }), ['terms.1.input:unknown_input']],
    ['an unknown histology', (f: Record<string, unknown>) => ((f.population as Record<string, unknown>).histologies = ['unicornoma']), ['population.histologies.0:unknown_histology']],
    ['a probability above 1', (f: Record<string, unknown>) => (f.baseline = [{ years: 5, value: 1.5 }]), ['baseline.0.value:probability_out_of_range']],
    ['horizons not ascending', (f: Record<string, unknown>) => (f.baseline = [{ years: 10, value: 0.2 }, { years: 5, value: 0.25 }]), ['baseline:horizons_not_ascending']],
    ['an incidence that falls with time', (f: Record<string, unknown>) => (f.baseline = [{ years: 5, value: 0.2 }, { years: 10, value: 0.1 }]), ['baseline:baseline_not_monotone']],
    ['a cox model of an incidence', (f: Record<string, unknown>) => (f.kind = 'cox'), ['kind:kind_outcome_mismatch']],
    ['fewer than 3 reference cases', (f: Record<string, unknown>) => (f.referenceCases = (f.referenceCases as unknown[]).slice(0, 2)), ['referenceCases:too_few_reference_cases']],
    ['a number written as text', (f: Record<string, unknown>) => (f.centre = '0.6'), ['centre:wrong_type']],
    ['a missing citation', (f: Record<string, unknown>) => delete f.citation, ['citation:missing_field']],
    ['a bad id', (f: Record<string, unknown>) => (f.id = 'Robert"); DROP TABLE'), ['id:invalid_id']],
    ['a level the input does not have', (f: Record<string, unknown>) => ((f.terms as Record<string, unknown>[])[2] = { type: 'levels', input: 'grade', levels: { '4': 1 } }), ['terms.2.levels.4:unknown_level']],
    ['a __proto__ key', (f: Record<string, unknown>) => ((f.terms as Record<string, unknown>[])[2] = JSON.parse('{"type":"levels","input":"grade","levels":{"__proto__":1}}')), ['terms.2.levels.__proto__:unknown_field']],
    ['spline coefficients that do not fit the knots', (f: Record<string, unknown>) => ((f.terms as Record<string, unknown>[])[1] = { type: 'spline', input: 'age', linear: 0, knots: [30, 50], coefs: [1] }), ['terms.1.coefs:coefs_length_mismatch']],
    ['a numeric term on a category', (f: Record<string, unknown>) => ((f.terms as Record<string, unknown>[])[1] = { type: 'linear', input: 'histology', coef: 1 }), ['terms.1.input:input_not_numeric']],
    ['HTML in the name', (f: Record<string, unknown>) => (f.name = { en: '<img src=x onerror=alert(1)>' }), ['name.en:markup_in_text']],
    ['a script in the provenance', (f: Record<string, unknown>) => (f.provenance = 'see <script>alert(1)</script>'), ['provenance:markup_in_text']],
  ])('%s', (_label, edit, expected) => {
    const f = fixture()
    edit(f)
    expect(codes(f)).toEqual(expected)
  })

  it.each([
    ['text that is not JSON', 'model: yes', [':not_json']],
    ['an array', '[1, 2, 3]', [':not_an_object']],
    ['null', 'null', [':not_an_object']],
    ['a number too large to be finite', FIXTURE_TEXT.replace('"centre": 0.6', '"centre": 1e999'), ['centre:wrong_type']],
    ['a file over 1 MB', `{"format":"sts-model/1","pad":"${'x'.repeat(1_000_001)}"}`, [':file_too_large']],
    ['deep nesting', `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`, [':too_deep']],
  ])('%s', (_label, text, expected) => {
    expect(codes(text)).toEqual(expected)
  })

  it('values of any type without throwing', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom') }, get: () => { throw new Error('boom') } })
    for (const raw of [undefined, 0, true, Symbol('x'), () => 1, hostile, { format: 'sts-model/1' }]) {
      const r = parseModelFile(raw)
      expect(r.ok).toBe(false)
      if (!r.ok) for (const e of r.errors) expect(MODEL_ERROR_CODES).toContain(e.code)
    }
  })
})

describe('predict(input, models)', () => {
  it('fills a slot the built-in models leave not_estimable, with the model id in sources', () => {
    const m = loaded()
    expect(estimate(predict(patient), 'surgery_alone', 'local_recurrence', 5)).toMatchObject({ kind: 'not_estimable', reason: 'baseline_model_not_available' })
    const p = predict(patient, [m])
    const e = estimate(p, 'surgery_alone', 'local_recurrence', 5)
    expect(e).toMatchObject({ kind: 'value', sources: ['test_lr_extremity'] })
    if (e.kind === 'value') expect(e.value).toBeCloseTo(0.2791, 4)
    expect(estimate(p, 'postop_rt', 'local_recurrence', 5)).toMatchObject({ kind: 'value', value: expect.closeTo(0.15, 4) as number })
    expect(p.options.find((o) => o.id === 'postop_rt')?.sources).toContain('test_lr_extremity')
  })

  it('leaves options outside the model, other outcomes and built-in figures as they were', () => {
    const p0 = predict(patient)
    const p = predict(patient, [loaded()])
    expect(estimate(p, 'neoadjuvant_chemo', 'local_recurrence', 5)).toEqual(estimate(p0, 'neoadjuvant_chemo', 'local_recurrence', 5))
    expect(estimate(p, 'surgery_alone', 'sarcoma_specific_survival', 12)).toEqual(estimate(p0, 'surgery_alone', 'sarcoma_specific_survival', 12))
    expect(p.warnings).toEqual(p0.warnings)
  })

  it('never replaces a built-in published figure (a loaded copy of Kattan changes nothing)', () => {
    const kattan = BUILTIN_MODELS.find((m) => m.id === 'kattan2002_sss') as ModelFile
    const copy = { ...kattan, id: 'clinic_kattan_copy', sources: [] as string[] }
    const [p0, p] = [predict(patient), predict(patient, [copy])]
    for (const o of p0.options) {
      for (const years of [5, 10, 12]) {
        const before = estimate(p0, o.id, 'sarcoma_specific_survival', years)
        if (before.kind === 'value') expect(estimate(p, o.id, 'sarcoma_specific_survival', years)).toEqual(before)
      }
    }
  })

  it('keeps the slot empty for a patient outside the loaded model population', () => {
    const p = predict({ ...patient, age: 95 }, [loaded()])
    expect(estimate(p, 'surgery_alone', 'local_recurrence', 5)).toMatchObject({ kind: 'not_estimable', reason: 'baseline_model_not_available' })
    const rps = predict({ ...patient, site: 'retroperitoneum' }, [loaded()])
    expect(estimate(rps, 'surgery_alone', 'local_recurrence', 5).kind).toBe('not_estimable')
  })
})

describe('ids a loaded model may not take', () => {
  it('refuses the id of a registry source, or a reserved (built-in) id', () => {
    const f = fixture()
    f.id = 'kattan2002'
    expect(codes(f)).toEqual(['id:reserved_id'])
    const g = fixture()
    g.id = 'kattan2002_sss'
    const r = parseModelFile(g, { reservedIds: BUILTIN_MODELS.map((m) => m.id) })
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['reserved_id'])
  })
})

// The JSON Schema for model authors is generated from the zod schema (z.toJSONSchema); the
// committed copy must equal a fresh generation. UPDATE_MODEL_SCHEMA=1 rewrites it.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { MODEL_ERROR_CODES, modelJsonSchema } from '@/model/modelFile'

const FILE = join(process.cwd(), 'src/model/models/sts-model-1.schema.json')

it('the committed sts-model/1 JSON Schema equals the one generated from the zod schema', () => {
  const generated = `${JSON.stringify(modelJsonSchema(), null, 2)}\n`
  if (process.env.UPDATE_MODEL_SCHEMA === '1') writeFileSync(FILE, generated)
  expect(readFileSync(FILE, 'utf8')).toBe(generated)
})

it('the schema refuses unknown fields and names every term type', () => {
  const schema = JSON.parse(readFileSync(FILE, 'utf8')) as { additionalProperties?: unknown; properties: Record<string, unknown> }
  expect(schema.additionalProperties).toBe(false)
  const text = JSON.stringify(schema.properties.terms)
  for (const type of ['linear', 'spline', 'rcs', 'bands', 'piecewise', 'levels']) expect(text).toContain(`"const":"${type}"`)
})

it('the example of the "Writing a model file" guide is accepted as written', async () => {
  const { parseModelFile } = await import('@/model')
  const guide = readFileSync(join(process.cwd(), 'src/model/models/README.md'), 'utf8')
  const example = /```json\n([\s\S]*?)\n```/.exec(guide)?.[1]
  expect(example).toBeDefined()
  const parsed = parseModelFile(example)
  expect(parsed.ok ? parsed.model.id : parsed.errors).toBe('example_lr_extremity')
})

it('every refusal code has a message in both languages, with the params it names', () => {
  for (const lng of ['en', 'nl']) {
    const messages = (JSON.parse(readFileSync(join(process.cwd(), `locales/${lng}/engine.json`), 'utf8')) as { modelError: Record<string, string> }).modelError
    for (const code of MODEL_ERROR_CODES) expect(messages[code], `${lng} modelError.${code}`).toMatch(/\S/)
    expect(messages.reference_case_missed).toMatch(/{{case}}[\s\S]*{{expected}}[\s\S]*{{computed}}/)
  }
})

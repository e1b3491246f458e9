import { describe, expect, it } from 'vitest'
import { boardColumns, toggleColumn } from '@/components/board/columns'
import { markedValues, valuesForSite } from '@/components/print/values'
import type { OptionId } from '@/model'

const FIVE: OptionId[] = ['surgery_alone', 'preop_rt_conventional', 'preop_rt_hypofractionated', 'postop_rt', 'neoadjuvant_chemo']

describe('tumour-board columns', () => {
  it('shows the first four options when nothing was chosen', () => {
    expect(boardColumns(FIVE, [])).toEqual(FIVE.slice(0, 4))
  })

  it('keeps a valid choice in the engine order', () => {
    expect(boardColumns(FIVE, ['postop_rt', 'surgery_alone'])).toEqual(['surgery_alone', 'postop_rt'])
  })

  it('falls back when the chosen options no longer apply to the patient', () => {
    expect(boardColumns(['surgery_alone', 'preop_rt_conventional', 'neoadjuvant_chemo'], ['postop_rt', 'preop_rt_hypofractionated'])).toEqual([
      'surgery_alone',
      'preop_rt_conventional',
      'neoadjuvant_chemo',
    ])
  })

  it('refuses to go below two or above four columns', () => {
    expect(toggleColumn(FIVE, ['surgery_alone', 'postop_rt'], 'postop_rt')).toBeNull()
    expect(toggleColumn(FIVE, FIVE.slice(0, 4), 'neoadjuvant_chemo')).toBeNull()
    expect(toggleColumn(FIVE, ['surgery_alone', 'postop_rt'], 'neoadjuvant_chemo')).toEqual(['surgery_alone', 'postop_rt', 'neoadjuvant_chemo'])
  })
})

describe('values step items', () => {
  it('offers keeping a limb working for a limb tumour only', () => {
    expect(valuesForSite('extremity')).toContain('keep_limb_function')
    expect(valuesForSite('retroperitoneum')).not.toContain('keep_limb_function')
  })

  it('prints the marked values in the step order, leaving out what does not apply', () => {
    expect(markedValues(['join_trial', 'keep_limb_function', 'live_longest'], 'retroperitoneum')).toEqual(['live_longest', 'join_trial'])
  })
})

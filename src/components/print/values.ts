// Which "what matters to you" items to offer: keeping a limb working means nothing for a tumour
// in the trunk or abdomen, so that item is offered (and printed) for an extremity only.
import { VALUE_IDS, type ValueId } from '@/state/scenario'

export const valuesForSite = (site: string): ValueId[] => VALUE_IDS.filter((id) => id !== 'keep_limb_function' || site === 'extremity' || site === '')

/** The marked values that apply to this site, in the step's own order. */
export const markedValues = (marked: readonly ValueId[], site: string): ValueId[] => valuesForSite(site).filter((id) => marked.includes(id))

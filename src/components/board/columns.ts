// Which options the tumour board shows: two to four columns (UX.md §5), chosen by the user and
// kept in the store; a choice that no longer fits the patient falls back to the first options.
import type { OptionId } from '@/model'

export const MIN_COLUMNS = 2
export const MAX_COLUMNS = 4

export const boardColumns = (available: readonly OptionId[], chosen: readonly OptionId[]): OptionId[] => {
  const valid = available.filter((id) => chosen.includes(id))
  if (valid.length >= Math.min(MIN_COLUMNS, available.length)) return valid.slice(0, MAX_COLUMNS)
  return available.slice(0, MAX_COLUMNS)
}

/** The choice after ticking or unticking one option, or null when that would leave 2..4. */
export const toggleColumn = (available: readonly OptionId[], current: readonly OptionId[], id: OptionId): OptionId[] | null => {
  const next = current.includes(id) ? current.filter((o) => o !== id) : available.filter((o) => o === id || current.includes(o))
  const floor = Math.min(MIN_COLUMNS, available.length)
  return next.length < floor || next.length > MAX_COLUMNS ? null : next
}

// A list kept in this browser's localStorage under one key (loaded model files, the board's
// agenda): read back item by item through a guard, so an edited or older entry cannot bring in
// anything the app does not know; unreadable or refused storage reads as empty and writes as false.

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** The stored items that pass `isItem`; none when nothing is stored or it cannot be read. */
export function readStoredList<T>(key: string, isItem: (x: unknown) => x is T): T[] {
  try {
    const raw = storage()?.getItem(key)
    if (!raw) return []
    const parsed: unknown = JSON.parse(raw)
    return Array.isArray(parsed) ? parsed.filter(isItem) : []
  } catch {
    return []
  }
}

/** Keeps the list (an empty one removes the key); false when the browser refuses or it exceeds `maxChars`. */
export function writeStoredList(key: string, items: readonly unknown[], maxChars = Infinity): boolean {
  try {
    const text = JSON.stringify(items)
    if (text.length > maxChars) return false
    const s = storage()
    if (!s) return false
    if (items.length) s.setItem(key, text)
    else s.removeItem(key)
    return true
  } catch {
    return false
  }
}

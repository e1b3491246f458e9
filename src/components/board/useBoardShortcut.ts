import { useEffect } from 'react'
import { useAppStore } from '@/state/store'
import { isPlainKey } from './keys'

/**
 * "B" opens tumour-board mode from anywhere but a text field. Entering remembers where the page
 * was scrolled; leaving restores it and puts focus back on the board button, so nothing is lost.
 */
export function useBoardShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === 'b' || event.key === 'B') && isPlainKey(event) && useAppStore.getState().mode !== 'projector') {
        event.preventDefault()
        useAppStore.getState().setMode('projector')
      }
    }
    let scrollY = 0
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.mode === 'projector' && previous.mode !== 'projector') scrollY = window.scrollY
      if (previous.mode === 'projector' && state.mode !== 'projector') {
        window.requestAnimationFrame(() => {
          window.scrollTo(0, scrollY)
          document.querySelector<HTMLElement>('[aria-keyshortcuts="B"]')?.focus({ preventScroll: true })
        })
      }
    })
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
      unsubscribe()
    }
  }, [])
}

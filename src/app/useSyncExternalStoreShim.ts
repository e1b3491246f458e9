// react-i18next imports the use-sync-external-store shim, written for React before 18; React 19
// has the hook itself. vite.config.ts points the shim here, so the shim's code never ships.
export { useSyncExternalStore } from 'react'

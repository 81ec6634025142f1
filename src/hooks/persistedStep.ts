/** The sessionStorage key used when the app gives none. */
export const DEFAULT_PERSIST_KEY = 'verify-phone-kit:flow'

/**
 * Which step a flow saved under `key` (see sessionPersistence.ts) is on, read
 * without checking it: enough to show that step's stand-in while the flow's
 * code, which restores it strictly, is on its way. `undefined` with nothing saved.
 */
export function persistedStep(key: string): 'phone' | 'code' | 'locked' | undefined {
  try {
    const text = typeof window === 'undefined' ? null : window.sessionStorage.getItem(key)
    const status: unknown = text ? (JSON.parse(text) as { status?: unknown }).status : undefined
    return status === 'awaitingCode' ? 'code' : status === 'locked' ? 'locked' : status === 'editing' ? 'phone' : undefined
  } catch {
    // Blocked storage or a corrupt entry: nothing to restore.
    return undefined
  }
}

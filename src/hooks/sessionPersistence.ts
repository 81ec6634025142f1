import type { VerifyState } from '../core/machineTypes.js'
import type { OtpPolicy } from '../core/policy.js'
import { fromSnapshot, toSnapshot } from '../core/snapshot.js'

export { DEFAULT_PERSIST_KEY } from './persistedStep.js'

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage
  } catch {
    // Storage access throws when the browser blocks it (sandboxed iframes, some privacy modes).
    return undefined
  }
}

/** The saved flow, or `undefined` when there is none, or it is corrupt, tampered with or stale. */
export function loadFlow(key: string, policy: OtpPolicy, now: number): VerifyState | undefined {
  try {
    const text = storage()?.getItem(key)
    return text ? fromSnapshot(JSON.parse(text), policy, now) : undefined
  } catch {
    return undefined
  }
}

/**
 * Saves what a reload must keep (number, deadlines, attempts; never the code
 * or the token), or removes the entry when there is nothing worth keeping.
 */
export function saveFlow(key: string, state: VerifyState): void {
  try {
    const snapshot = toSnapshot(state)
    if (snapshot === undefined) storage()?.removeItem(key)
    else storage()?.setItem(key, JSON.stringify(snapshot))
  } catch {
    // A full or blocked storage only costs the reload its countdowns.
  }
}

export function clearFlow(key: string): void {
  try {
    storage()?.removeItem(key)
  } catch {
    // Nothing to clear.
  }
}

'use client'
import { useEffect } from 'react'
import { chunkStore, whenIdle, type ChunkSnapshot, type ChunkStatus } from '../chunkStore.js'
import type * as LaterStepsModule from './laterSteps.js'

/** The flow past the phone step: the module `laterSteps.ts`, once it has arrived. */
export type LaterSteps = typeof LaterStepsModule

/** Where the flow's chunk is: not asked for yet, on its way, here, or failed (offline, say). */
export type LaterStepsStatus = ChunkStatus

// A server renders the phone step only (no session survives on it), and a client hydrates with the same.
const store = chunkStore<LaterSteps>(() => import('./laterSteps.js'))

/**
 * Fetches the flow's chunk unless it is here or on its way; a failed fetch is
 * asked for again. Resolves when it is in; never rejects (the failure is the
 * snapshot's `failed` status, which the flow shows).
 */
export const loadLaterSteps = (): Promise<void> => store.load()

/**
 * The flow's chunk, fetched as soon as the page is idle after the flow first
 * renders (or at once when `needed`: a Send pressed, a restored flow), so that
 * the code step shows the moment a code is sent.
 */
export function useLaterSteps(needed: boolean): ChunkSnapshot<LaterSteps> & { retry: () => void } {
  const state = store.useSnapshot()
  useEffect(() => {
    const { status } = store.current()
    // Needed now: asked for at once, again after a failed attempt (the user is waiting for it).
    if (needed) {
      if (status === 'idle' || status === 'failed') void store.load()
      return
    }
    if (status === 'idle') return whenIdle(() => void store.load(), 2000)
  }, [needed])
  return { ...state, retry: () => void store.load() }
}

/**
 * Forgets the flow's chunk and, when given, fetches it with `load` from now
 * on. For tests of the loading itself; not part of the public API.
 */
export const resetLaterSteps = (load?: () => Promise<LaterSteps>): void => store.reset(load)

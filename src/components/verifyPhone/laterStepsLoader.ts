'use client'
import { useEffect, useSyncExternalStore } from 'react'
import type * as LaterStepsModule from './laterSteps.js'

/** The code, locked and verified steps: the module `laterSteps.ts`, once it has arrived. */
export type LaterSteps = typeof LaterStepsModule

/** Where the later steps are: not asked for yet, on their way, here, or failed (offline, say). */
export type LaterStepsStatus = 'idle' | 'loading' | 'loaded' | 'failed'

interface Snapshot {
  status: LaterStepsStatus
  steps: LaterSteps | undefined
}

type Loader = () => Promise<LaterSteps>

// A static import() of an existing module, so that every bundler makes it a chunk of its own.
const importLaterSteps: Loader = () => import('./laterSteps.js')

const IDLE: Snapshot = { status: 'idle', steps: undefined }
let loader: Loader = importLaterSteps
let snapshot: Snapshot = IDLE
let generation = 0
const listeners = new Set<() => void>()

function set(next: Snapshot): void {
  snapshot = next
  for (const listener of [...listeners]) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const current = () => snapshot
// A server renders the phone step only (no session survives on it), and a client hydrates with the same.
const onServer = () => IDLE

/**
 * Fetches the later steps unless they are here or on their way; a failed
 * fetch is asked for again. Resolves when they are in; never rejects (the
 * failure is the snapshot's `failed` status, which the flow shows).
 */
export function loadLaterSteps(): Promise<void> {
  if (snapshot.status === 'loaded' || snapshot.status === 'loading') return pending
  const started = generation
  set({ status: 'loading', steps: undefined })
  pending = loader().then(
    (steps) => {
      if (started === generation) set({ status: 'loaded', steps })
    },
    () => {
      if (started === generation) set({ status: 'failed', steps: undefined })
    },
  )
  return pending
}
let pending: Promise<void> = Promise.resolve()

/** Runs `task` once the page is idle (at the latest after `timeout` ms); returns a cancel function. */
function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout })
    return () => cancelIdleCallback(handle)
  }
  // Safari before 18.4 has no requestIdleCallback: after the first paints will do.
  const handle = setTimeout(task, 1)
  return () => clearTimeout(handle)
}

/**
 * The later steps of the flow, fetched as soon as the page is idle after the
 * flow first renders (or at once when `needed`, a step past the phone step
 * showing), so that the code step shows the moment a code is sent.
 */
export function useLaterSteps(needed: boolean): Snapshot & { retry: () => void } {
  const state = useSyncExternalStore(subscribe, current, onServer)
  useEffect(() => {
    // Needed now: asked for at once, again after a failed attempt (the user is waiting for it).
    if (needed) {
      if (snapshot.status === 'idle' || snapshot.status === 'failed') void loadLaterSteps()
      return
    }
    if (snapshot.status === 'idle') return whenIdle(() => void loadLaterSteps(), 2000)
  }, [needed])
  return { ...state, retry: () => void loadLaterSteps() }
}

/**
 * Forgets the later steps and, when given, fetches them with `load` from now
 * on. For tests of the loading itself; not part of the public API.
 */
export function resetLaterSteps(load?: Loader): void {
  generation += 1
  loader = load ?? importLaterSteps
  pending = Promise.resolve()
  set(IDLE)
}

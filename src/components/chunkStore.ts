'use client'
import { useSyncExternalStore } from 'react'

/** Where a lazy chunk is: not asked for yet, on its way, here, or failed (offline, say). */
export type ChunkStatus = 'idle' | 'loading' | 'loaded' | 'failed'

/** A lazy chunk as a component sees it: its status, and its module once it has arrived. */
export interface ChunkSnapshot<T> {
  status: ChunkStatus
  chunk: T | undefined
}

/** One lazy chunk of the page: fetched once, watched by components, asked for again after a failure. */
export interface ChunkStore<T> {
  /**
   * Fetches the chunk unless it is here or on its way; after a failure it asks
   * again (a new `import()`). Resolves when it is in; never rejects: the
   * failure is the `failed` status, which the component shows with "Try again".
   */
  load(): Promise<void>
  /** The chunk as it is now, re-rendering when it arrives or fails. Never loads anything itself. */
  useSnapshot(): ChunkSnapshot<T>
  /** The chunk as it is now, outside React. */
  current(): ChunkSnapshot<T>
  /** Forgets the chunk and, when given, fetches it with `load` from now on. For tests; not public API. */
  reset(load?: () => Promise<T>): void
}

const IDLE: ChunkSnapshot<never> = { status: 'idle', chunk: undefined }
// A server renders what needs no chunk, and a client hydrates with the same.
const onServer = () => IDLE

/**
 * A store for a chunk fetched by `importChunk`, which must be a static
 * `import()` of an existing module, so that every bundler makes it a chunk of
 * its own (and a strict Content-Security-Policy needs nothing: no eval, no
 * script of another origin).
 */
export function chunkStore<T>(importChunk: () => Promise<T>): ChunkStore<T> {
  let loader = importChunk
  let snapshot: ChunkSnapshot<T> = IDLE
  // A reset during a fetch makes its answer stale: it is dropped.
  let generation = 0
  let pending: Promise<void> = Promise.resolve()
  const listeners = new Set<() => void>()

  const set = (next: ChunkSnapshot<T>) => {
    snapshot = next
    for (const listener of [...listeners]) listener()
  }
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  const current = () => snapshot

  return {
    load() {
      if (snapshot.status === 'loaded' || snapshot.status === 'loading') return pending
      const started = generation
      set({ status: 'loading', chunk: undefined })
      pending = loader().then(
        (chunk) => {
          if (started === generation) set({ status: 'loaded', chunk })
        },
        () => {
          if (started === generation) set({ status: 'failed', chunk: undefined })
        },
      )
      return pending
    },
    useSnapshot: () => useSyncExternalStore(subscribe, current, onServer),
    current,
    reset(load) {
      generation += 1
      loader = load ?? importChunk
      pending = Promise.resolve()
      set(IDLE)
    },
  }
}

/** Runs `task` once the page is idle (at the latest after `timeout` ms); returns a cancel function. */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout })
    return () => cancelIdleCallback(handle)
  }
  // Safari before 18.4 has no requestIdleCallback: after the first paints will do.
  const handle = setTimeout(task, 1)
  return () => clearTimeout(handle)
}

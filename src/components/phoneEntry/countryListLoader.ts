'use client'
import { useSyncExternalStore } from 'react'
import type * as CountryListModule from './CountryList.js'

/** The country picker's popup (search field and list): the module `CountryList.tsx`, once it has arrived. */
export type CountryListChunk = typeof CountryListModule

/** Where the popup's chunk is: not asked for yet, on its way, here, or failed (offline, say). */
export type CountryListStatus = 'idle' | 'loading' | 'loaded' | 'failed'

/** The popup's chunk as a component sees it. */
export interface CountryListSnapshot {
  status: CountryListStatus
  chunk: CountryListChunk | undefined
}

type Loader = () => Promise<CountryListChunk>

// A static import() of an existing module, so that every bundler makes it a chunk of its own
// (and a strict Content-Security-Policy needs nothing: no eval, no script of another origin).
const importCountryList: Loader = () => import('./CountryList.js')

const IDLE: CountryListSnapshot = { status: 'idle', chunk: undefined }
let loader: Loader = importCountryList
let snapshot: CountryListSnapshot = IDLE
let generation = 0
let pending: Promise<void> = Promise.resolve()
const listeners = new Set<() => void>()

function set(next: CountryListSnapshot): void {
  snapshot = next
  for (const listener of [...listeners]) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const current = () => snapshot
// A server never opens the list; a client hydrates with the same closed button.
const onServer = () => IDLE

/**
 * Fetches the country list's popup unless it is here or on its way; after a
 * failure it asks again (a new `import()`). One request per page at a time;
 * resolves when it is in and never rejects (the failure is the `failed`
 * status, which the picker shows with "Try again").
 */
export function loadCountryList(): Promise<void> {
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
}

/** The popup's chunk as it is now; re-renders when it arrives or fails. Never loads anything itself. */
export function useCountryListChunk(): CountryListSnapshot {
  return useSyncExternalStore(subscribe, current, onServer)
}

/**
 * Forgets the popup's chunk and, when given, fetches it with `load` from now
 * on. For tests of the loading itself; not part of the public API.
 */
export function resetCountryList(load?: Loader): void {
  generation += 1
  loader = load ?? importCountryList
  pending = Promise.resolve()
  set(IDLE)
}

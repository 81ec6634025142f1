'use client'
import { chunkStore, type ChunkSnapshot, type ChunkStatus } from '../chunkStore.js'
import type * as CountryListModule from './CountryList.js'

/** The country picker's popup (search field and list): the module `CountryList.tsx`, once it has arrived. */
export type CountryListChunk = typeof CountryListModule

/** Where the popup's chunk is: not asked for yet, on its way, here, or failed (offline, say). */
export type CountryListStatus = ChunkStatus

/** The popup's chunk as a component sees it. */
export type CountryListSnapshot = ChunkSnapshot<CountryListChunk>

// A server never opens the list; a client hydrates with the same closed button.
const store = chunkStore<CountryListChunk>(() => import('./CountryList.js'))

/**
 * Fetches the country list's popup unless it is here or on its way; after a
 * failure it asks again (a new `import()`). One request per page at a time;
 * resolves when it is in and never rejects (the failure is the `failed`
 * status, which the picker shows with "Try again").
 */
export const loadCountryList = (): Promise<void> => store.load()

/** The popup's chunk as it is now; re-renders when it arrives or fails. Never loads anything itself. */
export const useCountryListChunk = (): CountryListSnapshot => store.useSnapshot()

/**
 * Forgets the popup's chunk and, when given, fetches it with `load` from now
 * on. For tests of the loading itself; not part of the public API.
 */
export const resetCountryList = (load?: () => Promise<CountryListChunk>): void => store.reset(load)

import type { FlagZone } from '../../data/flags/types.js'
import { drawsFlagEmoji } from './flagEmojiSupport.js'
import type { MetadataZoneKey } from './metadataStore.js'

/** How the kit draws flags: the platform's emoji, or its own SVG flags (loaded by zone). */
export type FlagStyle = 'emoji' | 'svg'

type FlagZoneLoader = (zone: MetadataZoneKey) => Promise<FlagZone>

// One static import() each, so that every bundler makes each zone's flags a chunk of its own.
const importFlags: FlagZoneLoader = async (zone) => {
  const modules = {
    1: () => import('../../data/flags/flags1.js'),
    2: () => import('../../data/flags/flags2.js'),
    3: () => import('../../data/flags/flags3.js'),
    4: () => import('../../data/flags/flags4.js'),
    5: () => import('../../data/flags/flags5.js'),
    6: () => import('../../data/flags/flags6.js'),
    7: () => import('../../data/flags/flags7.js'),
    8: () => import('../../data/flags/flags8.js'),
    9: () => import('../../data/flags/flags9.js'),
  }
  return (await modules[zone]()).default
}

const detect = (): FlagStyle => (drawsFlagEmoji() ? 'emoji' : 'svg')

let loader: FlagZoneLoader = importFlags
let chosen: FlagStyle | undefined
let forced: FlagStyle | undefined
let generation = 0
const zones = new Map<MetadataZoneKey, FlagZone>()
const pending = new Map<MetadataZoneKey, Promise<void>>()
const listeners = new Set<() => void>()

/** The style this browser gets: measured on first use, then the same for the page's life. Browser only. */
export function flagStyle(): FlagStyle {
  return forced ?? (chosen ??= detect())
}

/** The flags of a zone if loaded, else `undefined`; the same object until the store is reset. */
export function loadedFlags(zone: MetadataZoneKey): FlagZone | undefined {
  return zones.get(zone)
}

/** Calls `listener` after each zone's flags load (and after a reset); returns the unsubscribe function. */
export function subscribeFlags(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Loads a zone's flags once; a load that failed (offline) is tried again on the next call. */
export function loadFlags(zone: MetadataZoneKey): Promise<void> {
  if (zones.has(zone)) return Promise.resolve()
  let wait = pending.get(zone)
  if (!wait) {
    const started = generation
    wait = loader(zone).then(
      (flags) => {
        if (started !== generation) return
        pending.delete(zone)
        zones.set(zone, flags)
        for (const listener of [...listeners]) listener()
      },
      (error: unknown) => {
        if (started === generation) pending.delete(zone)
        throw error
      },
    )
    pending.set(zone, wait)
  }
  return wait
}

/**
 * Forgets the loaded flags and the measured style; `style` forces one (as a
 * platform with or without flag emoji would get), `load` replaces the chunk
 * loader. For tests of the choice and the loading; not part of the public API.
 */
export function resetFlagStore(options: { style?: FlagStyle; load?: FlagZoneLoader } = {}): void {
  generation += 1
  zones.clear()
  pending.clear()
  chosen = undefined
  forced = options.style
  loader = options.load ?? importFlags
  for (const listener of [...listeners]) listener()
}

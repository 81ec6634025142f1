import type { PhoneEngine } from '../../core/phoneInput/bare.js'
import type { CallingCodeIndex, CountryCode, PhoneMetadata } from '../../core/phoneInput/types.js'
import { CALLING_CODES, METADATA_VERSION } from '../../data/phoneMetadata/callingCodes.js'
import type { MetadataZone } from '../../data/phoneMetadata/types.js'

/**
 * The first digit of a calling code: the metadata is split in nine zones on
 * it (1 North America, 2 Africa, 3–4 Europe, 5 Latin America, 6 Oceania and
 * South-East Asia, 7 Russia and Kazakhstan, 8 East Asia, 9 the rest of Asia),
 * one to three kilobytes each, so a page loads only the zone its numbers need.
 */
export type MetadataZoneKey = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'

type ZoneLoader = (zone: MetadataZoneKey) => Promise<MetadataZone>

// One static import() each, so that every bundler makes each zone a chunk of its own.
const importZone: ZoneLoader = async (zone) => {
  const modules = {
    1: () => import('../../data/phoneMetadata/zone1.js'),
    2: () => import('../../data/phoneMetadata/zone2.js'),
    3: () => import('../../data/phoneMetadata/zone3.js'),
    4: () => import('../../data/phoneMetadata/zone4.js'),
    5: () => import('../../data/phoneMetadata/zone5.js'),
    6: () => import('../../data/phoneMetadata/zone6.js'),
    7: () => import('../../data/phoneMetadata/zone7.js'),
    8: () => import('../../data/phoneMetadata/zone8.js'),
    9: () => import('../../data/phoneMetadata/zone9.js'),
  }
  return (await modules[zone]()).default
}

type EngineLoader = () => Promise<PhoneEngine>

// The formatter (libphonenumber-js and the field's reading of numbers) is a chunk of its own too.
const importEngine: EngineLoader = () => import('../../core/phoneInput/engine.js')

/** Every calling code with its countries, main country first: what the picker lists before any zone is loaded. */
export const CALLING_CODE_INDEX: CallingCodeIndex = {
  country_calling_codes: Object.fromEntries(Object.entries(CALLING_CODES).map(([code, countries]) => [code, countries.split(' ') as CountryCode[]])),
}

const ZONE_OF_COUNTRY = new Map<string, MetadataZoneKey>(
  Object.entries(CALLING_CODES).flatMap(([code, countries]) => countries.split(' ').map((country) => [country, code[0] as MetadataZoneKey])),
)

/** The zone a country's numbers are in, or `undefined` for a code the metadata lacks. */
export function zoneOfCountry(country: string | undefined): MetadataZoneKey | undefined {
  return country === undefined ? undefined : ZONE_OF_COUNTRY.get(country)
}

const EMPTY: PhoneMetadata = { version: METADATA_VERSION, country_calling_codes: {}, countries: {}, nonGeographic: {} } as PhoneMetadata

let loader: ZoneLoader = importZone
let engineLoader: EngineLoader = importEngine
let generation = 0
let metadata = EMPTY
let engine: PhoneEngine | undefined
let enginePending: Promise<PhoneEngine> | undefined
const loaded = new Set<MetadataZoneKey>()
const pending = new Map<MetadataZoneKey, Promise<void>>()
const listeners = new Set<() => void>()

/** The metadata of the zones loaded so far: a new object after each load, so it can be compared. */
export function loadedMetadata(): PhoneMetadata {
  return metadata
}

/** The formatter, once it has arrived; `undefined` before. */
export function loadedEngine(): PhoneEngine | undefined {
  return engine
}

/** No formatter: what a server renders with, and a client hydrates with (see `noMetadata`). */
export function noEngine(): PhoneEngine | undefined {
  return undefined
}

/**
 * Loads the formatter unless it is here or on its way; a failed load (offline)
 * is tried again on the next call. Listeners hear of its arrival.
 */
export function loadPhoneEngine(): Promise<PhoneEngine> {
  if (engine) return Promise.resolve(engine)
  if (!enginePending) {
    const started = generation
    const wait = engineLoader().then(
      (loaded) => {
        if (started !== generation) return loaded
        engine = loaded
        enginePending = undefined
        for (const listener of [...listeners]) listener()
        return loaded
      },
      (error: unknown) => {
        if (started === generation) enginePending = undefined
        throw error
      },
    )
    enginePending = wait
  }
  return enginePending
}

/**
 * No zone: what a server renders with, and a client hydrates with, so that the
 * server's HTML never depends on what its process happened to load before.
 */
export function noMetadata(): PhoneMetadata {
  return EMPTY
}

/** Calls `listener` after each zone loads; returns the unsubscribe function. */
export function subscribeMetadata(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function add(zone: MetadataZoneKey, part: MetadataZone): void {
  const nonGeographic = { ...(metadata as { nonGeographic?: object }).nonGeographic, ...part.nonGeographic }
  metadata = {
    ...metadata,
    country_calling_codes: { ...metadata.country_calling_codes, ...part.country_calling_codes },
    countries: { ...metadata.countries, ...part.countries },
    nonGeographic,
  } as PhoneMetadata
  loaded.add(zone)
  for (const listener of [...listeners]) listener()
}

/**
 * Loads zones not loaded yet; resolves when all are in. A zone that fails
 * (offline, say) is asked for again on the next call.
 */
export function loadZones(zones: Iterable<MetadataZoneKey | undefined>): Promise<void> {
  const waits: Promise<void>[] = []
  for (const zone of new Set(zones)) {
    if (zone === undefined || loaded.has(zone)) continue
    let wait = pending.get(zone)
    if (!wait) {
      const started = generation
      // A zone is added with the formatter that reads it: before both are in, the field shows digits as typed.
      wait = Promise.all([loader(zone), loadPhoneEngine()]).then(
        ([part]) => {
          if (started !== generation) return
          pending.delete(zone)
          if (!loaded.has(zone)) add(zone, part)
        },
        (error: unknown) => {
          if (started === generation) pending.delete(zone)
          throw error
        },
      )
      pending.set(zone, wait)
    }
    waits.push(wait)
  }
  return Promise.all(waits).then(() => undefined)
}

/**
 * Forgets every zone and, when given, loads zones with `load` from now on;
 * with `loadEngine`, forgets the formatter too and loads it with that.
 * For tests of the loading itself; not part of the public API.
 */
export function resetMetadataStore(load?: ZoneLoader, loadEngine?: EngineLoader): void {
  generation += 1
  metadata = EMPTY
  loaded.clear()
  pending.clear()
  loader = load ?? importZone
  if (loadEngine) engine = undefined
  if (!engine) enginePending = undefined
  engineLoader = loadEngine ?? importEngine
  for (const listener of [...listeners]) listener()
}

/**
 * Loads the phone metadata for these countries (every country when none are
 * given) ahead of time, so that a `PhoneEntry` formats from its first
 * render: when a page that will show the field opens, say, or in test
 * setup. Without it the field loads what it needs as it goes. (Servers
 * render with no zone, so preloading there changes nothing.)
 *
 * @example await preloadPhoneMetadata(['FR', 'BE'])
 */
export function preloadPhoneMetadata(countries?: readonly CountryCode[]): Promise<void> {
  const zones = countries ? countries.map(zoneOfCountry) : (['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const)
  return loadZones(zones)
}

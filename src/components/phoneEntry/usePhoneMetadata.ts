'use client'
import { useEffect, useSyncExternalStore } from 'react'
import { bareEngine, type PhoneEngine } from '../../core/phoneInput/bare.js'
import type { CallingCodeIndex, CountryCode, PhoneMetadata } from '../../core/phoneInput/types.js'
import { CALLING_CODE_INDEX, loadedEngine, loadedMetadata, loadPhoneEngine, loadZones, noEngine, noMetadata, subscribeMetadata, zoneOfCountry, type MetadataZoneKey } from './metadataStore.js'

/** What a phone field reads numbers with. */
export interface PhoneReading {
  /** The app's own metadata, else the kit's zones loaded so far; none until the formatter is in. */
  metadata: PhoneMetadata
  /** Every calling code and its countries: all the country list needs. */
  index: CallingCodeIndex
  /** The formatter, once it has arrived (`undefined` on the server and while hydrating, like the zones). */
  engine: PhoneEngine | undefined
}

/**
 * The metadata a phone field reads with: the app's own, else the kit's zones
 * loaded so far (none on the server and while hydrating: see `noMetadata`),
 * and the formatter that reads it, which arrives as a chunk of its own. Until
 * the formatter is in, the metadata is none, even the app's own, so that a
 * field reads its digits again when it arrives.
 */
export function usePhoneMetadata(custom: PhoneMetadata | undefined): PhoneReading {
  const loaded = useSyncExternalStore(subscribeMetadata, loadedMetadata, noMetadata)
  const engine = useSyncExternalStore(subscribeMetadata, loadedEngine, noEngine)
  useEffect(() => {
    // The kit's zones bring the formatter with them; the app's own metadata needs it asked for.
    if (custom && !engine) loadPhoneEngine().catch(() => undefined)
  }, [custom, engine])
  if (!custom) return { metadata: loaded, index: CALLING_CODE_INDEX, engine }
  return engine ? { metadata: custom, index: custom, engine } : { metadata: noMetadata(), index: custom, engine }
}

function isZone(digit: string | undefined): digit is MetadataZoneKey {
  return digit !== undefined && digit >= '1' && digit <= '9'
}

/**
 * The zones the significant characters of a field need: the country's, and
 * the one of the calling code typed after a `+` or after an international
 * call prefix (`0044…` in France needs Britain's zone as well).
 */
export function zonesForField(digits: string, country: CountryCode | undefined, metadata: PhoneMetadata, engine: PhoneEngine = bareEngine): MetadataZoneKey[] {
  const afterPrefix = digits.startsWith('+') ? [1] : engine.internationalPrefixes(digits, country, metadata)
  return [zoneOfCountry(country), ...afterPrefix.map((length) => digits.charAt(length))].filter(isZone)
}

/**
 * Asks for the zones not loaded yet (nothing when the app gave its own
 * metadata). `attempt` changes when a zone that failed (offline) is worth
 * asking for again: with each edit, say.
 */
export function useMetadataZones(enabled: boolean, zones: readonly MetadataZoneKey[], attempt?: unknown): void {
  const key = [...new Set(zones)].sort().join('')
  useEffect(() => {
    // A zone that cannot load leaves the digits unformatted; the next edit asks again.
    if (enabled && key !== '') loadZones(key.split('') as MetadataZoneKey[]).catch(() => undefined)
  }, [enabled, key, attempt])
}

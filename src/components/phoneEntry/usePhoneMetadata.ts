'use client'
import { useEffect, useSyncExternalStore } from 'react'
import { internationalPrefixes } from '../../core/phoneInput/edit.js'
import type { CallingCodeIndex, CountryCode, PhoneMetadata } from '../../core/phoneInput/types.js'
import { CALLING_CODE_INDEX, loadedMetadata, loadZones, noMetadata, subscribeMetadata, zoneOfCountry, type MetadataZoneKey } from './metadataStore.js'

/**
 * The metadata a phone field reads with: the app's own, else the kit's zones
 * loaded so far (none on the server and while hydrating: see `noMetadata`).
 */
export function usePhoneMetadata(custom: PhoneMetadata | undefined): { metadata: PhoneMetadata; index: CallingCodeIndex } {
  const loaded = useSyncExternalStore(subscribeMetadata, loadedMetadata, noMetadata)
  return custom ? { metadata: custom, index: custom } : { metadata: loaded, index: CALLING_CODE_INDEX }
}

function isZone(digit: string | undefined): digit is MetadataZoneKey {
  return digit !== undefined && digit >= '1' && digit <= '9'
}

/**
 * The zones the significant characters of a field need: the country's, and
 * the one of the calling code typed after a `+` or after an international
 * call prefix (`0044…` in France needs Britain's zone as well).
 */
export function zonesForField(digits: string, country: CountryCode | undefined, metadata: PhoneMetadata): MetadataZoneKey[] {
  const afterPrefix = digits.startsWith('+') ? [1] : internationalPrefixes(digits, country, metadata)
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

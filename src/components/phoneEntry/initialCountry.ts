'use client'
import { useMemo, useSyncExternalStore } from 'react'
import { countryPermitter, regionFromLanguages } from '../../core/phoneInput/defaultCountry.js'
import type { CountryCode, PhoneMetadata } from '../../core/phoneInput/types.js'

/** The country used when neither a prop nor the browser's languages name one the app allows. */
export const FALLBACK_COUNTRY: CountryCode = 'US'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange)
  return () => window.removeEventListener('languagechange', onChange)
}

/**
 * The region of the browser's languages (`navigator.languages`), among the
 * permitted countries. `undefined` on the server and while hydrating, so the
 * server's HTML and the first client render agree; the region follows.
 */
export function useBrowserRegion(metadata: PhoneMetadata, allowed?: readonly CountryCode[]): CountryCode | undefined {
  const allowedKey = allowed?.join(',')
  const read = useMemo(() => {
    const permitted = countryPermitter(metadata, allowed)
    return () => regionFromLanguages(navigator.languages?.length ? navigator.languages : [navigator.language], permitted)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the allow-list is compared by content
  }, [metadata, allowedKey])
  return useSyncExternalStore(subscribe, read, () => undefined)
}

/**
 * The country a phone field starts in: `preferred` when permitted, else the
 * browser's region, else the fallback (`US`), else the first allowed country.
 */
export function startCountry(preferred: CountryCode | undefined, region: CountryCode | undefined, metadata: PhoneMetadata, allowed?: readonly CountryCode[]): CountryCode | undefined {
  const permitted = countryPermitter(metadata, allowed)
  if (preferred !== undefined && permitted(preferred)) return preferred
  if (region !== undefined) return region
  if (permitted(FALLBACK_COUNTRY)) return FALLBACK_COUNTRY
  return allowed?.find(permitted)
}

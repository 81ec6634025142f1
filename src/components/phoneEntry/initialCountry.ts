'use client'
import { useMemo, useSyncExternalStore } from 'react'
import { countryPermitter, regionFromLanguages } from '../../core/phoneInput/defaultCountry.js'
import type { CallingCodeIndex, CountryCode } from '../../core/phoneInput/types.js'

/** The country used when neither a prop nor the browser's languages name one the app allows. */
export const FALLBACK_COUNTRY: CountryCode = 'US'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange)
  return () => window.removeEventListener('languagechange', onChange)
}

/**
 * The country a phone field starts in: `preferred` when permitted, else the
 * region of the browser's languages (`navigator.languages`), else the
 * fallback (`US`), else the first allowed country. The browser's region is
 * unknown on the server and while hydrating, so the server's HTML and the
 * first client render agree; the region follows.
 */
export function useStartCountry(preferred: CountryCode | undefined, metadata: CallingCodeIndex, allowed?: readonly CountryCode[]): CountryCode | undefined {
  const allowedKey = allowed?.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the allow-list is compared by content
  const permitted = useMemo(() => countryPermitter(metadata, allowed), [metadata, allowedKey])
  const region = useSyncExternalStore(
    subscribe,
    () => regionFromLanguages(navigator.languages?.length ? navigator.languages : [navigator.language], permitted),
    () => undefined,
  )
  if (preferred !== undefined && permitted(preferred)) return preferred
  return region ?? (permitted(FALLBACK_COUNTRY) ? FALLBACK_COUNTRY : allowed?.find(permitted))
}

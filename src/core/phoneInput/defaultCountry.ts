import { allowedBy } from './countries.js'
import type { CallingCodeIndex, CountryCode } from './types.js'

/** Whether a region code is a country of the metadata (its calling codes suffice) and of the allow-list (when there is one). */
export function countryPermitter(index: CallingCodeIndex, allowed?: readonly CountryCode[]): (code: string) => boolean {
  const known = new Set<string>(Object.values(index.country_calling_codes).flat())
  const isAllowed = allowedBy(allowed)
  return (code) => known.has(code) && isAllowed(code as CountryCode)
}

// `Intl.Locale` gives the region in canonical upper case (`fr-ca` gives `CA`).
function regionOf(tag: string, maximize: boolean): string | undefined {
  try {
    const locale = new Intl.Locale(tag)
    return (maximize ? locale.maximize() : locale).region
  } catch {
    return undefined
  }
}

/**
 * The first supported region named by a list of BCP 47 language tags, such
 * as `navigator.languages`: explicit regions first (`fr-CA` gives `CA`), then
 * each language's likely region (`fr` gives `FR`, `en` gives `US`).
 *
 * @returns `undefined` when no tag leads to a supported region.
 * @example regionFromLanguages(['es-419', 'pt-BR'], (c) => c in metadata.countries) // 'BR'
 */
export function regionFromLanguages(languages: readonly string[], isSupported: (region: string) => boolean): CountryCode | undefined {
  for (const maximize of [false, true]) {
    for (const tag of languages) {
      const region = regionOf(tag, maximize)
      if (region !== undefined && isSupported(region)) return region as CountryCode
    }
  }
  return undefined
}

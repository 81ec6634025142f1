import type { CallingCodeIndex, CountryCode } from './types.js'

/** A country as the picker shows and searches it. */
export interface CountryOption {
  /** ISO 3166-1 alpha-2 code (`'FR'`). */
  code: CountryCode
  /** Calling code without `+` (`'33'`). */
  callingCode: string
  /** Name in the active locale, from `Intl.DisplayNames` (the code when the engine has no name). */
  name: string
  /** English name, searched as well, so "Germany" finds Deutschland in any locale. */
  englishName: string
  /** Whether it is the main country of its calling code (US for +1, RU for +7, GB for +44). */
  primary: boolean
}

/** A test of the allow-list; every country passes when there is none. */
export function allowedBy(countries: readonly CountryCode[] | undefined): (country: CountryCode) => boolean {
  const allowed = countries && new Set(countries)
  return (country) => !allowed || allowed.has(country)
}

const displayNames = new Map<string, Intl.DisplayNames>()

/** The name of a region in `locale` (`regionName('DE', 'fr')` is `'Allemagne'`), or its code. */
export function regionName(code: string, locale: string): string {
  try {
    let names = displayNames.get(locale)
    if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' })))
    return names.of(code) ?? code
  } catch {
    // An invalid locale, or an engine without the name.
    return code
  }
}

/** Each country of the index with its calling code (`FR` → `'33'`). */
export function countryCallingCodes(index: CallingCodeIndex): Map<CountryCode, string> {
  return new Map(Object.entries(index.country_calling_codes).flatMap(([callingCode, countries]) => countries.map((country) => [country, callingCode] as const)))
}

/**
 * Every country of the metadata (or of the allow-list, in the metadata),
 * named in `locale` and sorted by that name with the locale's collation.
 * Only the calling codes are read, so the index alone will do.
 */
export function listCountries(index: CallingCodeIndex, locale: string, allowed?: readonly CountryCode[]): CountryOption[] {
  const known = countryCallingCodes(index)
  const codes = allowed ? [...new Set(allowed)].filter((code) => known.has(code)) : [...known.keys()]
  let collator: Intl.Collator
  try {
    collator = new Intl.Collator(locale)
  } catch {
    collator = new Intl.Collator('en')
  }
  return codes
    .map((code) => {
      // Every code listed is in the index, so it has a calling code.
      const callingCode = known.get(code) ?? ''
      const primary = index.country_calling_codes[callingCode]?.[0] === code
      return { code, callingCode, name: regionName(code, locale), englishName: regionName(code, 'en'), primary }
    })
    .sort((a, b) => collator.compare(a.name, b.name))
}

/** Lower case, without accents, so that "cote" finds "Côte d’Ivoire". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, "'").trim()
}

function rank(option: CountryOption, query: string, digits: string | undefined): number | undefined {
  if (digits !== undefined) {
    if (option.callingCode === digits) return option.primary ? 0 : 1
    return option.callingCode.startsWith(digits) ? 4 : undefined
  }
  if (option.code.toLowerCase() === query) return 0
  const names = [foldForSearch(option.name), foldForSearch(option.englishName)]
  if (names.some((name) => name.startsWith(query))) return 1
  if (names.some((name) => name.split(/[\s\-(),.]+/).some((word) => word.startsWith(query)))) return 2
  return names.some((name) => name.includes(query)) ? 3 : undefined
}

/**
 * The options that match a query, best first, the list's order kept within a
 * rank: an ISO code (`'FR'`) or a calling code (`'33'`, `'+33'`) exactly (the
 * code's main country first), then names (localised or English) that start with the query, then names
 * with a word that does, then names that contain it, then calling codes that
 * start with the digits. An empty query returns the list unchanged.
 */
export function searchCountries(options: readonly CountryOption[], query: string): CountryOption[] {
  const folded = foldForSearch(query)
  const numeric = /^\+?\s*\d[\d\s]*$/.test(folded) ? folded.replace(/\D/g, '') : undefined
  // An empty query ranks every name 1 (each starts with it), so the list comes back whole.
  const ranked = options.flatMap((option) => {
    const value = rank(option, folded, numeric)
    return value === undefined ? [] : [{ option, value }]
  })
  // The sort is stable, so the list's order holds within a rank.
  return ranked.sort((a, b) => a.value - b.value).map((entry) => entry.option)
}

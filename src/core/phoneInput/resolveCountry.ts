import { Metadata, PhoneNumber, getCountryCallingCode } from 'libphonenumber-js/core'
import type { CountryCode, PhoneMetadata } from './types.js'

/** The calling code of a country (`'33'` for `FR`), or `undefined` when the metadata lacks it. */
export function callingCodeOf(country: CountryCode | undefined, metadata: PhoneMetadata): string | undefined {
  if (country === undefined || !(country in metadata.countries)) return undefined
  return String(getCountryCallingCode(country, metadata))
}

/** The countries that share a calling code, main country first (as in the metadata). */
export function countriesForCallingCode(callingCode: string, metadata: PhoneMetadata): CountryCode[] {
  return [...(metadata.country_calling_codes[callingCode] ?? [])].filter((code) => code in metadata.countries)
}

function leadingDigitsMatch(country: CountryCode, nationalNumber: string, plan: Metadata): boolean {
  plan.selectNumberingPlan(country)
  const leading = plan.numberingPlan?.leadingDigits()
  return leading ? new RegExp(`^(?:${leading})`).test(nationalNumber) : false
}

/**
 * Whether a complete number belongs to `country` as well as to the country
 * libphonenumber-js picked for it. Leading digits decide first (they are
 * exclusive between countries that share a calling code: `+7 7…` is
 * Kazakhstan's); otherwise the country's own number plan decides (so `+1 800`
 * still fits Canada).
 */
export function numberFitsCountry(e164: string, country: CountryCode, metadata: PhoneMetadata): boolean {
  const probe = new PhoneNumber(e164 as PhoneNumber['number'], metadata)
  if (probe.country === country) return true
  const plan = new Metadata(metadata)
  const nationalNumber = String(probe.nationalNumber)
  if (leadingDigitsMatch(country, nationalNumber, plan)) return true
  const others = countriesForCallingCode(String(probe.countryCallingCode), metadata).filter((code) => code !== country)
  if (others.some((other) => leadingDigitsMatch(other, nationalNumber, plan))) return false
  probe.country = country
  return probe.isValid()
}

/** What the number says about its country, as read so far. */
export interface NumberCountryHint {
  /** The calling code read from the number (international entry), or the selected country's. */
  callingCode: string | undefined
  /** The country of a complete, valid number. */
  validCountry: CountryCode | undefined
  /** The E.164 form of that complete number. */
  e164: string | undefined
  /** The country the digits typed so far point to, when they are international. */
  guess: CountryCode | undefined
}

/**
 * The country to show for a number. The selected country stays while the
 * number fits it (Canada stays Canada for `+1 416…` and `+1 800…`); otherwise
 * the number decides (`+7 7…` Kazakhstan, `+7 9…` Russia, `+44…` Britain),
 * among the allowed countries only.
 */
export function resolveCountry(
  selected: CountryCode | undefined,
  hint: NumberCountryHint,
  metadata: PhoneMetadata,
  isAllowed: (country: CountryCode) => boolean,
): CountryCode | undefined {
  const { callingCode } = hint
  if (callingCode === undefined) return selected
  const candidates = countriesForCallingCode(callingCode, metadata).filter(isAllowed)
  if (candidates.length === 0) return selected
  const sameCode = selected !== undefined && callingCodeOf(selected, metadata) === callingCode
  if (sameCode) {
    const decided = hint.validCountry
    if (decided === undefined || decided === selected || hint.e164 === undefined) return selected
    if (numberFitsCountry(hint.e164, selected, metadata)) return selected
    return isAllowed(decided) ? decided : selected
  }
  const preferred = [hint.validCountry, hint.guess].find((code) => code !== undefined && candidates.includes(code))
  return preferred ?? candidates[0]
}

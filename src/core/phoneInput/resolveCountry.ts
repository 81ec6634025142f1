import { Metadata, PhoneNumber } from 'libphonenumber-js/core'
import type { NumberingPlan } from 'libphonenumber-js/core'
import type { CountryCode, PhoneMetadata } from './types.js'

// Kept where the formatter-free code (the default country) can take it without libphonenumber-js.
export { allowedBy } from './countries.js'

/** A country's numbering plan, with the two methods libphonenumber-js has but does not type. */
type Plan = NumberingPlan & { callingCode(): string; nationalPrefix(): string | undefined }

/** The numbering plan of a country, or `undefined` when the metadata lacks the country. */
export function numberingPlan(country: CountryCode | undefined, metadata: PhoneMetadata): Plan | undefined {
  if (country === undefined || !(country in metadata.countries)) return undefined
  const plan = new Metadata(metadata)
  plan.selectNumberingPlan(country)
  return plan.numberingPlan as Plan | undefined
}

/** The calling code of a country (`'33'` for `FR`), or `undefined` when the metadata lacks it. */
export function callingCodeOf(country: CountryCode | undefined, metadata: PhoneMetadata): string | undefined {
  const plan = numberingPlan(country, metadata)
  return plan && String(plan.callingCode())
}

/** The countries that share a calling code, main country first (as in the metadata). */
export function countriesForCallingCode(callingCode: string, metadata: PhoneMetadata): CountryCode[] {
  return (metadata.country_calling_codes[callingCode] ?? []).filter((code) => code in metadata.countries)
}


function leadingDigitsMatch(country: CountryCode, nationalNumber: string, metadata: PhoneMetadata): boolean {
  const leading = numberingPlan(country, metadata)?.leadingDigits()
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
  const nationalNumber = String(probe.nationalNumber)
  if (leadingDigitsMatch(country, nationalNumber, metadata)) return true
  const others = countriesForCallingCode(String(probe.countryCallingCode), metadata)
  if (others.some((other) => other !== country && leadingDigitsMatch(other, nationalNumber, metadata))) return false
  probe.country = country
  return probe.isValid()
}

/** What the number says about its country, as read so far. */
export interface NumberCountryHint {
  /** The calling code read from the number (international entry), or the selected country's. */
  callingCode: string | undefined
  /** The number, when it is complete and valid (its country may still be `undefined`: `+800…`). */
  valid: PhoneNumber | undefined
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
  const { callingCode, valid } = hint
  const decided = valid?.country
  if (callingCode === undefined) return selected
  const candidates = countriesForCallingCode(callingCode, metadata).filter(isAllowed)
  if (candidates.length === 0) return selected
  if (callingCodeOf(selected, metadata) === callingCode) {
    // A selected country with a calling code is defined, and a decided country comes from a valid number.
    if (decided === undefined || decided === selected || numberFitsCountry(valid!.number, selected!, metadata)) return selected
    return isAllowed(decided) ? decided : selected
  }
  return [decided, hint.guess].find((code) => code !== undefined && candidates.includes(code)) ?? candidates[0]
}

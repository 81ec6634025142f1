import type { PhoneNumber } from 'libphonenumber-js/core'
import { lengthReason, readPhone, type PhoneReading } from './readPhone.js'
import { allowedBy, callingCodeOf, countriesForCallingCode, numberFitsCountry, resolveCountry, type NumberCountryHint } from './resolveCountry.js'
import type { PhoneAnalysis } from './phoneValue.js'
import type { CountryCode, PhoneInputOptions, PhoneMetadata, PhoneReason } from './types.js'

export { phoneValue, type PhoneAnalysis } from './phoneValue.js'

function hintFor(digits: string, country: CountryCode | undefined, { reader, number }: PhoneReading, metadata: PhoneMetadata): NumberCountryHint {
  const valid = number?.isValid() ? number : undefined
  if (!digits.startsWith('+')) return { callingCode: callingCodeOf(country, metadata), valid, guess: undefined }
  return { callingCode: reader.getCallingCode(), valid, guess: reader.getCountry() }
}

/**
 * Reads the significant characters of a phone field (see `significantChars`)
 * with `selected` as the country of national entry.
 *
 * With `resolve` (the default) the country may change as the number decides:
 * see `resolveCountry`. Without it the selected country stays, as right after
 * the user picked one.
 */
export function analysePhone(
  digits: string,
  selected: CountryCode | undefined,
  options: PhoneInputOptions,
  resolve = true,
): PhoneAnalysis {
  const { metadata, countries } = options
  const isAllowed = allowedBy(countries)
  let reading: PhoneReading | undefined
  let country = selected
  try {
    reading = readPhone(digits, selected, metadata)
    if (resolve) country = resolveCountry(selected, hintFor(digits, selected, reading, metadata), metadata, isAllowed)
  } catch {
    reading = undefined
  }
  const parsed = reading?.number
  const number = parsed && isE164Shaped(parsed.number) ? String(parsed.number) : undefined
  const refused = (reason: PhoneReason): PhoneAnalysis => ({ country, number, isPossible: false, isValid: false, reason })
  if (digits === '') return refused('NOT_A_NUMBER')
  // A length the country uses, and still no number: the number plan refuses it.
  if (!reading || !parsed || number === undefined) return refused((reading && lengthReason(reading, digits)) ?? 'INVALID')
  if (countries && !inAllowedCountry(parsed, country, isAllowed, metadata)) return refused('INVALID_COUNTRY')
  const isPossible = parsed.isPossible()
  const isValid = isPossible && parsed.isValid()
  const reason = isValid ? undefined : isPossible ? 'INVALID' : (lengthReason(reading, digits) ?? 'INVALID')
  return { country, number, isPossible, isValid, reason }
}

// A number belongs to the allow-list when its own country is allowed, or when
// the allowed country shown shares its calling code and the number fits it.
function inAllowedCountry(parsed: PhoneNumber, shown: CountryCode | undefined, isAllowed: (country: CountryCode) => boolean, metadata: PhoneMetadata): boolean {
  const code = String(parsed.countryCallingCode)
  if (parsed.country === undefined) return countriesForCallingCode(code, metadata).some(isAllowed)
  if (isAllowed(parsed.country)) return true
  return shown !== undefined && isAllowed(shown) && callingCodeOf(shown, metadata) === code && numberFitsCountry(parsed.number, shown, metadata)
}

function isE164Shaped(value: string): boolean {
  return /^\+[1-9][0-9]{1,14}$/.test(value)
}

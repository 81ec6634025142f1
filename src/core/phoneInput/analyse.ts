import type { PhoneNumber } from 'libphonenumber-js/core'
import { isE164 } from '../phone.js'
import { lengthReason, readPhone, type PhoneReading } from './readPhone.js'
import { allowedBy, callingCodeOf, countriesForCallingCode, numberFitsCountry, resolveCountry, type NumberCountryHint } from './resolveCountry.js'
import type { CountryCode, PhoneInputOptions, PhoneMetadata, PhoneReason, PhoneValidation } from './types.js'

/** What the significant characters of a phone field amount to. */
export interface PhoneAnalysis {
  /** The country to show: the selected one, or the one the number decided. */
  country: CountryCode | undefined
  /** The E.164 form of the number entered, complete or not (`undefined` when nothing can be read). */
  number: string | undefined
  /** The number has a possible length for its country (and that country is allowed). */
  isPossible: boolean
  /** The number matches its country's number plan (and that country is allowed). */
  isValid: boolean
  /** Why the number is not valid; `undefined` when it is. */
  reason: PhoneReason | undefined
}

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

/**
 * The value a phone field reports: the E.164 number when it passes the
 * validation level (`'possible'` by default), else `undefined`. A number too
 * short for the kit's E.164 check is `undefined` too, so a value can always be
 * sent.
 */
export function phoneValue(analysis: PhoneAnalysis, validation: PhoneValidation = 'possible'): string | undefined {
  const passes = validation === 'valid' ? analysis.isValid : analysis.isPossible
  return passes && isE164(analysis.number) ? analysis.number : undefined
}

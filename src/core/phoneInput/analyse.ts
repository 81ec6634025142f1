import { AsYouType, Metadata, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/core'
import type { PhoneNumber } from 'libphonenumber-js/core'
import { isE164 } from '../phone.js'
import { callingCodeOf, countriesForCallingCode, numberFitsCountry, resolveCountry, type NumberCountryHint } from './resolveCountry.js'
import type { CountryCode, PhoneInputOptions, PhoneReason, PhoneValidation } from './types.js'

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

function lengthReason(digits: string, country: CountryCode | undefined, options: PhoneInputOptions): PhoneReason {
  const result = validatePhoneNumberLength(digits, { defaultCountry: country }, options.metadata)
  switch (result) {
    case 'TOO_SHORT':
    case 'TOO_LONG':
    case 'INVALID_COUNTRY':
    case 'NOT_A_NUMBER':
      return result
    case 'INVALID_LENGTH':
    case undefined:
      return 'INVALID'
    default:
      return result satisfies never
  }
}

function hintFor(digits: string, country: CountryCode | undefined, parsed: PhoneNumber | undefined, options: PhoneInputOptions): NumberCountryHint {
  const valid = parsed?.isValid() ? parsed : undefined
  if (!digits.startsWith('+')) {
    return { callingCode: callingCodeOf(country, options.metadata), validCountry: valid?.country, e164: valid?.number, guess: undefined }
  }
  const typing = new AsYouType(country, options.metadata)
  typing.input(digits)
  return { callingCode: typing.getCallingCode(), validCountry: valid?.country, e164: valid?.number, guess: typing.getCountry() }
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
  const allowed = countries ? new Set(countries) : undefined
  const isAllowed = (code: CountryCode) => (allowed ? allowed.has(code) : true)
  let parsed: PhoneNumber | undefined
  let country = selected
  try {
    parsed = digits === '' ? undefined : parsePhoneNumberFromString(digits, { defaultCountry: selected }, metadata)
    if (resolve) country = resolveCountry(selected, hintFor(digits, selected, parsed, options), metadata, isAllowed)
  } catch {
    parsed = undefined
  }
  const number = parsed && isE164Shaped(parsed.number) ? String(parsed.number) : undefined
  if (digits === '' || parsed === undefined || number === undefined) {
    const reason = digits === '' ? 'NOT_A_NUMBER' : lengthReason(digits, selected, options)
    return { country, number, isPossible: false, isValid: false, reason }
  }
  if (allowed && !inAllowedCountry(parsed, country, allowed, options)) {
    return { country, number, isPossible: false, isValid: false, reason: 'INVALID_COUNTRY' }
  }
  const isValid = parsed.isPossible() && parsed.isValid()
  const trunk = isValid ? '' : keptTrunkPrefix(digits, parsed, selected, options)
  const isPossible = trunk === '' && parsed.isPossible()
  const reason = isValid ? undefined : isPossible ? 'INVALID' : lengthReason(digits.slice(trunk.length), selected, options)
  return { country, number, isPossible, isValid, reason }
}

// libphonenumber keeps a typed trunk prefix as a digit of the number when
// removing it would leave too few digits, so "06 12 34 56 7" in France reads as
// a possible +33 061234567. Typed nationally, that is a number one digit short.
function keptTrunkPrefix(digits: string, parsed: PhoneNumber, country: CountryCode | undefined, options: PhoneInputOptions): string {
  if (digits.startsWith('+') || country === undefined || !(country in options.metadata.countries)) return ''
  const plan = new Metadata(options.metadata)
  plan.selectNumberingPlan(country)
  const prefix = (plan.numberingPlan as unknown as { nationalPrefix(): string | undefined } | undefined)?.nationalPrefix()
  return prefix && digits.startsWith(prefix) && String(parsed.nationalNumber).startsWith(prefix) ? prefix : ''
}

// A number belongs to the allow-list when its own country is allowed, or when
// the allowed country shown shares its calling code and the number fits it.
function inAllowedCountry(parsed: PhoneNumber, shown: CountryCode | undefined, allowed: ReadonlySet<CountryCode>, options: PhoneInputOptions): boolean {
  const code = String(parsed.countryCallingCode)
  if (parsed.country === undefined) return countriesForCallingCode(code, options.metadata).some((country) => allowed.has(country))
  if (allowed.has(parsed.country)) return true
  return shown !== undefined && allowed.has(shown) && callingCodeOf(shown, options.metadata) === code && numberFitsCountry(parsed.number, shown, options.metadata)
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

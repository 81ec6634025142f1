import { AsYouType, PhoneNumber } from 'libphonenumber-js/core'
import { countriesForCallingCode } from './resolveCountry.js'
import type { CountryCode, PhoneMetadata, PhoneReason } from './types.js'

/** What significant characters amount to, as libphonenumber-js reads them. */
export interface PhoneReading {
  /** The as-you-type reader that read the digits: calling code, country guess, length check. */
  reader: AsYouType
  /** The number read, complete or not; `undefined` while no number can be read. */
  number: PhoneNumber | undefined
}

/**
 * Reads significant characters (digits, maybe a leading `+`) with
 * libphonenumber-js's as-you-type reader, national digits in `country`.
 *
 * The kit reads every number this way, the formatting and the checks alike,
 * and never with `parsePhoneNumber`: leaving the parser out of the bundle
 * saves about 3 kB gzip. The reader gives the parser's number, validity and
 * country for every valid number (a test compares them for every example
 * number). Where the two differ, the reader is the one the kit wants: it
 * drops a trunk prefix even before the number is complete (`05012` in the
 * Emirates is `+971 5012`, not `+971 05012`), and after a calling code
 * (`+44 (0)20…`).
 *
 * One case is taken from the parser: when dropping a trunk prefix leaves an
 * invalid number but keeping it as a digit gives a valid one (`8 0412 184`
 * could be Lithuania's `+370 8041 2184`), the valid one is read.
 */
export function readPhone(digits: string, country: CountryCode | undefined, metadata: PhoneMetadata): PhoneReading {
  const reader = new AsYouType(country, metadata)
  reader.input(digits)
  const number = reader.getNumber()
  if (!number || number.isValid() || (!digits.startsWith('+') && reader.isInternational())) return { reader, number }
  const e164 = digits.startsWith('+') ? digits : `+${number.countryCallingCode}${digits}`
  if (e164 !== number.number) {
    const kept = new PhoneNumber(e164 as PhoneNumber['number'], metadata)
    for (const candidate of countriesForCallingCode(String(kept.countryCallingCode), metadata)) {
      kept.country = candidate
      if (kept.isValid()) return { reader, number: kept }
    }
  }
  return { reader, number }
}

/**
 * Why the digits read do not make a possible number, or `undefined` when
 * they do. A `+` followed by one or two digits is a calling code still being
 * typed, so it is `TOO_SHORT` rather than `INVALID_COUNTRY`; a length the
 * country never uses between its shortest and longest is `INVALID_LENGTH`
 * (eight digits in Turkey, which has seven and ten).
 */
export function lengthReason({ reader }: PhoneReading, digits: string): PhoneReason | undefined {
  const result = reader.validateLength()
  switch (result) {
    case 'INVALID_COUNTRY':
      return digits.startsWith('+') && digits.length <= 3 ? 'TOO_SHORT' : result
    default:
      return result
  }
}

import { describe, expect, it } from 'vitest'
import min from 'libphonenumber-js/min/metadata'
import examples from 'libphonenumber-js/mobile/examples'
import { getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/core'
import { lengthReason, readPhone } from '../../../src/core/phoneInput/readPhone.js'
import type { CountryCode } from '../../../src/core/phoneInput/types.js'

const digitsOf = (text: string) => text.replace(/[^0-9+]/g, '')
const countries = Object.keys(examples) as CountryCode[]
const cases = countries.map((country) => {
  const example = getExampleNumber(country, examples, min)
  if (!example) throw new Error(`no example for ${country}`)
  return { country, national: digitsOf(example.formatNational()), e164: String(example.number) }
})

describe('readPhone', () => {
  it.each(cases)('$country: the national digits $national read as $e164, valid', ({ country, national, e164 }) => {
    const number = readPhone(national, country, min).number
    expect(number?.number).toBe(e164)
    expect(number?.isValid()).toBe(true)
  })

  it.each([
    ['+4402079460958', 'US', '+442079460958', 'a trunk prefix after the calling code, as in +44 (0)20'],
    ['0033612345678', 'FR', '+33612345678', "France's international call prefix"],
    ['01144 2079460958', 'US', '+442079460958', "the United States' international call prefix"],
    ['0612345678', 'FR', '+33612345678', 'a national number with its trunk prefix'],
    ['05012', 'AE', '+9715012', 'a trunk prefix typed before the number is complete'],
    ['80412184', 'LT', '+37080412184', 'a trunk prefix kept as a digit when only that gives a valid number'],
  ])('reads %s (%s) as %s: %s', (digits, country, e164) => {
    expect(readPhone(digitsOf(digits), country as CountryCode, min).number?.number).toBe(e164)
  })

  it.each(cases)('$country: gives what the parser gives for the national and the international form', ({ country, national, e164 }) => {
    for (const digits of [national, e164]) {
      const parsed = parsePhoneNumberFromString(digits, { defaultCountry: country }, min)
      const read = readPhone(digits, country, min).number
      expect({ number: read?.number, possible: read?.isPossible(), valid: read?.isValid(), country: read?.country }).toEqual({
        number: parsed?.number,
        possible: parsed?.isPossible(),
        valid: parsed?.isValid(),
        country: parsed?.country,
      })
    }
  })
})

describe('lengthReason', () => {
  it.each<[string, CountryCode | undefined, ReturnType<typeof lengthReason>]>([
    ['', 'FR', 'NOT_A_NUMBER'],
    ['+2', undefined, 'TOO_SHORT'],
    ['+24', undefined, 'TOO_SHORT'],
    ['+999', undefined, 'INVALID_COUNTRY'],
    ['+999123456', 'FR', 'INVALID_COUNTRY'],
    ['+336', undefined, 'TOO_SHORT'],
    ['06123', 'FR', 'TOO_SHORT'],
    ['+33612345678', undefined, undefined],
    ['0612345678', 'FR', undefined],
    ['+3361234567890', undefined, 'TOO_LONG'],
    ['041234567899', 'AU', 'INVALID_LENGTH'],
    ['44414444', 'TR', 'INVALID_LENGTH'],
  ])('%j in %s is %s', (digits, country, reason) => {
    expect(lengthReason(readPhone(digits, country, min), digits)).toBe(reason)
  })
})

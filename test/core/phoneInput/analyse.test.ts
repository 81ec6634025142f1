import { describe, expect, it } from 'vitest'
import min from 'libphonenumber-js/min/metadata'
import { analysePhone, phoneValue } from '../../../src/core/phoneInput/analyse.js'
import type { CountryCode } from '../../../src/core/phoneInput/types.js'

const options = { metadata: min }

describe('analysePhone', () => {
  it.each([
    ['', 'FR', 'NOT_A_NUMBER'],
    ['+', 'FR', 'NOT_A_NUMBER'],
    ['06', 'FR', 'TOO_SHORT'],
    ['061234567', 'FR', 'TOO_SHORT'],
    ['0612345678', 'FR', undefined],
    // A trunk prefix after the calling code does not count, as in `+44 (0)20…`: a digit short.
    ['+33061234567', 'FR', 'TOO_SHORT'],
    // A calling code still being typed.
    ['+2', 'FR', 'TOO_SHORT'],
    ['80412184', 'LT', undefined],
    ['061234567890', 'FR', 'TOO_LONG'],
    ['+999123456', 'FR', 'INVALID_COUNTRY'],
    ['5555555555', 'US', 'INVALID'],
    // Seven or ten digits in Turkey, never eight.
    ['44414444', 'TR', 'INVALID_LENGTH'],
    ['041234567899', 'AU', 'INVALID_LENGTH'],
  ] as const)('gives %j in %s the reason %s', (digits, country, reason) => {
    expect(analysePhone(digits, country as CountryCode, options).reason).toBe(reason)
  })

  it('says a number of a plausible length that the plan does not assign is possible but not valid', () => {
    const analysis = analysePhone('5555555555', 'US', options)
    expect(analysis).toMatchObject({ isPossible: true, isValid: false, number: '+15555555555' })
  })

  it('refuses a number whose country is outside the allow-list', () => {
    const analysis = analysePhone('+442079460958', 'FR', { metadata: min, countries: ['FR', 'DE'] })
    expect(analysis.reason).toBe('INVALID_COUNTRY')
    expect(analysis.country).toBe('FR')
    expect(phoneValue(analysis)).toBeUndefined()
  })

  it('accepts a number of an allowed country that shares its calling code with others', () => {
    const analysis = analysePhone('+14165550123', 'CA', { metadata: min, countries: ['CA'] })
    expect(analysis.reason).toBeUndefined()
    expect(phoneValue(analysis)).toBe('+14165550123')
  })

  it('refuses a number that belongs to a country left out of the allow-list, even with its calling code allowed', () => {
    const analysis = analysePhone('+77011234567', 'RU', { metadata: min, countries: ['RU'] })
    expect(analysis.reason).toBe('INVALID_COUNTRY')
  })
})

describe('phoneValue', () => {
  it.each([
    ['possible', '5555555555', 'US', '+15555555555'],
    ['valid', '5555555555', 'US', undefined],
    ['valid', '4155552671', 'US', '+14155552671'],
    ['possible', '06123', 'FR', undefined],
    ['possible', '061234567', 'FR', undefined],
    ['possible', '44414444', 'TR', undefined],
  ] as const)('with validation %s, %s in %s gives %s', (validation, digits, country, value) => {
    expect(phoneValue(analysePhone(digits, country as CountryCode, options), validation)).toBe(value)
  })
})

import { describe, expect, it } from 'vitest'
import min from 'libphonenumber-js/min/metadata'
import examples from 'libphonenumber-js/mobile/examples'
import { getExampleNumber } from 'libphonenumber-js/core'
import { phoneValue } from '../../../src/core/phoneInput/analyse.js'
import type { CountryCode } from '../../../src/core/phoneInput/types.js'
import { emptyField, replaceAll, typeChars } from './simulate.js'

// The same edit path the component runs, one input event per typed
// character, for every country with an example mobile number.
const options = { metadata: min }
const countries = Object.keys(examples) as CountryCode[]

const cases = countries.map((country) => {
  const example = getExampleNumber(country, examples, min)
  if (!example) throw new Error(`no example for ${country}`)
  return { country, national: example.formatNational(), international: example.formatInternational(), e164: String(example.number) }
})

describe('every country with an example mobile number', () => {
  it('has examples for more than 240 countries', () => {
    expect(cases.length).toBeGreaterThan(240)
  })

  it.each(cases)('$country: typing $national gives $e164', ({ country, national, e164 }) => {
    const field = typeChars(emptyField(country, options), national, options)
    expect(phoneValue(field.analysis, 'valid')).toBe(e164)
    expect(field.caret).toBe(field.text.length)
  })

  it.each(cases)('$country: pasting $international gives $e164', ({ country, international, e164 }) => {
    const field = replaceAll(emptyField(country, options), international, options)
    expect(phoneValue(field.analysis, 'valid')).toBe(e164)
  })
})

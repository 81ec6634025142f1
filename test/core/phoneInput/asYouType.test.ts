import { describe, expect, it } from 'vitest'
import min from 'libphonenumber-js/min/metadata'
import examples from 'libphonenumber-js/mobile/examples'
import { AsYouType, getExampleNumber } from 'libphonenumber-js/core'
import type { CountryCode } from '../../../src/core/phoneInput/types.js'
import { significantChars } from '../../../src/core/phoneInput/format.js'
import { phoneValue } from '../../../src/core/phoneInput/analyse.js'
import { emptyField, insert } from './simulate.js'

// Formatting digit by digit agrees with libphonenumber-js's AsYouType typed
// one digit at a time, at every step, for every country's example mobile
// number, typed nationally with its trunk prefix and internationally. Typed
// without the trunk prefix, it agrees wherever AsYouType formats; where
// AsYouType leaves the digits bare because the country's format wants the
// prefix (`612345678` in France), the field groups them as the national
// format does, without the prefix (a documented deviation).

const options = { metadata: min }

/** What AsYouType shows after each character, typed one at a time. */
function referenceSteps(country: CountryCode, typed: string): string[] {
  const reference = new AsYouType(country, min)
  return [...typed].map((char) => reference.input(char))
}

/** What the field shows after each character, typed one at a time. */
function fieldSteps(country: CountryCode, typed: string) {
  let field = emptyField(country, options)
  return [...typed].map((char) => (field = insert(field, char, options)))
}

const cases = (Object.keys(examples) as CountryCode[]).flatMap((country) => {
  const example = getExampleNumber(country, examples, min)!
  const national = example.formatNational().replace(/\D/g, '')
  return [
    { country, form: 'national', typed: national },
    { country, form: 'international', typed: `+${example.countryCallingCode}${example.nationalNumber}` },
  ]
})

describe('formatting as you type agrees with AsYouType', () => {
  it.each(cases)('$country, $form: $typed', ({ country, typed }) => {
    const expected = referenceSteps(country, typed)
    const shown = fieldSteps(country, typed).map((field) => field.text)
    expect(shown).toEqual(expected)
  })
})

/** The national format without the digits before the national number (`06 12…` gives `6 12…`, `(025) 1…` gives `(25) 1…`). */
function nationalWithoutPrefix(national: string, nationalNumber: string): string {
  let drop = significantChars(national).length - nationalNumber.length
  let text = ''
  for (const char of national) {
    if (drop > 0 && /\d/.test(char)) drop--
    else text += char
  }
  return text.replace(/^[^\d(]+/, '')
}

describe('national numbers typed without their trunk prefix', () => {
  const withoutPrefix = (Object.keys(examples) as CountryCode[]).map((country) => {
    const example = getExampleNumber(country, examples, min)!
    return { country, typed: String(example.nationalNumber), national: example.formatNational(), e164: String(example.number) }
  })

  it.each(withoutPrefix)('$country: $typed agrees with AsYouType where it formats, else is grouped as $national', ({ country, typed, national, e164 }) => {
    const expected = referenceSteps(country, typed)
    const fields = fieldSteps(country, typed)
    fields.forEach((field, step) => {
      if (/\D/.test(expected[step]!)) expect(field.text).toBe(expected[step])
      else expect(significantChars(field.text)).toBe(typed.slice(0, step + 1))
    })
    const last = fields.at(-1)!
    // Where the national format is the trunk prefix and this number, and AsYouType leaves it bare.
    const prefixed = significantChars(national).endsWith(typed) && significantChars(national) !== typed
    if (prefixed && !/\D/.test(expected.at(-1)!)) expect(last.text).toBe(nationalWithoutPrefix(national, typed))
    expect(phoneValue(last.analysis, 'valid')).toBe(e164)
  })

  it('formats 612345678 in France as 6 12 34 56 78, the number of 06 12 34 56 78', () => {
    const field = fieldSteps('FR', '612345678').at(-1)!
    expect(field.text).toBe('6 12 34 56 78')
    expect(phoneValue(field.analysis)).toBe('+33612345678')
  })
})

import { describe, expect, it } from 'vitest'
import min from 'libphonenumber-js/min/metadata'
import { phoneValue } from '../../../src/core/phoneInput/analyse.js'
import { selectPhoneCountry, type PhoneEditResult } from '../../../src/core/phoneInput/edit.js'
import type { CountryCode, PhoneInputOptions } from '../../../src/core/phoneInput/types.js'
import { backspace, emptyField, insert, typeChars } from './simulate.js'

// The field's own country (the one picked, else the one it started in) wins
// for a shared calling code until the digits prove it wrong, and comes back
// when they no longer do, or when the field is cleared.

const options: PhoneInputOptions = { metadata: min }

function clear(field: PhoneEditResult): PhoneEditResult {
  return insert(field, '', options, 'deleteContentBackward', 0, field.text.length)
}

describe('a country the number chose gives way to the field’s own', () => {
  it.each([
    // [own country, typed, country after each step that differs from the own one]
    ['US', '31073850', 'US', '+131073850'],
    ['US', '3107385', 'CA', '+13107385'], // a number only Canada assigns
    ['US', '4165550123', 'CA', '+14165550123'],
    ['CA', '4155552671', 'US', '+14155552671'],
    ['CA', '41555526', 'CA', '+141555526'],
    ['RU', '87011234567', 'KZ', '+77011234567'],
    ['KZ', '89123456789', 'RU', '+79123456789'],
    ['GB', '07797123456', 'JE', '+447797123456'],
    ['GB', '0779712345', 'GB', '+44779712345'],
    ['US', '+1310738', 'US', '+1310738'],
  ] as const)('in %s, typing %s shows %s and gives %s', (own, typed, shown, e164) => {
    const field = typeChars(emptyField(own, options), typed, options)
    expect(field.state.country).toBe(shown)
    expect(field.analysis.number).toBe(e164)
  })

  it('goes back to the field’s own country when a digit is deleted', () => {
    const canadian = typeChars(emptyField('US', options), '4165550123', options)
    expect(canadian.state.country).toBe('CA')
    expect(backspace(canadian, options).state.country).toBe('US')
  })

  it('holds a picked country in the same way, whatever the field started in', () => {
    const picked = selectPhoneCountry(emptyField('FR', options).state, 'US', options)
    const field = typeChars(picked, '31073850', options)
    expect(field.state).toMatchObject({ country: 'US', anchor: 'US' })
  })
})

describe('clearing the field', () => {
  it.each([
    // [started in, picked (or none), typed, country before clearing]
    ['US', undefined, '+78005553535', 'RU'],
    ['US', 'DE', '+78005553535', 'RU'],
    ['FR', undefined, '+442079460958', 'GB'],
    ['US', undefined, '4165550123', 'CA'],
    ['FR', 'BE', '0033612345678', 'FR'],
  ] as const)('from %s (picked: %s) after %s in %s goes back to the last country picked, else the start', (start, picked, typed, before) => {
    let field = emptyField(start as CountryCode, options)
    if (picked) field = selectPhoneCountry(field.state, picked, options)
    field = typeChars(field, typed, options)
    expect(field.state.country).toBe(before)
    const cleared = clear(field)
    expect(cleared.text).toBe('')
    expect(cleared.state.country).toBe(picked ?? start)
    expect(phoneValue(cleared.analysis)).toBeUndefined()
  })

  it('goes back when only the plus sign is left', () => {
    const field = typeChars(emptyField('US', options), '+7800', options)
    const left = insert(field, '', options, 'deleteContentBackward', 1, field.text.length)
    expect(left.state).toMatchObject({ digits: '+', country: 'US' })
  })
})

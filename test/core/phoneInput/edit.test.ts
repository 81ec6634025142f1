import { describe, expect, it } from 'vitest'
import min from 'libphonenumber-js/min/metadata'
import { phoneValue } from '../../../src/core/phoneInput/analyse.js'
import { internationalPrefixLength, phoneStateFromValue, selectPhoneCountry } from '../../../src/core/phoneInput/edit.js'
import type { CountryCode, PhoneInputOptions } from '../../../src/core/phoneInput/types.js'
import { backspace, deleteForward, emptyField, insert, replaceAll, typeChars } from './simulate.js'

const options: PhoneInputOptions = { metadata: min }

describe('typing', () => {
  it.each([
    ['FR', '0612345678', '06 12 34 56 78', '+33612345678'],
    ['US', '4155552671', '(415) 555-2671', '+14155552671'],
    ['GB', '07400123456', '07400 123456', '+447400123456'],
    ['DE', '015123456789', '01512 3456789', '+4915123456789'],
    ['FR', '+33612345678', '+33 6 12 34 56 78', '+33612345678'],
  ] as const)('in %s, typing %s shows %j and gives %s', (country, typed, shown, e164) => {
    const field = typeChars(emptyField(country, options), typed, options)
    expect(field.text).toBe(shown)
    expect(field.caret).toBe(shown.length)
    expect(phoneValue(field.analysis)).toBe(e164)
  })

  it('gives the same number without the trunk prefix', () => {
    const field = typeChars(emptyField('FR', options), '612345678', options)
    expect(phoneValue(field.analysis)).toBe('+33612345678')
  })

  it('ignores letters and a later plus sign', () => {
    const field = typeChars(emptyField('FR', options), '06a+12', options)
    expect(field.state.digits).toBe('0612')
  })

  it('has no value while the number is too short', () => {
    const field = typeChars(emptyField('FR', options), '06123', options)
    expect(phoneValue(field.analysis)).toBeUndefined()
    expect(field.analysis.reason).toBe('TOO_SHORT')
  })

  it('keeps the caret after a digit typed in the middle', () => {
    const field = typeChars(emptyField('FR', options), '06123456', options)
    expect(field.text).toBe('06 12 34 56')
    const edited = insert(field, '9', options, 'insertText', 4) // between "1" and "2"
    expect(edited.text).toBe('06 19 23 45 6')
    expect(edited.text.slice(0, edited.caret)).toBe('06 19')
  })

  it('keeps the caret after a digit typed at the start', () => {
    const field = typeChars(emptyField('FR', options), '612345678', options)
    const edited = insert(field, '0', options, 'insertText', 0)
    expect(edited.text).toBe('06 12 34 56 78')
    expect(edited.caret).toBe(1)
  })

  it('turns an international call prefix into a plus sign as it is typed', () => {
    const field = typeChars(emptyField('US', options), '01144207946', options)
    expect(field.text).toBe('+44 20 7946')
    expect(field.state.country).toBe('GB')
  })

  it('reads a French 00 prefix as international too', () => {
    const field = typeChars(emptyField('FR', options), '0033612345678', options)
    expect(phoneValue(field.analysis)).toBe('+33612345678')
    expect(field.text).toBe('+33 6 12 34 56 78')
  })
})

describe('deleting', () => {
  const filled = () => typeChars(emptyField('FR', options), '0612345678', options)

  it('Backspace over a space deletes the digit before it', () => {
    const field = filled() // "06 12 34 56 78"
    const edited = backspace(field, options, 3) // caret after the first space
    expect(edited.state.digits).toBe('012345678')
    expect(edited.text.slice(0, edited.caret)).toBe('0')
  })

  it('Delete before a space deletes the digit after it', () => {
    const field = filled()
    const edited = deleteForward(field, options, 2) // caret before the first space
    expect(edited.state.digits).toBe('062345678')
    expect(edited.caret).toBe(2)
  })

  it('Backspace after a digit in the middle keeps the caret before the next digit', () => {
    const field = filled()
    const edited = backspace(field, options, 8) // after the "4" of "06 12 34"
    expect(edited.state.digits).toBe('061235678')
    expect(edited.text.slice(edited.caret).replace(/\D/g, '')).toBe('5678')
  })

  it('deleting a selected space leaves the digits alone', () => {
    const field = filled()
    const edited = insert(field, '', options, 'deleteContentBackward', 2, 3)
    expect(edited.state.digits).toBe('0612345678')
  })

  it('Backspace over a bracket in a US number deletes the digit before it', () => {
    const field = typeChars(emptyField('US', options), '4155552671', options) // "(415) 555-2671"
    const edited = backspace(field, options, 5) // after ")"
    expect(edited.state.digits).toBe('415552671')
  })
})

describe('pasting and autofill', () => {
  it.each([
    ['FR', '+33 6 12 34 56 78', '+33612345678', 'FR'],
    ['US', '+33 6 12 34 56 78', '+33612345678', 'FR'],
    ['US', '0033 6 12 34 56 78', '+33612345678', 'FR'],
    ['FR', '0033 6 12 34 56 78', '+33612345678', 'FR'],
    ['FR', '+44 (0)20 7946 0958', '+442079460958', 'GB'],
    ['FR', '+1 (415) 555-2671', '+14155552671', 'US'],
    ['FR', '06 12 34 56 78', '+33612345678', 'FR'],
    ['DE', '+49 (0) 30 123456789', '+4930123456789', 'DE'],
  ] as const)('in %s, %j gives %s and %s', (country, pasted, e164, shown) => {
    for (const inputType of ['insertFromPaste', 'insertReplacementText', undefined]) {
      const field = replaceAll(emptyField(country, options), pasted, options, inputType)
      expect(phoneValue(field.analysis)).toBe(e164)
      expect(field.state.country).toBe(shown)
    }
  })

  it('drops the bracketed trunk prefix of a pasted British number from the display', () => {
    const field = replaceAll(emptyField('FR', options), '+44 (0)20 7946 0958', options)
    expect(field.text).toBe('+44 20 7946 0958')
  })

  it('pasting digits in the middle keeps the caret after the pasted digits', () => {
    const field = typeChars(emptyField('FR', options), '065678', options) // "06 56 78"
    const edited = insert(field, '1234', options, 'insertFromPaste', 2)
    expect(edited.text).toBe('06 12 34 56 78')
    expect(edited.text.slice(0, edited.caret)).toBe('06 12 34')
  })
})

describe('shared calling codes', () => {
  it.each([
    ['CA', '+1 416 555 0123', 'CA'],
    ['CA', '+1 800 555 0123', 'CA'],
    ['CA', '+1 415 555 2671', 'US'],
    ['US', '+1 416 555 0123', 'CA'],
    ['US', '+1 800 555 0123', 'US'],
    ['RU', '+7 701 123 4567', 'KZ'],
    ['RU', '+7 912 345 67 89', 'RU'],
    ['KZ', '+7 912 345 67 89', 'RU'],
    ['KZ', '+7 701 123 4567', 'KZ'],
    ['FR', '+7 701 123 4567', 'KZ'],
    ['FR', '+7 912 345 67 89', 'RU'],
    ['GB', '+44 7797 123456', 'JE'],
    ['JE', '+44 7400 123456', 'GB'],
    ['RU', '8 701 123 4567', 'KZ'],
  ] as const)('with %s selected, typing %s shows %s', (selected, typed, expected) => {
    const field = typeChars(emptyField(selected, options), typed, options)
    expect(field.state.country).toBe(expected)
  })

  it('keeps the selected country while the number is still being typed', () => {
    const field = typeChars(emptyField('CA', options), '+1 212', options)
    expect(field.state.country).toBe('CA')
  })
})

describe('choosing a country', () => {
  it('gives an international number the new calling code', () => {
    const field = replaceAll(emptyField('FR', options), '+33612345678', options)
    const chosen = selectPhoneCountry(field.state, 'DE', options)
    expect(chosen.state).toEqual({ digits: '+49612345678', country: 'DE', anchor: 'DE' })
  })

  it('reads national digits in the new country', () => {
    const field = typeChars(emptyField('FR', options), '0612345678', options)
    const chosen = selectPhoneCountry(field.state, 'BE', options)
    expect(chosen.state).toEqual({ digits: '0612345678', country: 'BE', anchor: 'BE' })
    expect(chosen.analysis.number).toBe('+32612345678')
  })

  it('stands even when the number points to another country with the same code', () => {
    const field = typeChars(emptyField('US', options), '4165550123', options)
    expect(field.state.country).toBe('CA')
    expect(selectPhoneCountry(field.state, 'US', options).state.country).toBe('US')
  })
})

describe('phoneStateFromValue', () => {
  it.each([
    ['+33612345678', 'US', '06 12 34 56 78', 'FR'],
    ['+14165550123', 'US', '(416) 555-0123', 'CA'],
    ['+18005550123', 'CA', '(800) 555-0123', 'CA'],
    ['+442079460958', 'FR', '020 7946 0958', 'GB'],
  ] as const)('shows %s (fallback %s) as %j in %s', (value, fallback, text, country) => {
    const field = phoneStateFromValue(value, fallback, options)
    expect(field.text).toBe(text)
    expect(field.state.country).toBe(country)
    expect(phoneValue(field.analysis)).toBe(value)
  })

  it('starts empty in the fallback country without a value', () => {
    expect(phoneStateFromValue(undefined, 'DE', options).state).toEqual({ digits: '', country: 'DE', anchor: 'DE' })
  })
})

describe('internationalPrefixLength', () => {
  it.each([
    ['0033', 'FR', 2],
    ['00', 'FR', 0],
    ['0044', 'US', 2],
    ['01144', 'US', 3],
    ['81044', 'RU', 3],
    ['0612', 'FR', 0],
    ['+33', 'FR', 0],
    ['0014', 'AU', 2],
    ['001144', 'AU', 4],
  ] as const)('finds a prefix of %s in %s of length %i', (digits, country, length) => {
    expect(internationalPrefixLength(digits, country as CountryCode, min)).toBe(length)
  })
})

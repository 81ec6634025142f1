import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { getCountries, getCountryCallingCode } from 'libphonenumber-js'
import { VerifyPhoneError } from '../../src/core/errors.js'
import {
  MASKED_UNKNOWN_PHONE,
  assertE164,
  isE164,
  maskPhone,
  splitCallingCode,
} from '../../src/core/phone.js'

describe('isE164', () => {
  it.each([
    ['a French mobile', '+33612345678'],
    ['a US number', '+15125555555'],
    ['the shortest form (7 digits in all)', '+1234567'],
    ['the longest form (15 digits)', '+123456789012345'],
  ])('accepts %s', (_case, value) => {
    expect(isE164(value)).toBe(true)
  })

  it.each([
    ['an empty string', ''],
    ['no plus sign', '33612345678'],
    ['a leading zero after the plus', '+0612345678'],
    ['too short (6 digits)', '+123456'],
    ['too long (16 digits)', '+1234567890123456'],
    ['spaces', '+33 6 12 34 56 78'],
    ['dashes', '+1-512-555-5555'],
    ['a national number', '0612345678'],
    ['an international prefix', '0033612345678'],
    ['Arabic-Indic digits', '+٣٣٦١٢٣٤٥٦٧٨'],
    ['fullwidth digits', '+３３６１２３４５６７８'],
    ['a trailing newline', '+33612345678\n'],
    ['an extension', '+15125555555;ext=12'],
    ['a number', 33612345678],
    ['null', null],
    ['undefined', undefined],
    ['an object', { phone: '+33612345678' }],
  ])('refuses %s', (_case, value) => {
    expect(isE164(value)).toBe(false)
  })
})

describe('assertE164', () => {
  it('lets an E.164 number through', () => {
    expect(() => assertE164('+33612345678')).not.toThrow()
  })

  it.each([['+33 6 12 34 56 78'], [''], [undefined], [33612345678]])(
    'throws invalidPhone NOT_E164 on the phoneNumber field for %j',
    (value) => {
      let caught: unknown
      try {
        assertE164(value)
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(VerifyPhoneError)
      expect(caught).toMatchObject({ kind: 'invalidPhone', field: 'phoneNumber', reason: 'NOT_E164' })
    },
  )
})

describe('splitCallingCode', () => {
  it.each([
    ['+15125555555', '1', '5125555555'],
    ['+74951234567', '7', '4951234567'],
    ['+33612345678', '33', '612345678'],
    ['+447911123456', '44', '7911123456'],
    ['+4915123456789', '49', '15123456789'],
    ['+8613812345678', '86', '13812345678'],
    ['+971501234567', '971', '501234567'],
    ['+353851234567', '353', '851234567'],
    ['+2348031234567', '234', '8031234567'],
    ['+80012345678', '800', '12345678'],
  ])('splits %s after +%s', (e164, callingCode, nationalNumber) => {
    expect(splitCallingCode(e164)).toEqual({ callingCode, nationalNumber })
  })

  it('finds the calling code of every country the phone metadata knows', () => {
    const wrong = getCountries()
      .map((country) => [country, getCountryCallingCode(country)] as const)
      .filter(([, code]) => splitCallingCode(`+${code}${'5'.repeat(9)}`)?.callingCode !== code)
    expect(wrong).toEqual([])
  })

  it('gives undefined for a value that is not E.164', () => {
    expect(splitCallingCode('06 12 34 56 78')).toBeUndefined()
  })
})

describe('maskPhone', () => {
  it.each([
    ['a French mobile', '+33612345678', undefined, '+33 •••••••78'],
    ['a US number', '+15125555555', undefined, '+1 ••••••••55'],
    ['a UAE mobile', '+971501234567', undefined, '+971 •••••••67'],
    ['a French mobile with 3 digits visible', '+33612345678', 3, '+33 ••••••678'],
    ['a French mobile with 4 digits visible', '+33612345678', 4, '+33 •••••5678'],
    ['a request above 4 digits (clamped to 4)', '+33612345678', 9, '+33 •••••5678'],
    ['a request below 2 digits (clamped to 2)', '+33612345678', 0, '+33 •••••••78'],
    ['a NaN request (default 2)', '+33612345678', Number.NaN, '+33 •••••••78'],
    ['the shortest number (half stays hidden)', '+9711234', 4, '+971 ••34'],
  ])('masks %s', (_case, e164, visible, expected) => {
    expect(maskPhone(e164, visible)).toBe(expected)
  })

  it.each([['06 12 34 56 78'], [''], ['+33 6 12 34 56 78'], ['secret']])(
    'shows nothing of a value that is not E.164: %j',
    (value) => {
      expect(maskPhone(value)).toBe(MASKED_UNKNOWN_PHONE)
      expect(MASKED_UNKNOWN_PHONE).not.toMatch(/[0-9]/)
    },
  )

  it('hides at least half of the national digits at every valid length', () => {
    for (let national = 4; national <= 12; national++) {
      const e164 = `+971${'5'.repeat(national)}`
      const masked = maskPhone(e164, 4)
      expect(masked).toMatch(/^\+971 •+5+$/)
      expect(masked.replace(/^\+971 •+/, '').length).toBeLessThanOrEqual(national / 2)
    }
  })
})

describe('phone module', () => {
  it('does not import libphonenumber-js, so the client and hooks carry no phone metadata', () => {
    const source = readFileSync(new URL('../../src/core/phone.ts', import.meta.url), 'utf8')
    expect(source).not.toMatch(/from\s+['"]libphonenumber-js/)
    expect(source).not.toMatch(/import\(\s*['"]libphonenumber-js/)
  })
})

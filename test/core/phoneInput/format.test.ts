import { describe, expect, it } from 'vitest'
import min from 'libphonenumber-js/min/metadata'
import { caretAfterSignificant, countSignificant, formatPhoneText, MAX_SIGNIFICANT, significantChars } from '../../../src/core/phoneInput/format.js'

describe('significantChars', () => {
  it.each([
    ['06 12 34 56 78', '0612345678'],
    ['+33 (0)6 12', '+330612'],
    ['tel: +1 (415) 555-2671', '+14155552671'],
    ['0033 6 12 34', '003361234'],
    ['12+34', '1234'],
    ['++33', '+33'],
    ['＋３３ ６', '+336'],
    ['٠٦١٢', '0612'],
    ['۰۶', '06'],
    ['abc', ''],
    ['', ''],
  ])('reads %j as %j', (text, expected) => {
    expect(significantChars(text)).toBe(expected)
  })

  it('keeps at most MAX_SIGNIFICANT characters of a pasted paragraph', () => {
    expect(significantChars('9'.repeat(100))).toHaveLength(MAX_SIGNIFICANT)
  })
})

describe('caret maths', () => {
  it.each([
    ['06 12 34', 0, 0],
    ['06 12 34', 2, 2],
    ['06 12 34', 3, 2],
    ['06 12 34', 4, 3],
    ['+33 6', 3, 3],
    ['(415) 555', 1, 0],
    ['(415) 555', 5, 3],
  ])('counts the significant characters before %j[%i] as %i', (text, end, count) => {
    expect(countSignificant(text, end)).toBe(count)
  })

  it.each([
    ['06 12 34', 0, 0],
    ['06 12 34', 2, 2],
    ['06 12 34', 3, 4],
    ['(415) 555', 3, 4],
    ['(415) 555', 4, 7],
    ['06 12', 99, 5],
  ])('puts the caret in %j after %i significant characters at %i', (text, count, caret) => {
    expect(caretAfterSignificant(text, count)).toBe(caret)
  })
})

describe('formatPhoneText', () => {
  it.each([
    ['0612345678', 'FR', '06 12 34 56 78'],
    // Without the trunk prefix France's format requires: grouped as with it.
    ['612345678', 'FR', '6 12 34 56 78'],
    // Typed one digit at a time, AsYouType formats Argentina's 011 15… early.
    ['01115234', 'AR', '011 1523-4'],
    ['+33612345678', 'FR', '+33 6 12 34 56 78'],
    ['+33612345678', 'US', '+33 6 12 34 56 78'],
    ['4155552671', 'US', '(415) 555-2671'],
    ['+14155552671', 'FR', '+1 415 555 2671'],
    ['', 'FR', ''],
  ] as const)('formats %j in %s as %j', (digits, country, expected) => {
    expect(formatPhoneText(digits, country, min)).toBe(expected)
  })
})

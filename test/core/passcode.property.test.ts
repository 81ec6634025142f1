import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { extractPasscode, normalizePasscode, toAsciiDigits } from '../../src/core/passcode.js'

const RUNS = { numRuns: 1_000 }

const codeLength = fc.integer({ min: 4, max: 8 })

/** Any text, astral characters and lone surrogates included. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 60 }))

/** An ASCII code of the given length, leading zeros allowed. */
const codeOf = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length })

/** A code with its length. */
const lengthAndCode = codeLength.chain((length) => fc.tuple(fc.constant(length), codeOf(length)))

const appName = fc.stringMatching(/^[A-Z][A-Za-z]{0,11}(?: [A-Z][A-Za-z]{0,9})?$/)

// Shapes of SMS that verification services send, with {app} and {otp} to fill.
const TEMPLATES = [
  '{otp} is your {app} verification code.',
  'Your {app} verification code is: {otp}',
  '{app}: {otp} is your code. Don\'t share it. Ref 77',
  'Your code is {otp}.\n\n@example.com #{otp}',
  '<#> {app}: your code is {otp}\nFA+9qCX9VSu',
  'G-{otp} is your {app} verification code.',
  'Use {otp} to verify your phone on {app}. It expires in 5 minutes.',
  '[{app}] Verification code: {otp}. Valid for 10 min.',
  '{app}\nCode: {otp}\nDo not share this code with anyone.',
  'رمز التحقق الخاص بك في {app} هو {otp}',
  'Ваш код подтверждения {app}: {otp}',
  '您的{app}验证码是{otp}，5分钟内有效。',
]

const template = fc.constantFrom(...TEMPLATES)

const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10, 0x1d7ce, 0x1d7f6]

function fill(text: string, app: string, code: string): string {
  return text.split('{app}').join(app).split('{otp}').join(code)
}

function inScript(zero: number, ascii: string): string {
  return [...ascii].map((digit) => String.fromCodePoint(zero + Number(digit))).join('')
}

describe('normalizePasscode on arbitrary input', () => {
  it('never throws and gives ASCII digits no longer than the code length', () => {
    fc.assert(
      fc.property(anyText, codeLength, (text, length) => {
        const code = normalizePasscode(text, length)
        expect(code).toMatch(/^[0-9]*$/)
        expect(code.length).toBeLessThanOrEqual(length)
      }),
      RUNS,
    )
  })

  it('returns its own output unchanged', () => {
    fc.assert(
      fc.property(anyText, codeLength, (text, length) => {
        const once = normalizePasscode(text, length)
        expect(normalizePasscode(once, length)).toBe(once)
      }),
      RUNS,
    )
  })

  it('keeps every digit of a short text without letters, in order', () => {
    const digitsAndNoise = fc.string({ unit: fc.constantFrom(...'0123456789 -.()+/#*'), maxLength: 12 })
    fc.assert(
      fc.property(digitsAndNoise, (text) => {
        const digits = text.replace(/[^0-9]/g, '')
        expect(normalizePasscode(text, 8)).toBe(digits.slice(0, 8))
      }),
      RUNS,
    )
  })
})

describe('codes inside SMS', () => {
  it('recovers the code from typical SMS templates', () => {
    fc.assert(
      fc.property(lengthAndCode, appName, template, ([length, code], app, text) => {
        const sms = fill(text, app, code)
        expect(normalizePasscode(sms, length)).toBe(code)
        expect(extractPasscode(sms, length)).toBe(code)
      }),
      RUNS,
    )
  })

  it('recovers a code written in another script', () => {
    fc.assert(
      fc.property(lengthAndCode, appName, template, fc.constantFrom(...ZEROS), ([length, code], app, text, zero) => {
        const sms = fill(text, app, inScript(zero, code))
        expect(normalizePasscode(sms, length)).toBe(code)
      }),
      RUNS,
    )
  })

  it('recovers a code with single separators between its digits', () => {
    const separator = fc.constantFrom('', '', ' ', '-', '.', '\u00a0')
    fc.assert(
      fc.property(lengthAndCode, fc.array(separator, { minLength: 8, maxLength: 8 }), ([length, code], separators) => {
        const spaced = [...code].map((digit, index) => (index === 0 ? digit : `${separators[index] ?? ''}${digit}`)).join('')
        expect(normalizePasscode(spaced, length)).toBe(code)
        expect(normalizePasscode(`Your code is ${spaced}`, length)).toBe(code)
      }),
      RUNS,
    )
  })
})

describe('toAsciiDigits on arbitrary input', () => {
  it('changes only decimal digits, one character for one', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const before = [...text]
        const after = [...toAsciiDigits(text)]
        expect(after).toHaveLength(before.length)
        before.forEach((character, index) => {
          if (!/\p{Nd}/u.test(character)) expect(after[index]).toBe(character)
          else expect(after[index]).toMatch(/^[0-9]$/)
        })
      }),
      RUNS,
    )
  })
})

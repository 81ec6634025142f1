import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createTranslate, formatClockTime, formatCountdown, formatMessage, messageParts } from '../../src/i18n/format.js'
import { en } from '../../src/i18n/locales/en.js'
import { fr } from '../../src/i18n/locales/fr.js'
import { de } from '../../src/i18n/locales/de.js'
import { ar } from '../../src/i18n/locales/ar.js'
import type { PluralForms } from '../../src/i18n/types.js'

/** A message whose every form names its own category, so the picked form is visible. */
const EVERY_FORM: PluralForms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' }
const NO_ZERO: PluralForms = { one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' }

describe('formatMessage', () => {
  it('fills string placeholders', () => {
    expect(formatMessage(en.codeSentTo, 'en', { phone: '+33 6 12 34 56 78' })).toBe('We sent a code to +33 6 12 34 56 78.')
  })

  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [11, 'many'],
    [100, 'other'],
  ] as const)('picks the Arabic plural form for %i: %s', (count, form) => {
    expect(formatMessage(EVERY_FORM, 'ar', { count })).toBe(form)
  })

  // Without a zero form, so that French 0 shows it takes `one`.
  it.each([
    ['fr', 0, 'one'],
    ['fr', 1, 'one'],
    ['fr', 2, 'other'],
    ['fr', 3, 'other'],
    ['fr', 11, 'other'],
    ['fr', 100, 'other'],
    ['en', 0, 'other'],
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['en', 3, 'other'],
    ['en', 11, 'other'],
    ['en', 100, 'other'],
  ] as const)('picks the %s plural form for %i: %s', (locale, count, form) => {
    expect(formatMessage(NO_ZERO, locale, { count })).toBe(form)
  })

  it.each(['en', 'fr', 'de'])('lets an explicit zero form win for 0 in %s, which has no zero category', (locale) => {
    expect(formatMessage(EVERY_FORM, locale, { count: 0 })).toBe('zero')
  })

  it('falls back to the other form when the category the language selects is missing', () => {
    expect(formatMessage({ one: 'one', other: 'other' }, 'ar', { count: 2 })).toBe('other')
  })

  it.each([
    ['no count', {}, 'other {count}'],
    ['a count given as a string', { count: '1' }, 'other 1'],
  ] as const)('uses the other form when given %s', (_case, params, expected) => {
    expect(formatMessage({ one: 'one {count}', other: 'other {count}' }, 'en', params)).toBe(expected)
  })

  it.each([
    ['en', 1234, '1,234'],
    ['de', 1234, '1.234'],
    ['fr', 1234, '1\u202F234'],
    ['es', 1234, '1234'],
    ['es', 12345, '12.345'],
    ['ar-EG', 1234, '١٬٢٣٤'],
    ['de', 0.5, '0,5'],
  ] as const)('formats the number param for %s: %d → %s', (locale, value, expected) => {
    expect(formatMessage('{n}', locale, { n: value })).toBe(expected)
  })

  it('leaves a string param exactly as given', () => {
    expect(formatMessage('{phone}', 'de', { phone: '1234' })).toBe('1234')
  })

  it('keeps an unknown placeholder visible', () => {
    expect(formatMessage('Hello {name}, {greeting}', 'en', { greeting: 'hi' })).toBe('Hello {name}, hi')
  })
})

describe('createTranslate', () => {
  it.each([
    ['fr', fr, 'codeWrong', 0, 'Ce code est incorrect. Il vous reste 0 tentative.'],
    ['fr', fr, 'errorRateLimited', 1500, 'Trop de demandes. Réessayez dans 1\u202F500 secondes.'],
    ['de', de, 'codeLifetime', 5, 'Der Code ist 5 Minuten lang gültig.'],
    ['ar', ar, 'codeWrong', 2, 'الرمز غير صحيح. تبقّت لديك محاولتان.'],
    ['ar', ar, 'codeWrong', 3, 'الرمز غير صحيح. تبقّت لديك 3 محاولات.'],
  ] as const)('translates %s %s with count %i', (locale, messages, key, count, expected) => {
    expect(createTranslate(locale, messages)(key, { count })).toBe(expected)
  })
})

describe('messageParts', () => {
  it('splits around a string placeholder so the phone number can be wrapped in markup', () => {
    expect(messageParts(en.codeSentTo, 'en', { phone: '+33 6 12 34 56 78' })).toEqual([
      { text: 'We sent a code to ' },
      { placeholder: 'phone' },
      { text: '.' },
    ])
  })

  it('adds no empty text part around a placeholder at either end', () => {
    expect(messageParts('{phone} / {country}', 'en', { phone: '+1', country: 'US' })).toEqual([
      { placeholder: 'phone' },
      { text: ' / ' },
      { placeholder: 'country' },
    ])
  })

  it('formats the count inline as text for the locale, picking the plural form', () => {
    expect(messageParts(en.codeWrong, 'en', { count: 1234 })).toEqual([
      { text: 'That code is not correct. You have ' },
      { text: '1,234' },
      { text: ' attempts left.' },
    ])
  })

  it('formats any number param inline as text', () => {
    expect(messageParts('Wait {seconds}', 'de', { seconds: 1500 })).toEqual([{ text: 'Wait ' }, { text: '1.500' }])
  })

  it('keeps a count given as a string as text, never a placeholder', () => {
    expect(messageParts('{count} left', 'en', { count: '3' })).toEqual([{ text: '3' }, { text: ' left' }])
  })

  it('keeps an unknown placeholder visible as text', () => {
    expect(messageParts('Hi {name}', 'en', {})).toEqual([{ text: 'Hi ' }, { text: '{name}' }])
  })

  it('rejoins to exactly what formatMessage produces', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[^{}]{1,6}$/),
      fc.constantFrom('{phone}', '{count}', '{time}', '{missing}'),
    )
    const params = fc.record({
      phone: fc.stringMatching(/^\+?[0-9 ]{0,12}$/),
      count: fc.integer({ min: 0, max: 1_000_000 }),
      time: fc.oneof(fc.string({ maxLength: 5 }), fc.integer()),
    })
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), params, fc.constantFrom('en', 'fr', 'ar-EG'), (pieces, values, locale) => {
        const template = pieces.join('')
        const joined = messageParts(template, locale, values)
          .map((part) => ('text' in part ? part.text : String(values[part.placeholder as keyof typeof values])))
          .join('')
        expect(joined).toBe(formatMessage(template, locale, values))
      }),
    )
  })
})

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [25, '0:25'],
    [24.2, '0:25'],
    [59.001, '1:00'],
    [61, '1:01'],
    [600, '10:00'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [-5, '0:00'],
    [-0.4, '0:00'],
  ])('shows %d seconds as %s', (seconds, expected) => {
    expect(formatCountdown(seconds)).toBe(expected)
  })

  it('reads back as the whole seconds left, rounded up', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 400_000, noNaN: true }), (seconds) => {
        const shown = formatCountdown(seconds)
        expect(shown).toMatch(/^(\d+:[0-5]\d|[1-9]\d*:[0-5]\d:[0-5]\d)$/)
        const total = shown.split(':').reduce((sum, unit) => sum * 60 + Number(unit), 0)
        expect(total).toBe(Math.ceil(seconds))
      }),
    )
  })
})

describe('formatClockTime', () => {
  const morning = Date.UTC(2024, 0, 15, 9, 15)
  const evening = Date.UTC(2024, 0, 15, 21, 5)
  // ICU puts a narrow no-break space before AM/PM; the test cares about the format, not the space.
  const plainSpaces = (text: string) => text.replace(/\s/gu, ' ')

  it.each([
    ['en', morning, 'UTC', '9:15 AM'],
    ['en', evening, 'UTC', '9:05 PM'],
    ['fr', evening, 'UTC', '21:05'],
    ['de', evening, 'UTC', '21:05'],
    ['en', evening, 'Asia/Tokyo', '6:05 AM'],
    ['de', evening, 'America/New_York', '16:05'],
  ] as const)('shows the time in %s at %d in %s as %s', (locale, instant, timeZone, expected) => {
    expect(plainSpaces(formatClockTime(instant, locale, timeZone))).toBe(expected)
  })
})

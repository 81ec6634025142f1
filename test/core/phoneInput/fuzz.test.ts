import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import min from 'libphonenumber-js/min/metadata'
import { getCountries } from 'libphonenumber-js/core'
import { phoneValue } from '../../../src/core/phoneInput/analyse.js'
import { applyPhoneEdit, selectPhoneCountry } from '../../../src/core/phoneInput/edit.js'
import { significantChars } from '../../../src/core/phoneInput/format.js'
import { isE164 } from '../../../src/core/phone.js'
import type { CountryCode } from '../../../src/core/phoneInput/types.js'
import { emptyField, type Field } from './simulate.js'

const options = { metadata: min }
const country = fc.constantFrom(...getCountries(min))
// Characters people type or paste into phone fields, plus noise.
const char = fc.constantFrom(...'0123456789+ ()-./٠٣۵０５＋#*abcx\u00a0\t'.split(''))
const text = fc.oneof(
  fc.string({ unit: char, maxLength: 30 }),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('+33 6 12 34 56 78', '0033 6 12 34 56 78', '+44 (0)20 7946 0958', '+1 (415) 555-2671', '8 701 123 45 67'),
)
const inputType = fc.constantFrom('insertText', 'insertFromPaste', 'insertReplacementText', 'deleteContentBackward', 'deleteContentForward', undefined)

const edit = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), inserted: text, start: fc.nat(40), length: fc.nat(40), inputType }),
  fc.record({ kind: fc.constant('country' as const), country }),
)

type Action = { kind: 'edit'; inserted: string; start: number; length: number; inputType?: string } | { kind: 'country'; country: CountryCode }

function apply(field: Field, action: Action): Field {
  if (action.kind === 'country') return selectPhoneCountry(field.state, action.country, options)
  const start = Math.min(action.start, field.text.length)
  const end = Math.min(start + action.length, field.text.length)
  const next = field.text.slice(0, start) + action.inserted + field.text.slice(end)
  return applyPhoneEdit(field.state, { text: next, caret: start + action.inserted.length, inputType: action.inputType, collapsed: start === end }, options)
}

describe('phone edits on random input', () => {
  it('never throw, and always give an E.164 value or undefined, a caret in the text and the digits shown', () => {
    fc.assert(
      fc.property(country, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom('possible', 'valid'), (start, actions, validation) => {
        let field = emptyField(start, options)
        for (const action of actions) {
          field = apply(field, action)
          const value = phoneValue(field.analysis, validation)
          expect(value === undefined || isE164(value)).toBe(true)
          expect(field.caret).toBeGreaterThanOrEqual(0)
          expect(field.caret).toBeLessThanOrEqual(field.text.length)
          expect(significantChars(field.text)).toBe(field.state.digits)
        }
      }),
      { numRuns: 1000 },
    )
  }, 60_000)

  it('read any pasted text as a value that is E.164 or undefined', () => {
    fc.assert(
      fc.property(country, text, (start, pasted) => {
        const field = applyPhoneEdit(emptyField(start, options).state, { text: pasted, caret: pasted.length, inputType: 'insertFromPaste' }, options)
        const value = phoneValue(field.analysis)
        expect(value === undefined || isE164(value)).toBe(true)
      }),
      { numRuns: 1500 },
    )
  }, 60_000)
})

import type * as Engine from './engine.js'
import type { PhoneEdit, PhoneEditResult, PhoneFieldState } from './edit.js'
import type { PhoneAnalysis } from './phoneValue.js'
import { editedSignificant, MAX_SIGNIFICANT, significantChars } from './significant.js'
import type { CountryCode } from './types.js'

/** The phone formatter's functions (engine.ts), as a phone field calls them. */
export type PhoneEngine = Pick<
  typeof Engine,
  'analysePhone' | 'applyPhoneEdit' | 'formatInternational' | 'formatPhoneText' | 'internationalPrefixes' | 'isWholePhoneNumber' | 'phoneStateFromValue' | 'restorePhoneField' | 'selectPhoneCountry'
>

// Nothing is known of a number before the formatter reads it: the field shows it as pending, not wrong.
const unread = (digits: string, country: CountryCode | undefined): PhoneAnalysis => ({
  country,
  number: undefined,
  isPossible: false,
  isValid: false,
  reason: digits === '' ? 'NOT_A_NUMBER' : 'TOO_SHORT',
})

const shown = (state: PhoneFieldState, caret: number): PhoneEditResult => ({
  state,
  text: state.digits,
  caret: Math.max(0, Math.min(caret, state.digits.length)),
  analysis: unread(state.digits, state.country),
})

/**
 * What a phone field reads with until the formatter (engine.ts) arrives: the
 * significant characters as typed, in the country shown, with no formatting
 * and no verdict. When the formatter arrives the field reads its digits again
 * with it (see `usePhoneEntryState`'s `reread`), as it does when a metadata zone arrives.
 */
export const bareEngine: PhoneEngine = {
  analysePhone: (digits, selected) => unread(digits, selected),
  applyPhoneEdit(previous, edit: PhoneEdit) {
    const { digits, count } = editedSignificant(previous.digits, edit)
    const anchor = previous.anchor ?? previous.country
    return shown({ digits, country: /\d/.test(digits) ? previous.country : anchor, anchor }, count)
  },
  formatInternational: (e164) => e164,
  formatPhoneText: (digits) => digits,
  // `00` is read as an international call prefix everywhere; a country's own (`011`) needs its number plan.
  internationalPrefixes: (digits) => (digits.startsWith('00') ? [2] : []),
  isWholePhoneNumber(text) {
    const digits = significantChars(text)
    return digits.startsWith('+') && digits.length > 1
  },
  phoneStateFromValue: (value, fallback, _options, anchor = fallback) => {
    const digits = value ? significantChars(value).slice(0, MAX_SIGNIFICANT) : ''
    return shown({ digits, country: digits === '' ? anchor : fallback, anchor }, digits.length)
  },
  restorePhoneField: (state, count) => shown({ ...state, anchor: state.anchor ?? state.country }, count),
  selectPhoneCountry: (previous, country) => shown({ digits: previous.digits, country, anchor: country }, previous.digits.length),
}

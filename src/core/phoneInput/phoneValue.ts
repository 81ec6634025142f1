import { isE164 } from '../phone.js'
import type { CountryCode, PhoneReason, PhoneValidation } from './types.js'

/** What the significant characters of a phone field amount to. */
export interface PhoneAnalysis {
  /** The country to show: the selected one, or the one the number decided. */
  country: CountryCode | undefined
  /** The E.164 form of the number entered, complete or not (`undefined` when nothing can be read). */
  number: string | undefined
  /** The number has a possible length for its country (and that country is allowed). */
  isPossible: boolean
  /** The number matches its country's number plan (and that country is allowed). */
  isValid: boolean
  /** Why the number is not valid; `undefined` when it is. */
  reason: PhoneReason | undefined
}

/**
 * The value a phone field reports: the E.164 number when it passes the
 * validation level (`'possible'` by default), else `undefined`. A number too
 * short for the kit's E.164 check is `undefined` too, so a value can always be
 * sent.
 */
export function phoneValue(analysis: PhoneAnalysis, validation: PhoneValidation = 'possible'): string | undefined {
  const passes = validation === 'valid' ? analysis.isValid : analysis.isPossible
  return passes && isE164(analysis.number) ? analysis.number : undefined
}

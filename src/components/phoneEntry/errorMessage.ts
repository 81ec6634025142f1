import type { PhoneReason, PhoneValidation } from '../../core/phoneInput/types.js'
import type { PhoneEntryMessageKey as MessageKey } from '../../i18n/locales/en/phoneEntry.js'

const KEYS: Record<PhoneReason, MessageKey> = {
  TOO_SHORT: 'phoneTooShort',
  TOO_LONG: 'phoneTooLong',
  INVALID_COUNTRY: 'phoneInvalidCountry',
  NOT_A_NUMBER: 'phoneNotANumber',
  INVALID: 'phoneInvalid',
}

/**
 * The catalogue key of the error a phone field shows, if any: `phoneRequired`
 * when empty and required, nothing when empty otherwise, and the reason's
 * message when the number fails the validation level (`'possible'` by
 * default, under which a number the plan refuses still passes).
 */
export function phoneErrorKey(reason: PhoneReason | undefined, isEmpty: boolean, validation: PhoneValidation | undefined, required: boolean | undefined): MessageKey | undefined {
  if (isEmpty) return required ? 'phoneRequired' : undefined
  if (reason === undefined || (reason === 'INVALID' && validation !== 'valid')) return undefined
  return KEYS[reason]
}

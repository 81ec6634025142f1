import type { PhoneReason, PhoneValidation } from '../../core/phoneInput/types.js'
import type { PhoneEntryMessageKey as MessageKey } from '../../i18n/locales/en/phoneEntry.js'

function keyFor(reason: PhoneReason): MessageKey {
  switch (reason) {
    case 'TOO_SHORT':
      return 'phoneTooShort'
    case 'TOO_LONG':
      return 'phoneTooLong'
    case 'INVALID_COUNTRY':
      return 'phoneInvalidCountry'
    case 'NOT_A_NUMBER':
      return 'phoneNotANumber'
    case 'INVALID':
      return 'phoneInvalid'
    default:
      return reason satisfies never
  }
}

/**
 * The catalogue key of the error a phone field shows, if any: `phoneRequired`
 * when empty and required, nothing when empty otherwise, and the reason's
 * message when the number fails the validation level.
 */
export function phoneErrorKey(reason: PhoneReason | undefined, isEmpty: boolean, validation: PhoneValidation, required: boolean): MessageKey | undefined {
  if (isEmpty) return required ? 'phoneRequired' : undefined
  if (reason === undefined || (reason === 'INVALID' && validation === 'possible')) return undefined
  return keyFor(reason)
}

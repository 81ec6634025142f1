import type { PhoneReason } from '../../core/phoneInput/types.js'
import type { PhoneEntryMessageKey as MessageKey } from '../../i18n/locales/en/phoneEntry.js'

const KEYS: Record<PhoneReason, MessageKey> = {
  TOO_SHORT: 'phoneTooShort',
  TOO_LONG: 'phoneTooLong',
  INVALID_LENGTH: 'phoneInvalidLength',
  INVALID_COUNTRY: 'phoneInvalidCountry',
  NOT_A_NUMBER: 'phoneNotANumber',
  INVALID: 'phoneInvalid',
}

/**
 * The catalogue key of the error a phone field shows, if any: `phoneRequired`
 * when empty and required, nothing when empty otherwise, nothing when the
 * number passes the field's validation level (`passes`: under `'possible'`, a
 * number the plan refuses still does), and the reason's message otherwise, so
 * that every number the field does not report says why.
 */
export function phoneErrorKey(reason: PhoneReason | undefined, isEmpty: boolean, passes: boolean, required: boolean | undefined): MessageKey | undefined {
  if (isEmpty) return required ? 'phoneRequired' : undefined
  if (passes) return undefined
  return KEYS[reason ?? 'INVALID']
}

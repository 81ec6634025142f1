import { parsePhoneNumberFromString } from 'libphonenumber-js/core'
import type { PhoneMetadata } from '../../core/phoneInput/types.js'

/** An E.164 number as people write it internationally ("+33 6 12 34 56 78"); the E.164 string when it cannot be parsed. */
export function formatInternational(e164: string, metadata: PhoneMetadata): string {
  return parsePhoneNumberFromString(e164, metadata)?.formatInternational() ?? e164
}

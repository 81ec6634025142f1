import { readPhone } from '../../core/phoneInput/readPhone.js'
import type { PhoneMetadata } from '../../core/phoneInput/types.js'

/** An E.164 number as people write it internationally ("+33 6 12 34 56 78"); the E.164 string when it cannot be read. */
export function formatInternational(e164: string, metadata: PhoneMetadata): string {
  return readPhone(e164, undefined, metadata).number?.formatInternational() ?? e164
}

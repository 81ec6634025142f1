// The phone formatter: libphonenumber-js's as-you-type reader and number plans, and the
// field's reading, formatting and editing built on them. A phone field needs none of it
// to show digits as typed, so the kit loads this module as a chunk of its own, with the
// first metadata zone (see metadataStore.ts); until then a field reads with bare.ts.
import { readPhone } from './readPhone.js'
import type { PhoneMetadata } from './types.js'

export { analysePhone } from './analyse.js'
export { applyPhoneEdit, internationalPrefixes, isWholePhoneNumber, phoneStateFromValue, restorePhoneField, selectPhoneCountry } from './edit.js'
export { formatPhoneText } from './format.js'

/** An E.164 number as people write it internationally ("+33 6 12 34 56 78"); the E.164 string when it cannot be read. */
export function formatInternational(e164: string, metadata: PhoneMetadata): string {
  return readPhone(e164, undefined, metadata).number?.formatInternational() ?? e164
}

import type { CountryCode, MetadataJson } from 'libphonenumber-js/core'

export type { CountryCode }

/**
 * Phone metadata from libphonenumber-js: `libphonenumber-js/min/metadata` (the
 * default), `libphonenumber-js/max/metadata`, or an app's own generated file.
 */
export type PhoneMetadata = MetadataJson

/** The calling codes of a metadata and their countries: all a country list needs. */
export type CallingCodeIndex = Pick<PhoneMetadata, 'country_calling_codes'>

/**
 * Why a number is not (yet) acceptable:
 * - `TOO_SHORT` / `TOO_LONG`: too few or too many digits for the country;
 * - `INVALID_COUNTRY`: no country (or no allowed country) has this calling code;
 * - `NOT_A_NUMBER`: nothing that looks like a phone number was entered;
 * - `INVALID`: a plausible length, but not a number the country assigns.
 */
export type PhoneReason = 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_COUNTRY' | 'NOT_A_NUMBER' | 'INVALID'

/** How strict the value is: `'possible'` checks the length only, `'valid'` checks the number plan too. */
export type PhoneValidation = 'possible' | 'valid'

/** What an edit function needs besides the text: the metadata and the countries the app allows. */
export interface PhoneInputOptions {
  metadata: PhoneMetadata
  /** Allow-list of countries; every country of the metadata when omitted. */
  countries?: readonly CountryCode[] | undefined
}

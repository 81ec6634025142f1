import type { Messages } from '../../types.js'

/** The message keys of `<PhoneEntry>` and its country picker. */
export type PhoneEntryMessageKey = 'phoneLabel' | 'phoneHint' | 'phoneTooShort' | 'phoneTooLong' | 'phoneInvalidLength' | 'phoneInvalidCountry' | 'phoneNotANumber' | 'phoneInvalid' | 'phoneRequired' | 'countryButtonLabel' | 'countrySearchLabel' | 'countrySearchPlaceholder' | 'countryListLabel' | 'countryNoResults' | 'countryPreferredGroup' | 'countryAllGroup' | 'countryListLoadFailed' | 'countryListRetry'

/** English for `<PhoneEntry>` and its country picker. Imported on its own so a component bundles only its own strings. */
export const enPhoneEntry: Pick<Messages, PhoneEntryMessageKey> = {
  phoneLabel: 'Mobile number',
  phoneHint: 'We’ll text you a code, so enter a mobile number.',
  phoneTooShort: 'This number is too short.',
  phoneTooLong: 'This number is too long.',
  phoneInvalidLength: 'This number has the wrong number of digits.',
  phoneInvalidCountry: 'Choose a country, or start the number with + and the country code.',
  phoneNotANumber: 'This doesn’t look like a phone number.',
  phoneInvalid: 'This is not a valid mobile number.',
  phoneRequired: 'Enter your mobile number.',
  countryButtonLabel: 'Country: {country} (+{callingCode})',
  countrySearchLabel: 'Search countries',
  countrySearchPlaceholder: 'Name, code or +44',
  countryListLabel: 'Countries',
  countryNoResults: 'No country matches “{query}”.',
  countryPreferredGroup: 'Suggested',
  countryAllGroup: 'All countries',
  countryListLoadFailed: 'The country list could not be loaded. Check your connection and try again.',
  countryListRetry: 'Try again',
}

import { AsYouType } from 'libphonenumber-js/core'
import { numberingPlan } from './resolveCountry.js'
import { significantChars } from './significant.js'
import type { CountryCode, PhoneMetadata } from './types.js'

export { caretAfterSignificant, countSignificant, MAX_SIGNIFICANT, significantChars } from './significant.js'

/**
 * What libphonenumber-js's `AsYouType` shows after the characters were typed
 * into it one at a time, as a user types them. Feeding it the whole text at
 * once gives another answer in a few national formats (Argentina's `011 15…`
 * stays bare until complete), so the field always replays the keystrokes.
 */
export function typedAsYouType(digits: string, country: CountryCode | undefined, metadata: PhoneMetadata): string {
  const typing = new AsYouType(country, metadata)
  let shown = ''
  for (const char of digits) shown = typing.input(char)
  return shown
}

/** The two methods of libphonenumber-js's number formats the field reads (untyped by the library). */
interface NumberFormat {
  pattern(): string
  leadingDigitsPatterns(): string[]
  nationalPrefixIsMandatoryWhenFormattingInNationalFormat(): boolean
}

// Whether every format of the country for national digits like these shows
// the trunk prefix (France's `0$1`): the formats whose pattern fits the digits
// whole, else (while they are incomplete) those whose leading digits match,
// picked by length as AsYouType picks them (the first for three digits).
function wantsTrunkPrefix(digits: string, country: CountryCode | undefined, metadata: PhoneMetadata): boolean {
  const plan = numberingPlan(country, metadata) as { formats?: () => NumberFormat[] } | undefined
  const leading = (plan?.formats?.() ?? []).filter((format) => {
    const patterns = format.leadingDigitsPatterns()
    const pattern = patterns[Math.min(Math.max(0, digits.length - 3), patterns.length - 1)]
    return pattern === undefined || new RegExp(`^(?:${pattern})`).test(digits)
  })
  const whole = leading.filter((format) => new RegExp(`^(?:${format.pattern()})$`).test(digits))
  const matching = whole.length > 0 ? whole : leading
  return matching.length > 0 && matching.every((format) => format.nationalPrefixIsMandatoryWhenFormattingInNationalFormat())
}

// AsYouType leaves national digits bare when the country's format wants the
// trunk prefix that the user left out (`612345678` in France). The field
// groups them as the same number typed with it (`06 12 34 56 78`), without the
// prefix: `6 12 34 56 78`.
function withoutTrunkPrefix(digits: string, country: CountryCode | undefined, metadata: PhoneMetadata): string | undefined {
  const prefix = numberingPlan(country, metadata)?.nationalPrefix()
  if (!prefix || digits.startsWith('+') || digits.startsWith(prefix) || !wantsTrunkPrefix(digits, country, metadata)) return undefined
  const prefixed = typedAsYouType(prefix + digits, country, metadata)
  // The prefix's digits come first; a bracket before them stays (`(025) 123456` gives `(25) 123456`).
  const start = prefixed.search(/\d/)
  let end = start
  for (let seen = 0; end < prefixed.length && seen < prefix.length; end++) if (/\d/.test(prefixed.charAt(end))) seen++
  const rest = prefixed.slice(end)
  const shown = start === 0 ? rest.replace(/^[^\d]+/, '') : prefixed.slice(0, start) + rest
  return significantChars(shown) === digits && shown !== digits ? shown : undefined
}

/**
 * The text a field shows for its significant characters: formatted as
 * `AsYouType` shows them typed one at a time, for the country (national
 * entry) or for the number's own calling code (entry that starts with `+`).
 * National digits typed without a trunk prefix the country's format requires
 * are grouped as with it (see `withoutTrunkPrefix`).
 *
 * Falls back to the bare characters whenever formatting would drop or add a
 * digit, so the caret maths on significant characters always holds.
 */
export function formatPhoneText(digits: string, country: CountryCode | undefined, metadata: PhoneMetadata): string {
  if (digits === '') return ''
  // An edit formats its result and the render shows it: replaying the keystrokes once is enough.
  const last = lastFormatted
  if (last && last.digits === digits && last.country === country && last.metadata === metadata) return last.text
  const text = formatFresh(digits, country, metadata)
  lastFormatted = { digits, country, metadata, text }
  return text
}

let lastFormatted: { digits: string; country: CountryCode | undefined; metadata: PhoneMetadata; text: string } | undefined

function formatFresh(digits: string, country: CountryCode | undefined, metadata: PhoneMetadata): string {
  try {
    const formatted = typedAsYouType(digits, country, metadata)
    if (formatted === digits) return withoutTrunkPrefix(digits, country, metadata) ?? digits
    if (significantChars(formatted) === digits) return formatted
  } catch {
    // Malformed custom metadata must not break typing: show the digits bare.
  }
  return digits
}

// Compiled by test/types/tsconfig.json, with exactOptionalPropertyTypes: an
// app that passes `prop={condition ? value : undefined}` must compile. Every
// optional property of the public props and options types lists `undefined`.
import type { MockTransmitOptions } from '../../src/testing.js'
import {
  OtpInput,
  PhoneEntry,
  VerifyPhone,
  VerifyPhoneProvider,
  fr,
  type CountrySelectProps,
  type OtpInputProps,
  type PhoneEntryProps,
  type SendCodeRequest,
  type TransmitClientOptions,
  type UseVerifyPhoneOptions,
  type ValidateCodeRequest,
  type VerifyPhoneConfig,
  type VerifyPhoneProps,
  type VerifyPhoneProviderProps,
} from '../../src/index.js'

/** The optional keys of `T`. */
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T]
/** The optional keys of `T` whose type leaves out `undefined` (under exactOptionalPropertyTypes, `Required` keeps an explicit `| undefined`). */
type WithoutUndefined<T> = { [K in OptionalKeys<T>]-?: undefined extends Required<T>[K] ? never : K }[OptionalKeys<T>]
/** `true` when every optional key accepts `undefined`; otherwise the offending keys, which fail to compile below. */
type AcceptsUndefined<T> = [WithoutUndefined<T>] extends [never] ? true : WithoutUndefined<T>

export const everyOptionalPropTakesUndefined: [
  AcceptsUndefined<PhoneEntryProps>,
  AcceptsUndefined<OtpInputProps>,
  AcceptsUndefined<CountrySelectProps>,
  AcceptsUndefined<VerifyPhoneProps>,
  AcceptsUndefined<VerifyPhoneProviderProps>,
  AcceptsUndefined<VerifyPhoneConfig>,
  AcceptsUndefined<UseVerifyPhoneOptions>,
  AcceptsUndefined<TransmitClientOptions>,
  AcceptsUndefined<SendCodeRequest>,
  AcceptsUndefined<ValidateCodeRequest>,
  AcceptsUndefined<MockTransmitOptions>,
] = [true, true, true, true, true, true, true, true, true, true, true]

declare const french: boolean

// What apps write, from the issue: a value or nothing, decided at run time.
export const app = (
  <VerifyPhoneProvider locale={french ? 'fr' : undefined} messages={french ? fr : undefined} dir={undefined}>
    <VerifyPhone defaultCountry={french ? 'FR' : undefined} className={undefined} onVerified={undefined} />
    <PhoneEntry description={french ? 'Pour les codes' : undefined} error={undefined} locale={undefined} messages={french ? fr : undefined} />
    <OtpInput error={french ? 'Code incorrect' : undefined} description={undefined} length={french ? 6 : undefined} />
  </VerifyPhoneProvider>
)

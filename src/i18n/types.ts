/**
 * A message is a template with `{name}` placeholders, or a set of plural forms
 * chosen by the `count` parameter through `Intl.PluralRules`. Catalogues stay
 * plain data, so translators can edit them and apps can override any key.
 */
export type PluralForms = {
  zero?: string
  one?: string
  two?: string
  few?: string
  many?: string
  other: string
}

export type Message = string | PluralForms

/** Every visible string and accessible name of the kit. */
export interface Messages {
  // Phone step
  phoneHeading: Message
  phoneLabel: Message
  phoneHint: Message
  phoneTooShort: Message
  phoneTooLong: Message
  phoneInvalidLength: Message
  phoneInvalidCountry: Message
  phoneNotANumber: Message
  phoneInvalid: Message
  phoneRequired: Message
  countryButtonLabel: Message
  countrySearchLabel: Message
  countrySearchPlaceholder: Message
  countryListLabel: Message
  countryNoResults: Message
  countryPreferredGroup: Message
  countryAllGroup: Message
  countryListLoadFailed: Message
  countryListRetry: Message
  sendCode: Message
  sendingCode: Message

  // Code step
  codeHeading: Message
  codeLabel: Message
  codeSentTo: Message
  changeNumber: Message
  verify: Message
  verifying: Message
  autoSubmitInstructions: Message
  codeLifetime: Message
  resendCode: Message
  resendIn: Message
  resendSending: Message
  newCodeSent: Message
  codeIncomplete: Message
  codeWrong: Message
  codeExpired: Message
  getNewCode: Message

  // Locked and verified
  lockedHeading: Message
  lockedBody: Message
  lockedCountdown: Message
  lockedTryAgain: Message
  /** Plural words for durations where the engine has no `Intl.DurationFormat` ("{count} minutes"). */
  durationHours: Message
  durationMinutes: Message
  durationSeconds: Message
  verifiedHeading: Message
  verifiedBody: Message
  startOver: Message
  /** Shown in a step's place while its part of the kit is still downloading (rare: it is fetched while the phone step is idle). */
  stepLoading: Message
  /** Shown in a step's place when its part of the kit could not be downloaded, above `retry`. */
  stepLoadFailed: Message

  // Errors by kind
  errorInvalidPhone: Message
  errorInvalidRequest: Message
  errorAlreadyVerified: Message
  errorRateLimited: Message
  errorRateLimitedUnknown: Message
  errorUnauthorized: Message
  /** The action beside `errorUnauthorized` when the app can sign the user in again. */
  signInAgain: Message
  errorNotFound: Message
  errorNetwork: Message
  errorTimeout: Message
  errorServer: Message
  errorBadResponse: Message
  retry: Message

  // Announcements for the polite live region (milestones only)
  announceCodeSent: Message
  announceCodeResent: Message
  announceCodeWrong: Message
  announceCodeExpired: Message
  announceLocked: Message
  announceVerified: Message
  announceResendAvailable: Message
  announceAutoSubmit: Message
}

export type MessageKey = keyof Messages

/** A partial catalogue an app passes to override some messages or add a locale. */
export type MessageOverrides = Partial<Messages>

/** Values a template may reference. Numbers are formatted for the locale. */
export type MessageParams = Record<string, string | number>

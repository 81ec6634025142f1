/**
 * The OTP policy the server enforces. The client cannot read it from Transmit,
 * so the app mirrors what is set in the admin portal; server answers always win.
 */
export interface OtpPolicy {
  /** Digits in a code, 4–8. Transmit's default: 6. */
  codeLength: number
  /** How long a code stays valid, in seconds. Transmit's default: 300 (5 min). */
  expiresInSeconds: number
  /** Wrong codes accepted before lockout, 1–20. Transmit's default: 3. */
  maxFailures: number
  /** How long a lockout lasts, in seconds. Transmit's default: 900 (15 min). */
  lockoutSeconds: number
  /** The kit's own wait between two sends to the same number, in seconds. Default: 30. */
  resendCooldownSeconds: number
}

/** Transmit's default code length; also `<OtpInput>`'s without a provider. */
export const DEFAULT_CODE_LENGTH = 6

export const DEFAULT_POLICY: Readonly<OtpPolicy> = Object.freeze({
  codeLength: DEFAULT_CODE_LENGTH,
  expiresInSeconds: 300,
  maxFailures: 3,
  lockoutSeconds: 900,
  resendCooldownSeconds: 30,
})

import type { QueryClient } from '@tanstack/react-query'
import type { VerifyPhoneClient } from '../api/types.js'
import type { Clock } from '../core/clock.js'
import type { VerifyPhoneError } from '../core/errors.js'
import type { OtpPolicy } from '../core/policy.js'
import type { MessageOverrides } from '../i18n/types.js'

export interface UseVerifyPhoneOptions {
  /** The backend. Default: the provider's. One of the two is required. */
  client?: VerifyPhoneClient | undefined
  /** The OTP policy the server enforces, over the provider's and Transmit's defaults. */
  policy?: Partial<OtpPolicy> | undefined
  /** Where time comes from. Default: the provider's, else the real clock. */
  clock?: Clock | undefined
  /** Default: the provider's, else the app's `QueryClientProvider`, else the kit's own. */
  queryClient?: QueryClient | undefined
  /** SMS text with `{app}` and `{otp}`, at most 140 characters (checked before any request). */
  customMessage?: string | undefined
  /** Alphanumeric sender id, 1–11 characters (checked before any request). */
  senderId?: string | undefined
  /** Make the verified number the user's primary phone. Default `false` (added as secondary). */
  updatePrimary?: boolean | undefined
  /** `'session'` keeps the number, deadlines and attempts in sessionStorage across a reload. Default `false`. */
  persist?: 'session' | false | undefined
  /** The sessionStorage key, for several flows on one page. Default `'verify-phone-kit:flow'`. */
  persistKey?: string | undefined
  /** Listen for the code with WebOTP where the browser has it. Default `true`. */
  webOtp?: boolean | undefined
  /** Submit as soon as the code is complete (typed, pasted, autofilled or received). Default `false`. */
  autoSubmit?: boolean | undefined
  /** Locale of the announcements. Default: the provider's, else `'en'`. */
  locale?: string | undefined
  /** Message overrides for the announcements. */
  messages?: MessageOverrides | undefined
  /** How announcements read a number. Default: the E.164 string. `<VerifyPhone>` passes a formatter. */
  formatPhoneNumber?: ((e164: string) => string) | undefined
  /** A code was sent (first send or resend). */
  onCodeSent?: ((phoneNumber: string) => void) | undefined
  /** The number is verified. */
  onVerified?: ((phoneNumber: string) => void) | undefined
  /** Any error: bad input, a refused send, a wrong or expired code, a failed request. */
  onError?: ((error: VerifyPhoneError) => void) | undefined
  /** Too many wrong codes, or the server locked the number. */
  onLocked?: ((lockedUntil: number) => void) | undefined
}

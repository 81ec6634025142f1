/**
 * The two-method interface every backend fits: Transmit, an app's own proxy,
 * another vendor, or the in-memory mock. Both methods resolve on success and
 * reject with a `VerifyPhoneError` (see `core/errors.ts`); neither retries.
 */
export interface SendCodeRequest {
  /** E.164, for example `+33612345678`. */
  phoneNumber: string
  /** SMS text with the `{app}` and `{otp}` placeholders, at most 140 characters. */
  customMessage?: string | undefined
  /** Alphanumeric sender shown on the phone, 1–11 characters (not supported in every country). */
  senderId?: string | undefined
}

export interface ValidateCodeRequest {
  /** E.164, the number the code was sent to. */
  phoneNumber: string
  /** The code as ASCII digits. */
  passcode: string
  /** Replace the user's primary phone (`true`) or add this one as secondary (default `false`). */
  updatePrimary?: boolean | undefined
}

export interface RequestOptions {
  /** Aborts the request; the promise then rejects with kind `aborted`. */
  signal?: AbortSignal | undefined
}

export interface VerifyPhoneClient {
  sendCode(request: SendCodeRequest, options?: RequestOptions): Promise<void>
  validateCode(request: ValidateCodeRequest, options?: RequestOptions): Promise<void>
}

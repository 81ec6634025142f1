/**
 * What goes over the wire to Transmit's verification endpoints, written from
 * the published OpenAPI document (operations `sendVerificationSmsOtp` and
 * `verifySmsOtp`) and from what that document leaves unsaid.
 */

/**
 * Transmit's API hosts, each with the `/cis` prefix the verification paths
 * hang from. Custom domains and same-origin proxies replace these through
 * the client's `baseUrl`.
 */
export const TRANSMIT_BASE_URLS = Object.freeze({
  /** US and worldwide (except the EU, Canada and Australia). The default. */
  us: 'https://api.transmitsecurity.io/cis',
  eu: 'https://api.eu.transmitsecurity.io/cis',
  ca: 'https://api.ca.transmitsecurity.io/cis',
  au: 'https://api.au.transmitsecurity.io/cis',
  sandbox: 'https://api.sbx.transmitsecurity.io/cis',
} as const)

/** A region key of {@link TRANSMIT_BASE_URLS}. */
export type TransmitRegion = keyof typeof TRANSMIT_BASE_URLS

/** The base URL used when none is given: {@link TRANSMIT_BASE_URLS}`.us`. */
export const DEFAULT_TRANSMIT_BASE_URL: string = TRANSMIT_BASE_URLS.us

/** The two operations of the verification flow. */
export type TransmitEndpoint = 'send' | 'validate'

/** Each operation's path, appended to the base URL. */
export const TRANSMIT_PATHS: Readonly<Record<TransmitEndpoint, string>> = Object.freeze({
  send: '/v1/verification/otp/sms/send',
  validate: '/v1/verification/otp/sms/validate',
})

/** `ApiSendSmsOtpInput`: the body of `POST /v1/verification/otp/sms/send`. */
export interface SendSmsOtpBody {
  /** E.164 in every example of the contract. */
  phone_number: string
  /** Must hold `{app}` and `{otp}`; at most 140 characters. */
  custom_message?: string
  /** At most 11 characters; not supported in every country. */
  sender_id?: string
}

/** `ApiSendVerificationSmsResponse`: the 200 answer to a send, `{"message": "SMS sent"}`. */
export interface SendSmsOtpResponse {
  message: string
}

/** `ApiValidateVerificationSmsOtpInput`: the body of `POST /v1/verification/otp/sms/validate`. */
export interface ValidateSmsOtpBody {
  phone_number: string
  passcode: string
  /** Replace the verified primary phone (`true`) or add a secondary one. Server default: `false`. */
  update_primary?: boolean
}

/** `ApiVerifySMSResponse`: the 200 answer to a validate. `false` is a rejected code. */
export interface ValidateSmsOtpResponse {
  result: boolean
}

/**
 * The error bodies seen in the contract and in Transmit's neighbouring APIs:
 * - `{"message": "...", "error_code": 404}` (`NotFoundHttpError`), and 409 alike;
 * - `{"message": "...", "error_code": 400, "error_type": "invalid_otp" | "expired_otp"}`;
 * - `{"message": ["...", ...], "error_code": 400}` for validation errors;
 * - `{"error_code": "unauthorized_request" | "auth_locked", "message": "..."}` in newer APIs.
 */
export interface TransmitErrorBody {
  message?: string | readonly string[]
  error_code?: number | string
  error_type?: string
}

/** The `error_type` values the validate operation documents. */
export type TransmitOtpErrorType = 'invalid_otp' | 'expired_otp'

/** Headers as either a fetch `Headers` object or a plain record (names in any case). */
export type HeadersLike = { get(name: string): string | null } | Readonly<Record<string, string | undefined>>

/**
 * One HTTP answer, reduced to what the mapping needs. The HTTP client builds
 * it from a `Response`; the in-memory mock builds the same thing directly, so
 * both paths go through one mapping.
 */
export interface TransmitAnswer {
  status: number
  headers: HeadersLike
  /** The raw body; `''` when there was none. */
  bodyText: string
}

/**
 * The one error type of the kit. UIs switch on `kind`, never on `message`.
 *
 * The message, `toString()` and `toJSON()` are built from the kind and from
 * fields that cannot hold a secret, so the access token and the passcode can
 * never leak through an error that an app logs or reports.
 */
export type VerifyPhoneErrorKind =
  | 'invalidPhone'
  | 'invalidRequest'
  | 'alreadyVerified'
  | 'invalidCode'
  | 'codeExpired'
  | 'locked'
  | 'rateLimited'
  | 'unauthorized'
  | 'notFound'
  | 'network'
  | 'timeout'
  | 'server'
  | 'badResponse'
  | 'aborted'

/** Every kind, in a stable order (for tables, stories and exhaustive tests). */
export const ERROR_KINDS: readonly VerifyPhoneErrorKind[] = [
  'invalidPhone',
  'invalidRequest',
  'alreadyVerified',
  'invalidCode',
  'codeExpired',
  'locked',
  'rateLimited',
  'unauthorized',
  'notFound',
  'network',
  'timeout',
  'server',
  'badResponse',
  'aborted',
]

export interface VerifyPhoneErrorDetails {
  /** HTTP status of the answer, when there was one. */
  status?: number
  /** How long the server asked us to wait (from `Retry-After`), in milliseconds. */
  retryAfterMs?: number
  /** Failed attempts left before lockout, when the server or the policy knows. */
  attemptsLeft?: number
  /** Epoch milliseconds at which a lock ends, when known. */
  lockedUntil?: number
  /**
   * The server's own message strings. Shown to users only when the app asks:
   * they are English, unlocalised and may change without notice.
   */
  serverMessages?: readonly string[]
  /** For `invalidRequest` and `invalidPhone` raised before any request: the field at fault. */
  field?: string
  /** A reason code from the core checks (for example `MISSING_OTP_PLACEHOLDER`). */
  reason?: string
  /** The error that caused this one (a `TypeError` from `fetch`, a JSON `SyntaxError`). */
  cause?: unknown
}

const DESCRIPTIONS: Record<VerifyPhoneErrorKind, string> = {
  invalidPhone: 'The phone number is not valid',
  invalidRequest: 'The request is not valid',
  alreadyVerified: 'The phone number is already verified',
  invalidCode: 'The code is not correct',
  codeExpired: 'The code has expired',
  locked: 'Too many failed attempts: verification is locked',
  rateLimited: 'Too many requests',
  unauthorized: 'The access token was refused',
  notFound: 'The verification endpoint or user was not found',
  network: 'The network request failed',
  timeout: 'The request timed out',
  server: 'The server failed',
  badResponse: 'The server answered with something unexpected',
  aborted: 'The request was aborted',
}

function describe(kind: VerifyPhoneErrorKind, details: VerifyPhoneErrorDetails): string {
  const parts: string[] = []
  if (details.status !== undefined) parts.push(`HTTP ${details.status}`)
  if (details.field !== undefined) parts.push(`field ${details.field}`)
  if (details.reason !== undefined) parts.push(details.reason)
  if (details.attemptsLeft !== undefined) parts.push(`${details.attemptsLeft} attempts left`)
  if (details.retryAfterMs !== undefined) parts.push(`retry after ${Math.ceil(details.retryAfterMs / 1000)} s`)
  return parts.length > 0 ? `${DESCRIPTIONS[kind]} (${parts.join(', ')})` : DESCRIPTIONS[kind]
}

// Optional fields are `declare`d so that absent details stay absent (not
// own properties set to undefined) when the class is compiled with define semantics.
export class VerifyPhoneError extends Error {
  override readonly name = 'VerifyPhoneError'
  readonly kind: VerifyPhoneErrorKind
  declare readonly status?: number
  declare readonly retryAfterMs?: number
  declare readonly attemptsLeft?: number
  declare readonly lockedUntil?: number
  declare readonly serverMessages?: readonly string[]
  declare readonly field?: string
  declare readonly reason?: string

  constructor(kind: VerifyPhoneErrorKind, details: VerifyPhoneErrorDetails = {}) {
    super(describe(kind, details), details.cause === undefined ? undefined : { cause: details.cause })
    this.kind = kind
    if (details.status !== undefined) this.status = details.status
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs
    if (details.attemptsLeft !== undefined) this.attemptsLeft = details.attemptsLeft
    if (details.lockedUntil !== undefined) this.lockedUntil = details.lockedUntil
    if (details.serverMessages !== undefined) this.serverMessages = details.serverMessages
    if (details.field !== undefined) this.field = details.field
    if (details.reason !== undefined) this.reason = details.reason
  }

  /** A plain object for logs and error reporters; holds no token and no passcode. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, kind: this.kind, message: this.message }
    for (const key of ['status', 'retryAfterMs', 'attemptsLeft', 'lockedUntil', 'field', 'reason'] as const) {
      if (this[key] !== undefined) json[key] = this[key]
    }
    return json
  }
}

/** True for a `VerifyPhoneError`, optionally of the given kind. */
export function isVerifyPhoneError(value: unknown, kind?: VerifyPhoneErrorKind): value is VerifyPhoneError {
  return value instanceof VerifyPhoneError && (kind === undefined || value.kind === kind)
}

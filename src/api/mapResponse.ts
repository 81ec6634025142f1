import { VerifyPhoneError } from '../core/errors.js'
import type { VerifyPhoneErrorDetails, VerifyPhoneErrorKind } from '../core/errors.js'
import { parseRetryAfter, readHeader } from './retryAfter.js'
import type { TransmitAnswer, TransmitEndpoint } from './transmitTypes.js'

type JsonRecord = Readonly<Record<string, unknown>>

interface ParsedBody {
  /** The parsed JSON, `undefined` when the body was empty or not JSON. */
  json?: unknown
  /** Why the body could not be read as JSON. */
  problem?: unknown
}

function parseBody(bodyText: string): ParsedBody {
  if (typeof bodyText !== 'string' || bodyText.trim() === '') return { problem: new SyntaxError('Empty body') }
  try {
    return { json: JSON.parse(bodyText) as unknown }
  } catch {
    // Not the engine's SyntaxError: its message quotes the body, which a
    // hostile server can fill with what it was sent (the passcode).
    return { problem: new SyntaxError(`The body is not JSON (${bodyText.length} characters)`) }
  }
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The longest server message kept, in characters: Transmit's are one short
 * English sentence; anything longer is cut (with `…`) so that an app showing
 * them cannot be made to render a page of text.
 */
export const MAX_SERVER_MESSAGE_LENGTH = 300
/** The most server messages kept (validation errors send a list, one per field). */
export const MAX_SERVER_MESSAGES = 5

function capMessage(message: string): string {
  if (message.length <= MAX_SERVER_MESSAGE_LENGTH) return message
  // Cut on a code point, never inside a surrogate pair.
  return `${Array.from(message.slice(0, MAX_SERVER_MESSAGE_LENGTH + 1)).slice(0, MAX_SERVER_MESSAGE_LENGTH - 1).join('')}…`
}

/** The server's `message`, kept as the list of strings it was (validation errors send an array), each capped. */
function serverMessagesOf(body: JsonRecord | undefined): readonly string[] | undefined {
  const message = body?.message
  if (typeof message === 'string') return [capMessage(message)]
  if (Array.isArray(message)) {
    const strings = message.filter((item): item is string => typeof item === 'string')
    return strings.length > 0 ? strings.slice(0, MAX_SERVER_MESSAGES).map(capMessage) : undefined
  }
  return undefined
}

function stringField(body: JsonRecord | undefined, key: string): string | undefined {
  const value = body?.[key]
  return typeof value === 'string' ? value : undefined
}

function mapSuccess(endpoint: TransmitEndpoint, status: number, parsed: ParsedBody): VerifyPhoneError | undefined {
  const body = isRecord(parsed.json) ? parsed.json : undefined
  if (body === undefined) {
    return new VerifyPhoneError('badResponse', {
      status,
      reason: parsed.problem === undefined ? 'UNEXPECTED_SHAPE' : 'NOT_JSON',
      cause: parsed.problem,
    })
  }
  // The send answer carries nothing the client uses, so any JSON object will
  // do (a proxy may shorten it); validate's `result` decides the outcome.
  if (endpoint === 'send') return undefined
  if (body.result === true) return undefined
  if (body.result === false) return new VerifyPhoneError('invalidCode', { status })
  return new VerifyPhoneError('badResponse', { status, reason: 'UNEXPECTED_SHAPE' })
}

/** The kind of a 4xx answer, from its status, `error_type` and string `error_code`. */
function clientErrorKind(status: number, errorType?: string, errorCode?: string): VerifyPhoneErrorKind {
  if (errorCode === 'auth_locked') return 'locked'
  switch (status) {
    case 400:
      if (errorType === 'invalid_otp') return 'invalidCode'
      return errorType === 'expired_otp' ? 'codeExpired' : 'invalidRequest'
    case 401:
    case 403:
      return 'unauthorized'
    case 404:
      return 'notFound'
    case 409:
      return 'alreadyVerified'
    case 429:
      return 'rateLimited'
    default:
      return errorCode === 'unauthorized_request' ? 'unauthorized' : 'badResponse'
  }
}

/**
 * Maps one HTTP answer of Transmit's send or validate operation to the error
 * it means, or `undefined` when it is a success. Pure: the same answer and
 * `now` always give the same result.
 *
 * Decides by status, `error_type` and a string `error_code`, never by the
 * message text:
 * - 2xx: send succeeds on any JSON object; validate on `{"result": true}`,
 *   `{"result": false}` is `invalidCode`; anything else is `badResponse`.
 * - 400 `invalid_otp` → `invalidCode`, `expired_otp` → `codeExpired`, other
 *   400 → `invalidRequest`; 401 → `unauthorized`; 403 `auth_locked` (any
 *   4xx with that code) → `locked`, other 403 → `unauthorized`; 404 →
 *   `notFound`; 409 → `alreadyVerified`; 429 → `rateLimited`; 5xx →
 *   `server`; any other status → `badResponse`.
 * - `status` is always set; `serverMessages` when the body had a `message`
 *   (at most {@link MAX_SERVER_MESSAGES}, each cut to {@link MAX_SERVER_MESSAGE_LENGTH} characters);
 *   `retryAfterMs` on 429 and 5xx when `Retry-After` is readable.
 *
 * @param now epoch milliseconds an HTTP-date `Retry-After` is measured from.
 */
export function mapResponse(endpoint: TransmitEndpoint, answer: TransmitAnswer, now: number): VerifyPhoneError | undefined {
  const { status } = answer
  const parsed = parseBody(answer.bodyText)
  if (status >= 200 && status < 300) return mapSuccess(endpoint, status, parsed)

  const body = isRecord(parsed.json) ? parsed.json : undefined
  const details: VerifyPhoneErrorDetails = { status }
  const serverMessages = serverMessagesOf(body)
  if (serverMessages !== undefined) details.serverMessages = serverMessages

  if (status === 429 || (status >= 500 && status < 600)) {
    const retryAfterMs = parseRetryAfter(readHeader(answer.headers, 'Retry-After'), now)
    if (retryAfterMs !== undefined) details.retryAfterMs = retryAfterMs
    return new VerifyPhoneError(status === 429 ? 'rateLimited' : 'server', details)
  }
  if (status >= 400 && status < 500) {
    const kind = clientErrorKind(status, stringField(body, 'error_type'), stringField(body, 'error_code'))
    return new VerifyPhoneError(kind, details)
  }
  return new VerifyPhoneError('badResponse', { ...details, reason: 'UNEXPECTED_STATUS' })
}

/** How a request that got no answer ended, as far as the caller knows. */
export interface RequestEnding {
  /** The client's own timer fired. */
  timedOut: boolean
  /** The caller's signal fired. */
  aborted: boolean
}

/**
 * Maps a request that got no answer to its error: `timeout` when the client's
 * timer fired, `aborted` when the caller aborted (or `fetch` rejected with an
 * `AbortError`), the error itself when it already is a `VerifyPhoneError`,
 * and `network` (with the original error as `cause`) otherwise.
 */
export function mapRequestFailure(error: unknown, ending: RequestEnding): VerifyPhoneError {
  if (ending.timedOut) return new VerifyPhoneError('timeout')
  if (ending.aborted) return new VerifyPhoneError('aborted')
  if (error instanceof VerifyPhoneError) return error
  if (error instanceof Error && error.name === 'AbortError') return new VerifyPhoneError('aborted', { cause: error })
  return new VerifyPhoneError('network', { cause: error })
}

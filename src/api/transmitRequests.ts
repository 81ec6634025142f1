// The Transmit client's request code: a chunk of its own, which the client
// created with `createTransmitClient` loads once the page is idle (see
// transmitRequestsLoader.ts), because no request runs before the user sends a
// code. Everything here runs per request; the options were checked when the
// client was made.
import { VerifyPhoneError } from '../core/errors.js'
import { devWarning } from './devWarning.js'
import { mapResponse } from './mapResponse.js'
import { readBoundedBody } from './readBody.js'
import { startCall } from './requestCall.js'
import { readHeader } from './retryAfter.js'
import { toSendBody, toValidateBody } from './requestBody.js'
import { TRANSMIT_PATHS } from './transmitTypes.js'
import type { TransmitAnswer, TransmitEndpoint } from './transmitTypes.js'
import type { AccessToken } from './transmitClient.js'
import type { SendCodeRequest, ValidateCodeRequest } from './types.js'

/** A client's checked options, as `createTransmitClient` hands them to each request. */
export interface TransmitRequestConfig {
  /** Without trailing slashes. */
  baseUrl: string
  /** `0` or `Infinity` for no limit. */
  timeoutMs: number
  /** Asked on every request; the token is never kept. */
  getAccessToken: () => AccessToken | Promise<AccessToken>
  /** The app's extra headers, read once at creation. */
  headers: Headers
  /** The app's `fetch`, or `undefined` for `globalThis.fetch` at each call. */
  fetch: typeof fetch | undefined
}

// Visible ASCII only: anything else would make `Headers` throw a TypeError
// whose message may quote the token.
const TOKEN_CHARACTERS = /^[\x21-\x7E]+$/

async function readToken(getAccessToken: TransmitRequestConfig['getAccessToken']): Promise<string> {
  let token: unknown
  try {
    token = await getAccessToken()
  } catch (error) {
    throw new VerifyPhoneError('unauthorized', { reason: 'TOKEN_UNAVAILABLE', cause: error })
  }
  if (token === null || token === undefined) throw new VerifyPhoneError('unauthorized', { reason: 'NO_TOKEN' })
  if (typeof token !== 'string') throw new VerifyPhoneError('unauthorized', { reason: 'INVALID_TOKEN' })
  const trimmed = token.trim()
  if (trimmed === '') throw new VerifyPhoneError('unauthorized', { reason: 'NO_TOKEN' })
  if (!TOKEN_CHARACTERS.test(trimmed)) throw new VerifyPhoneError('unauthorized', { reason: 'INVALID_TOKEN' })
  return trimmed
}

/**
 * True when `response` is not the answer of the URL called: a redirect that
 * `redirect: 'manual'` stopped (an opaque redirect in browsers, a 3xx in
 * Node), or one that a custom `fetch` followed anyway (`redirected`, or a
 * `url` on another origin or path).
 */
function isRedirect(response: Response, requested: string): boolean {
  if (response.type === 'opaqueredirect' || response.redirected === true) return true
  if (response.status >= 300 && response.status < 400) return true
  if (typeof response.url !== 'string' || response.url === '') return false
  try {
    const base = typeof location === 'undefined' ? undefined : location.href
    const wanted = new URL(requested, base)
    const got = new URL(response.url)
    return got.origin !== wanted.origin || got.pathname !== wanted.pathname
  } catch {
    return false
  }
}

/** The server's own time from its `Date` header, when the header is readable (same origin, or exposed by CORS). */
function serverTime(headers: Headers): number | undefined {
  const value = readHeader(headers, 'Date')
  const time = value === undefined ? Number.NaN : Date.parse(value)
  return Number.isFinite(time) ? time : undefined
}

function warnAbout(error: VerifyPhoneError, baseUrl: string, url: string): void {
  if (error.kind === 'notFound' && error.status === 404) {
    devWarning(
      `404 ${baseUrl}`,
      `POST ${url} answered 404 Not Found. If every request does, check baseUrl ("${baseUrl}"): it is where ` +
        '/v1/verification/otp/sms/send and /validate hang from (a Transmit host with its /cis prefix, or the path your proxy serves).',
    )
  } else if (error.kind === 'network') {
    devWarning(
      `network ${baseUrl}`,
      `POST ${url} failed before any answer: the host could not be resolved or reached, the page is offline, or CORS refused it. ` +
        `Check baseUrl ("${baseUrl}") and, for a host on another origin, that it allows this origin.`,
    )
  }
}

async function post(config: TransmitRequestConfig, endpoint: TransmitEndpoint, body: object, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) throw new VerifyPhoneError('aborted')
  const { baseUrl } = config
  const call = startCall(signal, config.timeoutMs)
  const url = `${baseUrl}${TRANSMIT_PATHS[endpoint]}`
  let answer: TransmitAnswer
  let now: number
  try {
    const token = await call.race(readToken(config.getAccessToken))
    const headers = new Headers(config.headers)
    headers.set('Accept', 'application/json')
    headers.set('Content-Type', 'application/json')
    headers.set('Authorization', `Bearer ${token}`)
    // Called as a plain function: a browser's `fetch` throws "Illegal
    // invocation" when called as a method of an object.
    const fetchImpl = config.fetch ?? globalThis.fetch
    // 'manual': a redirect is never followed, so nothing (the token, the
    // number, the passcode) is ever sent to a URL other than the one configured.
    const init: RequestInit = { method: 'POST', headers, body: JSON.stringify(body), signal: call.signal, redirect: 'manual' }
    const response = await call.race(fetchImpl(url, init))
    if (isRedirect(response, url)) {
      void response.body?.cancel().catch(() => undefined)
      throw new VerifyPhoneError('badResponse', { status: response.status, reason: 'REDIRECTED' })
    }
    const read = await call.race(readBoundedBody(response))
    if (read.tooLarge) throw new VerifyPhoneError('badResponse', { status: response.status, reason: 'BODY_TOO_LARGE' })
    answer = { status: response.status, headers: response.headers, bodyText: read.text }
    // An HTTP-date Retry-After is measured from the server's clock when it
    // says what time it is: a device whose clock is wrong must not turn 60 s into an hour.
    now = serverTime(response.headers) ?? Date.now()
  } catch (error) {
    const failure = call.fail(error)
    warnAbout(failure, baseUrl, url)
    throw failure
  } finally {
    call.dispose()
  }
  const error = mapResponse(endpoint, answer, now)
  if (error !== undefined) {
    warnAbout(error, baseUrl, url)
    throw error
  }
}

/** Checks a send request, then posts it (see `createTransmitClient` for what a request does). */
export async function sendCode(config: TransmitRequestConfig, request: SendCodeRequest, signal: AbortSignal | undefined): Promise<void> {
  await post(config, 'send', toSendBody(request), signal)
}

/** Checks a validate request, then posts it. */
export async function validateCode(config: TransmitRequestConfig, request: ValidateCodeRequest, signal: AbortSignal | undefined): Promise<void> {
  await post(config, 'validate', toValidateBody(request), signal)
}

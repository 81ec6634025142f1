import { VerifyPhoneError } from '../core/errors.js'
import { checkBaseUrl, checkTimeout } from './clientOptions.js'
import { devWarning } from './devWarning.js'
import { mapRequestFailure, mapResponse } from './mapResponse.js'
import { readBoundedBody } from './readBody.js'
import { readHeader } from './retryAfter.js'
import { toSendBody, toValidateBody } from './requestBody.js'
import { DEFAULT_TRANSMIT_BASE_URL, TRANSMIT_PATHS } from './transmitTypes.js'
import type { TransmitAnswer, TransmitEndpoint } from './transmitTypes.js'
import type { RequestOptions, VerifyPhoneClient } from './types.js'

/** The default of {@link TransmitClientOptions.timeoutMs}: 15 seconds. */
export const DEFAULT_TIMEOUT_MS = 15_000

/** What `getAccessToken` may return; `null`, `undefined` or `''` mean signed out. */
export type AccessToken = string | null | undefined

export interface TransmitClientOptions {
  /**
   * Where the verification paths hang from: a Transmit host with its `/cis`
   * prefix (see `TRANSMIT_BASE_URLS`), a custom domain, or a same-origin
   * proxy path such as `/api/transmit`. Trailing slashes are ignored; a value
   * that is neither an absolute http(s) URL nor a path from `/` throws a
   * `RangeError` naming the field. Default: `https://api.transmitsecurity.io/cis`.
   */
  baseUrl?: string | undefined
  /**
   * The user's access token, asked for on every request (so a refreshed
   * token is always used); may be async. A throw or an empty token rejects
   * with `unauthorized` before any request is made.
   */
  getAccessToken: () => AccessToken | Promise<AccessToken>
  /** The `fetch` to use. Default: `globalThis.fetch`, looked up at each call. */
  fetch?: typeof fetch | undefined
  /** Extra request headers. They cannot replace `Authorization`, `Accept` or `Content-Type`. */
  headers?: HeadersInit | undefined
  /**
   * Milliseconds before a request (token included) gives up with `timeout`.
   * `0` or `Infinity` means no limit; anything else must be from 1 to
   * 2,147,483,647 (a `RangeError` names the field otherwise). Default:
   * {@link DEFAULT_TIMEOUT_MS}.
   */
  timeoutMs?: number | undefined
}

// Visible ASCII only: anything else would make `Headers` throw a TypeError
// whose message may quote the token.
const TOKEN_CHARACTERS = /^[\x21-\x7E]+$/

/** A marker the race below rejects with, so that abort and timeout are told apart from real failures. */
const SIGNAL_FIRED: unique symbol = Symbol('signalFired')

async function readToken(getAccessToken: TransmitClientOptions['getAccessToken']): Promise<string> {
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
 * One request's lifetime: an internal controller that the caller's signal
 * and the timer both abort, and a race that stops waiting as soon as it does
 * (even on a `fetch` or token source that ignores signals).
 */
function startCall(outer: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController()
  let timedOut = false
  const onOuterAbort = () => controller.abort()
  outer?.addEventListener('abort', onOuterAbort, { once: true })
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true
          controller.abort()
        }, timeoutMs)
      : undefined

  function race<T>(promise: Promise<T>): Promise<T> {
    const { signal } = controller
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(SIGNAL_FIRED)
      if (signal.aborted) onAbort()
      else signal.addEventListener('abort', onAbort, { once: true })
      promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort)
          resolve(value)
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort)
          reject(error)
        },
      )
    })
  }

  return {
    signal: controller.signal,
    race,
    fail(error: unknown): VerifyPhoneError {
      const fired = error === SIGNAL_FIRED || controller.signal.aborted
      return mapRequestFailure(error === SIGNAL_FIRED ? undefined : error, {
        timedOut: fired && timedOut,
        aborted: fired && !timedOut && outer?.aborted === true,
      })
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer)
      outer?.removeEventListener('abort', onOuterAbort)
    },
  }
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

/**
 * A {@link VerifyPhoneClient} that calls Transmit's verification API (or a
 * proxy speaking the same contract) with `fetch`.
 *
 * Every request is checked first (E.164 number, ASCII-digit passcode, send
 * options), carries `Authorization: Bearer <token>` from `getAccessToken()`,
 * honours the caller's `signal` and the timeout, and is never retried: a
 * retried send is a second SMS, a retried validate burns an attempt. Failures
 * reject with a `VerifyPhoneError` whose `kind` says what happened; neither
 * the token nor the passcode ever appears in one. The client logs nothing.
 *
 * @example
 * const client = createTransmitClient({
 *   baseUrl: TRANSMIT_BASE_URLS.eu,
 *   getAccessToken: () => auth.getAccessToken(),
 * })
 * await client.sendCode({ phoneNumber: '+33612345678' })
 */
export function createTransmitClient(options: TransmitClientOptions): VerifyPhoneClient {
  if (typeof options !== 'object' || options === null) throw new TypeError('createTransmitClient needs an options object with getAccessToken')
  const { getAccessToken } = options
  if (typeof getAccessToken !== 'function') throw new TypeError('getAccessToken must be a function')
  const timeoutMs = checkTimeout(options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : options.timeoutMs)
  const baseUrl = checkBaseUrl(options.baseUrl ?? DEFAULT_TRANSMIT_BASE_URL)
  const extraHeaders = new Headers(options.headers)
  // Called as a plain function: a browser's `fetch` throws "Illegal
  // invocation" when called as a method of the options object.
  const customFetch = options.fetch

  async function post(endpoint: TransmitEndpoint, body: object, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) throw new VerifyPhoneError('aborted')
    const call = startCall(signal, timeoutMs)
    const url = `${baseUrl}${TRANSMIT_PATHS[endpoint]}`
    let answer: TransmitAnswer
    let now: number
    try {
      const token = await call.race(readToken(getAccessToken))
      const headers = new Headers(extraHeaders)
      headers.set('Accept', 'application/json')
      headers.set('Content-Type', 'application/json')
      headers.set('Authorization', `Bearer ${token}`)
      const fetchImpl = customFetch ?? globalThis.fetch
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

  return {
    async sendCode(request, requestOptions?: RequestOptions) {
      await post('send', toSendBody(request), requestOptions?.signal)
    },
    async validateCode(request, requestOptions?: RequestOptions) {
      await post('validate', toValidateBody(request), requestOptions?.signal)
    },
  }
}

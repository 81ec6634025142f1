import { checkBaseUrl, checkTimeout } from './clientOptions.js'
import type { TransmitRequestConfig } from './transmitRequests.js'
import { prefetchTransmitRequests, withTransmitRequests } from './transmitRequestsLoader.js'
import { DEFAULT_TRANSMIT_BASE_URL } from './transmitTypes.js'
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
   * Milliseconds before a request (token included) gives up with `timeout`,
   * counted once the client's request code is loaded (its download, normally
   * done before the first Send, has a limit of the same length of its own).
   * `0` or `Infinity` means no limit; anything else must be from 1 to
   * 2,147,483,647 (a `RangeError` names the field otherwise). Default:
   * {@link DEFAULT_TIMEOUT_MS}.
   */
  timeoutMs?: number | undefined
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
 * The options are checked at once (a bad one throws here). The request code
 * itself (fetch, bodies, answers, `Retry-After`) arrives as a chunk of its
 * own, fetched from the app's origin by the bundler's `import()` once the page
 * is idle after the first client is made (never on a server), so the first
 * Send normally finds it here. A request made before then waits for it: the
 * `signal` aborts that wait; `timeoutMs` counts from the moment the code is
 * here (the download has a limit of the same length of its own); a chunk
 * that cannot be downloaded rejects with `network`, and the next request asks
 * for it again.
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
  const config: TransmitRequestConfig = {
    timeoutMs: checkTimeout(options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : options.timeoutMs),
    baseUrl: checkBaseUrl(options.baseUrl ?? DEFAULT_TRANSMIT_BASE_URL),
    headers: new Headers(options.headers),
    getAccessToken,
    fetch: options.fetch,
  }
  prefetchTransmitRequests()

  return {
    async sendCode(request, requestOptions?: RequestOptions) {
      const signal = requestOptions?.signal
      await withTransmitRequests(signal, config.timeoutMs, (requests) => requests.sendCode(config, request, signal))
    },
    async validateCode(request, requestOptions?: RequestOptions) {
      const signal = requestOptions?.signal
      await withTransmitRequests(signal, config.timeoutMs, (requests) => requests.validateCode(config, request, signal))
    },
  }
}

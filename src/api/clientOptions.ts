// The Transmit client's options, checked once when the client is made, so that
// a misconfiguration fails at once with the field's name instead of silently
// (a negative timeout that turns the limit off, a base URL that is not one).

/**
 * The longest timeout a browser or Node timer can hold: past 2^31 − 1 ms
 * (about 24.8 days) `setTimeout` fires at once.
 */
export const MAX_TIMEOUT_MS = 2_147_483_647

function fail(field: string, expected: string, got: unknown): never {
  const shown = typeof got === 'string' ? JSON.stringify(got.slice(0, 80)) : String(got)
  throw new RangeError(`createTransmitClient: ${field} must be ${expected}; got ${shown}`)
}

/**
 * `timeoutMs` as a usable number: `0` and `Infinity` mean no limit; otherwise
 * a finite number of milliseconds from 1 to {@link MAX_TIMEOUT_MS}.
 *
 * @throws {RangeError} naming `timeoutMs` for anything else (negative, `NaN`, not a number, too long).
 */
export function checkTimeout(value: unknown): number {
  if (value === 0 || value === Number.POSITIVE_INFINITY) return value
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMEOUT_MS) {
    fail('timeoutMs', `0 or Infinity (no limit), or milliseconds from 1 to ${MAX_TIMEOUT_MS}`, value)
  }
  return value
}

/**
 * `baseUrl` without its trailing slashes: an absolute `http:` or `https:` URL
 * (a Transmit host, a custom domain) or a path from the root of the page's
 * origin (`/api/transmit`, for a same-origin proxy). No query, fragment or
 * credentials: the client appends its paths to it.
 *
 * @throws {RangeError} naming `baseUrl` for anything else (`'not a url'`, `'api/transmit'`, `'ftp://…'`).
 */
export function checkBaseUrl(value: unknown): string {
  const expected = 'an absolute http(s) URL or a path starting with "/", without query, fragment or credentials'
  if (typeof value !== 'string') fail('baseUrl', expected, value)
  const trimmed = value.replace(/\/+$/, '')
  const isPath = value.startsWith('/') && !value.startsWith('//')
  let url: URL
  try {
    url = new URL(value, 'http://relative.invalid')
  } catch {
    return fail('baseUrl', expected, value)
  }
  const isAbsolute = /^https?:\/\//i.test(value) && (url.protocol === 'http:' || url.protocol === 'https:')
  const clean = url.search === '' && url.hash === '' && url.username === '' && url.password === '' && !/[?#\s]/.test(value)
  if (!(isPath || isAbsolute) || !clean) fail('baseUrl', expected, value)
  return trimmed
}

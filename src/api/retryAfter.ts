import type { HeadersLike } from './transmitTypes.js'

const DELAY_SECONDS = /^[0-9]+$/
// An HTTP date always names a day or a month; requiring a letter keeps
// `Date.parse` from reading bare numbers such as `-1` as years.
const HAS_LETTER = /[A-Za-z]/
const HAS_ZONE = /\b(?:GMT|UTC|Z)\b|[+-][0-9]{4}\b/

/**
 * Reads a header from a `Headers` object or a plain record, ignoring the
 * case of the name. `undefined` when absent.
 */
export function readHeader(headers: HeadersLike | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined
  if (typeof headers.get === 'function') return headers.get(name) ?? undefined
  const record = headers as Readonly<Record<string, string | undefined>>
  const wanted = name.toLowerCase()
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() === wanted) return record[key]
  }
  return undefined
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds.
 *
 * Accepts both forms of RFC 9110: delay seconds (`120`) and an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`, or the obsolete RFC 850 and asctime
 * forms), the latter counted from `now`; a date in the past gives `0`.
 * Absent, empty or unreadable values give `undefined`.
 *
 * @param now epoch milliseconds the date is measured from (the client passes
 *   `Date.now()`).
 * @example parseRetryAfter('30', now) // 30000
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text === '') return undefined
  if (DELAY_SECONDS.test(text)) {
    const seconds = Number(text)
    return Number.isSafeInteger(seconds * 1000) ? seconds * 1000 : undefined
  }
  if (!HAS_LETTER.test(text)) return undefined
  // HTTP dates are always GMT; only the obsolete asctime form omits the
  // zone, and `Date.parse` would read it as local time.
  const at = Date.parse(HAS_ZONE.test(text) ? text : `${text} GMT`)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - now)
}

import { VerifyPhoneError } from './errors.js'

// Kept free of libphonenumber-js on purpose: the client and the hooks only need
// to recognise and mask an E.164 string, and must not pay for phone metadata.

const E164 = /^\+[1-9][0-9]{6,14}$/

/** Bullet used for each hidden digit by {@link maskPhone}. */
export const MASK_CHARACTER = '•'

/** What {@link maskPhone} returns for a value that is not E.164: nothing of it is shown. */
export const MASKED_UNKNOWN_PHONE = '•••'

/**
 * True for an E.164 number: `+`, a first digit 1–9, then 6 to 14 more ASCII
 * digits (8 to 15 digits in all), with no spaces or punctuation.
 */
export function isE164(value: unknown): value is string {
  return typeof value === 'string' && E164.test(value)
}

/**
 * Refuses anything but an E.164 string.
 *
 * @throws {VerifyPhoneError} `invalidPhone` with `field: 'phoneNumber'` and
 *   `reason: 'NOT_E164'`.
 */
export function assertE164(value: unknown): asserts value is string {
  if (!isE164(value)) throw new VerifyPhoneError('invalidPhone', { field: 'phoneNumber', reason: 'NOT_E164' })
}

// Country calling codes that are not three digits long, by zone (ITU-T E.164
// assignments). Codes are prefix-free, so the first match decides.
const SHORT_CALLING_CODES = new Set([
  '1', '7',
  '20', '27',
  '30', '31', '32', '33', '34', '36', '39',
  '40', '41', '43', '44', '45', '46', '47', '48', '49',
  '51', '52', '53', '54', '55', '56', '57', '58',
  '60', '61', '62', '63', '64', '65', '66',
  '81', '82', '84', '86',
  '90', '91', '92', '93', '94', '95', '98',
])

/** An E.164 number cut into its country calling code and the rest. */
export interface SplitPhone {
  /** Digits of the country calling code, without `+` (`'33'`). */
  callingCode: string
  /** The digits after the calling code (`'612345678'`). */
  nationalNumber: string
}

/**
 * Splits an E.164 number after its country calling code, from the ITU zone
 * plan alone (1 to 3 digits; no per-country metadata).
 *
 * @returns `undefined` when `e164` is not E.164.
 */
export function splitCallingCode(e164: string): SplitPhone | undefined {
  if (!isE164(e164)) return undefined
  const digits = e164.slice(1)
  const size = SHORT_CALLING_CODES.has(digits.slice(0, 1)) ? 1 : SHORT_CALLING_CODES.has(digits.slice(0, 2)) ? 2 : 3
  return { callingCode: digits.slice(0, size), nationalNumber: digits.slice(size) }
}

/**
 * A number safe to log or announce: the calling code, one bullet per hidden
 * digit, then the last digits, as in `+33 •••••••78` for `+33612345678`.
 * The bullets are not grouped, because grouping needs per-country metadata.
 *
 * At least half of the national number always stays hidden, so a short
 * number may show fewer digits than asked. A value that is not E.164 gives
 * {@link MASKED_UNKNOWN_PHONE}, never an error, so that a logger cannot throw.
 *
 * @param visibleDigits how many trailing digits to keep, 2–4 (default 2;
 *   values outside are clamped).
 */
export function maskPhone(e164: string, visibleDigits = 2): string {
  const split = splitCallingCode(e164)
  if (split === undefined) return MASKED_UNKNOWN_PHONE
  const { callingCode, nationalNumber } = split
  const wanted = Number.isFinite(visibleDigits) ? Math.min(4, Math.max(2, Math.floor(visibleDigits))) : 2
  const visible = Math.min(wanted, Math.floor(nationalNumber.length / 2))
  const hidden = nationalNumber.length - visible
  return `+${callingCode} ${MASK_CHARACTER.repeat(hidden)}${nationalNumber.slice(hidden)}`
}

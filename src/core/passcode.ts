/**
 * Passcode normalisation: whatever the user typed, pasted or the browser
 * autofilled becomes a string of ASCII digits the server will accept.
 */
import { NON_DIGITS } from './digits.js'

const DECIMAL_DIGIT = /\p{Nd}/u
// Decimal digits of every script but ASCII's: ASCII digits need no work, and a
// callback for each of them made a pasted megabyte of digits take a second.
const NON_ASCII_DIGITS = /[^\P{Nd}0-9]/gu
// Bidi marks and zero-width characters that SMS apps (Arabic and Hebrew ones
// especially) put between digits; they would split one code into two runs.
const FORMAT_CHARACTERS = /\p{Cf}/gu
const LETTER = /\p{L}/u
// Single separators that SMS templates and people put inside a code:
// any space (plain, no-break, figure, thin, ideographic…), dots, hyphens,
// Unicode dashes and the minus sign. Never a line break.
const DIGIT_RUN = /[0-9]+(?:[\p{Zs}.\-\u2010-\u2015\u2212][0-9]+)*/gu
// WebOTP's domain-bound line, last in the message: `@top.example #code`,
// optionally followed by ` @embedded.example` when the code is meant for an
// iframe. Matched against the last line alone (see `domainBoundCode`): a
// pattern that looked for the line start itself, `(?:^|[\r\n])\s*@…$`, was
// tried at every line break and ran over all the ones after it, quadratic on a
// paste of many newlines.
const DOMAIN_BOUND_LINE = /^@[^\s@#]+[ \t]+#([0-9]+)(?:[ \t]+@[^\s@#]+)?$/

/**
 * The value of a decimal digit of any script, found without a table.
 *
 * Unicode guarantees that decimal digits (`\p{Nd}`) come in contiguous runs of
 * ten, zero first; a few runs sit back to back (the five styles of
 * mathematical digits), so the distance to the start of the whole contiguous
 * stretch, modulo ten, is the value.
 */
function digitValue(codePoint: number): number {
  let value = DIGIT_VALUES.get(codePoint)
  if (value === undefined) {
    let distance = 0
    while (DECIMAL_DIGIT.test(String.fromCodePoint(codePoint - distance - 1))) distance++
    value = distance % 10
    DIGIT_VALUES.set(codePoint, value)
  }
  return value
}

// Each digit's value is worked out once: a pasted megabyte of Arabic-Indic
// digits would otherwise walk back up to fifty code points per digit.
const DIGIT_VALUES = new Map<number, number>()

/** The `#code` of a WebOTP domain-bound last line, read from the last line only (linear in the text). */
function domainBoundCode(text: string): string | undefined {
  const trimmed = text.trimEnd()
  const lineStart = Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\r')) + 1
  return DOMAIN_BOUND_LINE.exec(trimmed.slice(lineStart).trimStart())?.[1]
}

/**
 * Converts every Unicode decimal digit (`\p{Nd}`: Arabic-Indic, Persian,
 * Devanagari, Bengali, Thai, fullwidth, mathematical, …) to its ASCII digit;
 * every other character is kept as it is. Digits the JavaScript engine's
 * Unicode version does not know yet are kept too.
 *
 * @example toAsciiDigits('١٢٣-４５６') // '123-456'
 */
export function toAsciiDigits(text: string): string {
  return text.replace(NON_ASCII_DIGITS, (digit) => String(digitValue(digit.codePointAt(0) ?? 0)))
}

/**
 * The most characters of a paste that are read for a code: 16,384, ten times
 * the longest SMS people receive (a 10-part message is about 1,530
 * characters). Of a longer text, the first and the last half of that are read
 * (a code sits near the start of a message or at its end, where the WebOTP
 * line is), so that a megabyte pasted by mistake costs no more than an SMS.
 */
export const MAX_PASSCODE_TEXT = 16_384

/** At most {@link MAX_PASSCODE_TEXT} characters of `text`: its head and its tail, on separate lines. */
function boundedText(text: string): string {
  if (text.length <= MAX_PASSCODE_TEXT) return text
  const half = MAX_PASSCODE_TEXT / 2
  return `${text.slice(0, half)}\n${text.slice(-half)}`
}

/** A usable maximum length: NaN, negative or non-number lengths give 0; fractions round down. */
function maxLength(length: number): number {
  return typeof length === 'number' && length > 0 ? Math.floor(length) : 0
}

/**
 * The code found in `text`, cut to `max` digits, and whether it was found
 * without guessing (see {@link normalizePasscode} and {@link extractPasscode}).
 */
function findPasscode(text: string, length: number): { code: string; isSure: boolean } {
  const max = maxLength(length)
  if (typeof text !== 'string' || max === 0) return { code: '', isSure: false }
  // Format characters go first: they would split one code into two runs.
  const clean = toAsciiDigits(boundedText(text).replace(FORMAT_CHARACTERS, ''))
  let found = domainBoundCode(clean)
  let isSure = true
  if (found === undefined && !LETTER.test(clean)) found = clean.replace(NON_DIGITS, '')
  if (found === undefined) {
    // Every run of digits, separators inside a run dropped, in reading order.
    const runs = (clean.match(DIGIT_RUN) ?? []).map((run) => run.replace(NON_DIGITS, ''))
    const exact = runs.filter((run) => run.length === max)
    found = exact[0] ?? runs.reduce((best, run) => (run.length > best.length ? run : best), '')
    isSure = exact.every((run) => run === found)
  }
  return { code: found.slice(0, max), isSure: isSure && found.length === max }
}

/**
 * Turns what was typed or pasted into the code field into at most `length`
 * ASCII digits. Never throws.
 *
 * - Every Unicode decimal digit becomes ASCII (`۴۸۲۹۱۳` → `482913`).
 * - Text without letters is taken as a bare code: all its digits in order,
 *   so `482 913`, `482-913` and `482.913` all give `482913`.
 * - Text with letters, or ending with a WebOTP line, is taken as an SMS, and
 *   the code is, in order of preference: the `#code` of a domain-bound last
 *   line (`@example.com #482913`); the first run of digits (spaces, dots or
 *   dashes allowed inside, as in `482 913`) with exactly `length` digits;
 *   the longest run (the first of equals).
 * - Whatever is kept is cut to its first `length` digits (`4829131234` →
 *   `482913`).
 * - Of a text longer than {@link MAX_PASSCODE_TEXT} characters, only its
 *   first and last halves of that are read. Time and memory are linear in
 *   what is read, whatever the text holds.
 *
 * The result is idempotent: normalising it again with the same `length`
 * returns it unchanged.
 *
 * @param length the policy's code length (4–8; Transmit's default is 6). A
 *   fractional length rounds down; zero, negative or NaN gives `''`.
 */
export function normalizePasscode(text: string, length: number): string {
  return findPasscode(text, length).code
}

/**
 * The code in `text` when exactly `length` digits can be found without
 * guessing; `undefined` otherwise. Meant for values that arrive whole
 * (autofill, WebOTP, a paste) and may complete the field at once.
 *
 * Confident means: a domain-bound WebOTP last line whose code has `length`
 * digits (that line decides alone: when its code has another length the
 * result is `undefined`); or, for text without letters, exactly `length`
 * digits in all; or, for an SMS, runs of exactly `length` digits that all
 * hold the same code. Over-long or ambiguous text gives `undefined`.
 *
 * @param length the policy's code length (4–8; Transmit's default is 6).
 */
export function extractPasscode(text: string, length: number): string | undefined {
  const { code, isSure } = findPasscode(text, length)
  return isSure ? code : undefined
}

/** True when `code` is exactly `length` ASCII digits, ready to be validated. */
export function isCompletePasscode(code: string, length: number): boolean {
  return typeof code === 'string' && maxLength(length) === length && code.length === length && /^[0-9]+$/.test(code)
}

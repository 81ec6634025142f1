// The significant characters of a phone field and the caret maths on them: all the field
// needs before the formatter arrives (see engine.ts), so it stays out of the formatter's chunk.
/**
 * Most significant characters the field keeps: room for an international
 * prefix, a trunk prefix and the longest E.164 number, so that no real number
 * is cut, while a pasted paragraph cannot grow the state without bound.
 */
export const MAX_SIGNIFICANT = 24

// The zeros of the digits libphonenumber-js reads: ASCII, full-width, Arabic-Indic, Eastern Arabic-Indic.
const ZEROS = [0x30, 0xff10, 0x660, 0x6f0]

// As libphonenumber-js's `parsePhoneNumberCharacter` reads a character (a `+` counts only first),
// written out here so that the field needs nothing of libphonenumber-js before the formatter arrives.
function significantChar(char: string, soFar: string): string | undefined {
  // A full-width plus comes from Japanese and Chinese keyboards.
  if (char === '+' || char === '＋') return soFar === '' ? '+' : undefined
  const code = char.charCodeAt(0)
  const zero = char.length === 1 ? ZEROS.find((start) => code >= start && code <= start + 9) : undefined
  return zero === undefined ? undefined : String(code - zero)
}

/**
 * The characters of a phone field that carry meaning: a leading `+` and the
 * digits, with digits of any script (Arabic-Indic, full-width…) read as ASCII.
 * Everything else (spaces, brackets, dashes, letters, a later `+`) is ignored.
 *
 * @example significantChars('+33 (0)6 12') // '+330612'
 */
export function significantChars(text: string): string {
  let result = ''
  // Only a plus or a digit libphonenumber reads (ASCII, full-width, Arabic-Indic,
  // Eastern Arabic-Indic) can be significant: the engine's own search skips the
  // rest, so a pasted megabyte of spaces or letters costs milliseconds, not a call per character.
  for (const [char] of text.matchAll(CANDIDATES)) {
    if (result.length >= MAX_SIGNIFICANT) break
    result += significantChar(char, result) ?? ''
  }
  return result
}

const CANDIDATES = /[+\uFF0B0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/g

/** How many significant characters come before position `end` of `text`. */
export function countSignificant(text: string, end: number): number {
  return significantChars(text.slice(0, Math.max(0, end))).length
}

/**
 * The caret position in `formatted` just after its `count`-th significant
 * character (0 puts it at the start; past the end puts it at the end).
 */
export function caretAfterSignificant(formatted: string, count: number): number {
  if (count <= 0) return 0
  let seen = ''
  for (let index = 0; index < formatted.length; index++) {
    const char = significantChar(formatted.charAt(index), seen)
    if (char === undefined) continue
    seen += char
    if (seen.length === count) return index + 1
  }
  return formatted.length
}

/**
 * The significant characters after a browser edit, and how many come before
 * the caret. Backspace or Delete over a character that is not a digit (the
 * digits did not change, and nothing was selected) removes the digit beside
 * it, as a user means; a selection deleted on purpose is kept as it is.
 */
export function editedSignificant(
  previousDigits: string,
  edit: { text: string; caret: number; inputType?: string | undefined; collapsed?: boolean | undefined },
): { digits: string; count: number } {
  const caret = Math.min(Math.max(0, edit.caret), edit.text.length)
  let digits = significantChars(edit.text)
  let count = countSignificant(edit.text, caret)
  if (digits === previousDigits && edit.collapsed !== false) {
    if (edit.inputType === 'deleteContentBackward' && count > 0) {
      digits = digits.slice(0, count - 1) + digits.slice(count)
      count -= 1
    } else if (edit.inputType === 'deleteContentForward' && count < digits.length) {
      digits = digits.slice(0, count) + digits.slice(count + 1)
    }
  }
  return { digits, count }
}

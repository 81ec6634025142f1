import { AsYouType } from 'libphonenumber-js/core'
import { analysePhone, type PhoneAnalysis } from './analyse.js'
import { caretAfterSignificant, formatPhoneText, MAX_SIGNIFICANT, significantChars } from './format.js'
import { editedSignificant } from './significant.js'
import { readPhone } from './readPhone.js'
import { allowedBy, callingCodeOf, numberingPlan, resolveCountry } from './resolveCountry.js'
import type { CountryCode, PhoneInputOptions, PhoneMetadata } from './types.js'

/** What a phone field holds: its significant characters and the country they are read in. */
export interface PhoneFieldState {
  /** An optional leading `+`, then ASCII digits, exactly as entered (see `significantChars`). */
  digits: string
  country: CountryCode | undefined
  /**
   * The field's own country: the one the user last picked, else the one it
   * started in. A country the number chose gives way to it again as soon as
   * the digits no longer prove otherwise, and when the field is cleared.
   * `undefined`: `country`.
   */
  anchor?: CountryCode | undefined
}

/** One change the browser made to the field's text. */
export interface PhoneEdit {
  /** The whole text of the field after the browser applied the edit. */
  text: string
  /** The caret (`selectionEnd`) after the edit. */
  caret: number
  /** `InputEvent#inputType`, when known (`'deleteContentBackward'`, `'insertFromPaste'`…). */
  inputType?: string | undefined
  /** Whether nothing was selected before the edit; a selection deleted on purpose is kept as is. Default `true`. */
  collapsed?: boolean | undefined
}

/** A field state with the text to show, where the caret goes, and what the number amounts to. */
export interface PhoneEditResult {
  state: PhoneFieldState
  text: string
  caret: number
  analysis: PhoneAnalysis
}

// Typing keeps what the user wrote; pasting, dropping and autofill may be normalised.
const TYPED = /^(insertText|insertCompositionText|delete|historyUndo|historyRedo)/

/**
 * Lengths of the international call prefixes national digits may start with
 * (`00` in France, `011` in the US, `810` in Russia), as the country's
 * metadata describes it, then `00`, which is accepted everywhere because it is
 * what people paste. Whether a calling code follows is not checked.
 */
export function internationalPrefixes(digits: string, country: CountryCode | undefined, metadata: PhoneMetadata): number[] {
  // Neither pattern matches a leading `+`: an international number has no prefix to strip.
  return [numberingPlan(country, metadata)?.IDDPrefix(), '00'].flatMap((pattern) => {
    const prefix = pattern && new RegExp(`^(?:${pattern})`).exec(digits)?.[0]
    return prefix ? [prefix.length] : []
  })
}

/**
 * Length of an international call prefix at the start of national digits
 * (see `internationalPrefixes`): 0 when there is none, or until a calling code
 * follows it.
 */
export function internationalPrefixLength(digits: string, country: CountryCode | undefined, metadata: PhoneMetadata): number {
  return internationalPrefixes(digits, country, metadata).find((length) => startsWithCallingCode(digits.slice(length), metadata)) ?? 0
}

// Calling codes are one to three digits (and never start with 0, so no key matches then).
function startsWithCallingCode(digits: string, metadata: PhoneMetadata): boolean {
  return [1, 2, 3].some((size) => digits.slice(0, size) in metadata.country_calling_codes)
}

function finish(digits: string, selected: CountryCode | undefined, count: number, options: PhoneInputOptions, resolve: boolean, anchor = selected): PhoneEditResult {
  let analysis = analysePhone(digits, selected, options, resolve)
  const country = analysis.country
  // Read again in the country the number chose, as the field will from now on.
  if (country !== selected) analysis = analysePhone(digits, country, options, false)
  const text = formatPhoneText(digits, country, options.metadata)
  return { state: { digits, country, anchor }, text, caret: caretAfterSignificant(text, count), analysis }
}

/**
 * The country an edit is read from. A field with no digit left goes back to
 * its own country (see `PhoneFieldState.anchor`). So does a country the
 * number chose among those that share the field's calling code: each edit is
 * read from the field's own country again, so `310 7385` in a US field shows
 * Canada (a number only Canada assigns) and `310 7385 0` shows the US again.
 */
export function startingCountry(previous: PhoneFieldState, digits: string, metadata: PhoneMetadata): CountryCode | undefined {
  const anchor = previous.anchor ?? previous.country
  if (!/\d/.test(digits)) return anchor
  return callingCodeOf(anchor, metadata) === callingCodeOf(previous.country, metadata) ? anchor : previous.country
}

/**
 * Applies one browser edit to a phone field: keeps the significant
 * characters, makes Backspace or Delete over a formatting character remove
 * the digit beside it, turns an international call prefix into `+`, lets the
 * number choose its country (see `resolveCountry`), reformats, and puts the
 * caret after the same significant character as before.
 */
export function applyPhoneEdit(previous: PhoneFieldState, edit: PhoneEdit, options: PhoneInputOptions): PhoneEditResult {
  let { digits, count } = editedSignificant(previous.digits, edit)
  const prefix = internationalPrefixLength(digits, previous.country, options.metadata)
  if (prefix > 0) {
    digits = `+${digits.slice(prefix)}`
    count = count >= prefix ? count - prefix + 1 : Math.min(count, 1)
  }
  if (digits.startsWith('+') && !TYPED.test(edit.inputType ?? '')) {
    // A pasted `+44 (0)20…` keeps a trunk prefix that has no place after a calling code.
    const { number } = readPhone(digits, undefined, options.metadata)
    if (number?.isPossible() && number.number !== digits) {
      digits = String(number.number)
      count = digits.length
    }
  }
  return finish(digits, startingCountry(previous, digits, options.metadata), count, options, true, previous.anchor ?? previous.country)
}

/**
 * The user picked a country. An international number gets that country's
 * calling code in place of its own; national digits stay and are read in the
 * new country. The choice stands even if the number points elsewhere.
 */
export function selectPhoneCountry(previous: PhoneFieldState, country: CountryCode, options: PhoneInputOptions): PhoneEditResult {
  let digits = previous.digits
  const code = callingCodeOf(country, options.metadata)
  if (digits.startsWith('+') && code !== undefined) {
    const typing = new AsYouType(undefined, options.metadata)
    typing.input(digits)
    const currentCode = typing.getCallingCode()
    const rest = currentCode ? digits.slice(1 + currentCode.length) : ''
    if (currentCode !== code) digits = `+${code}${rest}`.slice(0, MAX_SIGNIFICANT)
  }
  return finish(digits, country, digits.length, options, false, country)
}

/**
 * The field state for an E.164 value set from outside (`defaultValue`, or a
 * controlled `value` that changed): national digits when the number belongs
 * to the fallback country's calling code, else the international number.
 * `anchor` is the field's own country (see `PhoneFieldState.anchor`), the
 * fallback by default; an empty value shows it.
 */
export function phoneStateFromValue(value: string | undefined, fallback: CountryCode | undefined, options: PhoneInputOptions, anchor = fallback): PhoneEditResult {
  if (!value) return finish('', anchor, 0, options, false, anchor)
  const parsed = readPhone(significantChars(value), undefined, options.metadata).number
  if (parsed === undefined) return finish(significantChars(value), fallback, Infinity, options, true, anchor)
  const international = String(parsed.number)
  const callingCode = String(parsed.countryCallingCode)
  const hint = { callingCode, valid: parsed.isValid() ? parsed : undefined, guess: parsed.country }
  const country = resolveCountry(fallback, hint, options.metadata, allowedBy(options.countries))
  if (callingCodeOf(country, options.metadata) === callingCode) {
    const national = significantChars(parsed.formatNational())
    const candidate = finish(national, country, national.length, options, false, anchor)
    if (candidate.analysis.number === international) return candidate
  }
  return finish(international, country, international.length, options, false, anchor)
}

/**
 * A field state shown again as it was (undo, redo): read in its own country,
 * the caret after `count` significant characters.
 */
export function restorePhoneField(state: PhoneFieldState, count: number, options: PhoneInputOptions): PhoneEditResult {
  return finish(state.digits, state.country, count, options, false, state.anchor ?? state.country)
}

/**
 * Whether pasted text is a whole number on its own (international, or
 * possible in the country), so that it replaces the field's content instead
 * of being inserted at the caret.
 */
export function isWholePhoneNumber(text: string, country: CountryCode | undefined, options: PhoneInputOptions): boolean {
  const digits = significantChars(text)
  if (digits.startsWith('+') || internationalPrefixLength(digits, country, options.metadata) > 0) return digits.length > 1
  return digits !== '' && readPhone(digits, country, options.metadata).number?.isPossible() === true
}
